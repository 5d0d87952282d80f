/* synindex.c -- synonym-set members by their first and last word. */
#include "synindex.h"

#include <stdlib.h>

#include "lib/util.h"

int synindex_cmp(const void *a, const void *b)
{
    const synkey_t *x = a, *y = b;
    if (x->id != y->id) return x->id < y->id ? -1 : 1;
    return x->member < y->member ? -1 : x->member > y->member;
}

void synindex_free(vsynset_t *s)
{
    struct synindex *x = s->idx;
    if (!x) return;
    free(x->mstart);
    for (int b = 0; b < 2; b++) {
        free(x->keys[b]);
        free(x->stems[b]);
        free(x->other[b]);
    }
    free(x);
    s->idx = NULL;
}

void synindex_build(vsynset_t *s)
{
    synindex_free(s);
    struct synindex *x = xcalloc(1, sizeof *x);
    size_t cap = 0;
    for (size_t i = 0; i < s->n; i++)
        if (i == 0 || s->w[i].first) *UTIL_PUSH(x->mstart, x->nmembers, cap) = (uint32_t)i;
    util_grow((void **)&x->mstart, &cap, x->nmembers + 1, sizeof *x->mstart);
    x->mstart[x->nmembers] = (uint32_t)s->n;
    for (int b = 0; b < 2; b++) {
        x->keys[b] = xcalloc(x->nmembers + 1, sizeof *x->keys[b]);
        x->stems[b] = xcalloc(x->nmembers + 1, sizeof *x->stems[b]);
        x->other[b] = xcalloc(x->nmembers + 1, sizeof *x->other[b]);
        for (uint32_t m = 0; m < x->nmembers; m++) {
            const pelem_t *e = &s->w[b ? x->mstart[m + 1] - 1 : x->mstart[m]];
            if (e->kind == PE_WORD) {
                /* a word of id 0 matches nothing: left out */
                if (e->id) {
                    x->keys[b][x->nkeys[b]++] = (synkey_t){e->id, m};
                    unsigned bit = synindex_bit(e->id);
                    x->firsts[b][bit >> 6] |= (uint64_t)1 << (bit & 63);
                }
            } else if (e->kind == PE_STEM && e->stem && e->stem[0]) {
                unsigned char c = (unsigned char)e->stem[0];
                x->stems[b][x->nstems[b]++] = (synkey_t){c, m};
                x->starts[b][c >> 6] |= (uint64_t)1 << (c & 63);
            } else {
                x->other[b][x->nother[b]++] = m;
            }
        }
        qsort(x->keys[b], x->nkeys[b], sizeof *x->keys[b], synindex_cmp);
        qsort(x->stems[b], x->nstems[b], sizeof *x->stems[b], synindex_cmp);
    }
    s->idx = x;
}

const synkey_t *synindex_find(const synkey_t *k, size_t nk, uint32_t id, size_t *n)
{
    size_t lo = 0, hi = nk;
    while (lo < hi) {   /* the first key >= id */
        size_t mid = lo + (hi - lo) / 2;
        if (k[mid].id < id) lo = mid + 1;
        else hi = mid;
    }
    size_t end = lo;
    while (end < nk && k[end].id == id) end++;
    *n = end - lo;
    return k + lo;
}

const synkey_t *synindex_words(const struct synindex *x, int back, uint32_t id, size_t *n)
{
    return synindex_find(x->keys[back], x->nkeys[back], id, n);
}

const synkey_t *synindex_stems(const struct synindex *x, int back, unsigned char c, size_t *n)
{
    return synindex_find(x->stems[back], x->nstems[back], c, n);
}
