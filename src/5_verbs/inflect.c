/* inflect.c -- regular English forms of the words of verb dictionaries:
 * third person, past, -ing, and PETRARCH's plurals of synonym-set members. */
#include "5_verbs/inflect.h"

#include <string.h>

static int inflect_vowel(char c) { return strchr("aeiou", c) != NULL; }

void inflect_third(const char *w, sbuf_t *o)
{
    size_t n = strlen(w);
    sbuf_clear(o);
    if (n > 1 && w[n - 1] == 'y' && !inflect_vowel(w[n - 2])) {
        sbuf_add(o, w, n - 1);
        sbuf_adds(o, "ies");
    } else if ((n && strchr("sxzo", w[n - 1])) ||
               (n > 1 && w[n - 1] == 'h' && (w[n - 2] == 'c' || w[n - 2] == 's'))) {
        sbuf_adds(o, w);
        sbuf_adds(o, "es");
    } else {
        sbuf_adds(o, w);
        sbuf_addc(o, 's');
    }
}

/* PETRARCH's regular plural: -ies for -y, -es for -ss, else -s. */
void inflect_plural(const char *w, sbuf_t *o)
{
    size_t n = strlen(w);
    sbuf_clear(o);
    if (n > 1 && w[n - 1] == 'y') {
        sbuf_add(o, w, n - 1);
        sbuf_adds(o, "ies");
    } else {
        sbuf_adds(o, w);
        sbuf_adds(o, n > 1 && w[n - 1] == 's' && w[n - 2] == 's' ? "es" : "s");
    }
}

void inflect_past(const char *w, sbuf_t *o)
{
    size_t n = strlen(w);
    sbuf_clear(o);
    if (n && w[n - 1] == 'e') {
        sbuf_adds(o, w);
        sbuf_addc(o, 'd');
    } else if (n > 1 && w[n - 1] == 'y' && !inflect_vowel(w[n - 2])) {
        sbuf_add(o, w, n - 1);
        sbuf_adds(o, "ied");
    } else {
        sbuf_adds(o, w);
        sbuf_adds(o, "ed");
    }
}

void inflect_ing(const char *w, sbuf_t *o)
{
    size_t n = strlen(w);
    sbuf_clear(o);
    if (n > 2 && w[n - 2] == 'i' && w[n - 1] == 'e') {
        sbuf_add(o, w, n - 2);
        sbuf_adds(o, "ying");
    } else if (n > 2 && w[n - 1] == 'e' && !strchr("eyo", w[n - 2])) {
        sbuf_add(o, w, n - 1);
        sbuf_adds(o, "ing");
    } else {
        sbuf_adds(o, w);
        sbuf_adds(o, "ing");
    }
}
