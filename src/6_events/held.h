/* held.h -- the one who holds a person whose release is asked (stage 6):
 * "demanded the release of journalist Evan Gershkovich, who has been
 * detained in Russia", "called for the release of the hostages held by
 * Hamas": the demand is aimed at the holder, not at the person held. Used
 * by event_match.c. */
#ifndef ANNALIST_HELD_H
#define ANNALIST_HELD_H

#include <stdint.h>

#include "3_sentences/token.h"
#include "4_actors/actor.h"

/* A demand or an appeal (roots 02, 10) whose match covers tokens [lo, hi)
 * and names "the release of" (or "freedom", "return") someone: the actor
 * after a word of holding ("detained", "held", "jailed", "imprisoned",
 * "arrested", "kidnapped", "abducted", "captured") and "in" or "by"
 * ("detained in Russia", "held hostage by Hamas"), within 16 words of the
 * match's end, across one comma (", who has been detained in"), in the
 * same clause. That actor's mention, else -1. */
int32_t held_holder(const tokens_t *tk, const mentions_t *ms, const char *code, uint32_t lo,
                    uint32_t hi);

#endif
