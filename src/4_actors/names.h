/* names.h -- stage 4: people whose surname the story goes on to use but
 * whom no dated dictionary line names: a member of a group listed in full
 * ("Maria Corina Machado", VENOPP, later "Machado"), and a new name set in
 * apposition to a role ("Milorad Dodik, the president of Bosnia's
 * Republika Srpska", "its spokesman, Colonel Abdoulaye Maiga,"). Used by
 * actor.c only. */
#ifndef ANNALIST_NAMES_H
#define ANNALIST_NAMES_H

#include <stdint.h>

#include "4_actors/actor.h"

/* m was matched to an undated dictionary entry of two words or more
 * written as a name (every word capitalized, the last not a role word:
 * "Maria Corina Machado", not "Supreme Court") with a country and role
 * code (not a bare country, not an organisation): remembers its surname
 * for m's actor. Does nothing otherwise. */
void names_entry_surname(const actordict_t *d, const tokens_t *tk, const mention_t *m,
                         actor_memory_t *mem);

/* Does mention m name an office holder by role alone ("the president of
 * Bosnia", "its spokesman", "Ukraine's ambassador in Dakar"), with no
 * person or name in it? 1 or 0. */
int names_role_only(const mention_t *m);

/* The new name in tokens [first, last] stands in apposition to the
 * role-only mention m (names_role_only): "Milorad Dodik, the president of
 * ..." (the name before m, a comma between) or "its spokesman, Colonel
 * Abdoulaye Maiga," (after m). Returns 1 when it does: two words or more,
 * joined to m by a comma alone (and "the", "a" or "an" before the role),
 * the name after m closed by a comma or the sentence's end. */
int names_apposed(const tokens_t *tk, uint32_t first, uint32_t last, const mention_t *m);

#endif
