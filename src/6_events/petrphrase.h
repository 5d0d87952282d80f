/* petrphrase.h -- the phrases of PETRARCH's parse, as far as word order
 * shows them, for verbs of PETRARCH verb files (used by event.c, event_match.c): the scope
 * of a matched verb phrase and commas inside a noun phrase. */
#ifndef ANNALIST_PETRPHRASE_H
#define ANNALIST_PETRPHRASE_H

#include <stddef.h>

#include "3_sentences/token.h"
#include "4_actors/actor.h"
#include "5_verbs/verb.h"
#include "5_verbs/verbdict.h"

/* PETRARCH-1 resumes its search for verbs past the end of a matched verb
 * phrase, so a clause subordinate to it ("restore ties with Gondor almost
 * five years after Calenardhon crowds burned down its embassy") gives no
 * event of its own. Is match vm[k], of a PETRARCH verb file, inside the verb phrase of an
 * earlier match that PETRARCH would have coded: in a clause opened by a
 * subordinating conjunction (after, before, when, since, until, because,
 * ...) that follows such a match with no other clause boundary between?
 * Returns 1 if so, else 0 (always 0 for verbs of other files). */
int petrphrase_inside(const verbdict_t *vd, const tokens_t *tk, const vmatch_t *vm, size_t nvm,
                   size_t k);

/* Is the comma at token q inside a noun phrase right after the verb ending
 * at token vend, a list of modifiers ("restore complete, full diplomatic
 * ties with Gondor")? PETRARCH's parse keeps such a comma inside the noun
 * phrase, so it does not end the search for the verb's target. Returns 1 if
 * so, else 0. */
int petrphrase_np_comma(const tokens_t *tk, const mentions_t *ms, uint32_t vend, uint32_t q);

#endif
