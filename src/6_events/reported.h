/* reported.h -- the speaker's act in what it reports (stage 6): '"The
 * EU's unfriendly measures will not stop us," the Russian foreign ministry
 * said', "Manila said Chinese vessels had illegally entered the waters",
 * "Lin said Japan must stop". Used by event.c. */
#ifndef ANNALIST_REPORTED_H
#define ANNALIST_REPORTED_H

#include "6_events/event.h"

/* A word of speech at token q ("said", "added", "claimed", ...; nothing
 * for another word) whose speaker (the actor named after a quotation that
 * closes a few words before q, '..." the ministry said', else subj, the
 * subject of q, -1 for none) says one of these adds to out that
 * speaker's act and returns 1:
 * - a demand (100) or an appeal (020) on the actor of another country that
 *   opens what is said, followed by "must" or "should" ("said Japan must
 *   stop"; not "must be punished", "should have acted");
 * - else a criticism (111) of the first actor of another country whose act
 *   it tells in words that condemn it ("illegally", "unfriendly",
 *   "provocations by", "violated"; within five words of that actor, no
 *   comma, negation or other actor between, the actor not the subject of a
 *   passive nor civilians).
 * Nothing (0) when out already holds an act of the speaker's country. The
 * criticism replaces the acts out holds whose verb stands in what was
 * said and whose source is of the criticized actor's country ("said
 * Indian troops illegally crossed the border and attacked": what the
 * speaker accuses them of, not an attack coded). The caller stops at the
 * first word that adds one. */
int reported_at(const tokens_t *tk, const mentions_t *ms, uint32_t q, int32_t subj,
                events_t *out);

#endif
