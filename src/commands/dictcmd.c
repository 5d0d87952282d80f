/* dictcmd.c -- dict convert (any format read -> annalist's) and dict check
 * (duplicates, unknown codes, overlapping date ranges, dead patterns). */
#include "dictcmd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "4_actors/actordict.h"
#include "5_verbs/verbdict.h"
#include "lib/cameo.h"
#include "lib/diag.h"
#include "lib/util.h"

static void dictcmd_usage(void)
{
    fputs("usage: annalist dict convert --actors|--agents|--verbs FILE   (writes annalist format)\n"
          "       annalist dict check [--codes dict/cameo.codes] --actors|--agents|--verbs FILE\n",
          stderr);
}

static void dictcmd_range(const actor_code_t *c, char out[32])
{
    char a[11], b[11];
    util_format_date(c->from, a);
    util_format_date(c->to, b);
    if (!c->from && !c->to) out[0] = '\0';
    else snprintf(out, 32, " %s..%s", a, b);
}

/* Writes entries grouped by (code, range), phrases in load order. */
static void dictcmd_write_actors(const actordict_t *d, int agents, FILE *f)
{
    fprintf(f, "# annalist %s dictionary, converted by `annalist dict convert`\n",
            agents ? "agent (role)" : "actor");
    for (size_t i = 0; i < d->nfiles; i++) fprintf(f, "# from %s\n", d->files[i]);
    size_t n = d->n;
    char *done = xcalloc(n ? n : 1, 1);
    typedef struct { size_t e, c; } pair_t;
    pair_t *all = NULL;
    size_t np = 0, cap = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < d->e[i].ncodes && !d->e[i].derived; k++)
            *UTIL_PUSH(all, np, cap) = (pair_t){i, k};
    char *used = xcalloc(np ? np : 1, 1);
    for (size_t p = 0; p < np; p++) {
        if (used[p]) continue;
        const actor_code_t *c = &d->e[all[p].e].codes[all[p].c];
        char r[32];
        dictcmd_range(c, r);
        /* '#' starts a comment: a discard actor is written "[###]" */
        fprintf(f, "%s%s : %s", strcmp(c->code, "###") ? c->code : "[###]", r, d->e[all[p].e].phrase);
        used[p] = 1;
        for (size_t q = p + 1; q < np; q++) {
            const actor_code_t *o = &d->e[all[q].e].codes[all[q].c];
            if (used[q] || strcmp(o->code, c->code) || o->from != c->from || o->to != c->to)
                continue;
            fprintf(f, "; %s", d->e[all[q].e].phrase);
            used[q] = 1;
        }
        fputc('\n', f);
    }
    free(all);
    free(used);
    free(done);
}

/* Writes element e; joined: the next element is joined to it with '_',
 * which then ends a word ("harsh_words_", not "harsh__words_") and keeps
 * a stem a stem ("back~_policy_"). */
static void dictcmd_elem(const verbdict_t *d, const pelem_t *e, int joined, FILE *f)
{
    switch (e->kind) {
    case PE_VERB: fputs("*", f); break;
    case PE_TARGET: fputs("+", f); break;
    case PE_COMPOUND: fputs("%", f); break;
    case PE_SOURCE: fputs("$", f); break;
    case PE_SKIP: fputs("^", f); break;
    case PE_STEM: fprintf(f, "%s%s", e->stem, joined ? "~" : ""); break;
    case PE_WORD: fprintf(f, "%s%s", vocab_word(d->vocab, e->id), joined ? "" : "_"); break;
    case PE_SYN: fputs(e->syn >= 0 ? d->syn[e->syn].name : "&?", f); break;
    default: break;
    }
}

/* A code as the verb formats write it: "---", "###" (discard), a paired
 * code "032:033", a subordinate "023?" or a dominant "071!". */
static void dictcmd_code(const char *code, const char *code2, uint8_t flags, FILE *f)
{
    fprintf(f, " [%s%s%s%s%s]", (flags & VF_DISCARD) ? "###" : code[0] ? code : "---",
            code2[0] ? ":" : "", code2, (flags & VF_SUB) ? "?" : "", (flags & VF_DOM) ? "!" : "");
}

static void dictcmd_write_verbs(const verbdict_t *d, FILE *f)
{
    fputs("# annalist verbs dictionary, converted by `annalist dict convert`\n"
          "#! stems   (a word without a trailing '_' matches as a stem, as in TABARI)\n", f);
    for (size_t i = 0; i < d->nfiles; i++) fprintf(f, "# from %s\n", d->files[i]);
    for (size_t i = 0; i < d->nsyn; i++) {
        if (d->syn[i].name[0] != '&') continue;
        fprintf(f, "\n%s\n", d->syn[i].name);
        for (size_t k = 0; k < d->syn[i].n; k++) {
            fputc('+', f);
            dictcmd_elem(d, &d->syn[i].w[k], 0, f);
            fputc('\n', f);
        }
    }
    /* a PETRARCH file stays one ("--- " lines): its verbs are words, not
     * stems, and a block of verbs without patterns ends at the next "---" */
    int petrarch = 0;
    for (size_t v = 0; v < d->nv; v++) petrarch |= d->v[v].petrarch;
    for (size_t b = 0; b < d->nb; b++) {
        int any = 0;
        for (size_t v = 0; v < d->nv; v++) {
            if (d->v[v].block != b) continue;
            fprintf(f, "%s%s%s%s", any ? "" : "\n", !any && petrarch ? "--- ---\n" : "",
                    d->v[v].noun ? "~" : "", d->v[v].lemma);
            if (d->v[v].forms) fprintf(f, " {%s}", d->v[v].forms);
            dictcmd_code(d->v[v].code, d->v[v].code2, d->v[v].flags, f);
            fputc('\n', f);
            any = 1;
        }
        for (size_t k = 0; k < d->b[b].n; k++) {
            const vpattern_t *p = &d->p[d->b[b].pats[k]];
            fputs("-", f);
            for (uint32_t e = 0; e < p->nel; e++) {
                /* "god's_forgiveness_": a join before "'s" would split it */
                const pelem_t *el = &p->el[e];
                if (!(el->adj && e && el->kind == PE_WORD && vocab_word(d->vocab, el->id)[0] == '\''))
                    fputc(el->adj && e ? '_' : ' ', f);
                if (p->el[e].kind == PE_SYN && p->el[e].syn >= 0 && d->syn[p->el[e].syn].name[0] == '{') {
                    const vsynset_t *s = &d->syn[p->el[e].syn];
                    fputs("{ ", f);
                    for (size_t w = 0; w < s->n; w++) {
                        if (w) fputs(" | ", f);
                        dictcmd_elem(d, &s->w[w], 0, f);
                    }
                    fputs(" }", f);
                } else {
                    dictcmd_elem(d, &p->el[e], e + 1 < p->nel && p->el[e + 1].adj, f);
                }
            }
            dictcmd_code(p->code, p->code2, p->flags, f);
            fputc('\n', f);
        }
    }
}

/* dict check for actors: same phrase with different codes in overlapping
 * ranges, and codes of the wrong shape. */
static size_t dictcmd_check_actors(const actordict_t *d)
{
    size_t problems = 0;
    for (size_t i = 0; i < d->n; i++) {
        const actor_entry_t *e = &d->e[i];
        for (size_t a = 0; a < e->ncodes; a++)
            for (size_t b = a + 1; b < e->ncodes; b++) {
                const actor_code_t *x = &e->codes[a], *y = &e->codes[b];
                int overlap = (!x->to || !y->from || y->from <= x->to) &&
                              (!y->to || !x->from || x->from <= y->to);
                int dated = x->from || x->to || y->from || y->to;
                if (!overlap || (dated && (!(x->from || x->to) || !(y->from || y->to)))) continue;
                if (!strcmp(x->code, y->code)) continue;   /* the same code twice: harmless */
                problems++;
                printf("%s:%u: '%s' is %s here and %s at %s:%u%s\n", y->file, y->line, e->phrase,
                       y->code, x->code, x->file, x->line,
                       dated ? " (date ranges overlap)" : " (duplicate phrase)");
            }
    }
    for (size_t i = 0; i < d->nrepeats; i++) {
        const actor_repeat_t *r = &d->repeats[i];
        const actor_code_t *c = &d->e[r->e].codes[r->c];
        problems++;
        printf("%s:%u: '%s' is %s here and at %s:%u too (duplicate phrase)\n", r->file, r->line,
               d->e[r->e].phrase, c->code, c->file, c->line);
    }
    return problems;
}

static size_t dictcmd_check_verbs(const verbdict_t *d, const cameo_t *codes)
{
    size_t problems = 0;
    for (size_t i = 0; i < d->np; i++) {
        const vpattern_t *p = &d->p[i];
        if (p->code[0] && codes->n && !cameo_find(codes, p->code)) {
            problems++;
            printf("%s:%u: code %s is not a CAMEO code: %s\n", p->file, p->line, p->code, p->text);
        }
        int targets = 0, empty = 0, verbs = 0;
        for (uint32_t e = 0; e < p->nel; e++) {
            targets += p->el[e].kind == PE_TARGET;
            if (p->el[e].kind == PE_SYN && (p->el[e].syn < 0 || d->syn[p->el[e].syn].n == 0)) empty = 1;
        }
        for (size_t v = 0; v < d->nv; v++) verbs += d->v[v].block == p->block;
        const char *why = targets > 1 ? "two targets '+'" : empty ? "an empty synonym set"
                          : !verbs ? "no verb in its block" : NULL;
        for (size_t k = 0; !why && k < i; k++) {
            const vpattern_t *q = &d->p[k];
            if (q->block == p->block && !strcmp(q->text, p->text)) why = "the same pattern stands earlier";
        }
        if (why) {
            problems++;
            printf("%s:%u: pattern can never match (%s): %s\n", p->file, p->line, why, p->text);
        }
    }
    for (size_t v = 0; v < d->nv; v++)
        if (d->v[v].code[0] && codes->n && !cameo_find(codes, d->v[v].code)) {
            problems++;
            printf("%s:%u: code %s is not a CAMEO code (verb %s)\n", d->v[v].file, d->v[v].line,
                   d->v[v].code, d->v[v].lemma);
        }
    return problems;
}

int dictcmd_main(int argc, char **argv)
{
    if (argc < 2) {
        dictcmd_usage();
        return 2;
    }
    int convert = !strcmp(argv[1], "convert"), check = !strcmp(argv[1], "check");
    if (!convert && !check) {
        dictcmd_usage();
        return 2;
    }
    const char *kind = NULL, *file = NULL, *codes_path = "dict/cameo.codes";
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--codes") && i + 1 < argc) codes_path = argv[++i];
        else if ((!strcmp(argv[i], "--actors") || !strcmp(argv[i], "--agents") ||
                  !strcmp(argv[i], "--verbs")) && i + 1 < argc) {
            kind = argv[i] + 2;
            file = argv[++i];
        } else {
            dictcmd_usage();
            return 2;
        }
    }
    if (!kind) {
        dictcmd_usage();
        return 2;
    }
    vocab_t v;
    vocab_init(&v);
    size_t errs = diag_errors(), problems = 0;
    int rc = 0;
    if (!strcmp(kind, "verbs")) {
        verbdict_t d;
        verbdict_init(&d, &v);
        rc = verbdict_load(&d, file, -1);
        verbdict_finish(&d);
        if (rc == 0 && convert) dictcmd_write_verbs(&d, stdout);
        if (rc == 0 && check) {
            cameo_t c = {0};
            cameo_load(&c, codes_path);
            problems = dictcmd_check_verbs(&d, &c);
            cameo_free(&c);
        }
        verbdict_free(&d);
    } else {
        actordict_t d;
        actordict_init(&d, &v);
        int agents = !strcmp(kind, "agents");
        rc = actordict_load(&d, file, agents ? ACT_AGENT : ACT_ACTOR);
        actordict_finish(&d);
        if (rc == 0 && convert) dictcmd_write_actors(&d, agents, stdout);
        if (rc == 0 && check) problems = dictcmd_check_actors(&d);
        actordict_free(&d);
    }
    vocab_free(&v);
    size_t lines = diag_errors() - errs;
    if (check) printf("%zu problems, %zu lines that do not parse\n", problems, lines);
    if (rc != 0) return 2;
    return (check && (problems || lines)) ? 1 : 0;
}
