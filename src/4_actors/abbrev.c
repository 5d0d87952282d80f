/* abbrev.c -- an abbreviation defined in parentheses right after an actor
 * ("the Philippine Coast Guard (PCG)"): one mention with it, and the same
 * actor when the story uses the abbreviation later. */
#include "4_actors/abbrev.h"

#include <string.h>

#include "3_sentences/words.h"
#include "4_actors/memory.h"

uint32_t abbrev_after(const tokens_t *tk, const mention_t *m, actor_memory_t *mem)
{
    uint32_t p = m->end;
    if (token_is(tk, p, "'s") || token_is(tk, p, "'")) p++;
    if (p + 2 >= tk->n || !token_is(tk, p, "(") || !token_is(tk, p + 2, ")")) return 0;
    const token_t *t = &tk->t[p + 1];
    if ((t->flags & (TOK_WORD | TOK_CAP | TOK_NUM)) != (TOK_WORD | TOK_CAP) || t->flen < 3 ||
        t->flen > 8)
        return 0;
    const char *abbr = token_folded(tk, p + 1);
    uint32_t first = m->start;
    while (first < m->end && !(tk->t[first].flags & TOK_CAP)) first++;
    if (first >= m->end || m->end - first < 2) return 0;   /* "Paris (AFP)": one word */
    if (abbr[0] != token_folded(tk, first)[0] ||
        abbr[t->flen - 1] != token_folded(tk, m->end - 1)[0])
        return 0;
    memory_abbr_add(mem, abbr, m);
    return p + 3;
}

void abbrev_unbound(tokens_t *tk, const mentions_t *ms)
{
    for (size_t j = 0; j < ms->n; j++) {
        const mention_t *m = &ms->m[j];
        if (m->end < 3 || m->end > tk->n || !token_is(tk, m->end - 1, ")") ||
            !token_is(tk, m->end - 3, "("))
            continue;
        tk->t[m->end - 1].wc &= (uint16_t)~WC_BOUNDARY;
        tk->t[m->end - 3].wc &= (uint16_t)~WC_BOUNDARY;
    }
}
