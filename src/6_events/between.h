/* between.h -- a meeting told by its noun with both sides named after it
 * (stage 6): "a meeting was held between Kenya and Uganda", "talks between
 * Armenia and Azerbaijan", "a bilateral meeting between Minister A and the
 * Fijian Prime Minister", "a meeting of Kazakhstan and Uzbekistan". Each
 * side meets the other, as "Kenya and Uganda met" codes. Used by event.c. */
#ifndef ANNALIST_BETWEEN_H
#define ANNALIST_BETWEEN_H

#include "6_events/event.h"

/* For a sentence that coded no event (out->n == 0): a noun of meeting
 * ("meeting", "talks", "summit", "discussions", "negotiations",
 * "consultations", "dialogue") followed by "between" (three plain words at
 * most between them: "a meeting was held between") or, for "meeting" and
 * "summit", by "of", then by two or more actors joined by "and": adds to
 * out each actor's meeting with each other (040; 046 for talks and
 * negotiations; 036 for one to come: "the upcoming talks between").
 * Nothing for a meeting denied ("no talks between", "the talks between X
 * and Y have not produced"), asked for or served
 * ("called for talks between", "to facilitate talks between") or of
 * history ("months of talks between"). */
/* First, in such a sentence, the two countries of one hyphenated word right
 * before such a noun or "exercises", "drills" ("the joint Japan-Taiwan
 * exercises": 062) are each side acting with the other. */
void between_meetings(const tokens_t *tk, const mentions_t *ms, events_t *out);

#endif
