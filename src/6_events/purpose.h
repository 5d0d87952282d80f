/* purpose.h -- infinitives of purpose after an object (stage 6): "visited
 * Uganda to hold talks with Museveni", "will be in Warsaw to meet Duda":
 * the actor before "to" is the place or the object of the verb the
 * infinitive serves, not the infinitive's subject as in "urged Uganda to
 * hold talks". Used by event_match.c. */
#ifndef ANNALIST_PURPOSE_H
#define ANNALIST_PURPOSE_H

#include <stdint.h>

#include "3_sentences/token.h"
#include "4_actors/actor.h"

/* Is the verb at token vs an infinitive of purpose after an actor: "to"
 * right before it (adverbs aside), and right before "to" an actor that is
 * either the object of "in" or "at" (a place: "will be in Brussels to
 * meet") or the object of a verb (of verbtok, or a past form) that does not
 * pass its object on as the infinitive's subject ("visited the DRC to hold
 * talks", but not "urged", "asked", "invited", "helped", "allowed" ...)?
 * "Flew to Tbilisi to show", "sent his ministers to Harare to meet": the
 * object of "to" after the verb (and its object) is one too, but after a
 * verb of appeal ("appealed to Moscow to stop") or for an act of aid or
 * force (code, roots 07, 15-20: "sent personnel to Honiara to help").
 * Returns 1 for a place, 2 for a verb's object (its token in *gov), 0
 * otherwise; sets *obj to the actor (the first of its group) when not 0. */
int purpose_after_actor(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                        uint32_t vs, const char *code, uint32_t *gov, int32_t *obj);

#endif
