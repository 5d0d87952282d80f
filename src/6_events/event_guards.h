/* event_guards.h -- what the words around a verb match say about it
 * (stage 6, used by event_match.c). Tokens are indexes into tk. */
#ifndef ANNALIST_EVENT_GUARDS_H
#define ANNALIST_EVENT_GUARDS_H

#include <stdint.h>

#include "3_sentences/token.h"
#include "4_actors/actor.h"
#include "5_verbs/verb.h"

/* Is the verb at token vs a passive with no agent ("two schools were
 * hit", "was reportedly shelled")? Its subject is what was acted on. */
int event_agentless_passive(const tokens_t *tk, uint32_t vs);

/* "X, accused of arming the RSF,", "blamed for the attack": is the match
 * m an accusation or criticism (11x) in a past form followed at once by
 * "of", "for" or "over", with no object between, and no pronoun subject
 * before it ("whom it accused of")? */
int event_accused_of(const tokens_t *tk, const vmatch_t *m);

/* Does the word at token vs stand as a noun after "as a" ("as \"an
 * attack\"", "as a provocation")? */
int event_characterised(const tokens_t *tk, uint32_t vs);

/* "Evo Morales leaves for Mexico after accepting asylum", "fled into
 * exile and flew to": is the act of verb v, coded code, a leader's flight
 * rather than a visit: a visit (042) of LEAVE, FLY, LAND, HEAD or DEPART
 * in a sentence that holds a word of flight ("asylum", "exile", "fled",
 * "ousted", "toppled", ...)? */
int event_flight(const tokens_t *tk, const verb_t *v, const char *code);

/* Does the verb at token vs open a participle phrase after a comma
 * (", killing four people", ", striking energy facilities ... and killing")? */
int event_participle(const tokens_t *tk, uint32_t vs);

/* Is the event noun at token vs what another act ends or seeks, not an act
 * of its own ("an agreement to end fighting that began", "seeking a swift
 * UN Security Council meeting"), condemns or blames ("blamed the attack
 * on Pakistan")? With consult (a meeting or talks, 04), one another act
 * puts off counts too ("to postpone Red Cross talks with", "boycotted the
 * meeting"). The words before it (articles, adjectives, actors, "'s", a
 * name after the verb that puts it off) are passed over. */
int event_noun_background(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                          uint32_t vs, int consult);

/* Is the event noun of match m (at token m->start) a place or an occasion
 * rather than an act of the clause: a venue ("at a meeting of Southeast
 * Asian foreign ministers", "on the sidelines of a summit"), a meeting left
 * ("walked out of a Pacific Islands Forum meeting"), or one whose actor
 * before it is another verb's subject ("the Organization of American
 * States called an emergency meeting")? */
int event_noun_venue(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                     const vmatch_t *m);

/* "India and China met on the sidelines of the G20 summit": is the actor
 * at token q (its first) the occasion after "the sidelines of" or "the
 * margins of", where a meeting was held, not one of its sides? 1 or 0. */
int event_actor_venue(const tokens_t *tk, uint32_t q);

/* "The Saudi-led coalition fighting in Yemen also said", "Kenyan police
 * fighting gangs in Haiti said on Monday": is the verb of match m an -ing
 * form right after an actor, in a phrase that describes it, the clause's
 * own verb following before any comma? */
int event_reduced_relative(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                           const vmatch_t *m);

/* "Pakistan to release captured Indian pilot", "to reinstate ousted
 * President Mohamed Bazoum": is the verb of match m a past participle
 * standing as an adjective before the actor it describes (right after an
 * article or another verb, right before the actor), not the clause's act? */
int event_adjective_participle(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                               const vmatch_t *m);

#endif
