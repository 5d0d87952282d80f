/* chain.c -- the later links of a chain of acts: "Kuwait's emir spoke to
 * Qatar's ruler Sheikh Tamim bin Hamad al-Thani by phone and urged him
 * to": the second verb of a coordination is the first verb's source's act;
 * the actor nearest before it, the first verb's object, is not its
 * subject. */
#include "6_events/chain.h"

#include <string.h>

#include "3_sentences/words.h"

/* The latest act of the sentence whose verb is before token before, told
 * by a verb of its own with its source before it (no rule, no passive, no
 * word of speech); -1 when none. */
static int32_t chain_last_act(const tokens_t *tk, const events_t *out, uint32_t before)
{
    for (size_t i = out->n; i-- > 0;) {
        const event_t *e = &out->e[i];
        if (e->rule || e->passive || e->verb_tok >= before || e->src.end > e->verb_tok ||
            (tk->t[e->verb_tok].wc & WC_SPEECH))
            continue;
        return (int32_t)i;
    }
    return -1;
}

/* "condemned the attack on bases hosting coalition forces and urged
 * Iran": the latest act of the sentence that named no target
 * (out->acts), its source ending before token before; NULL when none. */
static const mention_t *chain_last_untargeted(const events_t *out, uint32_t before)
{
    const mention_t *best = NULL;
    for (size_t i = 0; i < out->nacts; i++) {
        const mention_t *s = &out->acts[i].src;
        if (s->end <= before && (!best || s->start > best->start)) best = s;
    }
    return best;
}

/* Is the act of source src joined to the conjunction at token a: src not
 * in a clause a subordinating word opens ("spoke to Putin after Russia
 * attacked Ukraine and urged him"), nothing from token from (after the
 * act's verb) to a that ends the clause (a comma only when comma, right
 * before a)? Then src's mention, else -1. */
static int32_t chain_joined_source(const tokens_t *tk, const mentions_t *ms, const mention_t *src,
                                   uint32_t from, uint32_t a, int comma)
{
    uint32_t b = src->start;
    while (b > 0 && (tk->t[b - 1].wc & WC_DET)) b--;
    if (b > 0 && words_in(token_folded(tk, b - 1), (const char *const[]){
                     "after", "before", "when", "while", "as", "because", "since", "until",
                     "that", "who", "which", "whom", "if", NULL}))
        return -1;
    for (uint32_t q = from; q < a; q++)
        if ((token_is(tk, q, ",") && !(comma && q + 1 == a)) ||
            (tk->t[q].wc & (WC_BOUNDARY | WC_SPEECH)) ||
            words_in(token_folded(tk, q), (const char *const[]){"who", "which", "that", NULL}))
            return -1;
    int32_t m = src->start < tk->n ? ms->at[src->start] : -1;
    return m >= 0 && !strcmp(ms->m[m].code, src->code) ? m : -1;
}

/* The first token of the verb group that ends at token lo: back over
 * "later", "also", "would", "agreed to", at most four tokens, not past
 * the word stop. */
static uint32_t chain_group_start(const tokens_t *tk, uint32_t lo, const char *stop)
{
    uint32_t a = lo;
    while (a > 0 && a + 4 > lo && !token_is(tk, a - 1, stop) &&
           (tk->t[a - 1].wc & (WC_AUX | WC_INTENT | WC_PASSADV)))
        a--;
    return a;
}

int32_t chain_source(const tokens_t *tk, const mentions_t *ms, const events_t *out, uint32_t lo,
                     int32_t subj)
{
    if (subj < 0 || !(out->n || out->nacts) || lo == 0) return subj;
    /* "and" right before the verb, over "later", "also", "would", "agreed to" */
    uint32_t a = chain_group_start(tk, lo, "and");
    if (a == 0 || !token_is(tk, a - 1, "and")) return subj;
    a--;
    const mention_t *s = &ms->m[subj];
    if (s->end > a) return subj;   /* ", and Warsaw accused": a subject of its own */
    int32_t i = chain_last_act(tk, out, s->start);
    const mention_t *act = i >= 0 ? &out->e[i].src : chain_last_untargeted(out, s->start);
    if (!act || !strcmp(act->code, s->code)) return subj;   /* the same side: its own act */
    uint32_t from = i >= 0 ? out->e[i].verb_tok + 1 : act->end;
    int32_t src = chain_joined_source(tk, ms, act, from, a, 0);
    return src >= 0 ? src : subj;
}

int32_t chain_but_source(const tokens_t *tk, const mentions_t *ms, const events_t *out, uint32_t lo)
{
    if (!out->n || lo < 2) return -1;
    uint32_t a = chain_group_start(tk, lo, "but");
    /* "but it accused": the pronoun stands for the first act's source */
    if (a > 1 && ms->at[a - 1] < 0 &&
        words_in(token_folded(tk, a - 1), (const char *const[]){"it", "he", "she", "they", NULL}))
        a--;
    /* or a comma, with no pronoun: "Germany expelled two diplomats, froze
     * Russian assets and ...", "Pakistan expels Indian envoy, suspends
     * trade" (not a participle: "..., saying") */
    int comma = a == lo && a > 0 && token_is(tk, a - 1, ",") && !token_ends(tk, lo, "ing");
    if (a == 0 || !(comma || token_is(tk, a - 1, "but"))) return -1;
    a--;
    int32_t i = chain_last_act(tk, out, a);
    return i < 0 ? -1 : chain_joined_source(tk, ms, &out->e[i].src, out->e[i].verb_tok + 1, a, !comma);
}
