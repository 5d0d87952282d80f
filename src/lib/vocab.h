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
    uint64_t *hashes;   /* open-addressing table of (hash, id) */
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
