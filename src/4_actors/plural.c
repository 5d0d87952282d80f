/* plural.c -- counts of sides in a plural phrase ("the four countries",
 * "the 27 leaders") and the organisation a count stands for when the story
 * joined no as many countries ("EU leaders agreed ... The 27 leaders"). */
#include "4_actors/plural.h"

#include <string.h>

#include "3_sentences/words.h"
#include "4_actors/sides.h"
#include "lib/util.h"

int plural_number(const tokens_t *tk, size_t i)
{
    if (i >= tk->n) return 0;
    if (tk->t[i].flags & TOK_NUM) {
        const char *w = token_folded(tk, i);
        if (tk->t[i].flen > 2 || w[0] < '0' || w[0] > '9') return 0;
        int v = w[0] - '0';
        if (tk->t[i].flen == 2) {
            if (w[1] < '0' || w[1] > '9') return 0;
            v = v * 10 + (w[1] - '0');
        }
        return v >= 4 ? v : 0;
    }
    /* most words after "the" are none: their length tells at once */
    switch (tk->t[i].flen) {
    case 3: return token_is(tk, i, "six") ? 6 : token_is(tk, i, "ten") ? 10 : 0;
    case 4:
        return token_is(tk, i, "four")   ? 4
               : token_is(tk, i, "five") ? 5
               : token_is(tk, i, "nine") ? 9
                                         : 0;
    case 5: return token_is(tk, i, "seven") ? 7 : token_is(tk, i, "eight") ? 8 : 0;
    case 6: return token_is(tk, i, "eleven") ? 11 : token_is(tk, i, "twelve") ? 12 : 0;
    default: return 0;
    }
}

int plural_again(uint32_t start, uint32_t end, mentions_t *out)
{
    size_t last = out->n;
    if (last < 2) return 0;
    size_t f = last - 1;
    while (f > 0 && out->m[f - 1].start == out->m[f].start && out->m[f - 1].end == out->m[f].end) f--;
    if (f + 1 >= last || strcmp(out->m[f].how, "the two")) return 0;
    for (size_t j = f; j < last && out->n < ACTOR_MAX_PER_SENTENCE; j++) {
        mention_t m = out->m[j];
        m.start = start;
        m.end = end;
        m.group = -1;   /* how stays "the two" */
        *UTIL_PUSH(out->m, out->n, out->cap) = m;
    }
    return 1;
}

uint32_t plural_counterparts_in(const tokens_t *tk, uint32_t start, uint32_t end,
                                const actor_memory_t *mem, mentions_t *out)
{
    int n, gov;
    size_t len;
    if (!token_is(tk, end, "in") || !(len = sides_phrase_at(tk, end + 1, &n, &gov)) || n < 2)
        return 0;
    size_t had = out->n;
    uint32_t pend = (uint32_t)(end + 1 + len);
    sides_resolve(tk, start, pend, n, 1, mem, out);
    return out->n > had ? pend : 0;
}

/* Was m named as an actor, not guessed from a place ("place"), an act
 * ("event referred to") or sides ("the two", "each other")? Of the hows
 * (actor.h, implicit.c), only those start so. */
static int plural_named(const mention_t *m)
{
    const char *h = m->how;
    return !h || (h[0] != 'e' && h[0] != 't' && !(h[0] == 'p' && h[1] == 'l'));
}

/* Is m a state's: its country three letters? */
static int plural_state(const mention_t *m)
{
    return m->country[0] && m->country[1] && m->country[2] && !m->country[3];
}

int plural_note_dyad(actor_memory_t *mem, const mention_t *src, const mention_t *tgt)
{
    if (!plural_state(src) || !plural_state(tgt) || !memcmp(src->country, tgt->country, 3) ||
        !plural_named(src) || !plural_named(tgt))
        return 0;
    memcpy(mem->dyad[0], src->country, 4);
    memcpy(mem->dyad[1], tgt->country, 4);
    mem->dyad_sent = mem->nsent;
    return 1;
}

int plural_dyad(const actor_memory_t *mem, const char *self, uint32_t start, uint32_t end, int gov,
                mentions_t *out)
{
    if (!mem->dyad[0][0] || mem->nsent - mem->dyad_sent > 5 ||
        (self && (!strcmp(self, mem->dyad[0]) || !strcmp(self, mem->dyad[1]))))
        return 0;
    for (int k = 0; k < 2; k++) {
        mention_t m;
        memset(&m, 0, sizeof m);
        memcpy(m.code, mem->dyad[k], 4);
        memcpy(m.country, mem->dyad[k], 4);
        sides_push(&m, start, end, gov, out);
    }
    return 1;
}

const actor_entry_t *plural_body(const actor_memory_t *mem, int n)
{
    if (n < 4 || mem->njoined == (uint32_t)n || mem->nsent - mem->igo_sent > 2) return NULL;
    return mem->igo;
}
