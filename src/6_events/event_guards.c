/* event_guards.c -- what the words around a verb match say about it: a
 * passive with no agent, an accusation in the passive ("accused of"), a
 * noun after "as a", a participle after a comma, an event noun that
 * another act ends or seeks. Read by event_match.c. */
#include "6_events/event_guards.h"

#include <string.h>

#include "3_sentences/words.h"
#include "6_events/reacted.h"

/* Is the verb at token vs a passive with no agent ("two schools were
 * hit", "was reportedly shelled")? Its subject is what was acted on. */
int event_agentless_passive(const tokens_t *tk, uint32_t vs)
{
    uint32_t q = vs;
    if (q > 0 && tk->t[q - 1].flen > 4 && token_ends(tk, q - 1, "ly"))
        q--;   /* an adverb: "reportedly", "heavily" */
    return q > 0 && words_in(token_folded(tk, q - 1), (const char *const[]){
                                 "was", "were", "been", "being", "is", "are", "be", NULL});
}

/* "X, accused of arming the RSF,", "blamed for the attack": is the match
 * m an accusation or criticism (11x) in a past form followed at once by
 * "of", "for" or "over", with no object between, and no pronoun subject
 * before it ("whom it accused of")? */
int event_accused_of(const tokens_t *tk, const vmatch_t *m)
{
    const token_t *t = &tk->t[m->start];
    /* "whom it accused of": the object is before the subject pronoun */
    uint32_t q = m->start;
    while (q > 0 && (tk->t[q - 1].wc & (WC_AUX | WC_PASSADV)) && !token_is(tk, q - 1, "to")) q--;
    if (q > 0 && words_in(token_folded(tk, q - 1), (const char *const[]){
                              "it", "they", "he", "she", "we", "i", "who", NULL}))
        return 0;
    return !strncmp(m->code, "11", 2) && m->end < tk->n && t->flen > 4 &&
           token_ends(tk, m->start, "ed") &&
           words_in(token_folded(tk, m->end), (const char *const[]){"of", "for", "over", NULL});
}

/* Does the word at token vs stand as a noun after "as a" ("as \"an
 * attack\"", "as a provocation")? */
int event_characterised(const tokens_t *tk, uint32_t vs)
{
    uint32_t q = vs;
    while (q > 0 && token_is(tk, q - 1, "\"")) q--;
    if (q == 0 || !words_in(token_folded(tk, q - 1), (const char *const[]){"a", "an", NULL}))
        return 0;
    q--;
    while (q > 0 && token_is(tk, q - 1, "\"")) q--;
    return q > 0 && token_is(tk, q - 1, "as");
}

/* Does the verb at token vs open a participle phrase after a comma
 * (", killing four people", ", striking energy facilities ... and killing")? */
int event_participle(const tokens_t *tk, uint32_t vs)
{
    const token_t *t = &tk->t[vs];
    if (vs < 2 || t->flen < 5 || strcmp(token_folded(tk, vs) + t->flen - 3, "ing")) return 0;
    if (token_is(tk, vs - 1, ",")) return 1;
    /* the second of two joined participles */
    if (!token_is(tk, vs - 1, "and")) return 0;
    for (uint32_t q = vs - 1; q-- > 1;) {
        if (tk->t[q].wc & WC_BOUNDARY) return 0;
        uint32_t l = tk->t[q].flen;
        if (token_is(tk, q - 1, ",") && l >= 5 &&
            !strcmp(token_folded(tk, q) + l - 3, "ing"))
            return 1;
    }
    return 0;
}

/* Is the event noun at token vs what another act ends or seeks, not an act
 * of its own ("an agreement to end fighting that began", "seeking a swift
 * UN Security Council meeting"), condemns or blames ("blamed the attack
 * on Pakistan")? The words before it (articles,
 * adjectives, actors, "'s") are passed over. */
int event_noun_background(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                          uint32_t vs)
{
    static const char *const ends[] = {"end", "ending", "ended", "ends", "halt", "halting", "stop",
                                       "stopping", "prevent", "preventing", "avert", "averting",
                                       "seek", "seeks", "seeking", "sought", "request",
                                       "requesting", "requested", NULL};
    uint32_t p = vs;
    for (int k = 0; k < 6 && p > 0; k++) {
        uint32_t q = p - 1;
        if (words_in(token_folded(tk, q), ends)) return 1;
        /* "Iran condemned Israel's strikes against Syria": the act
         * condemned, told again as the object of its condemnation */
        if (reacted_verb(tk, q)) return 1;
        /* "India blamed the attack on Pakistan": the act blamed on
         * another (who the accusation names), not the blamer's own */
        if (words_in(token_folded(tk, q), (const char *const[]){
                "blame", "blames", "blamed", "blaming", NULL}))
            return 1;
        if (tk->t[q].wc & WC_TIME) {   /* "condemned on Monday the strikes" */
            p = q;
            if (q > 0 && token_is(tk, q - 1, "on")) p = q - 1;
            continue;
        }
        if (ms->at[q] >= 0) {
            p = ms->m[ms->at[q]].start;
            continue;
        }
        if (verbtok[q] || !(tk->t[q].flags & TOK_WORD) || (tk->t[q].wc & (WC_PREP | WC_BOUNDARY)))
            break;
        if (!(tk->t[q].wc & WC_DET) && (tk->t[q].flags & TOK_CAP)) break;
        p = q;
    }
    return 0;
}
