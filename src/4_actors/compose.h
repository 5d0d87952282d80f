/* compose.h -- actor codes put together: country + role, groups of joined
 * mentions, roles shared across a group (stage 4, used by actor.c and
 * actor_mention.c). */
#ifndef ANNALIST_COMPOSE_H
#define ANNALIST_COMPOSE_H

#include "4_actors/actor.h"

/* Joins a base actor code and a role into out: NZL+GOV = NZLGOV; CHNGOV+GOV
 * = CHNGOV; USAGOV+MIL = USAMIL; IGO, NGO and MNC codes take no role. */
void compose_code(char out[24], const char *base, const char *role);

/* TABARI's join (its manual, 5.4): the role is added after the whole code
 * (USAGOV+ELI = USAGOVELI, GMWGOV+WGO = GMWGOVWGO) unless the code already
 * holds it on a three-letter boundary (HGWGOVMED+GOVMED = HGWGOVMED); cut to
 * 23 characters. */
void compose_code_tabari(char out[24], const char *base, const char *role);

/* Do tokens [from, to) join two mentions into a group? Mentions separated
 * only by "and", "," or "as well as" do; after "and", up to two words no
 * dictionary knows may stand ("and the evil Gondor"); "nor" joins too
 * ("neither X nor Y"). PETRARCH (petrarch set) read noun phrases from a
 * parse: such words may follow a comma ("Evil Mordor, the awful
 * Fornost"). 1 or 0 (0 when from >= to). */
int compose_joined(const tokens_t *tk, uint32_t from, uint32_t to, int petrarch);

/* Numbers the groups of out's mentions (joined by "and" or commas, or
 * standing for the same words, as "the two ministers" does), fills out->at
 * (token -> mention) and gives a role to the bare countries of a group whose
 * other member has one ("Indian and Chinese troops"). petrarch: PETRARCH
 * files are loaded ("neither X nor Y" is a group too). */
void compose_groups(const tokens_t *tk, mentions_t *out, int petrarch);

/* "the head of the UN refugee agency", "members of the Kenyan parliament",
 * "a delegation from Japan": a head word that names part of an actor, standing
 * before the mention at token start with "of" or "from", as a subject (no
 * word before it but an article). Returns the token the phrase starts at
 * (the head word), or start when there is none. */
uint32_t compose_head_start(const tokens_t *tk, uint32_t start);

#endif
