/* event_add.h -- recording an act between two mentions in the sentence's
 * events (stage 6, used by event_match.c). */
#ifndef ANNALIST_EVENT_ADD_H
#define ANNALIST_EVENT_ADD_H

#include "6_events/event.h"

/* Records in out the act of s on t with code (pcode: the pattern's code,
 * before intent), of match m and verb v, passive and intent (its word,
 * or NULL, at token itok) as event_t tells them; nothing when s and t are
 * one actor (event_same_actor) or out holds that act already (the same
 * kind between the same sides); an act it holds at a less precise code, or
 * on a side only guessed from the place, is replaced. event_push_rule (in
 * event.h) adds an event a rule made, without these tests. */
void event_add(events_t *out, const mention_t *s, const mention_t *t,
               const char *code, const char *pcode, const vmatch_t *m,
               const verb_t *v, int passive, const char *intent, uint32_t itok);

#endif
