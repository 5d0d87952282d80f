/* test_sentence.c -- stage 3a: sentence boundaries. */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "3_sentences/sentence.h"
#include <stdlib.h>

#include "test_main.h"

static size_t split(const char *text, span_t **out)
{
    size_t n = 0, cap = 0;
    span_t p = {text, strlen(text)};
    *out = NULL;
    sentence_split(p, out, &n, &cap);
    return n;
}

static void test_abbreviations(void **state)
{
    (void)state;
    span_t *s;
    size_t n = split("Mr. Smith met Gen. Lee in Jan. 2020 at No. 10. Dr. Wu left. "
                     "George W. Bush spoke.", &s);
    assert_int_equal(n, 3);
    assert_int_equal(s[0].n, strlen("Mr. Smith met Gen. Lee in Jan. 2020 at No. 10."));
    assert_memory_equal(s[1].s, "Dr. Wu left.", s[1].n);
    assert_memory_equal(s[2].s, "George W. Bush spoke.", s[2].n);
    free(s);
}

/* The abbreviation list by its table: every entry in any case, an
 * initial, anything dotted; not a longer or shorter word, nor one past
 * what a key holds. */
static void test_is_abbrev(void **state)
{
    (void)state;
    static const char *const yes[] = {"Mr", "MRS", "gen", "Gov't", "approx", "Messrs", "Sept",
                                      "p", "pp", "W", "U.S", "e.g", "abcdefgh.i", NULL};
    static const char *const no[] = {"Mrx", "sep1", "approxi", "messrss", "Smith", "",
                                     "g0v't", "apprx", "abcdefghij", "1", NULL};
    for (size_t k = 0; yes[k]; k++) assert_true(sentence_is_abbrev(yes[k], strlen(yes[k])));
    for (size_t k = 0; no[k]; k++) assert_false(sentence_is_abbrev(no[k], strlen(no[k])));
    assert_true(sentence_is_abbrev("Jr. Smith", 2));   /* its length, not its NUL */
    assert_false(sentence_is_abbrev("Jrs", 3));
}

static void test_us_and_quotes(void **state)
{
    (void)state;
    span_t *s;
    size_t n = split("Talks with the U.S. The meeting ended. He said \"no.\" Then he left! "
                     "The U.S. Navy sailed", &s);
    assert_int_equal(n, 5);
    assert_memory_equal(s[0].s, "Talks with the U.S.", s[0].n);
    assert_memory_equal(s[2].s, "He said \"no.\"", s[2].n);
    assert_memory_equal(s[4].s, "The U.S. Navy sailed", s[4].n);
    free(s);
}

static void test_lowercase_continuation(void **state)
{
    (void)state;
    span_t *s;
    size_t n = split("It rose 3.5 percent. e.g. not a break", &s);
    assert_int_equal(n, 1);
    free(s);
}

static void test_glued_paragraphs(void **state)
{
    (void)state;
    span_t *s;
    size_t n = split("with the countries involved.\"The NATO alliance agreed. It met on "
                     "Tuesday.Officials left. Talks with the U.S.The end. See e.g.The list. "
                     "Mr.Smith spoke. The site rnz.co.nz and Stuff.co.nz.", &s);
    assert_int_equal(n, 8);
    assert_memory_equal(s[0].s, "with the countries involved.\"", s[0].n);
    assert_memory_equal(s[1].s, "The NATO alliance agreed.", s[1].n);
    assert_memory_equal(s[2].s, "It met on Tuesday.", s[2].n);
    assert_memory_equal(s[3].s, "Officials left.", s[3].n);
    assert_memory_equal(s[4].s, "Talks with the U.S.The end.", s[4].n);   /* not glued */
    assert_memory_equal(s[5].s, "See e.g.The list.", s[5].n);
    assert_memory_equal(s[6].s, "Mr.Smith spoke.", s[6].n);
    assert_memory_equal(s[7].s, "The site rnz.co.nz and Stuff.co.nz.", s[7].n);
    free(s);
}

static void test_repeat_key(void **state)
{
    (void)state;
    const char *a = "China \"welcomed\" the deal, officials said.";
    assert_true(sentence_key(a, strlen(a)) ==
                sentence_key("China 'welcomed' the deal , officials said",
                             strlen("China 'welcomed' the deal , officials said")));
    assert_true(sentence_key(a, strlen(a)) ==
                sentence_key("CHINA WELCOMED THE DEAL, OFFICIALS SAID.",
                             strlen("CHINA WELCOMED THE DEAL, OFFICIALS SAID.")));
    assert_true(sentence_key(a, strlen(a)) !=
                sentence_key("China welcomed the deals, officials said.",
                             strlen("China welcomed the deals, officials said.")));
    assert_true(sentence_key("Cote d'Ivoire", 13) != sentence_key("Cot\xC3\xA9 d'Ivoire", 14));
}

/* A long paragraph (its letters are hashed in blocks of 256) repeated with
 * other spaces, marks and case has the same key; one letter changed after
 * the first block, another. */
static void test_repeat_key_long(void **state)
{
    (void)state;
    char a[4096], b[8192];
    size_t na = 0, nb = 0;
    for (int w = 0; w < 300; w++) {   /* "word0 word1 ... word299" */
        na += (size_t)snprintf(a + na, sizeof a - na, "Word%d ", w);
        nb += (size_t)snprintf(b + nb, sizeof b - nb, w % 7 ? "WORD%d,  " : "\"word%d\" ", w);
    }
    assert_true(sentence_key(a, na) == sentence_key(b, nb));
    assert_true(sentence_key(a, na) != sentence_key(a, na - 2));
    a[900] = a[900] == 'd' ? 'e' : 'd';
    assert_true(sentence_key(a, na) != sentence_key(b, nb));
}

/* The key packed 16 bytes at a time (pext, on a CPU with BMI2) is the key
 * gathered a byte at a time, on random texts of every length from 0 to
 * 700 (blocks of 256 letters cut anywhere) with letters, digits, spaces,
 * marks and UTF-8 bytes. */
static void test_repeat_key_packed(void **state)
{
    (void)state;
    static const char pool[] = "aZq09 .,'\"-\x80\xC3\xA9\xFF@[`{/:\x01mMzA";
    char s[720];
    uint32_t r = 12345;
    for (int round = 0; round < 3000; round++) {
        size_t n = (size_t)(round % 701);
        for (size_t i = 0; i < n; i++) {
            r = r * 1103515245u + 12345u;
            s[i] = pool[(r >> 16) % (sizeof pool - 1)];
        }
        assert_true(sentence_key(s, n) == sentence_key_bytewise(s, n));
    }
}

int test_sentence_run(void)
{
    const struct CMUnitTest t[] = {
        cmocka_unit_test(test_abbreviations),
        cmocka_unit_test(test_is_abbrev),
        cmocka_unit_test(test_us_and_quotes),
        cmocka_unit_test(test_lowercase_continuation),
        cmocka_unit_test(test_glued_paragraphs),
        cmocka_unit_test(test_repeat_key),
        cmocka_unit_test(test_repeat_key_long),
        cmocka_unit_test(test_repeat_key_packed),
    };
    return cmocka_run_group_tests_name("sentence", t, NULL, NULL);
}
