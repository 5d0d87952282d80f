/* synindex.h -- the members of a synonym set indexed by the word each must
 * start with (read forward) or end with (read backward), so that matching a
 * set at a token tries only the members that can match there. The
 * production dictionaries have sets of hundreds of members (&CURRENCY,
 * &COUNTRY): trying each one dominated their coding time. */
#ifndef ANNALIST_SYNINDEX_H
#define ANNALIST_SYNINDEX_H

#include <stddef.h>
#include <stdint.h>

#include "5_verbs/verbdict.h"

typedef struct {
    uint32_t id;      /* vocabulary id of the member's first (last) word */
    uint32_t member;
} synkey_t;

struct synindex {
    uint32_t *mstart;       /* member m is elements [mstart[m], mstart[m + 1]) */
    uint32_t nmembers;
    synkey_t *keys[2];      /* [0] forward, [1] backward; sorted by id */
    uint32_t nkeys[2];
    synkey_t *stems[2];     /* members starting (ending) with a stem, by the
                               stem's first byte as id; sorted */
    uint32_t nstems[2];
    uint32_t *other[2];     /* members whose first (last) element is neither:
                               another set, an empty stem, ... */
    uint32_t nother[2];
    uint64_t firsts[2][4];  /* bit synindex_bit(id) set for the id of every key
                               of keys[b] */
    uint64_t starts[2][4];  /* bit c set for the first byte c of every stem of
                               stems[b] */
};

/* The bit of a key id in synindex.firsts (a multiplicative hash; ids are
 * handed out in order). */
static inline unsigned synindex_bit(uint32_t id)
{
    return (id * 2654435761u) >> 24;
}

/* May a member of the set start (back = 0) or end (back = 1) with the
 * word of this id (0: unknown) and first byte c? 0 when none can: no key
 * has its bit, no stem its first byte, and no member is of another kind
 * (a test of a few instructions before the searches of synindex_words and
 * synindex_stems, which most tokens fail). */
static inline int synindex_may(const struct synindex *x, int back, uint32_t id, unsigned char c)
{
    if (x->nother[back]) return 1;
    unsigned b = synindex_bit(id);
    return (id && (x->firsts[back][b >> 6] >> (b & 63) & 1)) ||
           (x->starts[back][c >> 6] >> (c & 63) & 1);
}

/* The run of the keys k[0..nk) (sorted by synindex_cmp) that have this id:
 * *n keys from the result. */
const synkey_t *synindex_find(const synkey_t *k, size_t nk, uint32_t id, size_t *n);

/* qsort order of keys: by id, then member. */
int synindex_cmp(const void *a, const void *b);

/* Builds the index of set s (replacing an older one). Never fails. Freed
 * with synindex_free(). */
void synindex_build(vsynset_t *s);
void synindex_free(vsynset_t *s);

/* The members of s whose first (back = 0) or last (back = 1) element is the
 * word with vocabulary id (never for id 0): *n keys from the result. */
const synkey_t *synindex_words(const struct synindex *x, int back, uint32_t id, size_t *n);

/* The members whose first (last) element is a stem starting with byte c. */
const synkey_t *synindex_stems(const struct synindex *x, int back, unsigned char c, size_t *n);

#endif
