/* synsets.c -- synonym sets of verb dictionaries (TABARI and PETRARCH
 * "&NAME" sets): finding a set by name, reading its members, and words with
 * sets glued into them. Matching them is elemmatch.c's job. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "5_verbs/inflect.h"
#include "5_verbs/vdparse.h"
#include "lib/util.h"

/* Are one-word names stems here? In TABARI files; PETRARCH matched whole
 * words ("PETRARCH only works with complete words") and makes regular forms. */
int verbdict_stems(const verbdict_parse_t *ps)
{
    return ps->stem_mode && !ps->petrarch;
}

/* Appends a new synonym set named name[0..n) to d (its name also in
 * d->synnames, made here when it is the first). Returns its index. */
static int32_t verbdict_new_synset(verbdict_t *d, const char *name, size_t n)
{
    if (!d->synnames.tab) vocab_init(&d->synnames);
    vsynset_t *s = UTIL_PUSH(d->syn, d->nsyn, d->capsyn);
    memset(s, 0, sizeof *s);
    s->name = xstrndup(name, n);
    vocab_add(&d->synnames, name, n);   /* id nsyn: names are new */
    return (int32_t)(d->nsyn - 1);
}

int32_t verbdict_synset(verbdict_t *d, const char *raw, int create)
{
    char name[128];
    util_copy(name, sizeof name, raw, SIZE_MAX);
    size_t l = strlen(name);
    for (; l > 1 && strchr("_})", name[l - 1]); l--) name[l - 1] = '\0';
    uint32_t id = d->synnames.tab ? vocab_find(&d->synnames, name, l) : 0;
    if (id) return (int32_t)(id - 1);
    if (!create) return -1;
    return verbdict_new_synset(d, name, l);
}

int32_t verbdict_alt_synset(verbdict_t *d, uint32_t line)
{
    /* "{alt:N:LINE" (verbdict_synset's name for "{alt:N:LINE}"), written
     * without printf; N, the sets made so far, makes it new */
    char name[64] = "{alt:", digits[24];
    size_t k = 5;
    for (int part = 0; part < 2; part++) {
        size_t v = part ? line : d->nsyn, nd = 0;
        do digits[nd++] = (char)('0' + v % 10), v /= 10;
        while (v);
        while (nd) name[k++] = digits[--nd];
        if (!part) name[k++] = ':';
    }
    name[k] = '\0';
    return verbdict_new_synset(d, name, k);
}

/* PETRARCH glues synsets to words: "NEW_&TIETYPES_RELATIONS" is the word
 * "new", a member of &TIETYPES and "relations", one right after the other.
 * Appends the elements; returns how many there are (the pattern weight). */
uint32_t verbdict_glued_synsets(verbdict_t *d, const char *w, pelem_t **el,
                                size_t *nel, size_t *cap)
{
    char *copy = xstrdup(w), *save = NULL;
    uint32_t n = 0;
    for (char *part = strtok_r(copy, "_", &save); part; part = strtok_r(NULL, "_", &save)) {
        if (part[0] == '&') {
            pelem_t *e = UTIL_PUSH(*el, *nel, *cap);
            memset(e, 0, sizeof *e);
            e->kind = PE_SYN;
            e->syn = verbdict_synset(d, part, 1);
            e->adj = n > 0;
            n++;
            continue;
        }
        size_t before = *nel;
        char *exact = xmalloc(strlen(part) + 2);   /* a joined word is matched exactly */
        sprintf(exact, "%s_", part);
        verbdict_word_elems(d, exact, 1, el, nel, cap, n > 0);
        free(exact);
        n += (uint32_t)(*nel - before);
    }
    free(copy);
    return n;
}

/* Adds one member to synset syn: "AUSTRIAN FLORIN", "GOLDEN_GOBLIN_GALLEONS",
 * "&TIETYPES_MEMOS". Its words must stand one right after the other in a
 * PETRARCH file (and wherever '_' joins them); in a TABARI file a space lets
 * other words stand between, as in patterns. */
void verbdict_member(verbdict_parse_t *ps, int32_t syn, const char *text)
{
    verbdict_t *d = ps->d;
    char *copy = xstrdup(text), *save = NULL;
    size_t start = d->syn[syn].n;
    for (char *w = strtok_r(copy, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
        vsynset_t *sy = &d->syn[syn];   /* may move: a glued synset may be created */
        size_t before = sy->n;
        if (strchr(w, '&')) {
            pelem_t *el = sy->w;
            size_t n = sy->n, cap = sy->cap;
            verbdict_glued_synsets(d, w, &el, &n, &cap);
            sy = &d->syn[syn];
            sy->w = el, sy->n = n, sy->cap = cap;
        } else {
            verbdict_word_elems(d, w, verbdict_stems(ps), &sy->w, &sy->n, &sy->cap, 0);
            pelem_t *last = sy->n > before ? &sy->w[sy->n - 1] : NULL;   /* none: no word */
            if (last && verbdict_stems(ps) && sy->n - before > 1 && w[strlen(w) - 1] != '_' &&
                last->kind == PE_WORD) {
                /* TABARI "SWISS_FRANC": the last word is a stem ("francs") */
                last->kind = PE_STEM;
                const char *lw = vocab_word(d->vocab, last->id);
                last->stem = util_arena_strndup(&d->mem, lw, strlen(lw));
            }
        }
        if (sy->w && sy->n > before && before > start) sy->w[before].adj = (uint8_t)ps->petrarch;
    }
    free(copy);
    vsynset_t *sy = &d->syn[syn];
    if (!sy->w || sy->n <= start) return;   /* the member gave no word */
    sy->w[start].first = 1;
    size_t tl = strlen(text);
    if (ps->petrarch && !ps->syn_noplural && tl && text[tl - 1] != '_' &&
        sy->w[sy->n - 1].kind == PE_WORD) {
        /* PETRARCH makes the regular plural of a member ("PESO": "pesos") */
        size_t n = sy->n - start;
        sbuf_t pl = {0};
        inflect_plural(vocab_word(d->vocab, sy->w[sy->n - 1].id), &pl);
        for (size_t i = 0; i < n; i++) {
            pelem_t e = sy->w[start + i];
            /* the stem stays in the arena: two elements may share it */
            if (i + 1 == n) e.id = vocab_add(d->vocab, pl.s, pl.len);
            *UTIL_PUSH(sy->w, sy->n, sy->cap) = e;
        }
        sbuf_free(&pl);
    }
}
