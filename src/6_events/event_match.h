/* event_match.h -- the events of one verb match (stage 6, used by
 * event.c). */
#ifndef ANNALIST_EVENT_MATCH_H
#define ANNALIST_EVENT_MATCH_H

#include <stdint.h>

#include "6_events/event.h"

/* Codes the events of verb match m (of dictionary vd, on the sentence's
 * tokens tk and mentions ms) into out, which holds the sentence's events
 * so far and its scratch (verbtok, markers). prev_intent is the intent
 * word of the match before (NULL none), at token *prev_itok: an "and"
 * carries it over ("agreed to step up and help"). Returns this match's
 * intent word (NULL none; *prev_itok set to its token), also when it
 * codes no event. */
const char *event_from_match(const verbdict_t *vd, const tokens_t *tk,
                             const mentions_t *ms, const vmatch_t *m, events_t *out,
                             const char *prev_intent, uint32_t *prev_itok);

#endif
