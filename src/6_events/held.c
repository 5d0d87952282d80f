/* held.c -- the one who holds a person whose release is asked: "demanded
 * the release of journalist X, who has been detained in Russia" is a
 * demand on Russia. */
#include "6_events/held.h"

#include "3_sentences/words.h"

/* Is the word at token q one that says someone is held ("detained",
 * "jailed", "held")? */
static int held_word(const tokens_t *tk, uint32_t q)
{
    return words_in(token_folded(tk, q), (const char *const[]){
        "detained", "held", "jailed", "imprisoned", "arrested", "kidnapped", "abducted",
        "captured", "seized", "interned", NULL});
}

/* Does the match [lo, hi) name a release ("the release of", "the
 * immediate release of", "freedom for", "the return of")? */
static int held_release(const tokens_t *tk, uint32_t lo, uint32_t hi)
{
    for (uint32_t q = lo; q < hi && q + 1 < tk->n; q++)
        if (words_in(token_folded(tk, q), (const char *const[]){"release", "freedom", "return",
                                                                   "freeing", NULL}) &&
            words_in(token_folded(tk, q + 1), (const char *const[]){"of", "for", NULL}))
            return 1;
    return 0;
}

int32_t held_holder(const tokens_t *tk, const mentions_t *ms, const char *code, uint32_t lo,
                    uint32_t hi)
{
    if (!tk->fold.s || !((code[0] == '1' && code[1] == '0') || (code[0] == '0' && code[1] == '2')))
        return -1;
    /* the pattern may end before "release of" ("- * + [100]" over "demanded
     * the release of"): look a few words on */
    uint32_t rel_end = hi + 4 < tk->n ? hi + 4 : tk->n;
    if (!held_release(tk, lo, rel_end)) return -1;
    int commas = 0;
    for (uint32_t q = hi; q < tk->n && q < hi + 16; q++) {
        if (token_is(tk, q, ",") && ++commas > 1) return -1;
        /* ", who has been detained in": the relative pronoun is a boundary */
        if ((tk->t[q].wc & WC_BOUNDARY) && !words_in(token_folded(tk, q), (const char *const[]){
                                                         "who", "whom", "which", NULL}))
            return -1;
        if (!held_word(tk, q)) continue;
        /* "held hostage by", "detained since March in": two words at most */
        for (uint32_t k = q + 1; k < tk->n && k < q + 4; k++) {
            if (!token_is(tk, k, "in") && !token_is(tk, k, "by")) continue;
            uint32_t a = k + 1;
            while (a < tk->n && token_is(tk, a, "the")) a++;
            return a < tk->n && ms->at[a] >= 0 ? ms->at[a] : -1;
        }
        return -1;
    }
    return -1;
}
