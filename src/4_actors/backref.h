/* backref.h -- stage 4: what a word that names no one by itself stands for
 * (a pronoun, a role alone, "the North", "the bloc"), from the
 * story's memory. Used by actor.c, actor_atoms.c and
 * actor_mention.c. */
#ifndef ANNALIST_BACKREF_H
#define ANNALIST_BACKREF_H

#include <stdint.h>

#include "4_actors/actor.h"

/* Does a role phrase (folded words) name a person ("the minister", "the
 * president") rather than an institution ("the government")? 1 or 0. */
int backref_person_role(const char *phrase);

/* A role alone to resolve ("the minister", "the police", "its navy"). */
typedef struct {
    const tokens_t *tk;
    uint32_t start;               /* the role's first token in tk */
    const actor_entry_t *role_e;  /* the role's entry, or NULL */
    const char *role;             /* its code: GOV, COP, ... */
    int poss;                     /* after "his", "her", "its", "their" */
    int names;                    /* new names written after the role */
    const char *sent_home;        /* the sentence's own home country, "" none */
    int convert_agents;           /* ACT_CONVERT_*: TABARI/PETRARCH agents alone */
    const char *sent_land;        /* the first country the sentence names by its
                                     name as a place ("In Nigeria,"), "" none */
} backref_role_t;

/* "he", "she", "him" at tokens [start, end): the person the last sentence
 * was about (its first person named), else the last person named; when
 * opens is set (a "he" or "she" after a phrase of time or place that opens
 * its sentence, before any actor: "On Monday he was in Suva"), the
 * person the story named most, if named at least twice and more often than
 * that one. Fills m (a copy of that mention, how "pronoun"); leaves m alone
 * when there is none. */
void backref_pronoun(const actor_memory_t *mem, uint32_t start, uint32_t end, int opens,
                     mention_t *m);

/* The object "him" or "her" right after the person who acts on it ("Modi
 * thanked him", "Duque ... accuse him": out's last mention, a person of
 * m's code, with no "said" or "that" between them) is someone else: before[0],
 * the first person of the last sentence that named one, else before[1], the
 * last person named before this sentence. m (a pronoun mention) keeps its
 * tokens; nothing changes when both have its code. */
void backref_not_subject(const tokens_t *tk, const mentions_t *out, const mention_t before[2],
                         mention_t *m);

/* A role alone: after a possessive, the last person's; a named office or
 * institution of its kind named before ("the minister", "the police");
 * a legislature or court of no country named, that of the government
 * whose official the sentence names first ("Obama ... warned Congress");
 * the opposition ("opposition leader", "the opposition party") of no
 * country named, that of the person the story names most, when that is a
 * government's ("Opposition leader Matthew Wale accused Manele");
 * written as a name ("the Government"), the outlet's country's
 * (memory_outlet); else the story's home country for the roles of
 * annalist's own files; else TABARI/PETRARCH's agent code when converting.
 * Sets m's code (left "" when none), how, entry, ecode and person. */
void backref_role(const backref_role_t *q, const actor_memory_t *mem, mention_t *m);

/* At token i after "the": "the North", "the South" (capitalized, not "the
 * North Atlantic") in a story that named "North Korea" or "South Sudan":
 * that country's entry; "the bloc", "the alliance": the organisation named
 * last (mem->igo); "the council" ("commission", "agency", "committee"): the
 * last body named with that word ending its name ("the UN Security
 * Council"; mem->body); NULL otherwise. */
const actor_entry_t *backref_named_before(const tokens_t *tk, size_t i, const actor_memory_t *mem);

/* Is w (folded) a word that names a body by its kind, "council",
 * "commission", "agency" or "committee"? 1 or 0. */
int backref_body_word(const char *w);

/* At token i, "the": "the regional bloc", "the 15-nation bloc", "the
 * Western military alliance" (one or two words that describe a bloc, a
 * number of members or a region, before "bloc" or "alliance") are the
 * organisation named last (mem->igo), and *end is set to the token after
 * "bloc"; NULL otherwise ("the bloc" alone is backref_named_before's). */
const actor_entry_t *backref_bloc_at(const tokens_t *tk, size_t i, const actor_memory_t *mem,
                                     size_t *end);

/* At token i, "the": "the group", "the militant group", "the Iran-backed
 * group", "the Islamist movement" (at most three words that describe it
 * before "group", "movement", "militia", "organisation", "organization",
 * "faction" or "outfit"; no name or "of" after it, nor "for" after a
 * capitalized noun: "the Movement for Democratic Change" is a name) are
 * the armed group
 * named last (mem->group), when named in this sentence or the four before
 * it and no other organisation since; *end is set to the token after the
 * noun. NULL otherwise. */
const actor_entry_t *backref_group_at(const tokens_t *tk, size_t i, const actor_memory_t *mem,
                                      size_t *end);

/* Is token i "It" or "They" opening its sentence as a subject (not "It
 * is", "It was", "It seems": an expletive)? 1 or 0. */
int backref_lead_at(const tokens_t *tk, size_t i);

/* "It accused Addis Ababa", "They sent a delegation": appends to out, as
 * standing at tokens [start, end), the first group of the previous
 * sentence: for "it" a single country or body, for "they" two members or
 * more, or one body named in the plural ("the rebels", "police"). Appends
 * nothing when the previous sentence named none such. */
void backref_lead(const tokens_t *tk, uint32_t start, uint32_t end, const actor_memory_t *mem,
                  mentions_t *out);

/* "they" inside a sentence ("Moscow and Tbilisi have had no relations since
 * they fought", "met the coup leaders but said they had refused"): the
 * last actors of out before it when joined by "and" (two or more), or a
 * body named in the plural; appended as standing at [start, end); nothing
 * otherwise. */
void backref_they(const tokens_t *tk, uint32_t start, uint32_t end, mentions_t *out);

/* Notes the first group of out (the sentence's actors, groups numbered)
 * as what "It" or "They" opening the next sentence stands for. */
void backref_lead_note(const mentions_t *out, actor_memory_t *mem);

/* TABARI's FORWARD: a pronoun before any actor of out stands for
 * mem->forward (the first actor of the previous sentence) and is inserted
 * first in out; notes this sentence's first actor in mem->first_actor. */
void backref_forward(const tokens_t *tk, actor_memory_t *mem, mentions_t *out);

#endif
