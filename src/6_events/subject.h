/* subject.h -- who acts (stage 6): the clause around a verb, its subject,
 * the actor before an aside ("Iran, Hezbollah's main backer, warned"),
 * TABARI's clause end and source rule. Used by event*.c and tabrules.c.
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

/* "Greece expelled two Russian diplomats, accusing them of ...": a verb
 * at token lo ending in "-ing" right after a comma (adverbs aside) opens a
 * participle phrase whose subject is that of the clause the comma closes:
 * the subject of its last verb of verbtok (a verb match); -1 when the verb
 * opens no such phrase or the clause has no such verb (a verb of speech
 * counts, its speaker after it when it stands there: ", said the
 * ministry, accusing"; a verb whose subject is "we" in a quotation, its
 * speaker: '"We lodged a protest, urging China to ...," Suga said'). */
int32_t subject_participle(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
                           const uint8_t *verbtok);

/* "expelled the ambassador after accusing him of", "responded by
 * expelling", "joined other leaders in calling for": a verb at token lo
 * ending in "-ing" right after "after", "before", "while", "when",
 * "since", "without", "upon" or "by" (adverbs aside) has the subject of the
 * clause before that word (of its last verb of verbtok or word of speech);
 * after "in", the subject of a form of "join" a few words before (no comma
 * or clause boundary between), and *joined is set. -2 when an infinitive
 * or an "of" clause in "-ing" stands between that verb and the word
 * ("called on Brussels to go further by banning", "accused X of
 * interfering by signing": the phrase tells how another's act is done);
 * -1 otherwise. */
int32_t subject_gerund(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
                       const uint8_t *verbtok, int *joined);

/* The speaker of the quotation that closes at token c (a quote mark):
 * '..." SPEAKER said', '..." said SPEAKER', '..., "SPEAKER tweeted'; -1 when
 * none is named. */
int32_t subject_speaker_after(const tokens_t *tk, const mentions_t *ms, uint32_t c);

/* The speaker named before the quotation that opens at token open (a
 * quote mark): 'Stoltenberg said: "', 'Macron told reporters, "'; -1 when
 * none is named. */
int32_t subject_speaker_before(const tokens_t *tk, const mentions_t *ms, uint32_t open);

/* "We will respond", "I have decided to": the token of "I" or "we" that
 * is the subject of the verb at token lo (auxiliaries, negation, plans and
 * adverbs between), wherever it stands; -1 when the subject is another
 * word. */
int32_t subject_first_person(const tokens_t *tk, uint32_t lo);

/* '"I strongly condemn the strikes," Macron said': a verb at token lo
 * whose subject is "I" or "we" (auxiliaries, negation and plans between)
 * inside a quotation has the quotation's speaker as its subject: the
 * actor that speaks right after the closing mark ('," Macron said', '," said
 * Borrell') or before the opening one ('Stoltenberg said: "'). Returns that
 * mention and sets *pron to the pronoun's token; -1 when there is none. */
int32_t subject_quoted(const tokens_t *tk, const mentions_t *ms, uint32_t lo, uint32_t *pron);

/* "detained a Spanish journalist it accuses of spying", "the French
 * ambassador, whom the junta accuses of": a verb at token lo (auxiliaries
 * aside) whose object is the actor before a pronoun subject, or before
 * "whom" and the clause's subject. Returns that actor, and sets *pronoun
 * when the subject is a pronoun that is no actor ("it"), so that the
 * sentence's earlier act tells who acts; -2 when the object before the
 * pronoun is no actor ("a researcher it accuses of"); -1 otherwise. */
int32_t subject_relative_object(const tokens_t *tk, const mentions_t *ms, uint32_t lo, int *pronoun);

/* "the junta that seized power in Niger", "protesters who marched on
 * Congress": a verb at token lo right after a relative pronoun ("that",
 * "who", "which", auxiliaries and adverbs aside) with no comma before it,
 * whose subject is the pronoun: the actor right before the pronoun (-1
 * inside what an accusation tells: "accusing it of sheltering rebels
 * who attacked"); -2
 * when a plain noun that names no actor stands there ("the country that
 * invaded": no actor acts), though not a noun of an act ("an attack that
 * killed": its doer's); -1 otherwise ("said that", no pronoun). verbtok
 * marks the sentence's verbs. */
int32_t subject_relative_bare(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
                              const uint8_t *verbtok);

/* "Turkey, which trains Somali soldiers and signed a defence agreement
 * with Mogadishu": a verb at token lo inside a relative clause that opens
 * at token cstart right after ", who" or ", which" following an actor, and
 * whose pronoun is the subject (no actor, article or preposition opens it):
 * that actor, while the clause has not closed with a comma nor turned to
 * reported speech, for a past act (not "has invested", "backs": background);
 * -1 otherwise. */
int32_t subject_relative(const tokens_t *tk, const mentions_t *ms, uint32_t cstart, uint32_t lo);

/* "Lin Jian said the region did not need military blocs, and warned Tokyo",
 * "Browne said Brown had put the relationship at risk and called on him":
 * a verb at token lo joined by "and" (auxiliaries, adverbs and a plan
 * between) whose nearest subject, mention subj, stands in the clause that a
 * word of speech before it opens, is the speaker's next act, not the
 * reported one, when the verb's first word after "and" has the speech
 * word's tense (past "-ed" after a past one, "-s" after "says"). Returns
 * the speaker (the subject of the word of speech, or the actor before an
 * aside ending right before it) and sets *vtok to the verb's first word
 * after "and" and *stok to the word of speech; -1 when there is none. The
 * caller decides which acts are a speaker's (appeals, criticism, threats,
 * plans). */
int32_t subject_speaker_and(const tokens_t *tk, const mentions_t *ms, uint32_t lo, int32_t subj,
                            const uint8_t *verbtok, uint32_t *vtok, uint32_t *stok);

/* "ECOWAS imposed sanctions on Niger after the coup and threatened the
 * junta": a verb at token lo joined by "and" (auxiliaries, adverbs and a
 * plan between) to the clause before a phrase that a clause word opens as
 * a preposition ("after", "before", "since", "until", "despite" and a
 * noun phrase with no verb, from token cstart, its clause's start, on) has
 * that clause's subject; -1 when the verb follows no such phrase. */
int32_t subject_over_phrase(const tokens_t *tk, const mentions_t *ms, uint32_t lo, uint32_t cstart,
                            const uint8_t *verbtok);

/* "Libya agreed to give up its weapons programmes after nine months of
 * talks with Britain": an event noun of meeting or talks at lo, in the
 * noun phrase right after "after" that opens the clause at cstart, has the
 * subject of the clause before "after" (the talks were held). Returns that
 * mention, or -1. */
int32_t subject_after_talks(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
                            uint32_t cstart, const uint8_t *verbtok);

/* "Visiting Kyiv on Monday, Scholz pledged", "Welcoming his Uzbek
 * counterpart at the residence, President Tokayev noted": a verb at token
 * lo ending in "-ing" that opens the sentence (quote marks aside) has as
 * its subject the actor right after the phrase's comma (articles aside),
 * when a verb of verbtok, a word of speech or plan, or a past form follows
 * that actor (auxiliaries and adverbs aside); -1 otherwise. */
int32_t subject_fronted(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
                        const uint8_t *verbtok);

/* TABARI's clause end: the first conjunction AND, BUT, OR, NOR from token
 * from that does not join the members of an actor group; tk->n when none. */
uint32_t subject_conj_clause_end(const tokens_t *tk, const mentions_t *ms, uint32_t from);

/* TABARI's source search before token lo: the first mention of the
 * sentence that is not avoid (nor of its code), or the actor opening the
 * last clause before lo; -1 when none. */
int32_t subject_first_actor(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
                            int32_t avoid);

#endif
