/* test_token.c -- stage 3b: tokens. */
#include <stdio.h>
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

/* Words of every length around the vocabulary's 8- and 16-byte blocks, and
 * words that share their first 8 or 16 bytes, are found by token_split_ids
 * as by token_split and token_assign_ids, and only when added; at the end
 * of a text and in the middle; among more words than the table first
 * holds (it grows). */
static void test_ids_every_length(void **state)
{
    (void)state;
    vocab_t v;
    vocab_init(&v);
    const char *words[] = {"a", "to", "the", "four", "seven77", "eightchr", "ninechars",
                           "ninechart", "fifteencharsxyz", "sixteencharsxyzw",
                           "seventeencharsxyz", "seventeencharsxyy", "abcdefghijklmnopqrstuvwxyz12",
                           "abcdefghijklmnopqrstuvwxyz13"};
    size_t nw = sizeof words / sizeof *words;
    for (size_t k = 0; k < nw; k++) assert_int_equal(vocab_add(&v, words[k], strlen(words[k])), k + 1);
    char extra[16];
    for (int k = 0; k < 3000; k++) {   /* past the first table's size */
        snprintf(extra, sizeof extra, "w%dx", k);
        vocab_add(&v, extra, strlen(extra));
    }
    const char *text = "The four Ninechars, ninechare SEVENTEENCHARSXYZ seventeencharsxyw "
                       "abcdefghijklmnopqrstuvwxyz12 eightchr eightchx sixteencharsxyzw "
                       "w2999x w3000x fifteencharsxyz to a seven77";
    const uint32_t want[] = {3, 4, 7, 0, 0, 11, 0, 13, 6, 0, 10, 3014, 0, 9, 2, 1, 5};
    tokens_t a = {0}, b = {0};
    token_split(text, strlen(text), &a, 0);
    token_assign_ids(&a, &v, 0);
    token_split_ids(text, strlen(text), &b, 0, &v);
    assert_int_equal(a.n, sizeof want / sizeof *want);
    assert_int_equal(b.n, a.n);
    for (size_t i = 0; i < a.n; i++) {
        assert_int_equal(a.t[i].id, want[i]);
        assert_int_equal(b.t[i].id, want[i]);
        assert_int_equal(vocab_find(&v, token_folded(&a, i), a.t[i].flen), want[i]);
    }
    token_free(&a);
    token_free(&b);
    vocab_free(&v);
}

/* What the tokenizer tells of the sentence as a whole (quotation marks,
 * capitals) is what a pass over its tokens finds; a caller that drops
 * tokens makes it stale. */
static void test_told(void **state)
{
    (void)state;
    tokens_t tk = {0};
    const char *t = "\"We will not,\" she said of the \"deal\".";
    token_split(t, strlen(t), &tk, 0);
    assert_true(token_told(&tk));
    assert_int_equal(tk.nquote, 4);
    assert_int_equal(tk.quote1, 0);
    assert_true(tk.caps & TOK_CAP);
    t = "talks resumed on \"monday";
    token_split(t, strlen(t), &tk, 0);
    assert_int_equal(tk.nquote, 1);
    assert_int_equal(tk.quote1, 3);
    assert_false(tk.caps & TOK_CAP);
    tk.n--;
    assert_false(token_told(&tk));
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
        cmocka_unit_test(test_told),
        cmocka_unit_test(test_ids_every_length),
    };
    return cmocka_run_group_tests_name("token", t, NULL, NULL);
}
