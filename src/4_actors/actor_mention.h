/* actor_mention.h -- one mention built from the atoms of a sentence
 * (stage 4, used by actor.c). */
#ifndef ANNALIST_ACTOR_MENTION_H
#define ANNALIST_ACTOR_MENTION_H

#include <stddef.h>
#include <stdint.h>

#include "4_actors/actor.h"
#include "4_actors/actor_atoms.h"
#include "lib/util.h"

typedef struct {
    const tokens_t *tk;
    const atom_t *at;
    size_t nat;
    int32_t date;
    int convert_agents;   /* TABARI SET: CONVERT AGENTS */
    char sent_home[4];    /* the country this sentence names most, "" if none */
    int petrarch;         /* PETRARCH files: "lawmakers in Fornost" are Fornost's */
    char sent_land[4];    /* the first country it names by name ("in Nigeria", not
                             "in Abuja", where talks may be held), "" if none */
    const mention_t *prev;  /* the sentence's last mention so far, NULL if none */
} actor_scan_t;

/* m's country from its code: an IGO, NGO or MNC code whole, else its first
 * three letters. Inline tests: called for every mention, twice. */
static inline void actor_set_country(mention_t *m)
{
    const char *c = m->code;
    if ((c[0] == 'I' && c[1] == 'G' && c[2] == 'O') || (c[0] == 'N' && c[1] == 'G' && c[2] == 'O') ||
        (c[0] == 'M' && c[1] == 'N' && c[2] == 'C')) {
        util_copy(m->country, sizeof m->country, c, 15);
        return;
    }
    /* util_copy(m->country, sizeof m->country, c, 3) without memmove */
    if (c[0] && c[1] && c[2]) {   /* the usual: three letters or more */
        memcpy(m->country, c, 3);
        m->country[3] = '\0';
        return;
    }
    size_t n = 0;
    for (; n < 3 && c[n]; n++) m->country[n] = c[n];
    m->country[n] = '\0';
}

/* The code of entry e on date (yyyymmdd), "" when it has none then. */
const char *actor_role_code(const actor_entry_t *e, int32_t date);

/* Builds one mention from the atoms of s starting at k into m; returns the
 * next atom index (k + 1 at least). Sets m->code to "" when nothing
 * resolves. Reads the story's memory mem for back-references and notes in
 * it the people and names the mention introduces. */
size_t actor_compose_at(const actor_scan_t *s, size_t k, actor_memory_t *mem,
                        mention_t *m);

#endif
