/* patindex.h -- the patterns of a verb block indexed by their first element
 * after the verb: a word (by id) or a stem (by its first letter); every
 * other pattern is listed apart. Matching a verb then tries only the
 * patterns whose first word after the verb stands close by, in block order,
 * instead of rejecting the others one by one. */
#ifndef ANNALIST_PATINDEX_H
#define ANNALIST_PATINDEX_H

#include <stddef.h>
#include <stdint.h>

#include "5_verbs/synindex.h"
#include "5_verbs/verbdict.h"

struct patindex {
    synkey_t *words;     /* (word id, position in the block), sorted */
    uint32_t nwords;
    synkey_t *stems;     /* (first letter of the stem, position), sorted */
    uint32_t nstems;
    uint64_t *other;     /* bit set: positions of every other pattern */
};

/* Builds the index of block b of d (replacing an older one). Never fails.
 * Freed with patindex_free(). */
void patindex_build(const verbdict_t *d, vblock_t *b);
void patindex_free(vblock_t *b);

/* Sets in bits ((b->n + 63) / 64 words) the positions in block b of the
 * patterns that may match when the words after the verb have these ids and
 * first letters (n of each). Returns the number of words written. */
size_t patindex_candidates(const vblock_t *b, const uint32_t *ids, const char *letters,
                           size_t n, uint64_t *bits);

#endif
