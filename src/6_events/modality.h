/* modality.h -- is an act negated, planned, or not the speaker's own
 * (stage 6): the words before a verb that negate it ("did not meet") or
 * make it a plan ("plans to visit"), the intent code (03x) of an act, an
 * infinitive whose subject is another verb's object ("urged X to leave").
 * Used by event_match.c. */
#ifndef ANNALIST_MODALITY_H
#define ANNALIST_MODALITY_H

#include <stdint.h>

#include "3_sentences/token.h"
#include "4_actors/actor.h"
#include "5_verbs/verbdict.h"

/* Is w (a folded word) a negation word ("not", "refused", ...)? */
int modality_negation(const char *w);


/* The intent code (03x) for an act code into out: 04x -> 036, 06x -> 031,
 * ...; codes already verbal (01x-03x, 09x-13x) stay as they are; "" stays
 * "". */
void modality_intent_code(const char *code, char out[8]);

/* "decided to break", "tried to seize", "did not threaten to impose": is
 * the word at token q, followed by "to", a verb whose act is the
 * infinitive after it? 0 no; 1 the infinitive's act as it is (decide,
 * try, attempt, vote, move, ...); 2 the infinitive's act as a plan, a
 * forecast or a threat ("threaten", "seeking", "prepares", "likely",
 * "slated", "looking", a "commitment": forms that are no intent word of
 * their own). */
int modality_control(const tokens_t *tk, uint32_t q);

/* Looks back from the verb at token vs to token limit for a negation or an
 * intent word, over auxiliaries, adverbs and a verb whose act is the
 * infinitive (modality_control). Returns 1 when negated, else
 * 0; *intent is the intent word (inside tk's folded text) or NULL, *itok
 * its token. */
int modality_scan(const tokens_t *tk, uint32_t vs, uint32_t limit,
                  const char **intent, uint32_t *itok);

/* An infinitive of purpose ("would travel to Banja Luka on Thursday to
 * meet Dodik"): when the word before the verb at vs is "to", looks back to
 * limit, within the clause, for the plan ("would") or the negation
 * ("refused") of the verb it serves (over places, "to Moscow"; not past an
 * object, "invited Putin to return", nor a verb of verbtok, another act). Returns 1 when negated; sets *intent
 * and *itok when a plan is found, else leaves them. */
int modality_purpose_scan(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                          uint32_t vs, uint32_t limit, const char **intent, uint32_t *itok);

/* "Rwanda rejected accusations that it backs the M23", "denied that its
 * troops had crossed the border", "dismissed claims that": is the verb at
 * token vs in a clause opened by "that" (within twelve words, no comma, "and" or
 * other verb of verbtok between) after, five words at most before it, a
 * word that denies or rejects (from token limit on)? 1 or 0. */
int modality_denied(const tokens_t *tk, const uint8_t *verbtok, uint32_t vs, uint32_t limit);

/* Is the act at token vs (its match ending before token hi) a habit or a
 * count of past acts, not news: "carries out regular air raids", and in
 * the perfect "have fought three wars", "has visited Australia several
 * times", "has clashed with Trump before"? Looks to
 * the end of the clause (a comma, a boundary, another verb of verbtok).
 * 1 or 0. */
int modality_habitual(const tokens_t *tk, const uint8_t *verbtok, uint32_t vs, uint32_t hi);

/* Is the verb at token vs an infinitive whose subject is an object of
 * another verb ("urged X to respect Y", "asked them to leave")? With
 * unnamed, an object that is no actor counts too ("urged the
 * international community to pressure"). 1 when it is, else 0. */
int modality_is_complement(const tokens_t *tk, const mentions_t *ms, uint32_t vs,
                           int unnamed);

/* Is the act code (reducing relations, 16x, or a coercive administrative
 * act, 170-174), made a plan by the intent word at token itok, a measure
 * decided and announced, which is coded as the act itself and not as a
 * threat or intent: the intent word a decision verb ("agreed to impose
 * sanctions", "agree sanctions on"), or "will"/"would" in a clause that a
 * decision verb opens ("announced that the UK would suspend", "decided it
 * will close"), or with headline set the "to" of a headline's "UK to
 * expel" -- and no "if" or "unless" after the verb at vs (a condition
 * makes it a threat)? Warnings, threats, "could", "may", "plans" and a
 * "would" that only "said" opens stay plans. 1 or 0. */
int modality_decided(const tokens_t *tk, const uint8_t *verbtok, uint32_t itok, uint32_t vs,
                     const char *code, int headline);

/* A headline's "UK to expel 23 Russian diplomats", "Pakistan to release
 * captured pilot": is the verb at token vs right after "to" after an actor,
 * with no verb (of verbtok, of speech or intent, or an unknown one in
 * "-s"/"-ed") nor preposition before the actor, back to the start or a
 * colon? The caller asks it of a story's first sentence only. 1 or 0. */
int modality_headline_to(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                         uint32_t vs);

/* "tried to telephone Modi but had not been able to reach him", "tried
 * unsuccessfully to": is the word at token q a verb of attempt whose
 * infinitive (its verb at vs) failed? Then the act did not happen. 1 or 0. */
int modality_failed_attempt(const tokens_t *tk, uint32_t q, uint32_t vs);

/* "said the government should engage with the people", "Russia must
 * withdraw its troops": does "should" or "must" stand before the verb at
 * token vs (over two auxiliaries or adverbs)? Then the act is a duty
 * someone names, not an act. 1 or 0. */
int modality_obligation(const tokens_t *tk, uint32_t vs);

/* "demanded that Damascus withdraw its troops", "insisted that Iran
 * release": is the verb at token vs, in its base form right after the
 * actor that opens a "that" clause, what a demand, request or proposal
 * asks for (the word before "that" a form of demand, insist, urge, ask,
 * request, propose, recommend, suggest, require)? Then it is no act of
 * that actor. 1 or 0. */
int modality_mandated(const tokens_t *tk, const mentions_t *ms, uint32_t vs);

/* "condemned what he called Russia's \"disproportionate use of force\"",
 * "calling the diplomat \"very insolent\"": is the verb at token vs a
 * form of "call" that names or judges (after "what X", or with a
 * quotation or a word of the evaluative class after its object, before a
 * comma or a preposition), not a telephone call? 1 or 0. */
int modality_naming(const tokens_t *tk, const mentions_t *ms, uint32_t vs);

#endif
