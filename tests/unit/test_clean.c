/* test_clean.c -- stage 2: character repair, boilerplate, repeats. */
#include <string.h>

#include "2_clean/clean.h"
#include <stdlib.h>

#include "test_main.h"

static char *clean(const char *in, stats_t *st)
{
    sbuf_t b = {0};
    clean_text(in, strlen(in), st, &b);
    return b.s;
}

static void test_escapes_and_quotes(void **state)
{
    (void)state;
    stats_t st = {0};
    char *s = clean("He said \xE2\x80\x9Chello\xE2\x80\x9D\\nNext \xE2\x80\x94 line\\t!", &st);
    assert_string_equal(s, "He said \"hello\"\nNext - line !");
    assert_int_equal(st.escapes_decoded, 2);
    assert_int_equal(st.chars_normalized, 3);
    free(s);
}

static void test_invalid_utf8_and_controls(void **state)
{
    (void)state;
    stats_t st = {0};
    char *s = clean("bad \xFF\xFE byte\x01 and \xE2\x80\x8Bzero", &st);
    assert_string_equal(s, "bad \xEF\xBF\xBD\xEF\xBF\xBD byte and zero");
    assert_int_equal(st.utf8_repaired, 2);
    assert_int_equal(st.control_removed, 2);
    free(s);
}

static void test_nfc(void **state)
{
    (void)state;
    stats_t st = {0};
    /* e + combining acute -> precomposed e-acute */
    char *s = clean("Cote d'Ivoire: Co\x74\x65\xCC\x81", &st);
    assert_string_equal(s, "Cote d'Ivoire: Cot\xC3\xA9");
    free(s);
}

static void test_boilerplate_and_repeats(void **state)
{
    (void)state;
    stats_t st = {0};
    const char *text =
        "China met Fiji.\n"
        "READ MORE\n"
        "- UN assembly suspends Russia from rights body\n"
        "- Ship shadows research vessel\n"
        "Australia urged calm.\n"
        "China met Fiji.\n"
        "Share this article\n"
        "Related: Another headline here\n"
        "Related talks were held in Suva on Monday, officials said.\n";
    span_t *p = NULL;
    size_t cap = 0;
    size_t n = clean_paragraphs(text, strlen(text), &st, &p, &cap);
    assert_int_equal(n, 3);
    assert_memory_equal(p[0].s, "China met Fiji.", p[0].n);
    assert_memory_equal(p[1].s, "Australia urged calm.", p[1].n);
    assert_memory_equal(p[2].s, "Related talks", 13);
    assert_int_equal(st.boilerplate_lines, 5);
    assert_int_equal(st.repeated_paragraphs, 1);
    free(p);
}

int test_clean_run(void)
{
    const struct CMUnitTest t[] = {
        cmocka_unit_test(test_escapes_and_quotes),
        cmocka_unit_test(test_invalid_utf8_and_controls),
        cmocka_unit_test(test_nfc),
        cmocka_unit_test(test_boilerplate_and_repeats),
    };
    return cmocka_run_group_tests_name("clean", t, NULL, NULL);
}
