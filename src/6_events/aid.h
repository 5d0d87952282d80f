/* aid.h -- the implicit recipient of aid (stage 6): in a story whose
 * headline or lede tells of a disaster in one country ("US pledges aid to
 * Nepal after earthquake", "rescuers rush to quake-hit Myanmar"), "Norway
 * pledged $3.9 million." and "Russia sent two planes carrying rescuers."
 * are aid to that country though the sentence names no recipient. Used by
 * event.c; the country lives in events_t (crisis). */
#ifndef ANNALIST_AID_H
#define ANNALIST_AID_H

#include "6_events/event.h"

/* In one of the story's first three sentences: a disaster word
 * ("earthquake", "quake-hit", "cyclone", "floods", ...) with a country
 * named within four words of it, or the place the sentence names (the
 * events' place), makes that country the story's crisis country
 * (out->crisis), once. */
void aid_crisis_note(const tokens_t *tk, const mentions_t *ms, events_t *out);

/* A verb of sending or pledging ("sent", "dispatched", "flew", "pledged",
 * "donated") whose subject is an actor of another country, with an object
 * of aid ("rescuers", "relief supplies", "$3.9 million", "a field
 * hospital") and no recipient named after it, for which no event was
 * coded: adds the act toward the crisis country (07x sent, 033 pledged or
 * planned; a negated act gives nothing). */
void aid_implicit(const tokens_t *tk, const mentions_t *ms, events_t *out);

#endif
