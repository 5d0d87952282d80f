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

static void test_article_makes_noun(void **state)
{
    (void)state;
    /* TABARI: only THE, A, AN turn a verb into a noun; "on" does not */
    ASSERT_CODES("Norland went on praise of Sudria in a long speech on Monday.", 20200101,
                 "NOR>SUD:041@1");
    ASSERT_CODES("Norland gave the praise of Sudria in a long speech on Monday.", 20200101, "");
}

static void test_gaps_and_glued_alternatives(void **state)
{
    (void)state;
    /* "- URGED + * ADOPT_{ NEW | FAIR }_RULES": the gap before the verb
     * holds an actor; the alternatives stand right between their words */
    ASSERT_CODES("Norland urged Sudria should adopt fair rules on the border.", 20200101,
                 "NOR>SUD:102@1");
    /* not right between them: the pattern fails, SHOULD's own code holds */
    ASSERT_CODES("Norland urged Sudria should adopt very fair rules on the border.", 20200101,
                 "NOR>SUD:101@1");
    ASSERT_CODES("Norland urged Sudria should adopt fair new rules on the border.", 20200101,
                 "NOR>SUD:101@1");
}

static void test_source_rule(void **state)
{
    (void)state;
    /* TABARI's source is the sentence's first actor, not the nearest one */
    ASSERT_CODES("Norland dismissed reports that Vestmark condemned Sudria on Monday.", 20200101,
                 "NOR>SUD:122@1");
    /* no actor after the verb: the target is the nearest actor before it
     * whose code differs from the source's */
    ASSERT_CODES("Norland praised Sudria on Monday and condemned it over the border dispute.",
                 20200101, "NOR>SUD:041@1 NOR>SUD:122@1");
    /* an actor opening a later clause takes over */
    ASSERT_CODES("Norland condemned Sudria on Monday but Vestmark praised Sudria on Tuesday.",
                 20200101, "NOR>SUD:122@1 VES>SUD:041@1");
}

static void test_passive(void **state)
{
    (void)state;
    /* a stem's past form after WAS and one word: passive, "by" names the source */
    ASSERT_CODES("Sudria was fiercely opposed by Norland over the border dispute.", 20200101,
                 "NOR>SUD:112@1");
    /* no "by ACTOR": the pattern "- + * FROM $" places both sides, eight
     * words may stand before its actor */
    ASSERT_CODES("Sudria's border guard militia was released from Vestmark after the long talks.",
                 20200101, "VES>SUD:066@1");
}

static void test_root_of_several_words(void **state)
{
    (void)state;
    /* "HAVE NOTHING TO DO WITH [111]": "have" alone is no verb */
    ASSERT_CODES("Norland will have nothing to do with Sudria after the border dispute.", 20200101,
                 "NOR>SUD:111@1");
    ASSERT_CODES("Norland and Vestmark have praised Sudria over the border accord.", 20200101,
                 "NOR>SUD:041@1 VES>SUD:041@1");
}

static void test_tilde_connector(void **state)
{
    (void)state;
    /* "- * HARSH~_WORDS": a wild-card ending, then the next word at once; the
     * target is the first actor after the verb, inside the match too */
    ASSERT_CODES("Norland condemned Sudria with the harshest words over the dispute.", 20200101,
                 "NOR>SUD:111@1");
    ASSERT_CODES("Norland condemned Sudria with harsh and angry words over the dispute.", 20200101,
                 "NOR>SUD:122@1");
}

static void test_skip_actor(void **state)
{
    (void)state;
    /* '^' passes over an actor, before the verb or after it */
    ASSERT_CODES("Norland in Vestmark praised Sudria over the long border accord.", 20200101,
                 "NOR>SUD:043@1");
    ASSERT_CODES("Norland praised in the Vestmark capital with Sudria the border accord.", 20200101,
                 "NOR>SUD:042@1");
}

static void test_endings(void **state)
{
    (void)state;
    /* "DEPART_": TABARI's endings are added as they are */
    ASSERT_CODES("Norland departes from Sudria after the long border dispute.", 20200101,
                 "NOR>SUD:032@1");
    /* "BAN=" and "OSTRIA=": the words exactly */
    ASSERT_CODES("Norland will ban Sudria from the long border talks today.", 20200101,
                 "NOR>SUD:191@1");
    ASSERT_CODES("Norland bans Sudria from the long border talks today.", 20200101, "");
    ASSERT_CODES("Ostria condemned Sudria over the long border dispute.", 20200101,
                 "OST>SUD:122@1");
    ASSERT_CODES("Ostrian officials condemned Sudria over the long border dispute.", 20200101, "");
}

static void test_irregular_forms_line(void **state)
{
    (void)state;
    ASSERT_CODES("Norland broke off relations with Sudria after the border dispute.", 20200101,
                 "NOR>SUD:161@1");
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
    ASSERT_CODES("Norland praised Sudria while visiting Vestmark on Monday.", 20200101,
                 "NOR>SUD:041@1");
    /* a conjunction starts a new clause with its own event */
    ASSERT_CODES("Norland praised Sudria on Monday and condemned Vestmark on Tuesday.", 20200101,
                 "NOR>SUD:041@1 NOR>VES:122@1");
}

static void test_options_lines(void **state)
{
    (void)state;
    tabopt_t o;
    tabopt_tabari_defaults(&o);
    assert_int_equal(o.min_words, 8);
    assert_int_equal(tabopt_line(&o, "SET: CODE ALL"), 1);
    assert_int_equal(o.code_by, TABOPT_CODE_ALL);
    assert_int_equal(tabopt_line(&o, "set: minimum words = 20"), 1);
    assert_int_equal(o.min_words, 20);
    assert_int_equal(tabopt_line(&o, " DEFAULT: SOURCE [SRCX] PRIOR TARGET [TGTX] "), 1);
    assert_string_equal(o.default_src, "SRCX");
    assert_string_equal(o.default_tgt, "TGTX");
    assert_true(o.default_prior && !o.default_after);
    assert_int_equal(tabopt_line(&o, "DEFAULT: OFF"), 1);
    assert_string_equal(o.default_src, "");
    assert_int_equal(tabopt_line(&o, "LABEL: 010=YIELD"), 0);   /* read, not followed */
    /* FORWARD: the story and sentence numbers from the record id */
    long story, sent;
    assert_int_equal(tabopt_forward_seq(&o, "REUT-045-002", &story, &sent), -1);   /* off */
    assert_int_equal(tabopt_line(&o, "FORWARD: ^^*****NNN*SSS"), 1);
    assert_int_equal(tabopt_forward_seq(&o, "REUT-045-002", &story, &sent), 0);
    assert_true(story == 45 && sent == 2);
    assert_int_equal(tabopt_forward_seq(&o, "REUT-04X-002", &story, &sent), -1);
    assert_int_equal(tabopt_line(&o, "FORWARD: ^^*****NNN*SSS OFF"), 1);
    assert_int_equal(tabopt_forward_seq(&o, "REUT-045-002", &story, &sent), -1);
}

/* Codes text with the options o in force (restored afterwards). */
static char *code_with(const tabopt_t *o, const char *text)
{
    tabopt_t keep = D.verbs.opt;
    D.verbs.opt = *o;
    D.actors.convert_agents = o->convert_agents;
    char *got = test_code_story(&D, text, 20200101);
    D.verbs.opt = keep;
    D.actors.convert_agents = 0;
    return got;
}

#define ASSERT_WITH(o, text, want)              \
    do {                                        \
        char *got_ = code_with(&(o), text);     \
        assert_string_equal(got_, want);        \
        free(got_);                             \
    } while (0)

static void test_options_coding(void **state)
{
    (void)state;
    tabopt_t o;
    tabopt_tabari_defaults(&o);
    const char *two = "Norland praised Sudria while visiting Vestmark on Monday.";
    ASSERT_WITH(o, two, "NOR>SUD:041@1");
    tabopt_line(&o, "SET: CODE ALL");
    ASSERT_WITH(o, two, "NOR>SUD:041@1 NOR>VES:032@1");
    /* MINIMUM WORDS: "Norland's" is one word, so this has five */
    tabopt_line(&o, "SET: MINIMUM WORDS = 6");
    ASSERT_WITH(o, "Norland's guards condemned Sudria yesterday.", "");
    tabopt_line(&o, "SET: MINIMUM WORDS = 5");
    ASSERT_WITH(o, "Norland's guards condemned Sudria yesterday.", "NOR>SUD:122@1");
}

static void test_options_default_convert(void **state)
{
    (void)state;
    tabopt_t o;
    tabopt_tabari_defaults(&o);
    /* CONVERT AGENTS: an agent with no actor codes as itself */
    const char *agent = "Guerrillas condemned Sudria over the long border dispute.";
    ASSERT_WITH(o, agent, "");
    tabopt_line(&o, "SET: CONVERT AGENTS = TRUE");
    ASSERT_WITH(o, agent, "~REB>SUD:122@1");
    o.convert_agents = 0;
    /* DEFAULT: codes for a missing side */
    const char *nosrc = "The unnamed officials condemned Sudria over the border dispute.";
    ASSERT_WITH(o, nosrc, "");
    tabopt_line(&o, "DEFAULT: SOURCE [SRCX] PRIOR TARGET [TGTX] AFTER");
    ASSERT_WITH(o, nosrc, "SRCX>SUD:122@1");
    ASSERT_WITH(o, "Norland condemned the unnamed officials over the border dispute.",
                "NOR>TGTX:122@1");
    /* without PRIOR the first actor after the verb is the source */
    tabopt_line(&o, "DEFAULT: OFF");
    tabopt_line(&o, "DEFAULT: SOURCE [SRCX] TARGET [TGTX] AFTER");
    ASSERT_WITH(o, nosrc, "SUD>TGTX:122@1");
}

static void test_comma_clauses(void **state)
{
    (void)state;
    tabopt_t o;
    tabopt_tabari_defaults(&o);
    /* a final phrase of 2..10 words after a comma with no partner goes */
    const char *tail = "Norland condemned the long border dispute, Sudria officials said on Monday.";
    ASSERT_WITH(o, tail, "");
    assert_int_equal(tabopt_line(&o, "COMMA: OFF"), 1);
    ASSERT_WITH(o, tail, "NOR>SUD:122@1");
    /* limits: a final phrase of five words stays when EMIN = 6 */
    assert_int_equal(tabopt_line(&o, "COMMA: MIN = 2 MAX = 10 EMIN = 6 EMAX = 10"), 1);
    assert_true(o.comma_on && o.comma_emin == 6 && o.comma_min == 2 && o.comma_bmin == 128);
    ASSERT_WITH(o, tail, "NOR>SUD:122@1");
    /* commas in pairs: the second comma closes the aside, so the phrase
     * after it is not a final phrase */
    tabopt_line(&o, "COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10");
    ASSERT_WITH(o, "Norland, in a statement on Monday, condemned Sudria over the dispute.",
                "NOR>SUD:122@1");
    /* a discard code counts even inside a phrase that is cut */
    ASSERT_WITH(o, "Norland condemned Sudria, at the football tournament, over the dispute.", "");
}

static void test_complex_filter(void **state)
{
    (void)state;
    tabopt_t o;
    tabopt_tabari_defaults(&o);
    const char *two = "Norland praised Sudria while visiting Vestmark on Monday.";
    assert_int_equal(tabopt_line(&o, "COMPLEX: VERBS[3] EXPLAIN"), 1);
    ASSERT_WITH(o, two, "NOR>SUD:041@1");
    tabopt_line(&o, "COMPLEX: VERBS[2]");
    ASSERT_WITH(o, two, "");
    /* conjunctions that join an actor group do not count */
    tabopt_line(&o, "COMPLEX: CONJ[2]");
    ASSERT_WITH(o, "Norland and Vestmark praised Sudria on Monday and condemned it later.",
                "NOR>SUD:041@1 VES>SUD:041@1 NOR>SUD:122@1 VES>SUD:122@1");
    ASSERT_WITH(o, "Norland praised Sudria on Monday and Vestmark but condemned it later.", "");
    /* NOACTPRIOR: no actor before the first verb */
    tabopt_line(&o, "DEFAULT: SOURCE [SRCX] PRIOR");
    const char *nosrc = "The unnamed officials condemned Sudria over the border dispute.";
    tabopt_line(&o, "COMPLEX: VERBS[5]");
    ASSERT_WITH(o, nosrc, "SRCX>SUD:122@1");
    tabopt_line(&o, "COMPLEX: VERBS[5] NOACTPRIOR");
    ASSERT_WITH(o, nosrc, "");
}

int test_tabari_run(void)
{
    const struct CMUnitTest t[] = {
        cmocka_unit_test(test_dated_codes),
        cmocka_unit_test(test_article_makes_noun),
        cmocka_unit_test(test_gaps_and_glued_alternatives),
        cmocka_unit_test(test_source_rule),
        cmocka_unit_test(test_passive),
        cmocka_unit_test(test_root_of_several_words),
        cmocka_unit_test(test_tilde_connector),
        cmocka_unit_test(test_skip_actor),
        cmocka_unit_test(test_endings),
        cmocka_unit_test(test_irregular_forms_line),
        cmocka_unit_test(test_paired_code),
        cmocka_unit_test(test_subordinate_dominant_discard),
        cmocka_unit_test(test_first_verb_of_clause),
        cmocka_unit_test(test_options_lines),
        cmocka_unit_test(test_options_coding),
        cmocka_unit_test(test_options_default_convert),
        cmocka_unit_test(test_comma_clauses),
        cmocka_unit_test(test_complex_filter),
    };
    return cmocka_run_group_tests_name("tabari", t, setup, teardown);
}
