/* reacted.h -- the act a reaction is about (stage 6): "Iran condemned
 * Israel's strikes on Syria", "Lebanon condemned a strike that killed 13
 * people": an act told inside the object of a condemnation or a protest
 * is the act condemned, not a new act of the one who condemns it. Used by
 * event.c. */
#ifndef ANNALIST_REACTED_H
#define ANNALIST_REACTED_H

#include <stdint.h>

#include "3_sentences/token.h"
#include "4_actors/actor.h"

/* Is the word at token q a verb of condemnation or protest ("condemned",
 * "denounces", "deplored", "slammed", "protesting", ...)? 1 or 0. */
int reacted_verb(const tokens_t *tk, uint32_t q);

/* Is the verb at token lo the first of a relative clause ("that",
 * "which"), over auxiliaries and adverbs, on a plain noun that such a verb
 * governs, over its articles and adjectives ("condemned a strike that
 * killed 13 people", "denounced the deadly attack, which wounded")? Then
 * the clause tells the act condemned: -2 when it does not name its doer
 * (the one who condemns it is none), the doer's mention when a participle
 * names it before the clause ("a strike widely attributed to Israel that
 * demolished", "the attack carried out by X, which"); -1 for any other
 * verb. verbtok marks the tokens of the sentence's verbs. */
int32_t reacted_relative(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                         uint32_t lo);

#endif
