/* reaction.h -- a reaction told in the same sentence as the act it answers
 * (stage 6): "China sanctioned three US firms, a move Washington
 * condemned", "..., which Kyiv condemned", "..., prompting Tallinn to
 * recall its ambassador", "..., drawing condemnation from Japan". Used by
 * event.c and event_match.c. */
#ifndef ANNALIST_REACTION_H
#define ANNALIST_REACTION_H

#include "6_events/event.h"

/* A reaction (roots 02, 05, 10-13, 16) by src, whose verb starts at token
 * lo, in a clause that follows a comma after an act of the sentence:
 * ", a move SRC condemned", ", an idea SRC rejected", ", which SRC
 * condemned" (auxiliaries between SRC and the verb), ", prompting SRC to
 * recall". Fills *p with the source of the sentence's latest event (or act
 * that named no target) before that comma, when it is of another country
 * than src, and returns 1; else 0. */
int reaction_target(const tokens_t *tk, const mentions_t *ms, const events_t *out,
                    const mention_t *src, const char *code, uint32_t lo, mention_t *p);

/* Is the verb at token vs an infinitive whose subject an earlier act led to
 * act (", prompting Tallinn to recall its ambassador")? Then it is that
 * actor's act, not an object's complement. 1 or 0. */
int reaction_caused(const tokens_t *tk, const mentions_t *ms, uint32_t vs);

/* "Russia condemned the expulsion of its diplomats by Greece": a reaction
 * (roots 01, 02, 05, 10-13) whose object, from token hi (an article or a
 * possessive), names the doer of the act it reacts to after "by" or a
 * participle that attributes it ("blamed on Israel": attributed_doer)
 * within eight words (no comma between): that actor's mention, else -1. */
int32_t reaction_by_agent(const tokens_t *tk, const mentions_t *ms, const char *code, uint32_t hi);

/* ", drawing condemnation from Japan", ", prompting a sharp protest from
 * Belgrade": adds to out a criticism (111) by each actor after "from" of
 * whoever did the sentence's latest act before the comma. */
void reaction_nouns(const tokens_t *tk, const mentions_t *ms, events_t *out);

#endif
