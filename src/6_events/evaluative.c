/* evaluative.c -- a speaker's verdict on another actor, told in what it
 * says as a predicate or an epithet of that actor or of its act: "said
 * Russia's response was a \"dangerous and disproportionate escalation\""
 * and "said there was no justification for China's \"extreme,
 * disproportionate and escalatory military response\"" criticise (111),
 * "said the Russian state was culpable" and "said Belarus was complicit"
 * accuse (112). The words are a word class (WC_EVAL,
 * words.c), so the rule costs a bit test a word of what is said, and is
 * asked only at a word of speech. */
#include "6_events/evaluative.h"

#include <string.h>

#include "3_sentences/words.h"
#include "6_events/implicit.h"

/* Is the evaluative word at token q a charge (CAMEO 112: "culpable",
 * "aggression", "terror") rather than a verdict (111: "unacceptable",
 * "disproportionate")? */
static int evaluative_charge(const tokens_t *tk, uint32_t q)
{
    return words_in(token_folded(tk, q), (const char *const[]){
        "culpable", "guilty", "complicit", "responsible", "aggression", "terror", "terrorism",
        "hijacking", "piracy", "blackmail", "espionage", NULL});
}

int evaluative_praise(const tokens_t *tk, uint32_t q)
{
    return tk->t[q].flen >= 7 &&
           words_in(token_folded(tk, q), (const char *const[]){
               "historic", "milestone", "victory", "breakthrough", "constructive", "landmark",
               "fruitful", "successful", NULL});
}

/* Is token k a word a noun phrase or a predicate before an evaluative
 * word may hold: an article, an adjective or noun in lower case, "and",
 * "of", a quote mark, a comma between two lower-case words ("extreme,
 * disproportionate")? */
static int evaluative_phrase_word(const tokens_t *tk, uint32_t k)
{
    const token_t *t = &tk->t[k];
    if (token_is(tk, k, "\"") || token_is(tk, k, "and") || token_is(tk, k, "of")) return 1;
    if (token_is(tk, k, ","))
        return k > 0 && k + 1 < tk->n && (tk->t[k - 1].flags & TOK_WORD) &&
               !(tk->t[k - 1].flags & TOK_CAP) && (tk->t[k + 1].flags & TOK_WORD) &&
               !(tk->t[k + 1].flags & TOK_CAP);
    return (t->flags & TOK_WORD) && !(t->flags & TOK_CAP) &&
           !(t->wc & (WC_BOUNDARY | WC_NEG | WC_SPEECH | WC_INTENT | WC_VERDICT)) &&
           !token_is(tk, k, "that");
}

/* The actor the evaluative word at token e is said of, looking back to
 * token a over the words of its phrase: the owner of the phrase it stands
 * in ("China's \"extreme, disproportionate ...\"", "Russia's response was
 * a \"dangerous ...\"", "Finland's decision to join NATO was": not NATO),
 * an actor after "by" (the doer), else the actor that opens the subject of
 * the "be" before it ("the Russian state was culpable", "the Chinese
 * military's drills near Taiwan were"; not the object of a preposition,
 * "strikes on Gaza were"); -1 when none. */
static int32_t evaluative_actor(const tokens_t *tk, const mentions_t *ms, uint32_t a, uint32_t e)
{
    int be = 0, acted_on = 0;
    int32_t subject = -1;
    for (uint32_t k = e; k-- > a && k + 16 > e;) {
        if (ms->at[k] >= 0) {
            int32_t m = ms->at[k];
            uint32_t s = ms->m[m].start, end = ms->m[m].end;
            if (end < tk->n && token_is(tk, end, "'s")) return m;
            uint32_t p = s;
            while (p > a && token_is(tk, p - 1, "the")) p--;
            int prep = p > a && (tk->t[p - 1].wc & WC_PREP);
            if (prep && token_is(tk, p - 1, "by")) return m;
            if (!prep && !be) return subject;   /* another clause's actor */
            if (!prep && subject < 0) subject = m;
            k = p;   /* read on before it for an owner */
            continue;
        }
        if (token_is(tk, k, "'s")) continue;
        if (tk->t[k].wc & WC_BE) {
            /* "refugees were subjected to unlawful treatment": what the
             * subject suffered, no verdict on it */
            if (!be && acted_on) return -1;
            be = 1;
            continue;
        }
        if (!evaluative_phrase_word(tk, k)) break;
        if (!be && ((tk->t[k].wc & WC_PREP) || (token_ends(tk, k, "ed") && !(tk->t[k].wc & WC_EVAL))))
            acted_on = 1;
    }
    return subject;
}

/* May speaker s judge t in words: t is an actor of another country, not
 * its civilians, and the sentence has no criticism or accusation (11x,
 * 12x) of s's country on t's yet? */
static int evaluative_open(const events_t *out, const mention_t *s, const mention_t *t)
{
    if (!t->code[0] || !strncmp(t->country, s->country, 3) ||
        (strlen(t->code) >= 6 && !strcmp(t->code + 3, "CVL")))
        return 0;
    for (size_t i = 0; i < out->n; i++) {
        const event_t *f = &out->e[i];
        if (f->code[0] == '1' && (f->code[1] == '1' || f->code[1] == '2') &&
            !strncmp(f->src.country, s->country, 3) && !strncmp(f->tgt.country, t->country, 3))
            return 0;
    }
    return 1;
}

/* "said there was \"no justification\" for the attack": at the word
 * "justification" at token e, after "no" and before "for" and a noun of
 * an earlier act (implicit_anaphor), adds speaker sp's criticism (111) of
 * that act's doers (evaluative_open), at token say; how many. */
static int evaluative_unjustified(const tokens_t *tk, const mentions_t *ms, int32_t sp,
                                  uint32_t e, uint32_t say, events_t *out)
{
    uint32_t f = e + 1;
    if (f < tk->n && token_is(tk, f, "\"")) f++;
    if (e == 0 || f + 2 >= tk->n || !token_is(tk, e - 1, "no") || !token_is(tk, f, "for"))
        return 0;
    mention_t p[IMPLICIT_DOERS];
    size_t n = implicit_anaphor(tk, out, &ms->m[sp], "111", f + 1, p);
    int added = 0;
    for (size_t k = 0; k < n; k++) {
        if (!evaluative_open(out, &ms->m[sp], &p[k])) continue;
        event_push_rule(out, &ms->m[sp], &p[k], "111", say,
                        "no justification for an earlier act ('said there was no "
                        "justification for the attack')");
        added++;
    }
    return added;
}

/* Adds speaker sp's verdict on the actor an evaluative word of [a, b) is
 * said of (evaluative_open), at token say; 1 when added. */
static int evaluative_span(const tokens_t *tk, const mentions_t *ms, int32_t sp, uint32_t a,
                           uint32_t b, uint32_t say, events_t *out)
{
    const mention_t *s = &ms->m[sp];
    if (!s->code[0]) return 0;
    int32_t x = -1;
    uint32_t e = a;
    for (; e < b && x < 0; e++) {
        /* the word class first; then "was not illegal", "no aggression" */
        if (!(tk->t[e].wc & WC_EVAL)) continue;
        if (tk->t[e].flen == 13 && token_is(tk, e, "justification")) {
            if (evaluative_unjustified(tk, ms, sp, e, say, out)) return 1;
            continue;
        }
        if (e > a && (tk->t[e - 1].wc & WC_NEG)) continue;
        x = evaluative_actor(tk, ms, a, e);
        if (x == sp || (x >= 0 && !evaluative_open(out, s, &ms->m[x]))) x = -1;
    }
    if (x >= 0)
        event_push_rule(out, s, &ms->m[x], evaluative_charge(tk, e - 1) ? "112" : "111", say,
                        "a speaker's words that judge another actor ('said Russia's response "
                        "was a disproportionate escalation')");
    return x >= 0;
}

int evaluative_at(const tokens_t *tk, const mentions_t *ms, uint32_t q, int32_t subj,
                  events_t *out)
{
    /* not "states" in "the United States"; one actor may judge an act
     * ("there was no justification for the attack") */
    if (!ms->n || (tk->t[q].wc & (WC_SPEECH | WC_NEG)) != WC_SPEECH || ms->at[q] >= 0)
        return 0;
    /* "Bush said Russia's response was ...": to the end of the sentence or
     * the next word of speech (a quotation before the word of speech is
     * reported.c's), noting whether it holds an evaluative word */
    if (subj < 0) return 0;
    uint32_t b = q + 1, eval = 0;
    /* with one actor, only "no justification" right after the word */
    uint32_t end = ms->n < 2 && q + 9 < tk->n ? q + 9 : tk->n;
    while (b < end && !((tk->t[b].wc & WC_SPEECH) && ms->at[b] < 0) && !token_is(tk, b, ";"))
        eval |= tk->t[b++].wc & WC_EVAL;
    return eval && evaluative_span(tk, ms, subj, q + 1, b, q, out);
}
