/* test_dict.c -- dictionary parsing: annalist and TABARI formats. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "4_actors/actordict.h"
#include "5_verbs/verbdict.h"
#include "lib/cameo.h"
#include "lib/diag.h"
#include <stdlib.h>

#include "test_main.h"

static const char *write_tmp(const char *name, const char *text)
{
    static char path[256];
    snprintf(path, sizeof path, "build/%s", name);
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
    return path;
}

static const actor_entry_t *find(const actordict_t *d, const char *phrase)
{
    for (size_t i = 0; i < d->n; i++)
        if (!strcmp(d->e[i].phrase, phrase)) return &d->e[i];
    return NULL;
}

/* A vocabulary and an actor dictionary loaded from text (written to
 * build/NAME) and finished: the caller frees both. */
static void load_actors(vocab_t *v, actordict_t *d, const char *name, const char *text)
{
    vocab_init(v);
    actordict_init(d, v);
    assert_int_equal(actordict_load(d, write_tmp(name, text), ACT_ACTOR), 0);
    actordict_finish(d);
}

static void test_native_actors_dates(void **state)
{
    (void)state;
    vocab_t v;
    vocab_init(&v);
    actordict_t d;
    actordict_init(&d, &v);
    size_t errs = diag_errors();
    const char *p = write_tmp("t.actors",
                              "# comment\n"
                              "NZLGOV 2017-10-26..2023-01-25 : jacinda ardern; ardern\n"
                              "NZLELI : jacinda ardern\n"
                              "bad line without colon\n"
                              "NZL 2020-13-01..2021-01-01 : bad date\n"
                              "USA : u.s.; united states\n");
    assert_int_equal(actordict_load(&d, p, ACT_ACTOR), 0);
    assert_int_equal(diag_errors() - errs, 2);
    actordict_finish(&d);
    const actor_entry_t *e = find(&d, "jacinda ardern");
    assert_non_null(e);
    assert_true(e->person);
    assert_string_equal(actordict_code_on(e, 20220101)->code, "NZLGOV");
    assert_string_equal(actordict_code_on(e, 20240101)->code, "NZLELI");
    assert_int_equal(actordict_code_on(e, 20240101)->line, 3);
    assert_non_null(find(&d, "u.s."));
    assert_null(find(&d, "bad date"));
    /* the bit set of first words agrees with the candidates, word by word */
    assert_true(actordict_starts(&d, vocab_find(&v, "united", 6)));
    assert_false(actordict_starts(&d, vocab_find(&v, "states", 6)));
    for (uint32_t id = 0; id < v.nwords + 70; id++) {
        uint32_t nc;
        actordict_candidates(&d, id, &nc);
        assert_int_equal(actordict_starts(&d, id), nc > 0);
    }
    actordict_free(&d);
    vocab_free(&v);
}

/* A first word of many phrases: its candidates by its next word are the
 * ones actordict_candidates gives with that second word or none, in the
 * same order (the rest would be passed over) */
static void test_actor_pairs(void **state)
{
    (void)state;
    vocab_t v;
    actordict_t d;
    load_actors(&v, &d, "tp.actors",
                "KOR : republic of korea; the republic\n"
                "PRK : democratic people's republic of korea\n"
                "TUR : republic of turkey; republic of turkiye\n"
                "CZE : czech republic; republic of czechia\n"
                "IRL : republic of ireland; irish republic\n"
                "COD : republic of the congo\n"
                "CAF : republic of central africa\n"
                "MDA : republic of moldova\n"
                "GOV : republic\n"
                "KOR : republic korea\n");
    uint32_t rep = vocab_find(&v, "republic", 8);
    uint32_t nc;
    const actordict_cand_t *all = actordict_candidates(&d, rep, &nc);
    assert_true(nc > ACTORDICT_FEW);
    uint32_t nexts[] = {vocab_find(&v, "of", 2), vocab_find(&v, "korea", 5), 0,
                        vocab_find(&v, "turkey", 6), ACTORDICT_ANY - 1};
    for (size_t t = 0; t < sizeof nexts / sizeof *nexts; t++) {
        uint32_t np, k = 0;
        const actordict_cand_t *some = actordict_pair_candidates(&d, rep, nexts[t], &np);
        for (uint32_t j = 0; j < nc; j++) {
            if (all[j].second != ACTORDICT_ANY && all[j].second != nexts[t]) continue;
            assert_true(k < np);
            assert_memory_equal(&some[k], &all[j], sizeof all[j]);
            k++;
        }
        assert_int_equal(k, np);
        assert_true(np >= 1);   /* "republic" itself */
    }
    actordict_free(&d);
    vocab_free(&v);
}

static void test_tabari_actors(void **state)
{
    (void)state;
    vocab_t v;
    actordict_t d;
    load_actors(&v, &d, "t2.actors",
                "NEW_ZEALAND_ [NZL] ; comment\n"
                "JACINDA_ARDERN_\n"
                "+ARDERN_\n"
                "\t[NZLGOV 171026-230125]\n"
                "\t[NZLELI >230126]\n");
    assert_string_equal(actordict_code_on(find(&d, "new zealand"), 0)->code, "NZL");
    const actor_entry_t *e = find(&d, "ardern");
    assert_non_null(e);
    assert_string_equal(actordict_code_on(e, 20200101)->code, "NZLGOV");
    assert_string_equal(actordict_code_on(e, 20240101)->code, "NZLELI");
    actordict_free(&d);
    vocab_free(&v);
}

static void test_verbs_forms_and_errors(void **state)
{
    (void)state;
    vocab_t v;
    vocab_init(&v);
    verbdict_t d;
    verbdict_init(&d, &v);
    size_t errs = diag_errors();
    const char *p = write_tmp("t.verbs",
                              "# annalist verbs\n"
                              "CRY [---]\n"
                              "- * to + [020]\n"
                              "- no star here [020]\n"
                              "- * + [9x9]\n"
                              "PLAN {PLANNED PLANNING} [---]\n");
    assert_int_equal(verbdict_load(&d, p, 0), 0);
    assert_int_equal(diag_errors() - errs, 2);
    verbdict_finish(&d);
    const char *forms[] = {"cry", "cries", "cried", "crying", "plan", "planned", "planning",
                           "plans"};
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        uint32_t id = vocab_find(&v, forms[i], strlen(forms[i]));
        assert_true(id != 0);
        size_t nst;
        verbdict_starts(&d, id, &nst);
        assert_true(nst > 0);
    }
    assert_int_equal(vocab_find(&v, "planed", 6), 0);
    assert_int_equal(d.np, 1);
    verbdict_free(&d);
    vocab_free(&v);
}

/* Synonym lines "WORD {forms} = KNOWN": WORD's forms are verbs sharing every
 * block of KNOWN (its code and patterns); a WORD that has a verb line of its
 * own keeps it; a KNOWN that is no verb is passed over; a line that is not
 * "WORD = KNOWN" is an error. */
static void test_verbs_synonyms(void **state)
{
    (void)state;
    vocab_t v;
    vocab_init(&v);
    verbdict_t d;
    verbdict_init(&d, &v);
    const char *p = write_tmp("syn.verbs",
                              "# annalist verbs\n"
                              "#! source Test Thesaurus 1.0 \n"
                              "SCOLD [111]\n"
                              "- * + for [111]\n"
                              "PRAISE [051]\n"
                              "NAG {NAGGED NAGGING} = SCOLD\n"
                              "PRAISE = SCOLD\n"
                              "FROB = NOSUCHVERB\n"
                              "BAD LINE = TWO WORDS\n");
    size_t errs = diag_errors();
    assert_int_equal(verbdict_load(&d, p, 0), 0);
    assert_int_equal(diag_errors() - errs, 1);
    verbdict_finish(&d);
    assert_int_equal(d.nv, 3);   /* SCOLD, PRAISE and NAG read as SCOLD */
    const verb_t *nag = &d.v[2];
    assert_string_equal(nag->lemma, "NAG");
    assert_string_equal(nag->known, "SCOLD");
    assert_string_equal(nag->source, "Test Thesaurus 1.0");
    assert_string_equal(nag->code, "111");
    assert_int_equal(nag->block, d.v[0].block);
    assert_null(d.v[1].known);
    const char *forms[] = {"nag", "nags", "nagged", "nagging"};
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        uint32_t id = vocab_find(&v, forms[i], strlen(forms[i]));
        size_t nst;
        const vstart_t *st = verbdict_starts(&d, id, &nst);
        assert_true(id != 0 && nst == 1);
        assert_int_equal(d.f[st[0].form].verb, 2);
        assert_int_equal(st[0].ntok, 1);
    }
    assert_int_equal(vocab_find(&v, "naged", 5), 0);
    verbdict_free(&d);
    vocab_free(&v);
}

static int cameo_cmp_codes(const void *a, const void *b)
{
    return strcmp(((const cameo_code_t *)a)->code, ((const cameo_code_t *)b)->code);
}

/* cameo_find: a code, else its parent; a code listed twice gives the entry
 * bsearch() finds (as the binary search it replaced did) */
static void test_cameo_codes(void **state)
{
    (void)state;
    cameo_t t = {0};
    const char *path = write_tmp("codes.tsv",
                                 "# test\n03\t4.0\tCOOP\tEngage\n034\t7.0\tCOOP\tMediate\n"
                                 "0342\t7.0\tCOOP\tA\n034\t5.0\tCOOP\tTwice\n19\t-10.0\tFIGHT\tFight\n"
                                 "1x\t1.0\tBAD\tBad\n");
    size_t errs = diag_errors();
    assert_int_equal(cameo_load(&t, path), 0);
    assert_int_equal(diag_errors() - errs, 1);   /* "1x" is no code */
    assert_string_equal(cameo_find(&t, "0342")->label, "A");
    assert_string_equal(cameo_find(&t, "0343")->code, "034");   /* the parent */
    assert_string_equal(cameo_find(&t, "03421")->code, "0342"); /* its first four */
    assert_string_equal(cameo_find(&t, "035")->code, "03");
    assert_string_equal(cameo_find(&t, "19A")->code, "19");
    assert_null(cameo_find(&t, "07A"));
    assert_null(cameo_find(&t, "2"));
    assert_null(cameo_find(&t, ""));
    cameo_code_t key = {.code = "034"};
    assert_ptr_equal(cameo_find(&t, "034"), bsearch(&key, t.c, t.n, sizeof *t.c, cameo_cmp_codes));
    cameo_free(&t);
}

int test_dict_run(void)
{
    const struct CMUnitTest t[] = {
        cmocka_unit_test(test_native_actors_dates),
        cmocka_unit_test(test_actor_pairs),
        cmocka_unit_test(test_tabari_actors),
        cmocka_unit_test(test_verbs_forms_and_errors),
        cmocka_unit_test(test_verbs_synonyms),
        cmocka_unit_test(test_cameo_codes),
    };
    return cmocka_run_group_tests_name("dict", t, NULL, NULL);
}
