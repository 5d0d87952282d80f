/* evaluative.h -- a speaker's verdict on another actor in what it says
 * (stage 6): "said Russia's response was a disproportionate escalation"
 * (111), "said the Russian state was culpable" (112). Used by event.c. */
#ifndef ANNALIST_EVALUATIVE_H
#define ANNALIST_EVALUATIVE_H

#include <stdint.h>

#include "3_sentences/token.h"
#include "4_actors/actor.h"
#include "6_events/event.h"

/* At the word of speech at token q (not negated) whose subject is mention
 * subj (or -1): when what it says after it holds a word of the
 * evaluative class (WC_EVAL: "unacceptable", "disproportionate",
 * "escalation", "culpable", "aggression", ...) said of an actor of another
 * country -- the owner of the phrase it stands in ("China's \"extreme,
 * disproportionate ... response\"") or the subject of the "be" before it
 * ("the Russian state was culpable") -- adds the speaker's criticism
 * (111) or, for a charge ("culpable", "aggression", "terror"), its
 * accusation (112) of that actor to out, unless the sentence has such an
 * event of the pair already. Returns 1 when one was added, else 0. */
/* Is the word at token q one of praise said of an act ("historic",
 * "milestone", "victory", "breakthrough", "constructive"): the positive
 * side of the evaluative words, a verdict that praises (051)? */
int evaluative_praise(const tokens_t *tk, uint32_t q);

int evaluative_at(const tokens_t *tk, const mentions_t *ms, uint32_t q, int32_t subj,
                  events_t *out);

#endif
