/* patindex.c -- verb-block patterns by their first element after the verb. */
#include "patindex.h"

#include <stdlib.h>
#include <string.h>

#include "lib/util.h"

static void patindex_hash_free(pathash_t *t)
{
    free(t->slot);
    free(t->masks);
}

void patindex_free(vblock_t *b)
{
    struct patindex *x = b->idx;
    if (!x) return;
    patindex_hash_free(&x->words);
    patindex_hash_free(&x->stems);
    patindex_hash_free(&x->keyed);
    free(x->other);
    free(x->need);
    free(x);
    b->idx = NULL;
}

/* A first word after the verb of at most this many letters is a common
 * one (a preposition): see patindex_build. */
#define PATINDEX_SHORT 3

/* The length of the word with vocabulary id, read 8 bytes at a time (the
 * vocabulary pads its words with NULs to a multiple of 8 bytes): no call,
 * at load, for each word of each pattern. */
static size_t patindex_word_len(const vocab_t *v, uint32_t id)
{
    if (id >= v->nwords) return 0;
    const char *w = v->words[id];
    for (size_t n = 0;; n += 8) {
        uint64_t x;
        memcpy(&x, w + n, sizeof x);
        uint64_t z = (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
        if (z) return n + (size_t)__builtin_ctzll(z) / 8;   /* little-endian: the first NUL */
    }
}

/* The id of the longest word pattern p spells (the least common, most
 * likely), or 0 when it spells none; its length in *len. */
static uint32_t patindex_longest_word(const verbdict_t *d, const vpattern_t *p, size_t *len)
{
    uint32_t best = 0;
    size_t bestlen = 0;
    for (uint32_t i = 0; i < p->nel; i++) {
        if (p->el[i].kind != PE_WORD || !p->el[i].id) continue;
        size_t len = patindex_word_len(d->vocab, p->el[i].id);
        if (len > bestlen) best = p->el[i].id, bestlen = len;
    }
    *len = bestlen;
    return best;
}

/* The first slot of key in t (multiplicative hash, like the bloom bit) */
static inline uint32_t patindex_slot0(const pathash_t *t, uint32_t key)
{
    return (key * 2654435761u >> 12) & t->mask;
}

/* Builds t over the (key, position) pairs k[0..nk) of a block of nw mask
 * words: each key's positions set in its mask. */
static void patindex_hash_build(pathash_t *t, const synkey_t *k, uint32_t nk, size_t nw)
{
    uint32_t size = 4;
    while (size < 2 * nk) size *= 2;
    t->slot = xcalloc(size, sizeof *t->slot);
    t->mask = size - 1;
    t->nkeys = 0;
    t->masks = xcalloc((size_t)nk * nw + 1, sizeof *t->masks);
    for (uint32_t i = 0; i < nk; i++) {
        uint32_t h = patindex_slot0(t, k[i].id);
        while (t->slot[h].id && t->slot[h].id != k[i].id) h = (h + 1) & t->mask;
        if (!t->slot[h].id) t->slot[h] = (synkey_t){k[i].id, t->nkeys++};
        uint32_t pos = k[i].member;
        t->masks[(size_t)t->slot[h].member * nw + pos / 64] |= (uint64_t)1 << (pos % 64);
    }
}

void patindex_build(const verbdict_t *d, vblock_t *b)
{
    patindex_free(b);
    struct patindex *x = xcalloc(1, sizeof *x);
    /* the three key lists in one scratch array (each at most b->n keys):
     * one allocation a block, not three (freeing three just-made arrays a
     * block cost 1,000 instructions each at load) */
    synkey_t *words = xmalloc(3 * (b->n + 1) * sizeof *words);
    synkey_t *stems = words + b->n + 1, *keyed = stems + b->n + 1;
    uint32_t nwords = 0, nstems = 0, nkeyed = 0;
    x->other = xcalloc(b->n / 64 + 1, sizeof *x->other);
    x->need = xcalloc(b->n + 1, sizeof *x->need);
    for (uint32_t k = 0; k < b->n; k++) {
        const vpattern_t *p = &d->p[b->pats[k]];
        /* every word element must match a token of the sentence (a synonym
         * set or a stem needs no one word) */
        for (uint32_t i = 0; i < p->nel; i++)
            if (p->el[i].kind == PE_WORD) patindex_bloom_add(&x->need[k], p->el[i].id);
        const pelem_t *e = p->star + 1 < p->nel ? &p->el[p->star + 1] : NULL;
        /* a pattern whose first word after the verb is a short one ("to",
         * "with") that spells a longer word besides is keyed by that word:
         * the sentence lacks it more often than the short one stands near
         * (verb_best_pattern checks the first word's place) */
        int first = e && e->kind == PE_WORD && e->id;
        size_t firstlen = first ? patindex_word_len(d->vocab, e->id) : 0, keylen = 0;
        uint32_t key = first && firstlen > PATINDEX_SHORT ? 0 : patindex_longest_word(d, p, &keylen);
        if (first && key && keylen > firstlen) e = NULL;
        if (e && e->kind == PE_WORD && e->id) {
            words[nwords++] = (synkey_t){e->id, k};
        } else if (e && e->kind == PE_STEM && e->stem && e->stem[0]) {
            stems[nstems++] = (synkey_t){(unsigned char)e->stem[0] + 1u, k};
        } else if (key != 0) {
            keyed[nkeyed++] = (synkey_t){patindex_bloom_bit(key) + 1, k};
            patindex_bloom_add(&x->keyed_bits, key);
        } else {
            x->other[k / 64] |= (uint64_t)1 << (k % 64);
            x->has_other = 1;
        }
    }
    size_t nw = (b->n + 63) / 64;
    patindex_hash_build(&x->words, words, nwords, nw);
    patindex_hash_build(&x->stems, stems, nstems, nw);
    patindex_hash_build(&x->keyed, keyed, nkeyed, nw);
    free(words);
    b->idx = x;
}

/* Sets in bits (nw words) the positions of the patterns with this key. */
static inline void patindex_add(const pathash_t *t, size_t nw, uint32_t key, uint64_t *bits)
{
    for (uint32_t h = patindex_slot0(t, key);; h = (h + 1) & t->mask) {
        if (t->slot[h].id == key) {
            const uint64_t *m = t->masks + (size_t)t->slot[h].member * nw;
            for (size_t w = 0; w < nw; w++) bits[w] |= m[w];
            return;
        }
        if (!t->slot[h].id) return;
    }
}

size_t patindex_candidates(const vblock_t *b, const uint32_t *ids, const char *letters,
                           size_t n, const wordbloom_t *have, uint64_t *bits)
{
    const struct patindex *x = b->idx;
    size_t nw = (b->n + 63) / 64;
    if (x->has_other) {
        for (size_t w = 0; w < nw; w++) bits[w] = x->other[w];   /* a word or two: no call */
    } else {
        for (size_t w = 0; w < nw; w++) bits[w] = 0;
    }
    /* the keyed patterns whose bit the sentence has: about one bit in 256
     * is both a block's and a sentence's, searched instead of each pattern
     * tested in turn */
    if (x->keyed.nkeys)
        for (size_t w = 0; w < 4; w++)
            for (uint64_t m = x->keyed_bits.w[w] & have->w[w]; m; m &= m - 1)
                patindex_add(&x->keyed, nw, (uint32_t)(w * 64 + (size_t)__builtin_ctzll(m)) + 1, bits);
    if (x->words.nkeys)
        for (size_t i = 0; i < n; i++)
            if (ids[i]) patindex_add(&x->words, nw, ids[i], bits);
    if (x->stems.nkeys)
        for (size_t i = 0; i < n; i++)
            if (letters[i]) patindex_add(&x->stems, nw, (unsigned char)letters[i] + 1u, bits);
    return nw;
}
