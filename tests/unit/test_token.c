/* test_token.c -- stage 3b: tokens. */
#include <string.h>

#include "3_sentences/token.h"
#include <stdlib.h>

#include "test_main.h"

static void assert_tokens(const char *text, const char *const *want, size_t n)
{
    tokens_t tk = {0};
    token_split(text, strlen(text), &tk, 0);
    assert_int_equal(tk.n, n);
    for (size_t i = 0; i < n; i++) assert_string_equal(token_folded(&tk, i), want[i]);
    token_free(&tk);
}

static void test_words_and_punct(void **state)
{
    (void)state;
    const char *const w[] = {"new", "zealand", "'s", "co-operation", "with", "the", "u.s.",
                             ",", "o'brien", "did", "n't", "go", "."};
    assert_tokens("New Zealand's co-operation with the U.S., O'Brien didn't go.", w, 13);
}

static void test_dangling_hyphen(void **state)
{
    (void)state;
    /* a prefix left hanging keeps its hyphen; a dash between words does not */
    const char *const w[] = {"an", "anti-", "gondor", "march", "-", "and", "pro-"};
    assert_tokens("an anti- Gondor march - and pro-", w, 7);
}

static void test_numbers_and_plural_possessive(void **state)
{
    (void)state;
    const char *const w[] = {"1,000", "troops", "'", "3.5", "%", "\"", "islands", "'", "\""};
    assert_tokens("1,000 troops' 3.5% \"Islands'\"", w, 9);
}

static void test_unicode_fold_and_flags(void **state)
{
    (void)state;
    tokens_t tk = {0};
    const char *t = "\xC3\x89MILE T\xC3\xBCrkiye said";
    token_split(t, strlen(t), &tk, 0);
    assert_int_equal(tk.n, 3);
    assert_string_equal(token_folded(&tk, 0), "\xC3\xA9mile");
    assert_string_equal(token_folded(&tk, 1), "t\xC3\xBCrkiye");
    assert_true(tk.t[1].flags & TOK_CAP);
    assert_false(tk.t[2].flags & TOK_CAP);
    token_free(&tk);
}

static void test_limit(void **state)
{
    (void)state;
    tokens_t tk = {0};
    assert_int_equal(token_split("a b c d e", 9, &tk, 3), 1);
    assert_int_equal(tk.n, 3);
    assert_int_equal(token_split("a b c", 5, &tk, 3), 0);
    token_free(&tk);
}

int test_token_run(void)
{
    const struct CMUnitTest t[] = {
        cmocka_unit_test(test_words_and_punct),
        cmocka_unit_test(test_dangling_hyphen),
        cmocka_unit_test(test_numbers_and_plural_possessive),
        cmocka_unit_test(test_unicode_fold_and_flags),
        cmocka_unit_test(test_limit),
    };
    return cmocka_run_group_tests_name("token", t, NULL, NULL);
}
