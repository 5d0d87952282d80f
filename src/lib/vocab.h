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

/* A slot of the table: the word's hash and id (0 = empty slot) and its
 * first 8 bytes, NUL-padded, so that a look-up compares a word of up to 7
 * bytes (most tokens) without reading words[id]: one cache line a probe. */
typedef struct {
    uint32_t hash;
    uint32_t id;
    char pre[8];
} vocab_slot_t;

typedef struct {
    vocab_slot_t *tab;  /* open-addressing table */
    size_t slots;
    char **words;       /* words[id], owned, NUL-padded to a multiple of 8
                           bytes (vocab.c); words[0] unused */
    size_t nwords, capwords;
    uint16_t *tags;     /* tags[id]: a small bit set other modules give a word
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

/* The hash the table is keyed by: 64-bit FNV-1a over the bytes, its high
 * half folded into the low one. Byte by byte, so that the tokenizer
 * computes it while it folds a word (token.c). */
#define VOCAB_HASH_START 0xcbf29ce484222325ULL
static inline uint64_t vocab_hash_byte(uint64_t h, unsigned char c)
{
    return (h ^ c) * 0x100000001b3ULL;
}
static inline uint32_t vocab_hash_end(uint64_t h)
{
    return (uint32_t)(h ^ (h >> 32));
}
static inline uint32_t vocab_hash(const char *w, size_t n)
{
    uint64_t h = VOCAB_HASH_START;
    for (size_t i = 0; i < n; i++) h = vocab_hash_byte(h, (unsigned char)w[i]);
    return vocab_hash_end(h);
}

/* Is the vocabulary word x (a words[id], NUL-padded by vocab.c) the n
 * bytes at w? Fixed-size loads, not a byte loop (most words are under 8
 * bytes). w is read within its n bytes; x within its padding, since a
 * block of x is read only when the bytes before it matched bytes of w,
 * none of them NUL. */
static inline int vocab_same(const char *x, const char *w, size_t n)
{
    if (n < 4) return n ? x[0] == w[0] && x[n / 2] == w[n / 2] && x[n - 1] == w[n - 1] && !x[n]
                        : !x[0];
    if (n < 8) {
        uint32_t a, b, c, d;
        memcpy(&a, x, 4), memcpy(&b, w, 4), memcpy(&c, x + n - 4, 4), memcpy(&d, w + n - 4, 4);
        return a == b && c == d && !x[n];
    }
    uint64_t a, b;
    for (size_t k = 0; k + 8 < n; k += 8) {
        memcpy(&a, x + k, 8), memcpy(&b, w + k, 8);
        if (a != b) return 0;
    }
    memcpy(&a, x + n - 8, 8), memcpy(&b, w + n - 8, 8);
    return a == b && !x[n];
}

/* Is the word of slot s the n bytes at w? A word of under 8 bytes is
 * compared with the slot's copy of it (as vocab_same does), a longer one
 * with words[s->id] after its first 8 bytes matched. */
static inline int vocab_slot_same(const vocab_t *v, const vocab_slot_t *s, const char *w,
                                  size_t n)
{
    const char *x = s->pre;
    if (n < 8) return vocab_same(x, w, n);
    uint64_t a, b;
    memcpy(&a, x, 8), memcpy(&b, w, 8);
    return a == b && vocab_same(v->words[s->id], w, n);
}

/* The slot of the word w (n bytes, hash h) in the table, or the empty slot
 * where it would go. */
static inline size_t vocab_slot(const vocab_t *v, uint32_t h, const char *w, size_t n)
{
    size_t mask = v->slots - 1, i = (size_t)h & mask;
    while (v->tab[i].id) {
        if (v->tab[i].hash == h && vocab_slot_same(v, &v->tab[i], w, n)) return i;
        i = (i + 1) & mask;
    }
    return i;
}

/* vocab_find() for a word whose vocab_hash() is h. Inline: asked for
 * every token (token_assign_ids). */
static inline uint32_t vocab_find_hashed(const vocab_t *v, uint32_t h, const char *word, size_t n)
{
    return v->tab[vocab_slot(v, h, word, n)].id;
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

#endif
