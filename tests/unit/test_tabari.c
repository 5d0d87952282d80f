/* test_tabari.c -- TABARI's dictionary and coding rules (docs/validation.md)
 * on sentences written for these tests, with the TABARI-format dictionaries
 * in tests/data/tabari. */
#include <stdlib.h>
#include <string.h>

#include "test_main.h"

static dicts_t D;

static int setup(void **state)
{
    (void)state;
    dict_opts_t o = {NULL, "tests/data/tabari/test.verbs", "tests/data/tabari/test.actors",
                     "tests/data/tabari/test.agents", NULL, 1};
    return dicts_load(&D, &o);
}

static int teardown(void **state)
{
    (void)state;
    dicts_free(&D);
    return 0;
}

#define ASSERT_CODES(text, date, want)                 \
    do {                                               \
        char *got_ = test_code_story(&D, text, date);   \
        assert_string_equal(got_, want);               \
        free(got_);                                    \
    } while (0)

static void test_dated_codes(void **state)
{
    (void)state;
    /* "[NOR <191231] [SUD]": every bracket of the line counts */
    ASSERT_CODES("Karlstad condemned Vestmark over the border dispute.", 20190601,
                 "NOR>VES:122@1");
    ASSERT_CODES("Karlstad condemned Vestmark over the border dispute.", 20200601,
                 "SUD>VES:122@1");
    /* "[### <191231] [VES]": '#' inside brackets is a code, not a comment */
    ASSERT_CODES("Greyport condemned Sudria over the border dispute.", 20190601, "");
    ASSERT_CODES("Greyport condemned Sudria over the border dispute.", 20200601,
                 "VES>SUD:122@1");
}

static void test_paired_code(void **state)
{
    (void)state;
    /* "[032:033]": the visit and its reception; the office holder's name
     * after "Norland Prime Minister" belongs to the same actor */
    ASSERT_CODES("Norland Prime Minister Olaf Brandt arrived in Sudria for two days of talks.",
                 20200101, "NORGOV>SUD:032@1 SUD>NORGOV:033@1");
}

static void test_subordinate_dominant_discard(void **state)
{
    (void)state;
    /* "[023?]" alone is coded; next to another event it is dropped */
    ASSERT_CODES("Norland stated its position to Sudria in a long letter.", 20200101,
                 "NOR>SUD:023@1");
    ASSERT_CODES("Norland stated its position and then condemned Sudria in a letter.", 20200101,
                 "NOR>SUD:122@1");
    /* "[071!]": a dominant code keeps only itself */
    ASSERT_CODES("Norland condemned Vestmark on Monday and offered an aid package to Sudria.",
                 20200101,
                 "NOR>SUD:071@1");
    /* "[###]": the whole sentence is discarded */
    ASSERT_CODES("Norland condemned Sudria at the football tournament in Vestmark.", 20200101, "");
}

static void test_first_verb_of_clause(void **state)
{
    (void)state;
    /* CODE BY CLAUSE: the first verb that gives an event codes the clause */
    ASSERT_CODES("Norland praised Sudria during a three-day visit to Vestmark.", 20200101,
                 "NOR>SUD:041@1");
    /* a conjunction starts a new clause with its own event */
    ASSERT_CODES("Norland praised Sudria on Monday and condemned Vestmark on Tuesday.", 20200101,
                 "NOR>SUD:041@1 NOR>VES:122@1");
}

int test_tabari_run(void)
{
    const struct CMUnitTest t[] = {
        cmocka_unit_test(test_dated_codes),
        cmocka_unit_test(test_paired_code),
        cmocka_unit_test(test_subordinate_dominant_discard),
        cmocka_unit_test(test_first_verb_of_clause),
    };
    return cmocka_run_group_tests_name("tabari", t, setup, teardown);
}
