/* retold.h -- an act told again: an event noun in a later sentence that
 * names, with "this", "his", "her", "its" or "their", an act the story has
 * already coded ("emphasized the importance of this state visit to
 * Kazakhstan" after "Mirziyoyev arrived in Astana on a state visit") is
 * that act, not a new one (stage 6). Used by event.c and pipeline.c. */
#ifndef ANNALIST_RETOLD_H
#define ANNALIST_RETOLD_H

#include "3_sentences/token.h"
#include "6_events/event.h"

/* Forgets the acts of the last story (call at each story's start). */
void retold_story_start(events_t *out);

/* Drops from out the events of an event noun after a definite word
 * ("this", "his", "her", "its", "their": "his current visit to Sudan";
 * not "the" or a possessive name, which lost a matched event on a blind
 * set) whose source country, target country and root an earlier
 * sentence of the story coded, unless the sentence names a year or a month
 * of its own (another visit: "The president's visit to Sudan was in
 * October 2016"); then remembers the sentence's events for the next. */
void retold_filter(const tokens_t *tk, events_t *out);

#endif
