/* attributed.c -- an act a participle attributes to its doer: "a strike
 * widely attributed to Israel", "the bombing blamed on Hamas", "an attack
 * claimed by the Islamic State" are acts of Israel, Hamas, the Islamic
 * State. */
#include "6_events/attributed.h"

#include "3_sentences/words.h"
#include "6_events/implicit.h"

/* Is the word before the participle at token p (over an adverb in -ly)
 * the end of the noun phrase it describes, or a form of "be" ("was
 * blamed on")? Not a subject ("which India blamed on Pakistan", "it
 * blamed on"). */
static int attributed_after_noun(const tokens_t *tk, const mentions_t *ms, uint32_t p)
{
    if (p > 1 && !(tk->t[p - 1].flags & TOK_CAP) && tk->t[p - 1].flen > 4 && token_ends(tk, p - 1, "ly"))
        p--;   /* "widely attributed" */
    if (p == 0) return 0;
    uint32_t b = p - 1;
    if (token_is(tk, b, ",") || (tk->t[b].wc & WC_BE)) return 1;
    int32_t a = ms->at[b];
    /* "a hospital in Gaza blamed on", "the bombing of a hospital blamed
     * on": an actor or a name after a preposition, not a subject */
    uint32_t s = a >= 0 ? ms->m[a].start : b;
    for (int k = 0; a < 0 && k < 3 && s > 0 && (tk->t[s].flags & TOK_CAP) &&
                    (tk->t[s - 1].flags & TOK_CAP) && ms->at[s - 1] < 0;
         k++)
        s--;   /* a place name no actor entry holds ("Deir al Balah") */
    if (a >= 0 || (tk->t[b].flags & TOK_CAP))
        return s > 0 && (tk->t[s - 1].wc & (WC_PREP | WC_DET));
    return (tk->t[b].flags & TOK_WORD) && !(tk->t[b].flags & (TOK_CAP | TOK_NUM)) &&
           !(tk->t[b].wc & (WC_AUX | WC_PREP | WC_DET | WC_BOUNDARY | WC_NEG | WC_INTENT |
                            WC_SPEECH | WC_PERSONAL)) &&
           !words_in(token_folded(tk, b), (const char *const[]){
               "it", "they", "he", "she", "we", "i", "you", "that", "and", "or", NULL});
}

int32_t attributed_doer(const tokens_t *tk, const mentions_t *ms, uint32_t q)
{
    if (!tk->fold.s || q + 2 >= tk->n ||
        !words_in(token_folded(tk, q), (const char *const[]){
            "attributed", "blamed", "claimed", "ascribed", "pinned", NULL}) ||
        !words_in(token_folded(tk, q + 1), (const char *const[]){"to", "on", "by", NULL}) ||
        !attributed_after_noun(tk, ms, q))
        return -1;
    uint32_t a = q + 2;
    while (a < tk->n && token_is(tk, a, "the")) a++;
    return a < tk->n && ms->at[a] >= 0 && ms->m[ms->at[a]].start == a ? ms->at[a] : -1;
}

/* Is token j one of the participles that name a doer ("blamed on")? The
 * cheap test asked of every word before the nouns are looked up. */
static int attributed_participle(const tokens_t *tk, uint32_t j)
{
    uint32_t n = tk->t[j].flen;   /* of 6, 7, 8 or 10 letters */
    if (n > 10 || !((0x5C0u >> n) & 1)) return 0;
    return token_is(tk, j, "blamed") || token_is(tk, j, "claimed") ||
           token_is(tk, j, "attributed") || token_is(tk, j, "ascribed") ||
           token_is(tk, j, "pinned");
}

void attributed_acts(const tokens_t *tk, const mentions_t *ms, events_t *out)
{
    /* most sentences have no such participle: then no noun has a doer */
    uint32_t j = 1;
    while (j + 1 < tk->n && !attributed_participle(tk, j)) j++;
    if (j + 1 >= tk->n) return;
    for (uint32_t i = 0; tk->fold.s && i + 2 < tk->n; i++) {
        if (!(tk->t[i].flags & TOK_WORD) || (tk->t[i].flags & TOK_CAP)) continue;
        const char *roots = implicit_noun_roots(token_folded(tk, i));
        /* acts of force only ("attack", "strike", "bombing", "killing") */
        if (!roots || roots[0] != '1' || roots[1] < '7') continue;
        int commas = 0;
        for (uint32_t j = i + 1; j < tk->n && j < i + 9; j++) {
            if ((tk->t[j].wc & WC_BOUNDARY) || (token_is(tk, j, ",") && ++commas > 1)) break;
            int32_t d = attributed_doer(tk, ms, j);
            if (d < 0) continue;
            implicit_act(out, &ms->m[d], roots);
            break;
        }
    }
}

int32_t attributed_subject(const tokens_t *tk, const mentions_t *ms, uint32_t lo)
{
    uint32_t q = lo;
    while (q > 0 && (tk->t[q - 1].wc & (WC_AUX | WC_PASSADV)) && ms->at[q - 1] < 0) q--;
    if (q < 4 || ms->at[q - 1] < 0 || ms->m[ms->at[q - 1]].end != q) return -1;
    int32_t d = ms->at[q - 1];
    uint32_t p = ms->m[d].start;
    while (p > 0 && token_is(tk, p - 1, "the")) p--;
    if (p < 3) return -1;
    /* a noun of force before the participle, over a few words ("A drone
     * strike on the depot blamed on Ukraine killed") */
    if (attributed_doer(tk, ms, p - 2) != d) return -1;
    for (uint32_t k = p - 2; k-- > 0 && k + 10 > p;) {
        if (tk->t[k].wc & WC_BOUNDARY) return -1;
        const char *roots = implicit_noun_roots(token_folded(tk, k));
        if (roots && roots[0] == '1' && roots[1] >= '7') return d;
    }
    return -1;
}
