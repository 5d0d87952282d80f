/* dyad.h -- the target a sentence leaves implicit, from the story's
 * current dyad (stage 6): "Thai troops had attacked first", "Pakistani
 * troops again violated the ceasefire", "the United States warned that
 * aid was at risk", "Malaysia offers to mediate". Used by event_match.c;
 * the story's recent events live in events_t (implicit.c). */
#ifndef ANNALIST_DYAD_H
#define ANNALIST_DYAD_H

#include <stdint.h>

#include "6_events/event.h"
#include "6_events/implicit.h"

/* An act by src (code; a state's own actor: a country, its government,
 * army, leaders or spies, or an IGO) whose verb starts at token at, whose
 * match ends at token hi, that names no target, and whose words leave it
 * to the story: "attacked first", "hit back", "violated the ceasefire"
 * (196), "urged restraint", "called for calm", "offered help", "offers to
 * mediate", "warned that". The story's dyad is read from the sentence's
 * earlier events (before at) and those of the last three sentences,
 * newest first:
 * - src's country is a side of it: the other side(s) of the latest
 *   sentence that paired src's country with another (by an act of
 *   conflict, roots 10-20, for an act of conflict);
 * - src is a third party (no event of the window is of its country) with
 *   an appeal or offer: the target of the latest such act of another
 *   ("France and China have also offered help"), else both sides of the
 *   latest conflict when it goes both ways, else its target;
 * - a third party's warning ("the EU suspended aid to Niger, while the
 *   United States warned that"): the target of the sentence's earlier act.
 * Fills p[] (IMPLICIT_DOERS) placed at token at and returns how many; 0
 * when none is clear. */
size_t dyad_target(const tokens_t *tk, const events_t *out, const mention_t *src, const char *code,
                   uint32_t at, uint32_t hi, mention_t *p);

#endif
