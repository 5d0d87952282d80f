/* petrphrase.c -- the phrases of PETRARCH's parse, as far as word order
 * shows them (petrphrase.h). */
#include "petrphrase.h"

#include <string.h>

#include "3_sentences/words.h"

/* A subordinating conjunction opening an adverbial clause. */
static int petrphrase_subordinator(const char *w)
{
    return words_in(w, (const char *const[]){"after", "before", "when", "since", "until",
                                             "because", "while", "although", "though",
                                             "unless", "whereas", NULL});
}

/* Did match m give PETRARCH a match: a pattern, or a verb with a code? */
static int petrphrase_matched(const vmatch_t *m)
{
    return m->pat != NULL || m->code[0];
}

int petrphrase_inside(const verbdict_t *vd, const tokens_t *tk, const vmatch_t *vm, size_t nvm,
                   size_t k)
{
    if (!vd->v[vd->f[vm[k].form].verb].petrarch) return 0;
    /* the clause boundary right before the verb, with no comma between: a
     * subordinator (after a comma a new clause may start: "..., officials
     * said") */
    uint32_t b = vm[k].lo;
    while (b > 0 && !verb_is_boundary(tk, b - 1)) {
        if (token_is(tk, b - 1, ",")) return 0;
        b--;
    }
    if (b == 0 || !petrphrase_subordinator(token_folded(tk, b - 1))) return 0;
    uint32_t sub = b - 1;
    /* the stretch before it, back to the previous boundary, holds a match */
    uint32_t a = sub;
    while (a > 0 && !verb_is_boundary(tk, a - 1)) a--;
    for (size_t j = 0; j < nvm; j++)
        if (j != k && vm[j].start >= a && vm[j].hi <= sub && petrphrase_matched(&vm[j]) &&
            vd->v[vd->f[vm[j].form].verb].petrarch)
            return 1;
    return 0;
}

/* A lower-case word that may stand inside a noun phrase: no actor, article,
 * preposition, pronoun or conjunction. */
static int petrphrase_modifier(const tokens_t *tk, const mentions_t *ms, uint32_t q)
{
    const token_t *t = &tk->t[q];
    if (!(t->flags & TOK_WORD) || (t->flags & TOK_CAP) || ms->at[q] >= 0) return 0;
    if (t->wc & (WC_DET | WC_PREP | WC_BOUNDARY | WC_GAPSTOP | WC_AUX)) return 0;
    return !words_in(token_folded(tk, q), (const char *const[]){
        "it", "he", "she", "they", "we", "i", "you", "that", "there", NULL});
}

int petrphrase_np_comma(const tokens_t *tk, const mentions_t *ms, uint32_t vend, uint32_t q)
{
    /* verb, one modifier, the comma, then at least two more words of the
     * phrase */
    return q == vend + 1 && q + 2 < tk->n && petrphrase_modifier(tk, ms, q - 1) &&
           petrphrase_modifier(tk, ms, q + 1) && petrphrase_modifier(tk, ms, q + 2);
}
