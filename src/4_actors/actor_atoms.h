/* actor_atoms.h -- the atoms of a sentence: what each span of tokens may
 * be before mentions are built (stage 4, used by actor.c and
 * actor_mention.c). */
#ifndef ANNALIST_ACTOR_ATOMS_H
#define ANNALIST_ACTOR_ATOMS_H

#include <stddef.h>
#include <stdint.h>

#include "4_actors/actor.h"

enum { A_ACTOR, A_AGENT, A_NAME, A_PRON, A_POSS, A_ALIAS, A_PAIR, A_LEAD, A_THEY };

typedef struct {
    uint32_t start, end;
    int kind;
    const actor_entry_t *e;
    int32_t alias;           /* index into the story's aliases (which may move), or -1;
                                A_PAIR: 1 when the sides are officials */
    int sides;               /* A_PAIR: how many sides (sides_phrase_at) */
} atom_t;

/* The atoms of the sentence tk (a story dated date, yyyymmdd or 0) into
 * *out (capacity *cap, grown as needed; kept by the caller from one
 * sentence to the next), in token order; returns how many. What the
 * phrases found tell the story's memory (the last IGO, body, North and
 * South) is noted in mem as they are found. At most
 * 4 * ACTOR_MAX_PER_SENTENCE atoms. */
size_t actor_atoms(const actordict_t *d, const tokens_t *tk, int32_t date,
                   actor_memory_t *mem, atom_t **out, size_t *cap);

#endif
