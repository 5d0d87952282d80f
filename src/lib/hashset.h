/* hashset.h -- a set of 64-bit hashes, used to spot repeated paragraphs and
 * sentences within a story. */
#ifndef ANNALIST_HASHSET_H
#define ANNALIST_HASHSET_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint64_t *slots; /* 0 = empty; a real hash of 0 is stored as 1 */
    size_t cap, n;
} hashset_t;

/* Adds h; returns 1 if it was already there, 0 if it is new.
 * A zeroed hashset_t is an empty set; free with hashset_free(). */
int hashset_add(hashset_t *s, uint64_t h);
void hashset_clear(hashset_t *s);  /* empties, keeps memory */
void hashset_free(hashset_t *s);

#endif
