/* memory.h -- what a story remembers for back-references (stage 4): the
 * surnames of people named, the last mention of each role, the countries
 * named and how often (the story's home country), and the last two sides
 * ("the two ministers"). Used by stage 4. */
#ifndef ANNALIST_MEMORY_H
#define ANNALIST_MEMORY_H

#include <stdint.h>

#include "4_actors/actor.h"

/* The role part of a code ("GOV" of "NZLGOV"); "" when none (a bare
 * country, an IGO, NGO or MNC code). Points into code. */
const char *memory_role_of(const char *code);

/* Index of the most recent remembered name equal to token i of tk, or -1;
 * a given name remembered after a title (memory_name_add) only when a
 * title stands before it ("Sheikh Salem", not "Salem Ali"). */
int32_t memory_alias_at(const actor_memory_t *mem, const tokens_t *tk, size_t i);

/* Remembers name (a folded surname) as standing for m's actor. Names
 * shorter than 3 bytes or too long, and names past ACTOR_MAX_ALIASES, are
 * ignored. */
void memory_alias_add(actor_memory_t *mem, const char *name, const mention_t *m);

/* Remembers abbr (folded: "pcg") as the abbreviation of m's actor, a
 * body rather than a person; as memory_alias_add otherwise. */
void memory_abbr_add(actor_memory_t *mem, const char *abbr, const mention_t *m);

/* Remembers the surname of the name in tokens [first, last] of tk as
 * standing for m's actor: the last word ("Nanaia Mahuta" -> "mahuta"), or
 * the first when it is a Chinese or Korean surname ("Kim Jong Un" ->
 * "kim"). As memory_alias_add otherwise. A name after a title of the Gulf
 * and royal courts ("Sheikh Salem Abdullah Al-Jaber", "Prince Faisal bin
 * Farhan") also leaves its given name ("salem", "faisal"), which stands for
 * the person after a title only (memory_alias_at): such people are called
 * "Sheikh Salem" and "Prince Faisal" on second reference. */
void memory_name_add(actor_memory_t *mem, const tokens_t *tk, uint32_t first, uint32_t last,
                     const mention_t *m);

/* Remembers a resolved mention: as the last person, the last mention of its
 * role, one more naming of its country (when found in the dictionary) and
 * the latest side. A mention with an empty code is ignored. */
void memory_remember(actor_memory_t *mem, const tokens_t *tk, const mention_t *m);

/* A person was named without a country ("Foreign Minister Nanaia Mahuta",
 * "Ardern said"): the first such person whose country was not named in
 * this sentence or the last one becomes the story's home figure: the
 * outlet's readers are expected to know them (memory_outlet). code is the person's actor code; organisations
 * are ignored. */
void memory_figure(actor_memory_t *mem, const char *code);

/* The person named most often so far (people of one code count as one),
 * or NULL; *n is how often, *nlast how often the last subject
 * (mem->last_subject) was named. */
const mention_t *memory_main_figure(const actor_memory_t *mem, uint32_t *n, uint32_t *nlast);

/* The story's home country so far: the country named most often (the
 * first named on a tie), as three letters; NULL when none was named. */
const char *memory_home(const actor_memory_t *mem);

/* How many sentences open a story (its title, a dateline, its lede) for
 * its focus country (memory_focus_note). */
#define MEMORY_FOCUS_SENTENCES 3

/* Notes the focus country of a story from one of its first sentences
 * (mem->nsent of them read, out its mentions, land the country it names as
 * a place, "" none): the first such place; else, when the first sentences
 * are read, the country of the first actor they name. Does nothing once
 * set or after those sentences: a test of two fields for the rest. */
void memory_focus_note(actor_memory_t *mem, const char *land);

/* The country a role named alone belongs to when nothing nearer tells:
 * the story's focus country (memory_focus_note), else memory_home. */
const char *memory_story_home(const actor_memory_t *mem);

/* The outlet's country as far as the story shows it: the one its url or
 * source names (mem->site), else its home figure's country (see
 * memory_figure), else memory_home. "the Government" written
 * as a name is this country's. */
const char *memory_outlet(const actor_memory_t *mem);

/* Forgets everything but the names (surnames) remembered so far. */
void memory_keep_names(actor_memory_t *mem);

/* A copy of mem before a sentence is read ahead (actor_find on it) and
 * forgotten (memory_restore): *copy gets mem's fields, *roles (grown as
 * needed, the caller frees) its last mention of each role. */
void memory_save(const actor_memory_t *mem, actor_memory_t *copy, mention_t **roles,
                 size_t *caproles);

/* Puts mem back as memory_save found it; names remembered since are
 * forgotten (they are only ever appended). */
void memory_restore(actor_memory_t *mem, const actor_memory_t *copy, const mention_t *roles);

#endif
