/* where.h -- event places: a gazetteer of populated places (from GeoNames)
 * and the place a sentence says its event happened at ("riots in the
 * capital Honiara", "at a summit in Singapore"). */
#ifndef ANNALIST_WHERE_H
#define ANNALIST_WHERE_H

#include <stddef.h>
#include <stdint.h>

#include "3_sentences/token.h"
#include "4_actors/actor.h"

/* A place: the file's population and capital columns are not read (the
 * file's order ranks the places of a name); its coordinates are read only
 * for a place an event is given (where_lat, where_lon). */
typedef struct {
    const char *name;    /* folded, as looked up; in the gazetteer's text */
    const char *lat, *lon;   /* the coordinates as written, in the text */
    char country[4];
    char admin1[8];
} place_t;

typedef struct {
    place_t *p;          /* sorted by name, then population (largest first) */
    size_t n, cap;
    uint32_t *slots;     /* hash of name -> index of its first place + 1 */
    size_t nslots;
    char *text;          /* the file, cut into fields: the names point into it */
} gazetteer_t;

typedef struct {
    const place_t *place;   /* NULL = none (or only a country, below) */
    const char *why;        /* how an ambiguous name was resolved */
    uint32_t start, end;    /* its tokens */
    char country[4];        /* the place's country: the actor dictionary's for a
                               country or region it names ("in Lebanon", "in
                               Darfur"), else the gazetteer's; "" = none */
} where_t;

/* Loads a gazetteer TSV (dict/gazetteer.tsv). Bad lines are reported and
 * skipped. Returns 0, or -1 when the file cannot be read (not reported:
 * the gazetteer is optional). Free with gazetteer_free(). */
int gazetteer_load(gazetteer_t *g, const char *path);
void gazetteer_free(gazetteer_t *g);

/* A place's latitude and longitude, as strtof reads the file's text. */
float where_lat(const place_t *p);
float where_lon(const place_t *p);

/* The place a sentence names after "in", "at", "near" or "outside" (with
 * "the capital", "the city of" allowed between). Among places of that name
 * the first whose country is in countries[0..nc) wins, else the most
 * populous. A country or region of the actor dictionary (a mention of ms,
 * when not NULL, with a bare country code: "in Lebanon", "in Darfur") is the place's
 * country; alone it is a place with no gazetteer entry (w->place NULL),
 * taken only when the sentence names no gazetteer place. Returns 1 and
 * fills *w, or 0. */
int where_find(const gazetteer_t *g, const tokens_t *tk, const mentions_t *ms,
               const char (*countries)[4], size_t nc, where_t *w);

/* The place named right at token q, the object of a verb ("shelled
 * Kharkiv", "struck the city of Dnipro"), chosen as where_find chooses.
 * Returns 1 and fills *w, or 0. */
int where_object(const gazetteer_t *g, const tokens_t *tk, const char (*countries)[4],
                 size_t nc, uint32_t q, where_t *w);

/* "civilians in Kharkiv", "protesters across the Gaza Strip", "police in
 * Lagos": people of a place (civilians, police, protesters, rebels,
 * workers, students, health workers: CVL, COP, OPP, REB, LAB, EDU, HLH)
 * who took the story's home country or an earlier mention's for want of
 * a country of their own (backref.c, how "home country" or "role"; not a
 * person: "the ambassador in Dakar" is still his country's) and are
 * followed by "in", "at", "near", "across" or
 * "throughout" and a place of another country (a country of the actor
 * dictionary, else a place of g) is that country's: its code and country
 * in ms are rewritten and its how becomes "role in place". */
void where_role_in_place(const gazetteer_t *g, const tokens_t *tk, const char (*countries)[4],
                         size_t nc, mentions_t *ms);

#endif
