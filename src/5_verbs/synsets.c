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

int32_t verbdict_synset(verbdict_t *d, const char *raw, int create)
{
    char name[128];
    snprintf(name, sizeof name, "%s", raw);
    for (size_t l = strlen(name); l > 1 && strchr("_})", name[l - 1]); l--) name[l - 1] = '\0';
    for (size_t i = 0; i < d->nsyn; i++)
        if (strcmp(d->syn[i].name, name) == 0) return (int32_t)i;
    if (!create) return -1;
    vsynset_t *s = UTIL_PUSH(d->syn, d->nsyn, d->capsyn);
    memset(s, 0, sizeof *s);
    s->name = xstrdup(name);
    return (int32_t)(d->nsyn - 1);
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
                last->stem = xstrdup(vocab_word(d->vocab, last->id));
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
            if (e.stem) e.stem = xstrdup(e.stem);   /* each element owns its stem */
            if (i + 1 == n) e.id = vocab_add(d->vocab, pl.s, pl.len);
            *UTIL_PUSH(sy->w, sy->n, sy->cap) = e;
        }
        sbuf_free(&pl);
    }
}
