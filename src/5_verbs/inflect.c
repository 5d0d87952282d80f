/* inflect.c -- regular English forms of the words of verb dictionaries:
 * third person, past, -ing, and PETRARCH's plurals of synonym-set members. */
#include "5_verbs/inflect.h"

#include <string.h>

static int inflect_vowel(char c) { return strchr("aeiou", c) != NULL; }

/* o = the first keep bytes of w, then suffix */
static void inflect_join(sbuf_t *o, const char *w, size_t keep, const char *suffix)
{
    sbuf_clear(o);
    sbuf_add(o, w, keep);
    sbuf_adds(o, suffix);
}

void inflect_third(const char *w, sbuf_t *o)
{
    size_t n = strlen(w);
    if (n > 1 && w[n - 1] == 'y' && !inflect_vowel(w[n - 2]))
        inflect_join(o, w, n - 1, "ies");
    else if ((n && strchr("sxzo", w[n - 1])) ||
             (n > 1 && w[n - 1] == 'h' && (w[n - 2] == 'c' || w[n - 2] == 's')))
        inflect_join(o, w, n, "es");
    else
        inflect_join(o, w, n, "s");
}

/* PETRARCH's regular plural: -ies for -y, -es for -ss, else -s. */
void inflect_plural(const char *w, sbuf_t *o)
{
    size_t n = strlen(w);
    if (n > 1 && w[n - 1] == 'y')
        inflect_join(o, w, n - 1, "ies");
    else
        inflect_join(o, w, n, n > 1 && w[n - 1] == 's' && w[n - 2] == 's' ? "es" : "s");
}

void inflect_past(const char *w, sbuf_t *o)
{
    size_t n = strlen(w);
    if (n && w[n - 1] == 'e')
        inflect_join(o, w, n, "d");
    else if (n > 1 && w[n - 1] == 'y' && !inflect_vowel(w[n - 2]))
        inflect_join(o, w, n - 1, "ied");
    else
        inflect_join(o, w, n, "ed");
}

void inflect_ing(const char *w, sbuf_t *o)
{
    size_t n = strlen(w);
    if (n > 2 && w[n - 2] == 'i' && w[n - 1] == 'e')
        inflect_join(o, w, n - 2, "ying");
    else if (n > 2 && w[n - 1] == 'e' && !strchr("eyo", w[n - 2]))
        inflect_join(o, w, n - 1, "ing");
    else
        inflect_join(o, w, n, "ing");
}
