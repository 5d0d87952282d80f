/* subject.h -- who acts (stage 6): the clause around a verb, its subject,
 * the actor before an aside ("Iran, Hezbollah's main backer, warned"),
 * TABARI's clause end and source rule. Used by event.c and tabrules.c.
 * Mentions are indexes into ms->m, -1 for none. */
#ifndef ANNALIST_SUBJECT_H
#define ANNALIST_SUBJECT_H

#include <stdint.h>

#include "3_sentences/token.h"
#include "4_actors/actor.h"

/* The first token of the clause holding token i. */
uint32_t subject_clause_start(const tokens_t *tk, uint32_t i);

/* The clause boundary at or after token i; tk->n when none. */
uint32_t subject_clause_end(const tokens_t *tk, uint32_t i);

/* "Guards detained migrants, and Warsaw accused Minsk": does mention m, a
 * member of a group, open a new clause (", and" before it, a verb of
 * verbtok right after it, auxiliaries aside)? 1 or 0. */
int subject_opens_clause(const tokens_t *tk, const mentions_t *ms, int32_t m,
                         const uint8_t *verbtok);

/* The subject of a verb at token lo: the nearest mention before lo, from
 * token cstart on, that is not avoid and not the object of a preposition or
 * of another verb (verbtok: 1 for tokens of a verb match, may be NULL);
 * -1 when none. */
int32_t subject_find(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
                     uint32_t cstart, int32_t avoid, const uint8_t *verbtok);

/* A verb at token vs right after a comma that closes an aside ("Orban, who
 * has courted Chinese investment, visited Beijing"): the mention before the
 * aside's opening comma; -1 when the verb follows no aside. */
int32_t subject_aside(const tokens_t *tk, const mentions_t *ms, uint32_t vs);

/* "Turkey, which trains Somali soldiers and signed a defence agreement
 * with Mogadishu": a verb at token lo inside a relative clause that opens
 * at token cstart right after ", who" or ", which" following an actor, and
 * whose pronoun is the subject (no actor, article or preposition opens it):
 * that actor, while the clause has not closed with a comma nor turned to
 * reported speech, for a past act (not "has invested", "backs": background);
 * -1 otherwise. */
int32_t subject_relative(const tokens_t *tk, const mentions_t *ms, uint32_t cstart, uint32_t lo);

/* TABARI's clause end: the first conjunction AND, BUT, OR, NOR from token
 * from that does not join the members of an actor group; tk->n when none. */
uint32_t subject_conj_clause_end(const tokens_t *tk, const mentions_t *ms, uint32_t from);

/* TABARI's source search before token lo: the first mention of the
 * sentence that is not avoid (nor of its code), or the actor opening the
 * last clause before lo; -1 when none. */
int32_t subject_first_actor(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
                            int32_t avoid);

#endif
