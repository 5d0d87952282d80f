/* reacted.h -- the act a reaction is about (stage 6): "Iran condemned
 * Israel's strikes on Syria", "Lebanon condemned a strike that killed 13
 * people": an act told inside the object of a condemnation or a protest
 * is the act condemned, not a new act of the one who condemns it. Used by
 * event.c. */
#ifndef ANNALIST_REACTED_H
#define ANNALIST_REACTED_H

#include <stdint.h>

#include "3_sentences/token.h"
#include "4_actors/actor.h"
#include "6_events/event.h"

/* Is the word at token q a verb of condemnation or protest ("condemned",
 * "denounces", "deplored", "slammed", "protesting", ...)? 1 or 0. */
int reacted_verb(const tokens_t *tk, uint32_t q);

/* Is the verb at token lo the first of a relative clause ("that",
 * "which"), over auxiliaries and adverbs, on a plain noun that such a verb
 * governs, over its articles and adjectives ("condemned a strike that
 * killed 13 people", "denounced the deadly attack, which wounded")? Then
 * the clause tells the act condemned: -2 when it does not name its doer
 * (the one who condemns it is none), the doer's mention when a participle
 * names it before the clause ("a strike widely attributed to Israel that
 * demolished", "the attack carried out by X, which"); -1 for any other
 * verb. verbtok marks the tokens of the sentence's verbs. */
int32_t reacted_relative(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                         uint32_t lo);

/* "Iran condemned the strikes as a violation of Yemen's sovereignty",
 * "Britain condemned the attack on bases hosting US troops": a reaction
 * (code) by src whose object, from token hi, is "the" (or "this", ...)
 * and a noun of an act of force or pressure (roots 10-20: "strikes",
 * "arrest", "suspension"), with no actor before it, followed by a
 * preposition ("on", "of", "against", "as") whose phrase holds the
 * target the sentence names (mention tgt): that target is the act's
 * victim; the reaction is aimed at the act's doers, as implicit_anaphor
 * finds them in the story. Fills p[] (IMPLICIT_DOERS) and returns how
 * many; 0 when the object is not such or no earlier act is found (the
 * named target stands). */
size_t reacted_doers_of(const tokens_t *tk, const mentions_t *ms, const events_t *out,
                        const mention_t *src, const char *code, uint32_t hi, int32_t tgt,
                        mention_t *p);

/* reacted_doers_of after its cheap tests, asked of every event with a
 * target: a reaction (01, 02, 05, 10-13), a word after the verb. */
static inline size_t reacted_doers(const tokens_t *tk, const mentions_t *ms, const events_t *out,
                                   const mention_t *src, const char *code, uint32_t hi,
                                   int32_t tgt, mention_t *p)
{
    if (code[0] == '1' ? code[1] > '3'
                       : code[0] != '0' || (code[1] != '1' && code[1] != '2' && code[1] != '5'))
        return 0;
    return hi + 3 < tk->n ? reacted_doers_of(tk, ms, out, src, code, hi, tgt, p) : 0;
}

/* "Russia will respond to Lithuania's ban on the transit of goods": an
 * event noun of force or pressure (roots 13-20: implicit_noun_roots)
 * owned by an actor ("X's", over one adjective) is that actor's act, noted (implicit_act) for a later
 * "the ban", "the strikes" that refers back to it. */
void reacted_owned_acts(const tokens_t *tk, const mentions_t *ms, events_t *out);

#endif
