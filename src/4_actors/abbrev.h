/* abbrev.h -- stage 4: an abbreviation a story defines in parentheses
 * right after an actor ("the Philippine Coast Guard (PCG)", "the
 * Maldivian Democratic Party (MDP)") is part of that mention, and stands
 * for the same actor when the story uses it later ("the PCG vessels").
 * Used by actor.c only. */
#ifndef ANNALIST_ABBREV_H
#define ANNALIST_ABBREV_H

#include <stdint.h>

#include "4_actors/actor.h"

/* After mention m (its possessive "'s" aside): "(" ABBR ")", where ABBR is
 * one capitalized word of 3 to 8 letters whose first letter is that of
 * m's first capitalized word and whose last is the first letter of m's
 * last word ("China Coast Guard's (CCG)"; not "PARIS (AFP)" or "the
 * Russian Federation (GRU)"). Returns the token after ")" (0 when there
 * is none) and remembers ABBR as standing for m's actor (memory_abbr_add;
 * an ABBR the dictionary knows keeps its own entry). */
uint32_t abbrev_after(const tokens_t *tk, const mention_t *m, actor_memory_t *mem);

/* The parentheses around an abbreviation inside a mention of ms ("the
 * Philippine Coast Guard (PCG) condemned") end no clause: their word-class
 * bit WC_BOUNDARY is cleared in tk, so that the verb after them finds the
 * mention as its subject. Call after actor_find. */
void abbrev_unbound(tokens_t *tk, const mentions_t *ms);

#endif
