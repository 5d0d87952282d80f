/* patindex.c -- verb-block patterns by their first element after the verb. */
#include "patindex.h"

#include <stdlib.h>
#include <string.h>

#include "lib/util.h"

void patindex_free(vblock_t *b)
{
    struct patindex *x = b->idx;
    if (!x) return;
    free(x->words);
    free(x->stems);
    free(x->other);
    free(x->keyed);
    free(x->word_masks);
    free(x->stem_masks);
    free(x->keyed_masks);
    free(x->need);
    free(x);
    b->idx = NULL;
}

/* The id of the longest word pattern p spells (the least common, most
 * likely), or 0 when it spells none. */
static uint32_t patindex_longest_word(const verbdict_t *d, const vpattern_t *p)
{
    uint32_t best = 0;
    size_t bestlen = 0;
    for (uint32_t i = 0; i < p->nel; i++) {
        if (p->el[i].kind != PE_WORD || !p->el[i].id) continue;
        size_t len = strlen(vocab_word(d->vocab, p->el[i].id));
        if (len > bestlen) best = p->el[i].id, bestlen = len;
    }
    return best;
}

/* Sorts the (key, position) pairs k[0..*nk) and folds each key's run into
 * one pair (key, mask index), the key's positions set in its mask of nw
 * words; *nk becomes the number of keys. Returns the masks (owned). */
static uint64_t *patindex_masks(synkey_t *k, uint32_t *nk, size_t nw)
{
    qsort(k, *nk, sizeof *k, synindex_cmp);
    uint64_t *masks = xcalloc((size_t)*nk * nw + 1, sizeof *masks);
    uint32_t u = 0;
    for (uint32_t i = 0; i < *nk; i++) {
        uint32_t pos = k[i].member;   /* read before k[u] (u <= i) is written */
        if (i == 0 || k[i].id != k[u - 1].id) {
            k[u].id = k[i].id;
            k[u].member = u;
            u++;
        }
        masks[(size_t)(u - 1) * nw + pos / 64] |= (uint64_t)1 << (pos % 64);
    }
    *nk = u;
    return masks;
}

void patindex_build(const verbdict_t *d, vblock_t *b)
{
    patindex_free(b);
    struct patindex *x = xcalloc(1, sizeof *x);
    x->words = xcalloc(b->n + 1, sizeof *x->words);
    x->stems = xcalloc(b->n + 1, sizeof *x->stems);
    x->other = xcalloc(b->n / 64 + 1, sizeof *x->other);
    x->keyed = xcalloc(b->n + 1, sizeof *x->keyed);
    x->need = xcalloc(b->n + 1, sizeof *x->need);
    for (uint32_t k = 0; k < b->n; k++) {
        const vpattern_t *p = &d->p[b->pats[k]];
        /* every word element must match a token of the sentence (a synonym
         * set or a stem needs no one word) */
        for (uint32_t i = 0; i < p->nel; i++)
            if (p->el[i].kind == PE_WORD) patindex_bloom_add(&x->need[k], p->el[i].id);
        const pelem_t *e = p->star + 1 < p->nel ? &p->el[p->star + 1] : NULL;
        uint32_t key;
        if (e && e->kind == PE_WORD && e->id) {
            x->words[x->nwords++] = (synkey_t){e->id, k};
            patindex_bloom_add(&x->word_keys, e->id);
        } else if (e && e->kind == PE_STEM && e->stem && e->stem[0]) {
            x->stems[x->nstems++] = (synkey_t){(unsigned char)e->stem[0], k};
            x->stem_bits |= (uint64_t)1 << ((unsigned char)e->stem[0] % 64);
        } else if ((key = patindex_longest_word(d, p)) != 0) {
            x->keyed[x->nkeyed++] = (synkey_t){patindex_bloom_bit(key), k};
            patindex_bloom_add(&x->keyed_bits, key);
        } else {
            x->other[k / 64] |= (uint64_t)1 << (k % 64);
        }
    }
    size_t nw = (b->n + 63) / 64;
    x->word_masks = patindex_masks(x->words, &x->nwords, nw);
    x->stem_masks = patindex_masks(x->stems, &x->nstems, nw);
    x->keyed_masks = patindex_masks(x->keyed, &x->nkeyed, nw);
    b->idx = x;
}

/* Sets in bits (nw words) the positions of the patterns with key id. */
static inline void patindex_add(const synkey_t *k, size_t nk, const uint64_t *masks, size_t nw,
                                uint32_t id, uint64_t *bits)
{
    size_t lo = 0, hi = nk;
    while (lo < hi) {   /* the key, if any: the first >= id */
        size_t mid = lo + (hi - lo) / 2;
        if (k[mid].id < id) lo = mid + 1;
        else hi = mid;
    }
    if (lo == nk || k[lo].id != id) return;
    const uint64_t *m = masks + (size_t)k[lo].member * nw;
    for (size_t w = 0; w < nw; w++) bits[w] |= m[w];
}

size_t patindex_candidates(const vblock_t *b, const uint32_t *ids, const char *letters,
                           size_t n, const wordbloom_t *have, uint64_t *bits)
{
    const struct patindex *x = b->idx;
    size_t nw = (b->n + 63) / 64;
    for (size_t w = 0; w < nw; w++) bits[w] = x->other[w];   /* a word or two: no call */
    /* the keyed patterns whose bit the sentence has: about one bit in 256
     * is both a block's and a sentence's, searched instead of each pattern
     * tested in turn */
    for (size_t w = 0; w < 4; w++)
        for (uint64_t m = x->keyed_bits.w[w] & have->w[w]; m; m &= m - 1)
            patindex_add(x->keyed, x->nkeyed, x->keyed_masks, nw,
                         (uint32_t)(w * 64 + (size_t)__builtin_ctzll(m)), bits);
    for (size_t i = 0; i < n; i++) {   /* searched only when the filters let them */
        if (ids[i] && patindex_bloom_has(&x->word_keys, patindex_bloom_bit(ids[i])))
            patindex_add(x->words, x->nwords, x->word_masks, nw, ids[i], bits);
        if (letters[i] && (x->stem_bits >> ((unsigned char)letters[i] % 64) & 1))
            patindex_add(x->stems, x->nstems, x->stem_masks, nw, (unsigned char)letters[i], bits);
    }
    return nw;
}
