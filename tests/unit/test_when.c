/* test_when.c -- event dates: relative expressions across month and year
 * boundaries, precision, and stories without a date. */
#include <stdlib.h>
#include <string.h>

#include "3_sentences/words.h"
#include "6_events/when.h"
#include "test_main.h"

/* Resolves the expression in text against story date d; returns the
 * formatted date with its precision ("2022-02-28/day"), or "" for none. */
static const char *when(const char *text, int32_t d)
{
    static char buf[32];
    tokens_t tk = {0};
    vocab_t v;
    vocab_init(&v);
    words_tag_vocab(&v);
    token_split(text, strlen(text), &tk, 0);
    token_assign_ids(&tk, &v, 0);
    words_classify(&tk, &v);
    when_t w;
    buf[0] = '\0';
    if (when_resolve(&tk, 0, (uint32_t)tk.n, d, &w)) {
        char f[11];
        when_format(&w, f);
        snprintf(buf, sizeof buf, "%s/%s", f, when_precision_name(w.precision));
    }
    token_free(&tk);
    vocab_free(&v);
    return buf;
}

static void test_days(void **state)
{
    (void)state;
    assert_string_equal(when("China protested yesterday.", 20220301), "2022-02-28/day");
    assert_string_equal(when("China protested yesterday.", 20240301), "2024-02-29/day");
    assert_string_equal(when("It happened yesterday.", 20230101), "2022-12-31/day");
    assert_string_equal(when("They met last night.", 20220101), "2021-12-31/day");
    assert_string_equal(when("They met this morning.", 20220101), "2022-01-01/day");
    /* 2022-04-15 was a Friday: Thursday is the day before, Friday today */
    assert_string_equal(when("They met on Thursday.", 20220415), "2022-04-14/day");
    assert_string_equal(when("They met on Friday.", 20220415), "2022-04-15/day");
    assert_string_equal(when("They met on Saturday.", 20220415), "2022-04-09/day");
    assert_string_equal(when("Talks on March 12, 2021 failed.", 20230101), "2021-03-12/day");
    assert_string_equal(when("Talks on 12 March failed.", 20230101), "2022-03-12/day");
}

static void test_months_years(void **state)
{
    (void)state;
    assert_string_equal(when("They met in March.", 20220415), "2022-03/month");
    assert_string_equal(when("They met in December.", 20220103), "2021-12/month");
    assert_string_equal(when("They met last October.", 20221115), "2022-10/month");
    assert_string_equal(when("They met last October.", 20221015), "2021-10/month");
    assert_string_equal(when("They met last week.", 20220103), "2021-12/month");
    assert_string_equal(when("He visits next month.", 20221215), "2023-01/month");
    assert_string_equal(when("They met in mid-2023.", 20240101), "2023/year");
    assert_string_equal(when("They met in 2019.", 20240101), "2019/year");
    assert_string_equal(when("Simmering since 2019, when Fiji left.", 20240101), "2019/year");
    assert_string_equal(when("in the coming months", 20240510), "2024-05/month");
}

static void test_unknown_story_date(void **state)
{
    (void)state;
    assert_string_equal(when("China protested yesterday.", 0), "");
    assert_string_equal(when("They met in March.", 0), "");
    assert_string_equal(when("They met in 2019.", 0), "2019/year");
    assert_string_equal(when("Talks on March 12, 2021 failed.", 0), "2021-03-12/day");
    assert_string_equal(when("China and Japan met.", 20220101), "");
}

/* The word classes of a sentence as a whole (tokens_t.wcs): a class no
 * token has is told absent; any class once tokens were dropped since */
static void test_sentence_classes(void **state)
{
    (void)state;
    vocab_t v;
    vocab_init(&v);
    words_tag_vocab(&v);
    tokens_t tk = {0};
    const char *said = "Japan said on Monday it would not attend.";
    token_split(said, strlen(said), &tk, 0);
    token_assign_ids(&tk, &v, 0);
    assert_true(words_may_have(&tk, WC_SPEECH));   /* not classified yet */
    words_classify(&tk, &v);
    assert_true(words_may_have(&tk, WC_SPEECH));
    assert_true(words_may_have(&tk, WC_TIME | WC_VERDICT));
    assert_false(words_may_have(&tk, WC_VERDICT | WC_EVAL));
    tk.n--;   /* a token dropped (commas_cut): no longer told */
    assert_true(words_may_have(&tk, WC_VERDICT));
    const char *plain = "China and Japan met.";
    token_split(plain, strlen(plain), &tk, 0);
    token_assign_ids(&tk, &v, 0);
    words_classify(&tk, &v);
    assert_false(words_may_have(&tk, WC_SPEECH | WC_VERDICT));
    token_split(said, strlen(said), &tk, 0);   /* split again: not classified */
    assert_true(words_may_have(&tk, WC_SPEECH));
    token_free(&tk);
    vocab_free(&v);
}

int test_when_run(void)
{
    const struct CMUnitTest t[] = {
        cmocka_unit_test(test_days),
        cmocka_unit_test(test_months_years),
        cmocka_unit_test(test_unknown_story_date),
        cmocka_unit_test(test_sentence_classes),
    };
    return cmocka_run_group_tests_name("when", t, NULL, NULL);
}
