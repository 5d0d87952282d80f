/* test_input.c -- stage 1: JSON Lines records. */
#include <string.h>

#include "1_input/input.h"
#include <stdlib.h>

#include "test_main.h"

static const char *parse(const char *line, story_t *s)
{
    memset(s, 0, sizeof *s);
    return input_parse_json(line, strlen(line), s);
}

static void test_good_record(void **state)
{
    (void)state;
    story_t s;
    assert_null(parse("{\"id\":\"a1\",\"date\":\"2022-04-15\",\"title\":\"T\",\"text\":\"X.\","
                      "\"source\":\"S\",\"url\":\"u\",\"extra\":[1,2]}", &s));
    assert_string_equal(s.id, "a1");
    assert_int_equal(s.date, 20220415);
    assert_string_equal(s.title, "T");
    assert_string_equal(s.text, "X.");
    story_free(&s);
    assert_null(parse("{\"id\":7,\"text\":\"Y.\"}", &s));
    assert_string_equal(s.id, "7");
    assert_int_equal(s.date, 0);
    story_free(&s);
}

static void test_bad_records(void **state)
{
    (void)state;
    story_t s;
    const char *e = parse("{\"id\":\"a\",\"text\":\"abc", &s);
    assert_non_null(e);
    assert_non_null(strstr(e, "invalid JSON"));
    assert_string_equal(parse("[1,2]", &s), "a JSON Lines record must be an object");
    assert_string_equal(parse("{\"id\":\"a\",\"text\":5}", &s), "\"text\" must be a string");
    assert_string_equal(parse("{\"id\":\"a\"}", &s), "record has no \"text\"");
    assert_string_equal(parse("{\"id\":\"a\",\"text\":\"\"}", &s), "empty story");
    e = parse("{\"id\":\"a\",\"text\":\"x\",\"date\":\"2022-02-30\"}", &s);
    assert_non_null(e);
    assert_non_null(strstr(e, "is not a date"));
    assert_string_equal(parse("{\"id\":\"a\",\"text\":\"x\",\"date\":20220101}", &s),
                        "\"date\" must be a string YYYY-MM-DD");
}

/* The reason line is refused for holds word. */
static void refused(const char *line, const char *word)
{
    story_t s;
    const char *e = parse(line, &s);
    assert_non_null(e);
    assert_non_null(strstr(e, word));
}

/* The streaming parser checks the whole record, not only the fields it
 * copies. */
static void test_record_checked_whole(void **state)
{
    (void)state;
    story_t s;
    refused("{\"id\":\"a\",\"text\":\"x\",\"id\":\"b\"}", "invalid JSON");
    refused("{\"id\":\"a\",\"text\":\"x\",\"id\":\"b\"}", "duplicate");
    refused("{\"text\":\"x\",\"meta\":{\"k\":1,\"k\":2}}", "duplicate");
    refused("{\"text\":\"x\",\"meta\":[1,}", "invalid JSON");
    refused("\"just a string\"", "invalid JSON");
    refused("{\"text\":\"x\"} {}", "invalid JSON");
    refused("{\"text\":\"caf\xc3\"}", "invalid JSON");   /* cut UTF-8 sequence */
    assert_string_equal(parse("{\"id\":\"a\",\"text\":{\"t\":\"x\"}}", &s),
                        "\"text\" must be a string");
    assert_string_equal(parse("{\"id\":1.5,\"text\":\"x\"}", &s),
                        "\"id\" must be a string or integer");
    /* same key names deeper down are other keys; escapes are decoded */
    assert_null(parse("{\"meta\":{\"id\":\"no\",\"text\":[\"no\"]},\"id\":\"yes\","
                      "\"text\":\"Tab\\there \\\"q\\\" caf\\u00e9\",\"n\":null}", &s));
    assert_string_equal(s.id, "yes");
    assert_string_equal(s.text, "Tab\there \"q\" caf\xc3\xa9");
    assert_null(s.title);
    story_free(&s);
}

/* A flat record of strings and nulls is read without yajl (jsonrec.c's
 * fast path); it must read as yajl reads it, and give every record it
 * does not take (surrogates, U+0000, numbers, errors) to yajl. */
static void test_flat_records_read_alike(void **state)
{
    (void)state;
    story_t s;
    assert_null(parse(" {\"id\" : \"f1\" ,\"title\":null, \"text\":\"A \\u00e9\\u2019\\u0041 "
                      "caf\xc3\xa9 \xe2\x80\x99 \\/\\\\\\\"\\b\\f\\n\\r\\t.\",\"x\":\"\\u12aB\"}\t\r\n",
                      &s));
    assert_string_equal(s.id, "f1");
    assert_null(s.title);
    assert_string_equal(s.text, "A \xc3\xa9\xe2\x80\x99" "A caf\xc3\xa9 \xe2\x80\x99 /\\\"\b\f\n\r\t.");
    story_free(&s);
    /* taken by yajl: a surrogate pair, an integer id, a form feed between tokens */
    assert_null(parse("{\"id\":3,\"text\":\"smile \\ud83d\\ude00\"}", &s));
    assert_string_equal(s.id, "3");
    assert_string_equal(s.text, "smile \xf0\x9f\x98\x80");
    story_free(&s);
    assert_null(parse("{\"id\":\"f2\",\f\"text\":\"x\"}", &s));
    assert_string_equal(s.text, "x");
    story_free(&s);
    /* refused, with yajl's reasons */
    refused("{\"id\":\"a\",\"text\":\"x\",\"title\":\"t\",\"id\":\"b\"}", "duplicate");
    refused("{\"id\":\"a\",\"text\":\"tab\there\"}", "invalid character inside string");
    refused("{\"id\":\"a\",\"text\":\"bad \xff byte\"}", "UTF8");
    refused("{\"id\":\"a\",\"text\":\"\\x41\"}", "invalid JSON");
    refused("{\"id\":\"a\",\"text\":\"\\u12g4\"}", "hex");
    refused("{\"id\":\"a\",\"text\":\"x\",}", "invalid JSON");
    refused("{\"id\":\"a\",\"text\":\"x\"} x", "invalid JSON");
    refused("{\"id\":\"a\",\"text\":\"x\",\"n\":nul}", "invalid JSON");
}

int test_input_run(void)
{
    const struct CMUnitTest t[] = {
        cmocka_unit_test(test_good_record),
        cmocka_unit_test(test_bad_records),
        cmocka_unit_test(test_record_checked_whole),
        cmocka_unit_test(test_flat_records_read_alike),
    };
    return cmocka_run_group_tests_name("input", t, NULL, NULL);
}
