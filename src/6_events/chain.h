/* chain.h -- the later links of a chain of acts (stage 6): "spoke to
 * Qatar's ruler Sheikh Tamim by phone and urged him to", "severed
 * relations with Qatar, accusing it of": a verb joined to an act of its
 * clause is that act's source's, not its object's. Used by event_match.c. */
#ifndef ANNALIST_CHAIN_H
#define ANNALIST_CHAIN_H

#include <stdint.h>

#include "3_sentences/token.h"
#include "4_actors/actor.h"
#include "6_events/event.h"

/* A verb at token lo right after "and" (auxiliaries, plans and adverbs
 * between), whose subject found so far, mention subj, stands between that
 * "and" and the verb of an earlier act of the sentence (no comma, clause
 * word or word of speech between that verb and "and"; the act not in a
 * clause "after", "when", "that", ... opens), is joined to that act: subj is its object, and the verb's subject is that act's source.
 * Returns that source's mention (the group's member the act named), or
 * subj when the verb is no such link. */
int32_t chain_source(const tokens_t *tk, const mentions_t *ms, const events_t *out, uint32_t lo,
                     int32_t subj);

/* "apologised to Quito, but accused Colombia of lying", "but it
 * accused": a verb right after "but" (a pronoun, auxiliaries, plans and
 * adverbs between) with no subject of its own is the act's before it in
 * the sentence (the same conditions as chain_source; a comma before "but"
 * allowed), or right after a comma ("expels Indian envoy, suspends trade
 * with India"; not a participle in "-ing"). Returns that act's source's
 * mention, or -1 when the verb is no such link. */
int32_t chain_but_source(const tokens_t *tk, const mentions_t *ms, const events_t *out,
                         uint32_t lo);

#endif
