/* agentless.h -- passives that name no agent (stage 6): "Opposition leader
 * Pavel Sevyarynets was arrested in Minsk on Sunday", "Two Russian
 * diplomats were expelled last week", "China's ambassador was summoned to
 * the foreign ministry in Vilnius".
 *
 * verb_find keeps such a match, flagged (vmatch_t.agentless), when no other
 * form of its word matched; no other rule of stage 6 reads it. It is coded
 * only for an act that only a state does: arrest, detain, jail, charge
 * (173: the police, COP); sentence, convict (116, and 173 of a court's
 * verb: the courts, JUD); expel or deport people (174: the government,
 * GOV, of the state they were in); expel or summon an envoy (161, 114:
 * GOV, of a state other than the envoy's). A verb read as a WordNet
 * synonym ("ROUT = EXPEL") is left out, and so is an act the patient's role
 * words make another ("Russian troops were routed": "- * + troops [166]").
 * It must be aimed at a person or body of the sentence (for an envoy's
 * act, not a bare country: "Russia was expelled from the Council"), as a
 * plain past act (no negation, plan, condition, denial, tally "have been
 * arrested since", relative clause "who was jailed in 2020"), or as a
 * measure announced or decided ("May has announced that 23 Russian
 * diplomats will be expelled": modality_decided; coded as the act, its
 * event's intent 2). Then a
 * safe rule must name the state, in this order:
 *   - the place the act happened at, right after the verb: "in Minsk", "at
 *     Minsk airport" (the gazetteer's place), "from Poland" for an expulsion
 *     or deportation, "to the foreign ministry (in Beijing)" for a summons;
 *   - the state that says so: "Poland's foreign ministry said two Russian
 *     diplomats were expelled", "..., Belarusian police said" (a speaker
 *     whose country is only the story's, "police said", for the patient's
 *     own state only);
 *   - for an arrest of an opposition figure of a named country, that
 *     country;
 *   - for an envoy, the one state that acted on the envoy's country earlier
 *     in the sentence, else the dateline's ("WARSAW, June 1 (Reuters) -"),
 *     else the one state the story's earlier conflictual acts (10-13, 16,
 *     17) had aimed at that country, when only one had;
 *   - for the others, the dateline's state.
 * The dateline's state is not taken for a patient whose country is itself
 * only the story's ("23 people were detained"). An envoy's act is one
 * state's on another's: a state found that is the envoy's own is passed
 * over. When no rule applies nothing is coded ("Three soldiers were killed
 * in an ambush": a wrong source costs as much as a missed event). */
#ifndef ANNALIST_AGENTLESS_H
#define ANNALIST_AGENTLESS_H

#include <stddef.h>

#include "6_events/event.h"

/* Notes in out->dateline the country of the story's dateline, when the
 * sentence (tokens tk, mentions ms) opens with one: a capital, or a place
 * and its country, then "," or "(", and a dash within twelve words ("MINSK,
 * June 1 (Reuters) -", "KHARKIV, Ukraine (AP) -"). Called for the story's
 * first coded sentences (the headline, then the lead); the first (out->
 * sentence 0) clears what the story before left. */
void agentless_dateline(const tokens_t *tk, const mentions_t *ms, events_t *out);

/* Codes into out the acts of vm[0..nvm)'s agentless matches (vmatch_t.
 * agentless) that the rules above give a source, each member of the
 * passive's subject its target; the source is made (its how tells the
 * rule; its tokens are the place's or the speaker's, none for a dateline or
 * an earlier act). A match inside a longer match of another verb is
 * skipped. */
void agentless_code(const verbdict_t *vd, const tokens_t *tk, const mentions_t *ms,
                    const vmatch_t *vm, size_t nvm, events_t *out);

#endif
