/* agentname.c -- PETRARCH plural braces and substitution sets in names. */
#include "agentname.h"

#include <stdlib.h>
#include <string.h>

#include "lib/util.h"

/* s[0..n) without blanks at either end, as a new string. */
static char *agentname_trim(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t')) s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    return xstrndup(s, n);
}

int agentname_define(agentname_subs_t *subs, const char *line)
{
    if (line[0] != '!') return 0;
    const char *close = strchr(line + 1, '!'), *eq = close ? close + 1 : NULL;
    while (eq && (*eq == ' ' || *eq == '\t')) eq++;
    if (!eq || *eq != '=') return 0;   /* "!MINST!_OF_SILLY_WALKS": a name using a set */
    agentname_set_t *set = UTIL_PUSH(subs->set, subs->n, subs->cap);
    set->marker = xstrndup(line, (size_t)(close - line + 1));
    set->alt = NULL;
    set->nalt = 0;
    size_t cap = 0;
    for (const char *p = eq + 1; *p;) {
        size_t k = strcspn(p, ",");
        char *alt = agentname_trim(p, k);
        if (*alt) *UTIL_PUSH(set->alt, set->nalt, cap) = alt;
        else free(alt);
        p += k;
        if (*p == ',') p++;
    }
    return 1;
}

/* Appends name; exact adds TABARI's closing '_' (a whole word, not a stem:
 * PETRARCH matches whole words). */
static void agentname_push(char ***out, size_t *nout, size_t *cap, char *name, int exact)
{
    if (!*name) {
        free(name);
        return;
    }
    size_t n = strlen(name);
    if (exact && name[n - 1] != '_') {
        name = xrealloc(name, n + 2);
        name[n] = '_';
        name[n + 1] = '\0';
    }
    *UTIL_PUSH(*out, *nout, *cap) = name;
}

size_t agentname_expand(const agentname_subs_t *subs, const char *s, size_t n, char ***out,
                        size_t *nout, size_t *cap, int *no_plural)
{
    size_t before = *nout;
    const char *ob = memchr(s, '{', n);
    const char *mark = memchr(s, '!', n);
    const char *mend = mark ? memchr(mark + 1, '!', n - (size_t)(mark + 1 - s)) : NULL;
    if (ob) {
        /* "GOLDEN_GOOSE {GOLDEN_GEESE}": the name and its plurals */
        *no_plural = 1;
        agentname_push(out, nout, cap, agentname_trim(s, (size_t)(ob - s)), 1);
        const char *cb = memchr(ob, '}', n - (size_t)(ob - s));
        const char *p = ob + 1, *end = cb ? cb : s + n;
        while (p < end) {
            while (p < end && (*p == ' ' || *p == '\t')) p++;
            size_t k = 0;
            while (p + k < end && p[k] != ' ' && p[k] != '\t') k++;
            if (k) agentname_push(out, nout, cap, xstrndup(p, k), 1);
            p += k;
        }
        return *nout - before;
    }
    if (mend) {
        /* "CONGRESS!PERSON!": one name per member of the set */
        size_t ml = (size_t)(mend - mark + 1);
        for (size_t i = 0; i < subs->n; i++) {
            const agentname_set_t *set = &subs->set[i];
            if (strlen(set->marker) != ml || strncmp(set->marker, mark, ml)) continue;
            *no_plural = 1;
            for (size_t a = 0; a < set->nalt; a++) {
                sbuf_t b = {0};
                sbuf_add(&b, s, (size_t)(mark - s));
                sbuf_adds(&b, set->alt[a]);
                sbuf_add(&b, mend + 1, n - (size_t)(mend + 1 - s));
                agentname_push(out, nout, cap, b.s, 1);
            }
            return *nout - before;
        }
    }
    agentname_push(out, nout, cap, agentname_trim(s, n), 0);
    return *nout - before;
}

void agentname_free(agentname_subs_t *subs)
{
    for (size_t i = 0; i < subs->n; i++) {
        free(subs->set[i].marker);
        for (size_t a = 0; a < subs->set[i].nalt; a++) free(subs->set[i].alt[a]);
        free(subs->set[i].alt);
    }
    free(subs->set);
    memset(subs, 0, sizeof *subs);
}
