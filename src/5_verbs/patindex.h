/* patindex.h -- the patterns of a verb block indexed by their first element
 * after the verb: a word (by id) or a stem (by its first letter); every
 * other pattern is listed apart. Matching a verb then tries only the
 * patterns whose first word after the verb stands close by, in block order,
 * instead of rejecting the others one by one.
 *
 * It also keeps, for each pattern, a Bloom filter of the words it spells:
 * a pattern one of whose words the sentence lacks cannot match, and most
 * patterns tried fail that way (93 % on the bench corpus). */
#ifndef ANNALIST_PATINDEX_H
#define ANNALIST_PATINDEX_H

#include <stddef.h>
#include <stdint.h>

#include "5_verbs/synindex.h"
#include "5_verbs/verbdict.h"

/* A set of vocabulary ids as 256 bits, one bit an id (patindex_bit): a
 * word's bit clear means the word is not in the set; set, it may be. */
typedef struct {
    uint64_t w[4];
} wordbloom_t;

/* A key (a word id, a stem's first letter + 1, a wordbloom_t bit + 1; never
 * 0) -> the bit set of the positions in the block of the patterns with that
 * key: an open-addressing table (slot id 0 = empty), so that a key is
 * found, or found absent, in a probe or two instead of a binary search. */
typedef struct {
    synkey_t *slot;      /* (key, mask number); 2^k slots, at most half full */
    uint32_t mask;       /* slots - 1 */
    uint32_t nkeys;
    uint64_t *masks;     /* mask number i: masks + i * ((block size + 63) / 64) */
} pathash_t;

struct patindex {
    pathash_t words;     /* by the id of the first word after the verb */
    pathash_t stems;     /* by the first letter (+ 1) of a stem there */
    pathash_t keyed;     /* the other patterns that spell a word, by the
                            wordbloom_t bit (+ 1) of their longest word; a
                            candidate only when the sentence has that bit */
    uint64_t *other;     /* bit set: positions of every other pattern that
                            spells no word (always a candidate) */
    int has_other;       /* other is not all zero */
    wordbloom_t keyed_bits;  /* the bits of keyed: those the sentence has too
                                are the only ones searched */
    wordbloom_t *need;   /* by position: the ids of the pattern's words */
};

/* The bit of vocabulary id in a wordbloom_t: a multiplicative hash, since
 * ids are handed out in order and the words of one pattern are often
 * neighbours. */
static inline unsigned patindex_bloom_bit(uint32_t id)
{
    return (id * 2654435761u) >> 24;
}
static inline void patindex_bloom_add(wordbloom_t *b, uint32_t id)
{
    unsigned h = patindex_bloom_bit(id);
    b->w[h >> 6] |= (uint64_t)1 << (h & 63);
}
/* The set of the ids of tk's tokens (id 0, an unknown word, left out):
 * the four words built in registers, without a branch or a store a token
 * (patindex_bloom_add in a loop waited on its own stores). */
static inline void patindex_bloom_tokens(wordbloom_t *b, const tokens_t *tk)
{
    uint64_t w0 = 0, w1 = 0, w2 = 0, w3 = 0;
    for (size_t i = 0; i < tk->n; i++) {
        uint32_t id = tk->t[i].id;
        unsigned h = patindex_bloom_bit(id), q = h >> 6;
        uint64_t m = (uint64_t)(id != 0) << (h & 63);
        w0 |= q == 0 ? m : 0;
        w1 |= q == 1 ? m : 0;
        w2 |= q == 2 ? m : 0;
        w3 |= q == 3 ? m : 0;
    }
    b->w[0] = w0, b->w[1] = w1, b->w[2] = w2, b->w[3] = w3;
}
static inline int patindex_bloom_has(const wordbloom_t *b, unsigned bit)
{
    return b->w[bit >> 6] >> (bit & 63) & 1;
}

/* May every id of need be in have? (0: one surely is not) */
static inline int patindex_bloom_covers(const wordbloom_t *have, const wordbloom_t *need)
{
    return ((need->w[0] & ~have->w[0]) | (need->w[1] & ~have->w[1]) |
            (need->w[2] & ~have->w[2]) | (need->w[3] & ~have->w[3])) == 0;
}

/* Builds the index of block b of d (replacing an older one). Never fails.
 * Freed with patindex_free(). */
void patindex_build(const verbdict_t *d, vblock_t *b);
void patindex_free(vblock_t *b);

/* Does block b have patterns keyed by a stem (whose first letters
 * patindex_candidates must be given)? */
static inline int patindex_has_stems(const vblock_t *b)
{
    return b->idx->stems.nkeys != 0;
}

/* Sets in bits ((b->n + 63) / 64 words) the positions in block b of the
 * patterns that may match when the words after the verb have these ids and
 * first letters (n of each; letters may be NULL when the block has no stem
 * keys, patindex_has_stems) and the sentence's words are in have. Leaves
 * out only patterns that patindex_bloom_covers(have, need) rejects too.
 * Returns the number of words written. */
size_t patindex_candidates(const vblock_t *b, const uint32_t *ids, const char *letters,
                           size_t n, const wordbloom_t *have, uint64_t *bits);

#endif
