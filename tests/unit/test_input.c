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

int test_input_run(void)
{
    const struct CMUnitTest t[] = {
        cmocka_unit_test(test_good_record),
        cmocka_unit_test(test_bad_records),
    };
    return cmocka_run_group_tests_name("input", t, NULL, NULL);
}
