/* event_sides.h -- who an act's sides are beyond the subject and the object
 * the match names (stage 6, used by event_match.c). Mentions are indexes
 * into ms->m, -1 for none. */
#ifndef ANNALIST_EVENT_SIDES_H
#define ANNALIST_EVENT_SIDES_H

#include <stddef.h>
#include <stdint.h>

#include "6_events/event.h"

/* Is mention m the speaker of a report after a comma (", Ukrainian
 * officials said", ", officials from both countries said", ", the ministry
 * says")? A phrase of "of" or "from" and three words at most may follow
 * it before the word of speech. */
int event_speaker(const tokens_t *tk, const mention_t *m);

/* The members of mention g's group into out (ACTOR_MAX_PER_SENTENCE at
 * most), those of the clause g is in ("detained migrants, and Warsaw
 * accused": Warsaw is not detained); 0 when g < 0. */
size_t event_members(const tokens_t *tk, const mentions_t *ms, int32_t g,
                     const uint8_t *verbtok, const mention_t **out);

/* Was target t named by the sentence, not an act referred back to ("the
 * verdict") nor the place a sentence names? */
int event_target_named(const mention_t *t);

/* "imposed sanctions on a Rwandan officer, accusing him of ...": the target
 * of the latest event before token before whose source is src and whose
 * target the sentence named (not a pronoun), into *out; 0 when none. */
int event_same_object(const events_t *evs, const char *src, uint32_t before, mention_t *out);

/* "X met Y and signed a deal", "thanked Y for its help and pledged to
 * deepen cooperation", "expelled Y after accusing him of": a verb joined
 * by "and" (a comma; "after", "while", "by" ... before a gerund) to an
 * earlier act of the same source, naming no target of its own, is aimed at that act's target. The
 * earlier event of this sentence whose source is src, or NULL. */
const event_t *event_joined_act(const tokens_t *tk, const events_t *out,
                                const mention_t *src, uint32_t lo, uint32_t hi);

/* "Russia launched drones at Ukraine, killing four people": is there an
 * earlier act of this sentence of code's root from s's country to t's
 * country, of which a participle phrase tells the outcome? */
int event_outcome_of(const events_t *out, const mention_t *s, const mention_t *t,
                     const char *code);

/* "Iran has arrested a French citizen it accuses of spying", "expelled
 * the ambassador, whom it accused of": the actor before the relative
 * clause is the object (*tgt); a pronoun that is no actor ("it") stands
 * for the source of the sentence's latest act before token lo (*src). */
void event_relative_object(const tokens_t *tk, const mentions_t *ms, const events_t *out,
                           uint32_t lo, int32_t *src, int32_t *tgt);

/* "Hamas fighters attacked southern Israel, killing about 1,200 people":
 * civilians with no country of their own (the story's home country, or a
 * role's) killed or hurt in the outcome of an attack (roots 18-20) by s on
 * another country are that country's. Fills *p and returns 1, else 0. */
int event_victims_of(const events_t *out, const mention_t *s, const mention_t *t,
                     const char *code, mention_t *p);

/* "Lin Jian said the region did not need military blocs, and warned
 * Tokyo": a speaker's appeal, criticism, rejection, threat or plan joined
 * by "and" after the clause that its word of speech reports is the
 * speaker's (subject_speaker_and), unless the reported clause holds such an
 * act of its own ("said Russia had accused Kyiv and warned": both the
 * reported subject's). Returns the subject to use (subj when unchanged). */
int32_t event_speaker_and(const tokens_t *tk, const mentions_t *ms, const events_t *out,
                          const vmatch_t *m, const char *intent, uint32_t itok,
                          int32_t subj);

#endif
