/* nounphrase.h -- an event noun's own doer and whether its phrase is news
 * or background to another act (stage 6, used by event_match.c): "Russia's
 * invasion of Ukraine began" is an act of Russia's; "since Moscow's
 * full-scale invasion of Ukraine" is background to the act it dates. */
#ifndef ANNALIST_NOUNPHRASE_H
#define ANNALIST_NOUNPHRASE_H

#include <stdint.h>

#include "3_sentences/token.h"
#include "4_actors/actor.h"
#include "5_verbs/verb.h"

/* For the event noun of match m (a '~' entry of annalist's files), sets
 * *doer to the noun's own doer named before it: a possessor over two plain
 * words at most ("Russia's invasion", "Moscow's full-scale invasion"), -1
 * for none (an actor as adjective, "the recent Russian invasion", is the
 * clause's subject, found by the caller). Returns 1 when the noun phrase
 * is background: it stands in a prepositional phrase of another act
 * ("with the response to Russia's invasion of Ukraine", "after the
 * recent Russian invasion of", "after an attack by Israel on") and names
 * its doer before it (possessor, adjective) or after it (m->source read by
 * the verb finder after "by" or "of"), and is either an act of conflict
 * (roots 10-20) or has a bare possessor ("during Nauseda's visit"; with
 * adjectives, "during Nauseda's state visit to Kyiv", a visit is news). */
int nounphrase_background(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                          const vmatch_t *m, int32_t *doer);

#endif
