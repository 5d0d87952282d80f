/* cameo.h -- the CAMEO event code table: label, Goldstein value, PLOVER
 * category and QuadClass of every code (loaded from dict/cameo.codes). */
#ifndef ANNALIST_CAMEO_H
#define ANNALIST_CAMEO_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    char code[8];
    double goldstein;
    char goldtxt[16];     /* goldstein written "%.1f", as records show it */
    char plover[24];
    char *label;
} cameo_code_t;

/* Codes of two to four digits by their value, for cameo_find: the digits
 * "d1..dk" are slot CAMEO_SLOT_BASE(k) + their number */
#define CAMEO_SLOT_BASE(k) ((k) == 2 ? 0 : (k) == 3 ? 100 : 1100)
#define CAMEO_SLOTS 11100

typedef struct {
    cameo_code_t *c;
    size_t n, cap;
    uint32_t *slot;       /* CAMEO_SLOTS: 1 + the index in c of each code
                             (the entry a binary search of c finds), 0 none */
} cameo_t;

/* Loads a "CODE<TAB>GOLDSTEIN<TAB>PLOVER<TAB>LABEL" file. Bad lines are
 * reported (file:line) and skipped. Returns 0, or -1 when unreadable. */
int cameo_load(cameo_t *t, const char *path);

/* The entry for code, falling back to its parent (0342 -> 034 -> 03);
 * NULL when neither is known. */
const cameo_code_t *cameo_find(const cameo_t *t, const char *code);

/* QuadClass of a code: 1 verbal cooperation (01-04), 2 material
 * cooperation (05-08), 3 verbal conflict (09-13), 4 material conflict
 * (14-20); 0 for a malformed code. */
int cameo_quad_class(const char *code);

void cameo_free(cameo_t *t);

#endif
