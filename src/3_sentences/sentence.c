/* sentence.c -- sentence boundaries inside a paragraph. */
#include "sentence.h"

#include <ctype.h>
#include <string.h>

#include "lib/util.h"

static const char *const sentence_abbrevs[] = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "adm", "gov", "sen", "rep", "rev", "st", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "inc",
    "ltd", "co", "corp", "jr", "sr", "mt", "ft", "brig", "maj", "cpl", "pvt",
    "hon", "pres", "dept", "approx", "fig", "gov't", "messrs", "mme", "mlle",
    "insp", "supt", "det", "cdr", "ret", "op", "art", "vol", "p", "pp",
};

/* Words after which a dotted abbreviation such as "U.S." does end the
 * sentence after all ("... the U.S. The talks ..."). */
static const char *const sentence_starters[] = {
    "the", "he", "she", "it", "they", "we", "this", "that", "in", "but",
    "a", "an", "its", "his", "her", "their", "i", "there", "on", "at",
};

/* Is s[0..n) (n > 0) one of the n_list lower-case words of list, in any
 * case? The first letter is compared before the whole word. */
static int sentence_listed(const char *const *list, size_t n_list, const char *s, size_t n)
{
    char c0 = (char)tolower((unsigned char)s[0]);
    for (size_t k = 0; k < n_list; k++)
        if (list[k][0] == c0 && util_ieq(s, n, list[k])) return 1;
    return 0;
}
#define SENTENCE_LISTED(list, s, n) sentence_listed(list, sizeof list / sizeof *list, s, n)

int sentence_is_abbrev(const char *s, size_t n)
{
    if (n == 1 && isalpha((unsigned char)s[0])) return 1;   /* initial */
    if (memchr(s, '.', n)) return 1;                        /* U.S, e.g */
    if (n == 0) return 0;
    return SENTENCE_LISTED(sentence_abbrevs, s, n);
}

static int sentence_next_is_starter(const char *s, size_t n)
{
    size_t w = 0;
    while (w < n && isalpha((unsigned char)s[w])) w++;
    return w && SENTENCE_LISTED(sentence_starters, s, w);
}

static void sentence_push(const char *s, size_t n, span_t **out, size_t *cnt,
                          size_t *cap)
{
    while (n && s[0] == ' ') s++, n--;
    while (n && s[n - 1] == ' ') n--;
    if (!n) return;
    span_t *x = UTIL_PUSH(*out, *cnt, *cap);
    x->s = s;
    x->n = n;
}

size_t sentence_split(span_t p, span_t **out, size_t *cnt, size_t *cap)
{
    size_t before = *cnt, start = 0;
    const char *s = p.s;
    size_t n = p.n;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c != '.' && c != '!' && c != '?') continue;
        size_t j = i + 1;
        while (j < n && (s[j] == '.' || s[j] == '!' || s[j] == '?')) j++;
        while (j < n && (s[j] == '"' || s[j] == '\'' || s[j] == ')')) j++;
        if (j >= n) break;
        if (s[j] != ' ') continue;
        size_t k = j + 1;
        if (k >= n) break;
        unsigned char nc = (unsigned char)s[k];
        if (!(isupper(nc) || isdigit(nc) || nc == '"' || nc == '\'' || nc == '(' ||
              nc >= 0x80))
            continue;
        if (c == '.' && j == i + 1) {
            /* the word that the period closes */
            size_t w = i;
            while (w > start && s[w - 1] != ' ' && s[w - 1] != '"' && s[w - 1] != '(')
                w--;
            if (sentence_is_abbrev(s + w, i - w)) {
                int dotted = memchr(s + w, '.', i - w) != NULL;
                if (!(dotted && sentence_next_is_starter(s + k, n - k))) continue;
            }
        }
        sentence_push(s + start, j - start, out, cnt, cap);
        start = k;
        i = k - 1;
    }
    if (start < n) sentence_push(s + start, n - start, out, cnt, cap);
    return *cnt - before;
}
