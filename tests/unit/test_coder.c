/* test_coder.c -- stages 4-6 together on sentences, with the small test
 * dictionaries in tests/data. */
#include <stdlib.h>
#include <string.h>

#include "4_actors/outlet.h"
#include "6_events/implicit.h"
#include "pipeline.h"

#include "test_main.h"

static dicts_t D;

static int setup(void **state)
{
    (void)state;
    dict_opts_t o = {.dir = "tests/data", .stem_mode = -1};
    return dicts_load(&D, &o);
}

static int teardown(void **state)
{
    (void)state;
    dicts_free(&D);
    return 0;
}

/* Codes text (dated date, from the web address url or NULL) as
 * "SOURCE>TARGET:CODE@SENTENCE ..." (owned by the caller). */
static char *test_code_story_from(const dicts_t *d, const char *text, int32_t date,
                                  const char *url)
{
    story_t s = {0};
    s.id = "t";
    s.text = (char *)text;
    s.date = date;
    s.url = (char *)url;
    output_opts_t o = {OUT_TSV, 0, &d->cameo};
    pipeline_work_t w = {0};
    stats_t st = {0};
    sbuf_t out = {0}, res = {0};
    pipeline_code_story(d, &o, &s, &w, &st, &out);
    sbuf_add(&res, "", 0);
    for (char *line = out.s; line && *line;) {
        char *nl = strchr(line, '\n');
        *nl = '\0';
        char *f[16];   /* a line of fewer fields prints "" for the missing ones */
        for (int k = 0; k < 16; k++) f[k] = "";
        int n = 0;
        for (char *p = line; n < 16;) {
            f[n++] = p;
            char *t = strchr(p, '\t');
            if (!t) break;
            *t = '\0';
            p = t + 1;
        }
        sbuf_printf(&res, "%s%s>%s:%s@%s", res.len ? " " : "", f[3], f[6], f[9], f[1]);
        line = nl + 1;
    }
    sbuf_free(&out);
    pipeline_work_free(&w);
    return res.s;
}

char *test_code_story(const dicts_t *d, const char *text, int32_t date)
{
    return test_code_story_from(d, text, date, NULL);
}

static char *code(const char *text, int32_t date) { return test_code_story(&D, text, date); }

#define ASSERT_CODES(text, date, want)           \
    do {                                         \
        char *got_ = code(text, date);           \
        assert_string_equal(got_, want);         \
        free(got_);                              \
    } while (0)

static void test_role_country_person(void **state)
{
    (void)state;
    ASSERT_CODES("Foreign Minister Nanaia Mahuta has met virtually with her Solomons Island "
                 "counterpart.", 20220415, "NZLGOV>SLBGOV:040@1");
    /* possessive role, demonym + role, a group joined by "and the" */
    ASSERT_CODES("New Zealand's foreign minister met the Chinese defence minister and the "
                 "Australian foreign minister.", 20220415,
                 "NZLGOV>CHNGOV:040@1 NZLGOV>AUSGOV:040@1");
}

static void test_compound_and_passive(void **state)
{
    (void)state;
    ASSERT_CODES("China and Australia condemned New Zealand.", 20220101,
                 "CHN>NZL:111@1 AUS>NZL:111@1");
    ASSERT_CODES("New Zealand was condemned by China and Australia.", 20220101,
                 "CHN>NZL:111@1 AUS>NZL:111@1");
    ASSERT_CODES("Beijing urged New Zealand and Australia to respect the Solomons.", 20220101,
                 "CHNGOV>NZL:020@1 CHNGOV>AUS:020@1");
}

static void test_negation_intent_speech(void **state)
{
    (void)state;
    ASSERT_CODES("China did not condemn Australia.", 20220101, "");
    ASSERT_CODES("The agreement would not lead to China attacking Australia.", 20220101, "");
    ASSERT_CODES("NATO agreed to step up cooperation with New Zealand.", 20220101,
                 "IGOWSTNAT>NZL:030@1");
    ASSERT_CODES("Australia said China attacked the Solomons.", 20220101, "CHN>SLB:190@1");
    ASSERT_CODES("If China attacks Australia, NATO will respond.", 20220101, "");
}

static void test_coreference(void **state)
{
    (void)state;
    ASSERT_CODES("Jacinda Ardern visited Australia.\nShe also met with China.\n"
                 "Ardern condemned the Solomons.", 20220101,
                 "NZLGOV>AUS:042@1 NZLGOV>CHN:040@2 NZLGOV>SLB:111@3");
    ASSERT_CODES("Solomon Islands Prime Minister Jeremiah Manele visited China.\n"
                 "Australia accused Manele of lying.", 20220101,
                 "SLBGOV>CHN:042@1 AUS>SLBGOV:112@2");
}

static void test_role_back_reference(void **state)
{
    (void)state;
    /* "the minister" refers back to a named minister, never to a government */
    ASSERT_CODES("Jacinda Ardern visited Australia.\nThe minister then condemned China.", 20220101,
                 "NZLGOV>AUS:042@1 NZLGOV>CHN:111@2");
    ASSERT_CODES("The Chinese government condemned Australia.\nThe minister met New Zealand.",
                 20220101, "CHNGOV>AUS:111@1");
    /* an institution refers back to the last one of a named country ... */
    ASSERT_CODES("The Chinese government condemned Australia.\nThe government met New Zealand.",
                 20220101, "CHNGOV>AUS:111@1 CHNGOV>NZL:040@2");
    /* ... and, named nowhere, is the home country's (the country named most) */
    ASSERT_CODES("Solomon Islands condemned China.\nThe Solomons condemned Australia.\n"
                 "The military condemned the government.", 20220101,
                 "SLB>CHN:111@1 SLB>AUS:111@2 SLBMIL>SLBGOV:111@3");
    /* "the two ministers" are the last two sides named */
    ASSERT_CODES("Nanaia Mahuta met the Chinese foreign minister.\nThe two ministers condemned "
                 "Australia.", 20220101,
                 "NZLGOV>CHNGOV:040@1 NZLGOV>AUS:111@2 CHNGOV>AUS:111@2");
    /* an aside between commas does not hide the subject */
    ASSERT_CODES("New Zealand, which China visited, condemned Australia.", 20220101,
                 "NZL>AUS:111@1");
}

static void test_outlet(void **state)
{
    (void)state;
    char cc[4];
    outlet_country("https://www.stuff.co.nz/world/1", NULL, cc);
    assert_string_equal(cc, "NZL");
    outlet_country("http://abc.net.au:80/news", "Reuters", cc);
    assert_string_equal(cc, "AUS");
    outlet_country(NULL, "www.nytimes.com", cc);
    assert_string_equal(cc, "USA");
    outlet_country("https://notnytimes.com/x", "RNZ", cc);   /* no such outlet: the name */
    assert_string_equal(cc, "NZL");
    outlet_country("https://www.reuters.com/world/", "Reuters", cc);
    assert_string_equal(cc, "");
    outlet_country("https://example.tv/", NULL, cc);   /* .tv is a generic name */
    assert_string_equal(cc, "");
    /* the longest listed suffix after a dot, or the whole host */
    outlet_country("https://News.BBC.co.UK/x", NULL, cc);
    assert_string_equal(cc, "GBR");
    outlet_country("https://m.rt.com/", NULL, cc);
    assert_string_equal(cc, "RUS");
    outlet_country("https://art.com/", NULL, cc);   /* "rt.com" not after a dot */
    assert_string_equal(cc, "");
    outlet_country("http://nz/", NULL, cc);
    assert_string_equal(cc, "NZL");
    /* "the Government" is the outlet's, here Australia's, though the story
     * names New Zealand's leader */
    const char *text = "Jacinda Ardern visited China.\nThe Government condemned China.";
    char *got = test_code_story_from(&D, text, 20220101, "https://www.abc.net.au/news/1");
    assert_string_equal(got, "NZLGOV>CHN:042@1 AUSGOV>CHN:111@2");
    free(got);
    got = test_code_story_from(&D, text, 20220101, NULL);   /* Ardern's, with no address */
    assert_string_equal(got, "NZLGOV>CHN:042@1 NZLGOV>CHN:111@2");
    free(got);
}

static void test_no_catch_all(void **state)
{
    (void)state;
    /* no verb matches: no event, never a default 010 */
    ASSERT_CODES("China and Australia share a long history.", 20220101, "");
    ASSERT_CODES("The attack on Australia by China was condemned.", 20220101, "");
}

/* The event nouns a reaction refers back to, found by first letter: the
 * first and last of the table and some between; other words none */
static void test_event_nouns(void **state)
{
    (void)state;
    assert_string_equal(implicit_noun_roots("decision"), "");
    assert_string_equal(implicit_noun_roots("sanctions"), "16");
    assert_string_equal(implicit_noun_roots("attack"), "1819192015");
    assert_string_equal(implicit_noun_roots("airstrikes"), "19");
    assert_string_equal(implicit_noun_roots("verdict"), "J");
    assert_string_equal(implicit_noun_roots("aid"), "0307");
    assert_null(implicit_noun_roots("the"));
    assert_null(implicit_noun_roots("attacks'"));
    assert_null(implicit_noun_roots("attac"));
    assert_null(implicit_noun_roots("Attack"));
    assert_null(implicit_noun_roots(""));
    assert_null(implicit_noun_roots("\xc3\xa9t\xc3\xa9"));
}

int test_coder_run(void)
{
    const struct CMUnitTest t[] = {
        cmocka_unit_test(test_role_country_person),
        cmocka_unit_test(test_compound_and_passive),
        cmocka_unit_test(test_negation_intent_speech),
        cmocka_unit_test(test_coreference),
        cmocka_unit_test(test_role_back_reference),
        cmocka_unit_test(test_no_catch_all),
        cmocka_unit_test(test_outlet),
        cmocka_unit_test(test_event_nouns),
    };
    return cmocka_run_group_tests_name("coder", t, setup, teardown);
}
