/* tabrules.h -- rules used only with TABARI files (stage 6): the target
 * search before the verb, DEFAULT: actors, the first event per clause
 * (CODE BY), the COMPLEX: filter. Used by event.c and event_match.c. */
#ifndef ANNALIST_TABRULES_H
#define ANNALIST_TABRULES_H

#include <stddef.h>
#include <stdint.h>

#include "3_sentences/token.h"
#include "4_actors/actor.h"
#include "5_verbs/verb.h"
#include "6_events/event.h"
#include "lib/tabopt.h"

/* TABARI's target search before the verb: the nearest mention ending at or
 * before token vs whose code differs from src's; 0 or 1 (pointer into ms)
 * into out. */
size_t tabrules_members_before(const mentions_t *ms, uint32_t vs, const mention_t *src,
                               const mention_t **out);

/* Fills *m as a mention for a DEFAULT: code (TABARI options) at token at;
 * it points to nothing the caller must free. */
void tabrules_default_mention(mention_t *m, const char *code, uint32_t at);

/* TABARI codes the first verb that gives an event in each clause (CODE BY
 * CLAUSE) or in the sentence (CODE BY SENTENCE): drops the others from out;
 * subordinate events ("?") do not stop the search, dominant ones ("!")
 * are always kept. Nothing is dropped with CODE ALL. */
void tabrules_first_per_clause(const verbdict_t *vd, const tokens_t *tk,
                               const mentions_t *ms, const vmatch_t *vm, size_t nvm,
                               events_t *out);

/* TABARI's COMPLEX: filter: 1 when the sentence is set aside (too many
 * verbs, conjunctions or actors, or no actor before the first verb). */
int tabrules_too_complex(const tabopt_t *o, const tokens_t *tk, const mentions_t *ms,
                         const vmatch_t *vm, size_t nvm);

#endif
