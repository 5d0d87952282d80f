/* meeting.h -- stage 4: the two sides of the last meeting, call or talks a
 * story told ("Kuwait's foreign minister met his Turkish counterpart"),
 * which a plural naming no one stands for in the next sentences ("they
 * discussed", "the two sides agreed", "the leaders condemned", "the nations
 * will work together"). Noted from the events by pipeline.c, read by
 * actor.c and sides.c. */
#ifndef ANNALIST_MEETING_H
#define ANNALIST_MEETING_H

#include <stddef.h>

#include "4_actors/actor.h"

/* Most sides a meeting keeps (the size of actor_memory_t.meet). */
#define MEETING_MAX 4

/* Remembers the n sides (2 to MEETING_MAX) of a meeting told by the
 * current sentence; n = 0 forgets the last one (a meeting of more sides). */
void meeting_note(actor_memory_t *mem, const mention_t *const *sides, size_t n);

/* At the end of a sentence: one that names states of the meeting's
 * countries only ("Sheikh Salem congratulated the Turkish minister") keeps
 * the meeting recent. */
void meeting_refresh(const mentions_t *out, actor_memory_t *mem);

/* "the leaders", "the nations", "the ministers", "the two parties", "both
 * delegations", "the Heads of State" at token i, when a meeting is recent
 * (told or refreshed in one of the last two sentences), and no "of" names
 * whose they are ("the two", "both": a meeting of two sides; "the three":
 * of three): its length in tokens (0 when none); *gov is 1 for officials. */
size_t meeting_phrase_at(const tokens_t *tk, size_t i, const actor_memory_t *mem, int *gov);

/* Appends the recent meeting's sides as standing at tokens [start, end)
 * (coded as sides_push codes them with gov); 1 when done, 0 when no
 * meeting is recent or (n not 0) it had not n sides. */
int meeting_resolve(const actor_memory_t *mem, uint32_t n, uint32_t start, uint32_t end, int gov,
                    mentions_t *out);

/* "his counterparts" (plural set) or "her counterpart" of a person of
 * country (three letters), one of the sides of a recent meeting (of two,
 * for "counterpart"): appends its other sides, as officials (COUNTRY+GOV),
 * as standing at tokens [start, end); 1 when done, 0 otherwise. */
int meeting_others(const actor_memory_t *mem, const char *country, int plural, uint32_t start,
                   uint32_t end, mentions_t *out);

#endif
