/* inflect.h -- regular English forms of the words of verb dictionaries
 * (stage 5). Each writes the form of the folded word w into o (cleared
 * first); irregular forms are the dictionary's to list. */
#ifndef ANNALIST_INFLECT_H
#define ANNALIST_INFLECT_H

#include "lib/util.h"

/* "-s", "-es", "-ies": cries, watches */
void inflect_third(const char *w, sbuf_t *o);
/* PETRARCH's plural of a synonym-set member: -ies for -y, -es for -ss, else -s */
void inflect_plural(const char *w, sbuf_t *o);
/* "-ed", "-d", "-ied": cried, agreed */
void inflect_past(const char *w, sbuf_t *o);
/* "-ing", dropping a silent e: crying, agreeing, making */
void inflect_ing(const char *w, sbuf_t *o);

#endif
