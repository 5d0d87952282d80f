/* vocab.c -- word <-> id table (open addressing over buckets of four,
 * keyed by vocab_hash). */
#include "vocab.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* A copy of word (n bytes) with its NUL, padded with NULs to a multiple of
 * 8 bytes, as vocab_same_long reads it, in v's arena. */
static char *vocab_dup(vocab_t *v, const char *word, size_t n)
{
    size_t size = (n + 8) & ~(size_t)7;
    char *x = util_arena_alloc(&v->mem, size);
    memcpy(x, word, n);
    memset(x + n, 0, size - n);
    return x;
}

/* An empty table of nbuckets buckets (and their tails) for v. */
static void vocab_table(vocab_t *v, size_t nbuckets)
{
    v->nbuckets = nbuckets;
    v->tab = aligned_alloc(sizeof *v->tab, nbuckets * sizeof *v->tab);
    if (!v->tab) {
        fputs("annalist: out of memory\n", stderr);
        exit(70);
    }
    memset(v->tab, 0, nbuckets * sizeof *v->tab);
    v->tail = xcalloc(nbuckets, sizeof *v->tail);
}

void vocab_init(vocab_t *v)
{
    memset(v, 0, sizeof *v);
    vocab_table(v, 256);
    UTIL_PUSH(v->words, v->nwords, v->capwords);
    v->words[0] = vocab_dup(v, "", 0);
    util_grow((void **)&v->tags, &v->captags, 1, sizeof *v->tags);
    v->tags[0] = 0;
}

void vocab_free(vocab_t *v)
{
    util_arena_free(&v->mem);   /* the words */
    free(v->words);
    free(v->tab);
    free(v->tail);
    free(v->tags);
    memset(v, 0, sizeof *v);
}

/* Puts a word (hash h, meta, first bytes pre, bytes 8-15 tail) in the
 * first free slot of its bucket or of the buckets after it. */
static void vocab_place(vocab_t *v, uint32_t h, uint32_t meta, uint64_t pre, uint64_t tail)
{
    size_t mask = v->nbuckets - 1, i = (size_t)h & mask;
    for (;; i = (i + 1) & mask) {
        vocab_bucket_t *b = &v->tab[i];
        for (unsigned j = 0; j < VOCAB_BUCKET; j++)
            if (!b->meta[j]) {
                b->hash[j] = h;
                b->meta[j] = meta;
                b->pre[j] = pre;
                v->tail[i][j] = tail;
                return;
            }
    }
}

static void vocab_rehash(vocab_t *v)
{
    size_t old = v->nbuckets;
    vocab_bucket_t *ot = v->tab;
    uint64_t(*otail)[VOCAB_BUCKET] = v->tail;
    vocab_table(v, old * 2);
    for (size_t i = 0; i < old; i++)
        for (unsigned j = 0; j < VOCAB_BUCKET && ot[i].meta[j]; j++)
            vocab_place(v, ot[i].hash[j], ot[i].meta[j], ot[i].pre[j], otail[i][j]);
    free(ot);
    free(otail);
}

uint32_t vocab_add(vocab_t *v, const char *word, size_t n)
{
    uint32_t h = vocab_hash(word, n);
    uint32_t id = vocab_find_hashed(v, h, word, n);
    if (id) return id;
    id = (uint32_t)v->nwords;
    if (id >= 1u << 24) {   /* meta holds 24 bits of id */
        fputs("annalist: more than 16 million dictionary words\n", stderr);
        exit(70);
    }
    char *x = vocab_dup(v, word, n);
    *UTIL_PUSH(v->words, v->nwords, v->capwords) = x;
    util_grow((void **)&v->tags, &v->captags, v->nwords, sizeof *v->tags);
    v->tags[id] = 0;
    /* x is NUL-padded to 8 bytes past its NUL: its bytes 8-15 can be read */
    vocab_place(v, h, id << 8 | (n < 255 ? (uint32_t)n : 255), vocab_pre(x, n),
                n > 8 ? vocab_pre(x + 8, 8) : 0);
    /* at most 2 words a bucket of 4 on average: few buckets overflow */
    if (v->nwords > v->nbuckets * 2) vocab_rehash(v);
    return id;
}

uint32_t vocab_find(const vocab_t *v, const char *word, size_t n)
{
    return vocab_find_hashed(v, vocab_hash(word, n), word, n);
}

uint32_t vocab_add_tags(vocab_t *v, const char *word, size_t n, uint16_t tags)
{
    uint32_t id = vocab_add(v, word, n);
    v->tags[id] |= tags;
    return id;
}

const char *vocab_word(const vocab_t *v, uint32_t id)
{
    return id < v->nwords ? v->words[id] : "";
}

void vocab_merge(vocab_t *v, const vocab_t *src, uint32_t from, uint32_t to, uint32_t *map)
{
    for (uint32_t id = from; id < to; id++) {
        const char *w = src->words[id];
        map[id] = vocab_add(v, w, strlen(w));
    }
}
