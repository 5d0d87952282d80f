/* test_dictload.c -- dicts_load loads the verb files on a thread of its own
 * over a vocabulary of their own, merged afterwards (pipeline.c): what it
 * builds must be what loading every file one after the other builds (the
 * same vocabulary ids, entries, patterns and indexes), and its messages
 * must come in that order too. */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "3_sentences/words.h"
#include "test_main.h"

/* The dictionaries of dir loaded as dicts_load did before it used a
 * thread: every file in turn over one vocabulary (no cameo or places). */
static void serial_load(dicts_t *d, const char *dir)
{
    memset(d, 0, sizeof *d);
    vocab_init(&d->vocab);
    actordict_init(&d->actors, &d->vocab);
    actordict_init(&d->discards, &d->vocab);
    verbdict_init(&d->verbs, &d->vocab);
    static const char *const ext[] = {"actors", "agents", "verbs"};
    for (int k = 0; k < 3; k++) {
        char pat[512];
        snprintf(pat, sizeof pat, "%s/*.%s", dir, ext[k]);
        glob_t g;
        if (glob(pat, 0, NULL, &g) != 0) continue;
        for (size_t i = 0; i < g.gl_pathc; i++) {
            if (k < 2) actordict_load(&d->actors, g.gl_pathv[i], k == 0 ? ACT_ACTOR : ACT_AGENT);
            else verbdict_load(&d->verbs, g.gl_pathv[i], 0);
        }
        globfree(&g);
    }
    words_tag_vocab(&d->vocab);
    actordict_finish(&d->actors);
    actordict_finish(&d->discards);
    verbdict_finish(&d->verbs);
}

static void same_elems(const pelem_t *a, const pelem_t *b, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        assert_int_equal(a[k].kind, b[k].kind);
        assert_int_equal(a[k].id, b[k].id);
        assert_int_equal(a[k].syn, b[k].syn);
        assert_int_equal(a[k].adj, b[k].adj);
    }
}

static void same_actors(const actordict_t *a, const actordict_t *b)
{
    assert_int_equal(a->n, b->n);
    assert_int_equal(a->nindex, b->nindex);
    for (size_t i = 0; i < a->n; i++) {
        assert_string_equal(a->e[i].phrase, b->e[i].phrase);
        assert_int_equal(a->e[i].ntok, b->e[i].ntok);
        assert_memory_equal(a->e[i].toks, b->e[i].toks, a->e[i].ntok * sizeof *a->e[i].toks);
        assert_int_equal(a->e[i].ncodes, b->e[i].ncodes);
    }
    assert_memory_equal(a->first_off, b->first_off, (a->nindex + 1) * sizeof *a->first_off);
    assert_memory_equal(a->cand, b->cand, a->n * sizeof *a->cand);
}

/* dicts_load(dir) against serial_load(dir), field by field. */
static void same_as_serial(const char *dir)
{
    dicts_t p, s;
    dict_opts_t o = {.dir = dir, .stem_mode = -1};
    assert_int_equal(dicts_load(&p, &o), 0);
    serial_load(&s, dir);
    assert_int_equal(p.vocab.nwords, s.vocab.nwords);
    for (size_t i = 0; i < p.vocab.nwords; i++) {
        assert_string_equal(p.vocab.words[i], s.vocab.words[i]);
        assert_int_equal(p.vocab.tags[i], s.vocab.tags[i]);
    }
    same_actors(&p.actors, &s.actors);
    same_actors(&p.discards, &s.discards);
    const verbdict_t *a = &p.verbs, *b = &s.verbs;
    assert_int_equal(a->nv, b->nv);
    assert_int_equal(a->nf, b->nf);
    for (size_t i = 0; i < a->nf; i++) {
        assert_int_equal(a->f[i].ntok, b->f[i].ntok);
        assert_memory_equal(a->f[i].toks, b->f[i].toks, a->f[i].ntok * sizeof *a->f[i].toks);
        assert_int_equal(a->f[i].verb, b->f[i].verb);
    }
    assert_int_equal(a->np, b->np);
    for (size_t i = 0; i < a->np; i++) {
        assert_int_equal(a->p[i].nel, b->p[i].nel);
        same_elems(a->p[i].el, b->p[i].el, a->p[i].nel);
        assert_int_equal(a->p[i].negates, b->p[i].negates);
    }
    assert_int_equal(a->nsyn, b->nsyn);
    for (size_t i = 0; i < a->nsyn; i++) {
        assert_int_equal(a->syn[i].n, b->syn[i].n);
        same_elems(a->syn[i].w, b->syn[i].w, a->syn[i].n);
    }
    assert_int_equal(a->nindex, b->nindex);
    assert_memory_equal(a->first_off, b->first_off, (a->nindex + 1) * sizeof *a->first_off);
    assert_memory_equal(a->starts, b->starts, a->first_off[a->nindex] * sizeof *a->starts);
    dicts_free(&p);
    dicts_free(&s);
}

/* The bundled dictionaries: synonym lines (dict/wordnet.verbs) add words
 * after the tagged ones. */
static void test_load_bundled_as_serial(void **state)
{
    (void)state;
    same_as_serial("dict");
}

static void test_load_small_as_serial(void **state)
{
    (void)state;
    same_as_serial("tests/data");
}

static void put(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* A folder with a problem in each kind of file: the messages come in the
 * order the files are read (actors, agents, verbs, CAMEO codes, places),
 * and the verbs' warnings about synonym sets last. */
static void test_load_messages_in_order(void **state)
{
    (void)state;
    char dir[] = "/tmp/annalist-dictload-XXXXXX";
    assert_non_null(mkdtemp(dir));
    put(dir, "a.actors", "NZL : new zealand\nno colon here\n");
    put(dir, "b.actors", "AUS : australia\nlower : case\n");
    put(dir, "r.agents", "GOV : government\nGO : bad role\n");
    put(dir, "a.verbs", "MEET [040]\n- * with + [04x]\n- * &EMPTY + [042]\n");
    put(dir, "b.verbs", "# annalist\nSTRIKE = HIT\nVISIT [042]\n- no star [042]\n");
    put(dir, "cameo.codes", "040\t1.0\tCONSULT\tConsult\nbad\n");
    put(dir, "gazetteer.tsv", "kabul\tAFG\t13\t34.5\t69.2\t3000000\tC\nbroken\n");
    char log[600];
    snprintf(log, sizeof log, "%s/log", dir);
    fflush(stderr);
    int saved = dup(2);
    FILE *lf = fopen(log, "w");
    assert_non_null(lf);
    dup2(fileno(lf), 2);
    dicts_t d;
    dict_opts_t o = {.dir = dir, .stem_mode = -1};
    int r = dicts_load(&d, &o);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    fclose(lf);
    assert_int_equal(r, 0);
    dicts_free(&d);
    FILE *in = fopen(log, "r");
    assert_non_null(in);
    char got[4096];
    size_t n = fread(got, 1, sizeof got - 1, in);
    got[n] = '\0';
    fclose(in);
    /* the file name of each line, in turn */
    static const char *const want[] = {"/a.actors:2:", "/b.actors:2:", "/r.agents:2:",
                                       "/a.verbs:2:", "/b.verbs:4:", "/cameo.codes:2:",
                                       "/gazetteer.tsv:2:", "/a.verbs:3: warning"};
    const char *at = got;
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const char *hit = strstr(at, want[i]);
        if (!hit) fail_msg("message %s missing or out of order in:\n%s", want[i], got);
        at = hit + strlen(want[i]);
    }
    static const char *const names[] = {"a.actors", "b.actors", "r.agents", "a.verbs",
                                        "b.verbs", "cameo.codes", "gazetteer.tsv", "log"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char path[600];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        unlink(path);
    }
    rmdir(dir);
}

int test_dictload_run(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_load_bundled_as_serial),
        cmocka_unit_test(test_load_small_as_serial),
        cmocka_unit_test(test_load_messages_in_order),
    };
    return cmocka_run_group_tests_name("dictload", tests, NULL, NULL);
}
