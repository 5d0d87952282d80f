/* cameo.c -- the CAMEO code table. */
#include "cameo.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "util.h"

static void cameo_index(cameo_t *t);

static int cameo_cmp(const void *a, const void *b)
{
    return strcmp(((const cameo_code_t *)a)->code, ((const cameo_code_t *)b)->code);
}

int cameo_load(cameo_t *t, const char *path)
{
    char *text;
    size_t len;
    int err = util_read_file(path, &text, &len);
    if (err) {
        diag_error(path, 0, "cannot read CAMEO code table: %s", strerror(err));
        return -1;
    }
    size_t ln = 0;
    for (char *line = text, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        ln++;
        if (line[0] == '#' || line[0] == '\r' || line[0] == '\0') continue;
        char *f[4] = {0};
        int nf = 0;
        char *p = line;
        while (nf < 4) {
            f[nf++] = p;
            char *tab = strchr(p, '\t');
            if (!tab) break;
            *tab = '\0';
            p = tab + 1;
        }
        size_t cl = strlen(f[0]);
        int ok = nf >= 3 && cl >= 2 && cl <= 4;
        for (size_t i = 0; ok && i < cl; i++) ok = isdigit((unsigned char)f[0][i]);
        char *endp = NULL;
        double g = ok ? strtod(f[1], &endp) : 0;
        if (!ok || endp == f[1]) {
            diag_error(path, ln, "expected CODE<TAB>GOLDSTEIN<TAB>PLOVER<TAB>LABEL");
            continue;
        }
        cameo_code_t *c = UTIL_PUSH(t->c, t->n, t->cap);
        memset(c->code, 0, sizeof c->code);   /* NUL-padded: cameo_find reads all 8 */
        snprintf(c->code, sizeof c->code, "%s", f[0]);
        c->goldstein = g;
        snprintf(c->goldtxt, sizeof c->goldtxt, "%.1f", g);
        snprintf(c->plover, sizeof c->plover, "%s", f[2]);
        size_t pl = strlen(c->plover);
        while (pl && isspace((unsigned char)c->plover[pl - 1])) c->plover[--pl] = '\0';
        c->label = xstrdup(nf > 3 ? f[3] : "");
    }
    free(text);
    if (t->n) qsort(t->c, t->n, sizeof *t->c, cameo_cmp);
    cameo_index(t);
    return 0;
}

static uint64_t cameo_key(const char code[8])
{
    uint64_t v;
    memcpy(&v, code, 8);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

/* The entry of exactly this code (NUL-padded to 8 bytes), or NULL:
 * bsearch() with cameo_cmp, probe for probe (the same entry when a code is
 * listed twice), comparing the codes as 8-byte big-endian numbers: the
 * order of strcmp. */
static const cameo_code_t *cameo_search(const cameo_t *t, const char code[8])
{
    uint64_t k = cameo_key(code);
    size_t l = 0, u = t->n;
    while (l < u) {
        size_t idx = (l + u) / 2;
        uint64_t v = cameo_key(t->c[idx].code);
        if (k < v) u = idx;
        else if (k > v) l = idx + 1;
        else return &t->c[idx];
    }
    return NULL;
}

/* The slot of the first len (2 to 4) bytes of code, or -1 when one is not
 * a digit. */
static long cameo_slot(const char *code, size_t len)
{
    long v = 0;
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)(code[i] - '0') > 9) return -1;
        v = v * 10 + (code[i] - '0');
    }
    return CAMEO_SLOT_BASE(len) + v;
}

/* Fills t->slot with the entry cameo_search finds for each code (every
 * code of the table has two to four digits: cameo_load). */
static void cameo_index(cameo_t *t)
{
    free(t->slot);
    t->slot = xcalloc(CAMEO_SLOTS, sizeof *t->slot);
    for (size_t i = 0; i < t->n; i++) {
        long s = cameo_slot(t->c[i].code, strlen(t->c[i].code));
        if (s >= 0) t->slot[s] = (uint32_t)(cameo_search(t, t->c[i].code) - t->c) + 1;
    }
}

const cameo_code_t *cameo_find(const cameo_t *t, const char *code)
{
    if (!t->slot) return NULL;
    /* a code of more than four bytes is found by its first four or fewer */
    for (size_t len = strnlen(code, 4); len >= 2; len--) {
        long s = cameo_slot(code, len);
        if (s >= 0 && t->slot[s]) return &t->c[t->slot[s] - 1];
    }
    return NULL;
}

int cameo_quad_class(const char *code)
{
    if (!isdigit((unsigned char)code[0]) || !isdigit((unsigned char)code[1])) return 0;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root >= 1 && root <= 4) return 1;
    if (root >= 5 && root <= 8) return 2;
    if (root >= 9 && root <= 13) return 3;
    if (root >= 14 && root <= 20) return 4;
    return 0;
}

void cameo_free(cameo_t *t)
{
    for (size_t i = 0; i < t->n; i++) free(t->c[i].label);
    free(t->c);
    free(t->slot);
    memset(t, 0, sizeof *t);
}
