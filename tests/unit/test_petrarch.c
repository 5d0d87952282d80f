/* test_petrarch.c -- PETRARCH and TABARI dictionary mechanisms (synonym
 * sets, paired codes, compounds, agents), coded end to end on sentences
 * written for these tests, with small dictionaries written here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_main.h"

static const char *write_file(const char *name, const char *text)
{
    static char path[4][256];
    static int k;
    char *p = path[k++ % 4];
    snprintf(p, 256, "build/%s", name);
    FILE *f = fopen(p, "w");
    fputs(text, f);
    fclose(f);
    return p;
}

static const char *ACTORS = "NORTHLAND [NTH]\n"
                            "SOUTHLAND [STH]\n"
                            "WESTLAND [WST]\n";

static const char *AGENTS = "MINISTER [~GOV]\n"
                            "RELIEF_AGENCY [NGO~]\n";

/* PETRARCH-1 verbs: "--- NAME [code] ---" blocks */
static const char *PETR_VERBS = "&MONEY\n"
                                "+GOLD COINS\n"
                                "+DOLLARS\n"
                                "&KIND\n"
                                "+ECONOMIC\n"
                                "+MILITARY\n"
                                "\n"
                                "--- GIVE [070] ---\n"
                                "GIVE {GAVE GIVEN GIVES GIVING}\n"
                                "- * &MONEY [071]\n"
                                "- * NEW_&KIND_AID [073]\n"
                                "--- ARRIVE [032:033] ---\n"
                                "ARRIVE\n"
                                "--- VISIT [042] ---\n"
                                "VISIT\n";

/* TABARI verbs: no blocks; a space in a synonym-set member lets words in */
static const char *TAB_VERBS = "&MONEY\n"
                               "+GOLD COIN\n"
                               "GIVE {GAVE GIVEN GIVES GIVING} [070]\n"
                               "- * &MONEY [071]\n";

/* Codes text with the given verb file and the test actors and agents. */
static char *code_with(const char *verbs, const char *text)
{
    dicts_t d;
    dict_opts_t o = {NULL, write_file("p.verbs.txt", verbs), write_file("p.actors.txt", ACTORS),
                     write_file("p.agents.txt", AGENTS), NULL, -1};
    assert_int_equal(dicts_load(&d, &o), 0);
    char *r = test_code_story(&d, text, 20200101);
    dicts_free(&d);
    return r;
}

static void expect(const char *verbs, const char *text, const char *want)
{
    char *got = code_with(verbs, text);
    assert_string_equal(got, want);
    free(got);
}

static void test_synset_members(void **state)
{
    (void)state;
    /* a PETRARCH member's words stand one right after the other */
    expect(PETR_VERBS, "Northland gave gold coins to Southland.", "NTH>STH:071@1");
    expect(PETR_VERBS, "Northland gave gold and silver coins to Southland.", "NTH>STH:070@1");
    /* in TABARI files a space lets words in, and the last word is a stem */
    expect(TAB_VERBS, "Northland gave gold and silver coins to Southland.", "NTH>STH:071@1");
    /* a synset glued into a word: NEW_&KIND_AID */
    expect(PETR_VERBS, "Northland gave new economic aid to Southland.", "NTH>STH:073@1");
    expect(PETR_VERBS, "Northland gave new aid to Southland.", "NTH>STH:070@1");
}

static void test_legacy_codes_final(void **state)
{
    (void)state;
    /* "will give" stays 073: TABARI and PETRARCH codes are not made intents */
    expect(PETR_VERBS, "Northland will give new economic aid to Southland.", "NTH>STH:073@1");
}

static void test_paired_codes(void **state)
{
    (void)state;
    /* "--- ARRIVE [032:033] ---": a visit, and the other side receiving it */
    expect(PETR_VERBS, "Northland arrived in Southland.", "NTH>STH:032@1 STH>NTH:033@1");
}

static void test_noun_phrase_head(void **state)
{
    (void)state;
    /* PETRARCH took its verbs from a parse: "a brief private visit" is a noun */
    expect(PETR_VERBS, "Northland began a brief private visit to Southland.", "");
    expect(PETR_VERBS, "Northland will visit Southland.", "NTH>STH:042@1");
}

int test_petrarch_run(void)
{
    const struct CMUnitTest t[] = {
        cmocka_unit_test(test_synset_members),
        cmocka_unit_test(test_legacy_codes_final),
        cmocka_unit_test(test_paired_codes),
        cmocka_unit_test(test_noun_phrase_head),
    };
    return cmocka_run_group_tests_name("petrarch", t, NULL, NULL);
}
