/* agentname.h -- PETRARCH spellings of names in agent (and actor) files,
 * expanded into plain names: plurals in braces ("GOLDEN_GOOSE
 * {GOLDEN_GEESE}", "POLICE {}" = no plural) and substitution sets
 * ("!PERSON! = MAN, MEN, WOMAN" used as "CONGRESS!PERSON!"). */
#ifndef ANNALIST_AGENTNAME_H
#define ANNALIST_AGENTNAME_H

#include <stddef.h>

typedef struct {
    char *marker;        /* "!PERSON!" */
    char **alt;          /* "MAN", "MEN", ... */
    size_t nalt;
} agentname_set_t;

typedef struct {
    agentname_set_t *set;
    size_t n, cap;
} agentname_subs_t;

/* Reads a definition line "!NAME! = A, B, C" into subs. Returns 1 when the
 * line was one, else 0 (a name that uses a set, "!MINST!_OF_X", is not). */
int agentname_define(agentname_subs_t *subs, const char *line);

/* Expands the name s[0..n) as written in the file: the name itself (its
 * brace part removed) and the plurals in braces, or one name for each
 * member of the substitution set it uses. Appends newly allocated names to
 * *out (caller frees each and the array). *no_plural is set when the names
 * must not get regular plurals (braces, or a substitution). Returns the
 * number of names appended. */
size_t agentname_expand(const agentname_subs_t *subs, const char *s, size_t n, char ***out,
                        size_t *nout, size_t *cap, int *no_plural);

void agentname_free(agentname_subs_t *subs);

#endif
