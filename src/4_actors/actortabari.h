/* actortabari.h -- the TABARI / PETRARCH actor-file reader, internal to
 * src/4_actors (actordict.c calls it line by line). */
#ifndef ACTORTABARI_H
#define ACTORTABARI_H
#include <stddef.h>
#include <stdint.h>

#include "4_actors/actordict.h"
#include "4_actors/agentname.h"

/* The entry being read: its names and codes so far, and the file's state. */
typedef struct {
    char **names;
    size_t n, cap;
    int have_code;
    int no_plural;           /* PETRARCH "{...}" or a substitution: no -s forms */
    int petrarch;            /* a PETRARCH file: names are whole words, never stems */
    int section;             /* TABARI: 1 inside <NOUN>, 2 inside <ADJECTIVE> */
    agentname_subs_t subs;   /* the file's "!NAME! = A, B" sets */
    actor_code_t *codes;     /* the entry's codes so far, for later synonyms */
    size_t ncodes, capcodes;
} actordict_block_t;

/* Forgets the entry being read (names and codes), keeping the file's state. */
void actordict_block_reset(actordict_block_t *b);

/* Frees everything b holds; b is zeroed. */
void actordict_block_free(actordict_block_t *b);

/* Reads one line (comment cut, trimmed, writable) of a TABARI or PETRARCH
 * actor (kind ACT_ACTOR) or agent (ACT_AGENT) file into d. A line that
 * cannot be read is reported with file and line and counted in d->nerrors. */
void actordict_tabari_line(actordict_t *d, actordict_block_t *b, const char *file,
                           uint32_t ln, char *t, int kind);

/* A TABARI name ("NEW_ZEALAND_") as a phrase in lower case with spaces; a
 * trailing space marks a name to match whole. Returns a new string (the
 * caller frees it). */
char *actordict_tabari_phrase(const char *s, size_t n);

/* Is s[0..n) a code that can stand in a dictionary (3-21 capitals or
 * digits)? */
int actordict_valid_code(const char *s, size_t n);

#endif
