/* commas.h -- TABARI's elimination of comma-delimited nonrestrictive
 * clauses ("Gollum, centre of a row between the wizards, called on Gondor"
 * is coded as "Gollum called on Gondor"), used only with a TABARI options
 * file (COMMA: in tabopt.h). */
#ifndef ANNALIST_COMMAS_H
#define ANNALIST_COMMAS_H

#include <stddef.h>

#include "3_sentences/token.h"
#include "4_actors/actor.h"
#include "lib/tabopt.h"

/* Removes from tk the comma-delimited phrases whose length in words is
 * within the limits of o, as TABARI does: commas are taken in pairs, the
 * phrase between the two goes (with both commas) when it has min..max
 * words; a comma with no partner closes a final phrase that goes (with the
 * comma) when it has emin..emax words; the words before a pair's first
 * comma go when they are bmin..bmax. Commas between the members of an actor
 * group in ms are not counted. Returns the number of tokens removed; ms is
 * stale when that is not 0 (find the actors again). */
size_t commas_cut(tokens_t *tk, const mentions_t *ms, const tabopt_t *o);

#endif
