/* nounphrase.c -- an event noun's own doer, before it ("Russia's
 * invasion", "the recent Russian invasion") or after it ("an attack by
 * Israel on"), and whether its phrase is background to another act. */
#include "6_events/nounphrase.h"

#include "3_sentences/words.h"

/* Is token q a plain lower-case word that may stand before a noun in its
 * phrase ("full-scale", "state"), no actor, verb nor closed-class word?
 * det: articles too. */
static int nounphrase_plain(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                            uint32_t q, int det)
{
    return ms->at[q] < 0 && !verbtok[q] && (tk->t[q].flags & TOK_WORD) &&
           !(tk->t[q].flags & TOK_CAP) &&
           !(tk->t[q].wc & (WC_AUX | WC_PREP | (det ? 0 : WC_DET) | WC_BOUNDARY | WC_NEG |
                            WC_INTENT | WC_GAPSTOP | WC_SPEECH));
}

int nounphrase_background(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                          const vmatch_t *m, int32_t *doer)
{
    /* the noun's actor: a possessor ("Russia's invasion", "Moscow's
     * full-scale invasion") or an adjective ("the recent Russian
     * invasion"), over two plain lower-case words */
    uint32_t q = m->start;
    for (int k = 0; k < 2 && q > 1 && nounphrase_plain(tk, ms, verbtok, q - 1, 0); k++) q--;
    int32_t owner = -1;
    int poss = q >= 2 && (token_is(tk, q - 1, "'s") || token_is(tk, q - 1, "'")) &&
               ms->at[q - 2] >= 0;
    if (poss) owner = ms->at[q - 2];
    else if (q >= 1 && ms->at[q - 1] >= 0 && ms->m[ms->at[q - 1]].end == q)
        owner = ms->at[q - 1];
    *doer = poss ? owner : -1;
    /* the phrase's first word: before the possessor or the adjective, or
     * before the noun when its doer follows it ("the attack by Israel on") */
    uint32_t ps = owner >= 0 ? ms->m[owner].start : 0;
    if (owner < 0 && m->source >= 0 && ms->m[m->source].start >= m->end) {
        owner = m->source;
        ps = q;
    }
    /* inside a prepositional phrase of another act it is background:
     * "to assist with the response to Russia's invasion of Ukraine",
     * "since Moscow's full-scale invasion", "after the recent Russian
     * invasion of Ukraine" */
    while (ps > 0 && (words_in(token_folded(tk, ps - 1), (const char *const[]){
                                   "the", "a", "an", "its", "their", "his", "her", NULL}) ||
                      (!poss && nounphrase_plain(tk, ms, verbtok, ps - 1, 1))))
        ps--;
    /* an act of conflict only, when the phrase has more than a bare
     * possessor: "during President Mirziyoyev's state visit" is news */
    int bare = poss && q == m->start;
    return owner >= 0 && ps > 0 && (bare || m->code[0] == '1' || m->code[0] == '2') &&
           words_in(token_folded(tk, ps - 1), (const char *const[]){
                        "to", "with", "over", "against", "amid", "since", "about", "for", "of",
                        "into", "in", "on", "by", "despite", "under", "from", "during",
                        "towards", "toward", "after", "following", NULL});
}
