/* plural.h -- stage 4: how many sides a plural phrase counts ("the four
 * countries", "the 27 leaders") and the organisation such a count stands
 * for when no as many countries were joined before. Used by sides.c and
 * actor_atoms.c. */
#ifndef ANNALIST_PLURAL_H
#define ANNALIST_PLURAL_H

#include <stddef.h>

#include "4_actors/actor.h"

/* The number token i names, as a count of sides: digits ("27") or a word
 * from "four" to "twelve", 4 to 99; 0 for anything else (and for 2 and 3,
 * which sides_phrase_at reads as words). */
int plural_number(const tokens_t *tk, size_t i);

/* "The 27 leaders" (a phrase of sides_phrase_at counting n > 3) after "EU
 * leaders agreed": when the story's last countries joined were not n
 * (mem->njoined), the organisation named last (mem->igo) if named in this
 * sentence or the two before it; else NULL. */
const actor_entry_t *plural_body(const actor_memory_t *mem, int n);

/* "they", "them" at tokens [start, end) after a phrase for several sides
 * in the same sentence ("The four countries said they would", "spoke to
 * both capitals and urged them"): appends the sides of out's last such
 * phrase (mentions of one span, two or more) again, as standing at [start,
 * end), and returns 1; 0 (nothing appended) when out ends with none. */
int plural_again(uint32_t start, uint32_t end, mentions_t *out);

/* "his counterparts in both capitals", "their counterparts in the two
 * countries": a counterpart phrase at tokens [start, end) followed by "in"
 * and a phrase for two or more sides (sides_phrase_at): appends those sides
 * as officials (COUNTRY+GOV), as standing at [start, the phrase's end), and
 * returns that end; 0 (nothing appended) otherwise. */
uint32_t plural_counterparts_in(const tokens_t *tk, uint32_t start, uint32_t end,
                                const actor_memory_t *mem, mentions_t *out);

/* After a sentence's events: notes src and tgt, an event's sides, as the
 * story's last dyad when they are two countries named as such (not
 * guessed from a place, an earlier act or a phrase for sides); 1 when
 * noted, else 0. */
int plural_note_dyad(actor_memory_t *mem, const mention_t *src, const mention_t *tgt);

/* "both sides", "the two countries" (sides_resolve): appends the last
 * dyad's countries, told in this sentence or the five before it, as
 * standing at [start, end) (their governments when gov is set), when
 * neither is self (may be NULL); 1 when done, else 0. */
int plural_dyad(const actor_memory_t *mem, const char *self, uint32_t start, uint32_t end, int gov,
                mentions_t *out);

#endif
