/* attributed.h -- an act a participle attributes to its doer (stage 6):
 * "a strike widely attributed to Israel", "the bombing blamed on Hamas",
 * "an attack claimed by the Islamic State". The noun is that actor's act,
 * for the reactions that refer to it later ("Russia condemned the
 * strike"), the verb it is the subject of is the doer's, and the
 * participle is no act of the sentence's subject. Used by event.c,
 * event_match.c and reaction.c. */
#ifndef ANNALIST_ATTRIBUTED_H
#define ANNALIST_ATTRIBUTED_H

#include <stdint.h>

#include "3_sentences/token.h"
#include "4_actors/actor.h"
#include "6_events/event.h"

/* Is token q a participle that names a doer ("attributed", "blamed",
 * "claimed", "ascribed", "pinned", over an adverb before it: "widely
 * attributed") right after the noun phrase it describes (a plain
 * lower-case word, a comma, a form of "be", or a place after "in"/"at":
 * "a hospital in Gaza blamed on"), with "to", "on" or "by" and an actor
 * after it? That actor's mention, else -1. */
int32_t attributed_doer(const tokens_t *tk, const mentions_t *ms, uint32_t q);

/* The verb whose auxiliaries end at token lo, right after such a
 * participle's actor, a noun of force before the participle as its
 * subject ("A drone strike blamed on Ukraine killed three soldiers"): the
 * doer is the verb's subject. Its mention, else -1. */
int32_t attributed_subject(const tokens_t *tk, const mentions_t *ms, uint32_t lo);

/* Records in out, as acts of their doers, the sentence's nouns of force
 * ("strike", "bombing", "attack", ...) that a participle attributes within
 * eight words after them, in the same clause ("A drone strike blamed on
 * Ukraine hit ...", "An attack on the embassy, claimed by the Taliban,"),
 * so that a later "the strike" finds its doer. */
void attributed_acts(const tokens_t *tk, const mentions_t *ms, events_t *out);

#endif
