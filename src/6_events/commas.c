/* commas.c -- TABARI's comma-delimited clause elimination. */
#include "commas.h"

#include <stdlib.h>
#include <string.h>

/* Is token i a comma that delimits a phrase (not one in an actor list)? */
static int commas_delimits(const tokens_t *tk, const mentions_t *ms, size_t i)
{
    if (!token_is(tk, i, ",")) return 0;
    if (i == 0 || i + 1 >= tk->n) return 1;
    int32_t a = ms->at[i - 1], b = ms->at[i + 1];
    return !(a >= 0 && b >= 0 && ms->m[a].group == ms->m[b].group);
}

/* Words in tokens [from, to): "'s" belongs to its word, as in TABARI. */
static size_t commas_words(const tokens_t *tk, size_t from, size_t to)
{
    size_t n = 0;
    for (size_t i = from; i < to; i++)
        n += (tk->t[i].flags & TOK_WORD) && !token_is(tk, i, "'s");
    return n;
}

static size_t commas_next(const tokens_t *tk, const mentions_t *ms, size_t i, size_t end)
{
    while (i < end && !commas_delimits(tk, ms, i)) i++;
    return i;
}

size_t commas_cut(tokens_t *tk, const mentions_t *ms, const tabopt_t *o)
{
    if (!o->comma_on || tk->n == 0) return 0;
    uint8_t *drop = calloc(tk->n, 1);
    if (!drop) return 0;
    size_t end = tk->n;   /* the final stop is not part of the last phrase */
    while (end > 0 && (tk->t[end - 1].flags & TOK_PUNCT) && !token_is(tk, end - 1, ","))
        end--;
    /* TABARI takes the commas in pairs: a comma opens a phrase that the
     * next one closes, and the search goes on after the closing comma */
    for (size_t i = commas_next(tk, ms, 0, end); i < end; i = commas_next(tk, ms, i, end)) {
        size_t w = commas_words(tk, 0, i);
        if (w >= o->comma_bmin && w <= o->comma_bmax) memset(drop, 1, i);   /* initial */
        size_t j = commas_next(tk, ms, i + 1, end);
        w = commas_words(tk, i + 1, j);
        if (j == end) {   /* final: the comma and what follows */
            if (w >= o->comma_emin && w <= o->comma_emax) memset(drop + i, 1, end - i);
            break;
        }
        if (w >= o->comma_min && w <= o->comma_max) memset(drop + i, 1, j + 1 - i);
        i = j + 1;
    }
    size_t n = 0;
    for (size_t i = 0; i < tk->n; i++)
        if (!drop[i]) {
            tk->t[n] = tk->t[i];
            if (i && drop[i - 1]) tk->t[n].flags |= TOK_CUT;
            n++;
        }
    size_t removed = tk->n - n;
    tk->n = n;
    free(drop);
    return removed;
}
