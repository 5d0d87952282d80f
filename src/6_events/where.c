/* where.c -- gazetteer loading and place lookup. */
#include "where.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "lib/diag.h"
#include "3_sentences/words.h"
#include "4_actors/compose.h"
#include "lib/util.h"

static size_t where_slot(const gazetteer_t *g, const char *name, size_t n)
{
    size_t mask = g->nslots - 1, i = (size_t)XXH3_64bits(name, n) & mask;
    while (g->slots[i]) {
        const char *x = g->p[g->slots[i] - 1].name;
        if (strlen(x) == n && !memcmp(x, name, n)) return i;
        i = (i + 1) & mask;
    }
    return i;
}

/* A coordinate as strtof reads it, without strtof for the plain decimals
 * of the gazetteer ("-12.3456"): the digits make an integer m and k
 * decimals, m / 10^k is rounded once to a double (both exact below 2^53),
 * and the double to a float. That second rounding gives strtof's float
 * unless the double lies within one of its units of a midpoint between two
 * floats (its 29 bits below a float's precision 0x10000000 +- 1): then,
 * and for anything but plain decimals, strtof reads the text. */
static float where_coord(const char *s)
{
    static const double pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const char *p = s + (*s == '-');
    uint64_t m = 0;   /* wraps past 19 digits: then digits > 15 sends it to strtof */
    int digits = 0, k = -1;
    for (; (unsigned)(*p - '0') < 10u; p++, digits++) m = m * 10 + (uint64_t)(*p - '0');
    if (*p == '.') {
        k = 0;
        for (p++; (unsigned)(*p - '0') < 10u; p++, k++) m = m * 10 + (uint64_t)(*p - '0');
        digits += k;
    }
    if (*p || !digits || digits > 15) return strtof(s, NULL);
    double d = (double)m / pow10[k < 0 ? 0 : k];
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    uint32_t low = (uint32_t)(bits & 0x1fffffffu);
    if (low >= 0x0fffffffu && low <= 0x10000001u) return strtof(s, NULL);
    return (float)(*s == '-' ? -d : d);
}

float where_lat(const place_t *p)
{
    return where_coord(p->lat);
}

float where_lon(const place_t *p)
{
    return where_coord(p->lon);
}

/* Up to 8 tabs of the line at s (ended by '\n' or the text's end, at most
 * end): their offsets in tab[], their count returned; *eol is the line's
 * length. Sixteen bytes at a time where SSE2 is. */
static size_t where_tabs(const char *s, const char *end, size_t tab[8], size_t *eol)
{
    size_t nt = 0, i = 0, n = (size_t)(end - s);
#ifdef __SSE2__
    const __m128i tb = _mm_set1_epi8('\t'), nl = _mm_set1_epi8('\n');
    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        unsigned mt = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, tb));
        unsigned mn = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, nl));
        if (mn) mt &= (mn & -mn) - 1;   /* the tabs before the line's end */
        for (; mt && nt < 8; mt &= mt - 1) tab[nt++] = i + (size_t)__builtin_ctz(mt);
        if (mn) {
            *eol = i + (size_t)__builtin_ctz(mn);
            return nt;
        }
    }
#endif
    for (; i < n && s[i] != '\n'; i++)
        if (s[i] == '\t' && nt < 8) tab[nt++] = i;
    *eol = i;
    return nt;
}

int gazetteer_load(gazetteer_t *g, const char *path)
{
    memset(g, 0, sizeof *g);
    char *text;
    size_t len;
    if (util_read_file(path, &text, &len) != 0) return -1;
    size_t ln = 0;
    char *end = text + strlen(text);   /* a NUL byte ends the text, as it ended strchr's search */
    for (char *line = text;;) {
        size_t tab[8], eol, nt = where_tabs(line, end, tab, &eol);
        int last = line + eol == end;
        line[eol] = '\0';
        ln++;
        if (eol && *line != '#') {
            /* name, country, admin1, lat, lon, population (and C = capital) */
            if (nt < 5 || tab[1] - tab[0] != 4) {
                diag_error(path, ln, "expected name<TAB>country<TAB>admin1<TAB>lat<TAB>lon<TAB>population");
            } else {
                for (size_t k = 0; k < nt; k++) line[tab[k]] = '\0';
                place_t *p = UTIL_PUSH(g->p, g->n, g->cap);
                p->name = line;   /* in g->text */
                memcpy(p->country, line + tab[0] + 1, 4);   /* 3 letters and the NUL */
                size_t an = tab[2] - tab[1] - 1;
                if (an > sizeof p->admin1 - 1) an = sizeof p->admin1 - 1;
                memcpy(p->admin1, line + tab[1] + 1, an);
                p->admin1[an] = '\0';
                p->lat = line + tab[2] + 1;
                p->lon = line + tab[3] + 1;
            }
        }
        if (last) break;
        line += eol + 1;
    }
    g->text = text;
    g->nslots = 1;
    while (g->nslots < g->n * 2 + 2) g->nslots *= 2;
    g->slots = xcalloc(g->nslots, sizeof *g->slots);
    /* the file is sorted by name, largest first: index each name's first
     * row (a row of the name before it is not: that name has its slot) */
    for (size_t i = 0; i < g->n; i++) {
        if (i && !strcmp(g->p[i].name, g->p[i - 1].name)) continue;
        size_t s = where_slot(g, g->p[i].name, strlen(g->p[i].name));
        if (!g->slots[s]) g->slots[s] = (uint32_t)(i + 1);
    }
    return 0;
}

void gazetteer_free(gazetteer_t *g)
{
    free(g->text);
    free(g->p);
    free(g->slots);
    memset(g, 0, sizeof *g);
}

/* The place named at token q ("Kharkiv", "the city of Dnipro", "the town
 * of Pokrovsk": "the", "capital", "city" and "of", and "town of",
 * "village of", "port of" are passed over), the longest name of up to
 * four words; among places of that name the first whose country is in
 * countries[0..nc) wins, else the most populous. Returns 1 and fills *w,
 * or 0. The words are joined on the stack, no allocation: of a name
 * longer than WHERE_NAME_MAX bytes (no place's), its words that fit. */
#define WHERE_NAME_MAX 512
static int where_place_at(const gazetteer_t *g, const tokens_t *tk, size_t q,
                          const char (*countries)[4], size_t nc, where_t *w)
{
    if (token_is(tk, q, "the")) q++;
    if ((token_is(tk, q, "town") || token_is(tk, q, "village") || token_is(tk, q, "port")) &&
        token_is(tk, q + 1, "of"))   /* not "Port Moresby", "Port Sudan" */
        q += 2;
    else if (token_is(tk, q, "capital") || token_is(tk, q, "city")) {
        q++;
        if (token_is(tk, q, "of")) q++;
    }
    if (q >= tk->n || !(tk->t[q].flags & TOK_CAP)) return 0;
    /* the four words once; a shorter name is a prefix of it */
    char name[WHERE_NAME_MAX];
    size_t ends[4], most = tk->n - q < 4 ? tk->n - q : 4, at = 0;
    for (size_t k = 0; k < most; k++) {
        size_t fl = tk->t[q + k].flen;
        if (at + (k > 0) + fl > sizeof name) {
            most = k;
            break;
        }
        if (k) name[at++] = ' ';
        memcpy(name + at, token_folded(tk, q + k), fl);
        at += fl;
        ends[k] = at;
    }
    for (size_t len = most; len >= 1; len--) {
        size_t s = where_slot(g, name, ends[len - 1]);
        if (!g->slots[s]) continue;
        /* "Scarborough Shoal", "Camp David": part of a longer name */
        if (q + len < tk->n && (tk->t[q + len].flags & TOK_CAP)) return 0;
        size_t first = g->slots[s] - 1, last = first;
        while (last + 1 < g->n && !strcmp(g->p[last + 1].name, g->p[first].name)) last++;
        const place_t *pick = &g->p[first];
        w->why = first == last ? "only place of that name" : "most populous of that name";
        for (size_t c = 0; c < nc && first != last; c++)
            for (size_t k = first; k <= last; k++)
                if (!strcmp(g->p[k].country, countries[c])) {
                    pick = &g->p[k];
                    w->why = "in a country the story names";
                    c = nc;
                    break;
                }
        w->place = pick;
        memcpy(w->country, pick->country, sizeof w->country);
        w->start = (uint32_t)q;
        w->end = (uint32_t)(q + len);
        return 1;
    }
    return 0;
}

/* The country or region of the actor dictionary named at token q ("in
 * the Sudan", "in Darfur"): its mention, or NULL. */
static const mention_t *where_actor_at(const tokens_t *tk, const mentions_t *ms, size_t q)
{
    if (!ms) return NULL;
    if (token_is(tk, q, "the")) q++;
    if (q >= tk->n || ms->at[q] < 0) return NULL;
    const mention_t *m = &ms->m[ms->at[q]];
    return m->code[3] || m->person ? NULL : m;
}

int where_find(const gazetteer_t *g, const tokens_t *tk, const mentions_t *ms,
               const char (*countries)[4], size_t nc, where_t *w)
{
    memset(w, 0, sizeof *w);
    if (!g->n) return 0;
    int found = 0;
    const mention_t *land = NULL;   /* the first country or region named */
    for (size_t i = 0; i + 1 < tk->n && !found; i++) {
        uint32_t fl = tk->t[i].flen;   /* fast: 2, 4 or 7 letters */
        if (fl > 7 || !((0x94u >> fl) & 1)) continue;
        if (!token_is(tk, i, "in") && !token_is(tk, i, "at") && !token_is(tk, i, "near") &&
            !token_is(tk, i, "outside"))
            continue;
        /* "in Lebanon": the country, not Lebanon, Tennessee */
        const mention_t *a = where_actor_at(tk, ms, i + 1);
        found = where_place_at(g, tk, i + 1, countries, nc, w);
        if (a && !land) land = a;
        if (a && found && strncmp(a->country, w->country, 3)) {
            found = 0;
            memset(w, 0, sizeof *w);
        }
    }
    if (!found && land) {
        memcpy(w->country, land->country, 3);
        w->country[3] = '\0';
        w->start = land->start;
        w->end = land->end;
        w->why = "a country or region the actor dictionary knows";
        found = 1;
    }
    return found;
}

int where_object(const gazetteer_t *g, const tokens_t *tk, const char (*countries)[4],
                 size_t nc, uint32_t q, where_t *w)
{
    memset(w, 0, sizeof *w);
    if (!g->n) return 0;
    return where_place_at(g, tk, q, countries, nc, w);
}

/* The roles of people who are where they act (where_role_in_place). */
static const char *const where_place_roles[] = {"CVL", "COP", "OPP", "REB", "LAB", "EDU",
                                                "HLH", NULL};

/* m, a role of a place, is of country cc: its code and country rewritten. */
static void where_move_role(mention_t *m, const char cc[4])
{
    char role[24];
    util_copy(role, sizeof role, m->code + 3, SIZE_MAX);
    compose_code(m->code, cc, role);
    util_copy(m->country, sizeof m->country, cc, 3);
    m->how = "role in place";
}

void where_role_in_place(const gazetteer_t *g, const tokens_t *tk, const char (*countries)[4],
                         size_t nc, mentions_t *ms)
{
    for (size_t j = 0; j < ms->n; j++) {
        mention_t *m = &ms->m[j];
        /* how it was found, its first letter tested first: most mentions are
         * "dictionary" */
        if (!m->how || !((m->how[0] == 'h' && !strcmp(m->how, "home country")) ||
                         (m->how[0] == 'r' && !strcmp(m->how, "role"))) || m->person ||
            strlen(m->code) != 6 || !words_in(m->code + 3, where_place_roles))
            continue;
        uint32_t q = m->end;
        if (q + 1 >= tk->n || !words_in(token_folded(tk, q), (const char *const[]){
                                  "in", "at", "near", "across", "throughout", NULL}))
            continue;
        q++;
        if (token_is(tk, q, "the")) q++;
        /* a country the actor dictionary knows ("across the Gaza Strip"),
         * else a place of the gazetteer ("in Kharkiv", "in the city of Dnipro") */
        char cc[4] = "";
        int32_t at = q < tk->n ? ms->at[q] : -1;
        where_t w;
        if (at >= 0 && strlen(ms->m[at].code) == 3 && !ms->m[at].person)
            util_copy(cc, sizeof cc, ms->m[at].code, 3);
        else if (g->n && where_place_at(g, tk, q, countries, nc, &w))
            util_copy(cc, sizeof cc, w.place->country, 3);
        if (!cc[0] || !strncmp(cc, m->code, 3)) continue;
        char was[4];
        util_copy(was, sizeof was, m->code, 3);
        where_move_role(m, cc);
        /* "Police in Lagos arrested dozens of protesters": the other
         * people of the sentence who took the same home country are there */
        for (size_t k = 0; k < ms->n; k++) {
            mention_t *o = &ms->m[k];
            if (k != j && o->how && o->how[0] == 'h' && !strcmp(o->how, "home country") &&
                !o->person && strlen(o->code) == 6 && !strncmp(o->code, was, 3) &&
                words_in(o->code + 3, where_place_roles))
                where_move_role(o, cc);
        }
    }
}
