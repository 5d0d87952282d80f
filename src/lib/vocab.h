/* vocab.h -- the word list: every word the dictionaries use gets a small
 * integer id, so that matching compares integers, not strings.
 *
 * The vocabulary is filled while dictionaries load and read-only after
 * that, so coding threads may call vocab_find() concurrently. */
#ifndef ANNALIST_VOCAB_H
#define ANNALIST_VOCAB_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lib/util.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* A bucket of the table: one cache line holding up to four words, filled
 * in order (a bucket whose last slot is empty ends a search). For each
 * word: its hash, its id and length (meta = id << 8 | length, 255 for
 * 255 bytes or more; 0 = empty slot) and its first 8 bytes, NUL-padded,
 * so that a look-up compares a word of up to 8 bytes (most tokens)
 * without reading words[id], and the four hashes at once. */
#define VOCAB_BUCKET 4
typedef struct {
    uint32_t hash[VOCAB_BUCKET];
    uint32_t meta[VOCAB_BUCKET];
    uint64_t pre[VOCAB_BUCKET];
} __attribute__((aligned(64))) vocab_bucket_t;

typedef struct {
    vocab_bucket_t *tab;  /* open addressing over buckets */
    uint64_t (*tail)[VOCAB_BUCKET];   /* tail[b][j]: bytes 8-15 of the word of
                                         tab[b]'s slot j, NUL-padded */
    size_t nbuckets;      /* a power of two */
    char **words;         /* words[id], in mem, NUL-padded to a multiple of 8
                             bytes (vocab.c); words[0] unused */
    util_arena_t mem;     /* the words' bytes */
    size_t nwords, capwords;
    uint16_t *tags;       /* tags[id]: a small bit set other modules give a word
                             (the word classes of words.h); tags[0] = 0 */
    size_t captags;
} vocab_t;

/* Initializes an empty vocabulary. Free with vocab_free(). */
void vocab_init(vocab_t *v);
void vocab_free(vocab_t *v);

/* Returns the id of word (n bytes, already lower case), adding it when it is
 * new. Ids start at 1. */
uint32_t vocab_add(vocab_t *v, const char *word, size_t n);

/* Returns the id of word, or 0 when the dictionaries never used it. */
uint32_t vocab_find(const vocab_t *v, const char *word, size_t n);

/* The first 8 bytes of a word of n bytes whose first min(n, 8) bytes are
 * the little-endian bytes of x (what lies past them in x is dropped),
 * NUL-padded: the unit vocab_hash and the table compare. Without a
 * branch: a word's length is a coin toss to the branch predictor. */
static inline uint64_t vocab_pre_bits(uint64_t x, size_t n)
{
    static const uint64_t keep[9] = {0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff,
                                     0xffffffffffff, 0xffffffffffffff, ~0ull};
    return x & keep[n < 8 ? n : 8];
}

/* The same read from w without reading past w[n - 1]: two loads of 4
 * bytes that overlap for 4 to 7 bytes, three of one byte below that, not
 * a copy of a variable length (a jump table: 40 instructions a word at
 * the dictionary load). */
static inline uint64_t vocab_pre(const char *w, size_t n)
{
    uint64_t x = 0;
    if (n >= 8) {
        memcpy(&x, w, 8);
    } else if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, w, 4);
        memcpy(&b, w + n - 4, 4);
        x = a | (uint64_t)b << (8 * (n - 4));
    } else if (n) {
        x = (uint64_t)(unsigned char)w[0] | (uint64_t)(unsigned char)w[n >> 1] << (8 * (n >> 1)) |
            (uint64_t)(unsigned char)w[n - 1] << (8 * (n - 1));
    }
    return x;
}

/* The hash the table is keyed by: the word's length, then each block of 8
 * bytes (the last NUL-padded) mixed in by one multiplication, the high
 * half folded into the low one. A block at a time, not a byte, so that the
 * tokenizer computes it from the registers it folds a word in (token.c):
 * start with vocab_hash_start(n), add vocab_hash_block() for each block. */
static inline uint64_t vocab_hash_start(size_t n)
{
    return 0x9e3779b97f4a7c15ull * (n + 1);
}
static inline uint64_t vocab_hash_block(uint64_t h, uint64_t block)
{
    h = (h ^ block) * 0xff51afd7ed558ccdull;
    return h ^ (h >> 32);
}
static inline uint32_t vocab_hash(const char *w, size_t n)
{
    uint64_t h = vocab_hash_start(n);
    size_t k = 0;
    for (; k + 8 <= n; k += 8) h = vocab_hash_block(h, vocab_pre(w + k, 8));
    if (k < n || n == 0) h = vocab_hash_block(h, vocab_pre(w + k, n - k));
    return (uint32_t)h;
}

/* Is the vocabulary word x (a words[id], NUL-padded by vocab.c) the n
 * bytes at w, given that their first 16 bytes are equal (n > 16)?
 * Fixed-size loads, not a byte loop. */
static inline int vocab_same_long(const char *x, const char *w, size_t n)
{
    uint64_t a, b;
    for (size_t k = 16; k + 8 < n; k += 8) {
        memcpy(&a, x + k, 8), memcpy(&b, w + k, 8);
        if (a != b) return 0;
    }
    memcpy(&a, x + n - 8, 8), memcpy(&b, w + n - 8, 8);
    return a == b && !x[n];
}

/* The bits of bucket b's slots whose hash is h (bit j for slot j). */
static inline unsigned vocab_bucket_hits(const vocab_bucket_t *b, uint32_t h)
{
#ifdef __SSE2__
    __m128i x = _mm_load_si128((const __m128i *)(const void *)b->hash);
    return (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(x, _mm_set1_epi32((int)h))));
#else
    unsigned m = 0;
    for (unsigned j = 0; j < VOCAB_BUCKET; j++) m |= (unsigned)(b->hash[j] == h) << j;
    return m;
#endif
}

/* Fetches into the cache what vocab_find_pre will read for a word of n
 * bytes with hash h (the tokenizer asks as it reads each word, so that the
 * look-ups of the sentence's words find them there). */
static inline void vocab_prefetch(const vocab_t *v, uint32_t h, size_t n)
{
    size_t i = (size_t)h & (v->nbuckets - 1);
    __builtin_prefetch(&v->tab[i]);
    if (n > 8) __builtin_prefetch(&v->tail[i]);
}

/* The id of the word w (n bytes, hash h, its first 8 bytes pre and its
 * bytes 8-15 tail as vocab_pre_bits gives them), or 0. Reads w only when
 * n > 16. Inline: asked for every token (token_assign_ids). */
static inline uint32_t vocab_find_pre(const vocab_t *v, uint32_t h, uint64_t pre, uint64_t tail,
                                      const char *w, size_t n)
{
    size_t mask = v->nbuckets - 1, i = (size_t)h & mask;
    uint32_t len = n < 255 ? (uint32_t)n : 255;
    for (;;) {
        const vocab_bucket_t *b = &v->tab[i];
        for (unsigned m = vocab_bucket_hits(b, h); m; m &= m - 1) {
            unsigned j = (unsigned)__builtin_ctz(m);
            uint32_t meta = b->meta[j];
            if ((meta & 255) == len && b->pre[j] == pre &&
                (n <= 8 || (v->tail[i][j] == tail &&
                            (n <= 16 || vocab_same_long(v->words[meta >> 8], w, n)))))
                return meta >> 8;
        }
        if (!b->meta[VOCAB_BUCKET - 1]) return 0;   /* room left: the word would be here */
        i = (i + 1) & mask;
    }
}

/* vocab_find() for a word whose vocab_hash() is h. */
static inline uint32_t vocab_find_hashed(const vocab_t *v, uint32_t h, const char *word, size_t n)
{
    return vocab_find_pre(v, h, vocab_pre(word, n), n > 8 ? vocab_pre(word + 8, n - 8) : 0, word,
                          n);
}

/* Adds word like vocab_add() and sets the bits of tags in its tags. Returns
 * its id. */
uint32_t vocab_add_tags(vocab_t *v, const char *word, size_t n, uint16_t tags);

/* The tags of a word by id (0 for id 0 and for words never tagged). */
static inline uint16_t vocab_tags(const vocab_t *v, uint32_t id)
{
    return v->tags[id];
}

/* The word for an id (owned by the vocabulary), "" for 0. */
const char *vocab_word(const vocab_t *v, uint32_t id);

/* Adds the words of src with ids from..to-1 to v, in id order (their tags
 * are not copied), and sets map[id] to each one's id in v: what v would
 * hold had the words been added to v in the order src first saw them. */
void vocab_merge(vocab_t *v, const vocab_t *src, uint32_t from, uint32_t to, uint32_t *map);

#endif
