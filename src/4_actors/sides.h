/* sides.h -- stage 4: words that stand for several sides named before:
 * "the two ministers", "both countries", "the pair" (the last two sides),
 * "the three countries" (the last three joined), "each other" (the group
 * acting in the same sentence). Used by actor.c and actor_atoms.c. */
#ifndef ANNALIST_SIDES_H
#define ANNALIST_SIDES_H

#include <stdint.h>

#include "4_actors/actor.h"

/* sides_resolve's n: "each other"; a phrase that stands for the sides of
 * a recent meeting only (meeting_phrase_at) */
enum { SIDES_EACH_OTHER = -1, SIDES_MEETING = -2 };

/* A phrase standing for sides at token i: returns its length in tokens (0
 * when none) and sets *n (2, 3 or more sides: "the four countries", "the
 * 27 leaders"; SIDES_EACH_OTHER for "each other" and "one another") and *gov (1 when the noun names officials: "the two
 * leaders", "both ministers"). Only a word of class WC_SIDES (words.h)
 * starts one: a caller at every token tests that bit before the call. */
size_t sides_phrase_at(const tokens_t *tk, size_t i, int *n, int *gov);

/* how sides_push codes a state's side: its country alone (0), its
 * government (1, "both governments"), or as it was named */
#define SIDES_AS_NAMED 2

/* Appends a copy of side as standing at tokens [start, end), with no
 * group and how "the two", coded as gov says (a person keeps the code). */
void sides_push(const mention_t *side, uint32_t start, uint32_t end, int gov, mentions_t *out);

/* Remembers m (code set) as the latest side: the last sides of different
 * countries or organisations, the most recent last. */
void sides_note(actor_memory_t *mem, const mention_t *m);

/* After a sentence's groups are numbered: the last group of three to
 * eight members of different countries is what a later "the three
 * countries" (its last three) or "the four nations" (all four) stands
 * for. */
void sides_note_groups(const mentions_t *out, actor_memory_t *mem);

/* Appends to out what the phrase at tokens [start, end) stands for, as
 * officials (COUNTRY+GOV) when gov is set, as countries otherwise:
 * n = 2, the last two sides (when the sentence so far names one country,
 * the last two others: "Malaysia called on both countries"); n = 3, the
 * last three joined; n > 3, the last n joined when as many were (nothing
 * otherwise); SIDES_EACH_OTHER, the members of the last group of
 * out (mentions joined, or the sides one phrase stands for: "Both
 * armies blamed each other"), each again. Appends nothing when they are not
 * known. */
void sides_resolve(const tokens_t *tk, uint32_t start, uint32_t end, int n, int gov,
                   const actor_memory_t *mem, mentions_t *out);

#endif
