/* vocab.h -- the word list: every word the dictionaries use gets a small
 * integer id, so that matching compares integers, not strings.
 *
 * The vocabulary is filled while dictionaries load and read-only after
 * that, so coding threads may call vocab_find() concurrently. */
#ifndef ANNALIST_VOCAB_H
#define ANNALIST_VOCAB_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t *hashes;   /* open-addressing table of (hash, id) */
    uint32_t *ids;      /* 0 = empty slot */
    size_t slots;
    char **words;       /* words[id], owned; words[0] unused */
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

/* vocab_find() for a word whose vocab_hash() is h. */
uint32_t vocab_find_hashed(const vocab_t *v, uint32_t h, const char *word, size_t n);

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
