/* unwrap.c -- stage 2, lines: joins the lines of hard-wrapped text.
 *
 * Plain-text wire copy and some feeds break lines at a fixed width, inside
 * sentences ("... met with her\ncounterpart in Honiara."). The later stages
 * read one line as one paragraph, so such a sentence would be cut in two
 * and code nothing. A story is taken as wrapped when at least two of its
 * lines end with no closing punctuation and go on, on the very next line,
 * with a lower-case word, or end with a word no sentence or title ends
 * with ("the", "with", "her"): web pages and feeds with a paragraph a line
 * almost never do that, while wrapped prose does it at most breaks. In a
 * wrapped story a line break becomes a space when the line has no closing
 * punctuation and either the break is one of those sure ones or the line
 * is nearly as long as the story's longest (a full line of the wrap, not a
 * short title or the last line of a paragraph), and only in a run of lines
 * that ends a sentence: a list of headlines ("READ MORE" and the links
 * under it) never ends in a full stop, so it is left as it was. A blank
 * line always stays a paragraph break. */
#include "clean.h"

#include <string.h>
#include <strings.h>

/* The first and the last byte of line s[0..n) that is not a space or tab;
 * returns 0 for a blank line. */
static int unwrap_trim(const char *s, size_t n, size_t *first, size_t *last)
{
    size_t a = 0, b = n;
    while (a < b && (s[a] == ' ' || s[a] == '\t')) a++;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t')) b--;
    if (a == b) return 0;
    *first = a;
    *last = b - 1;
    return 1;
}

/* Does a line ending in byte c end a sentence, a quote or a heading
 * that goes no further ('.', '!', '?', ':', ';', a closing quote or
 * bracket)? */
static int unwrap_closes(char c)
{
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' ||
           c == '\'' || c == ')' || c == ']';
}

/* One line of the text: where it starts, its trimmed bounds, and where its
 * '\n' is (n when the line is the last). */
typedef struct {
    size_t start, first, last, nl;
    int blank;
} unwrap_line_t;

/* Reads the line that starts at i. */
static unwrap_line_t unwrap_line_at(const char *s, size_t n, size_t i)
{
    unwrap_line_t l = {.start = i};
    const char *nl = memchr(s + i, '\n', n - i);
    l.nl = nl ? (size_t)(nl - s) : n;
    l.blank = !unwrap_trim(s + i, l.nl - i, &l.first, &l.last);
    return l;
}

/* Does line a end with a word that cannot end a sentence or a title (an
 * article, a preposition, a conjunction, a possessive: "met with her")? */
static int unwrap_open_word(const char *s, const unwrap_line_t *a)
{
#define UNWRAP_WORD(w) {w, sizeof w - 1}   /* with its length: compared first */
    static const struct {
        const char *w;
        size_t n;
    } words[] = {
        UNWRAP_WORD("a"),      UNWRAP_WORD("an"),      UNWRAP_WORD("the"),
        UNWRAP_WORD("of"),     UNWRAP_WORD("to"),      UNWRAP_WORD("in"),
        UNWRAP_WORD("on"),     UNWRAP_WORD("at"),      UNWRAP_WORD("by"),
        UNWRAP_WORD("for"),    UNWRAP_WORD("from"),    UNWRAP_WORD("with"),
        UNWRAP_WORD("and"),    UNWRAP_WORD("or"),      UNWRAP_WORD("but"),
        UNWRAP_WORD("as"),     UNWRAP_WORD("that"),    UNWRAP_WORD("which"),
        UNWRAP_WORD("who"),    UNWRAP_WORD("whose"),   UNWRAP_WORD("its"),
        UNWRAP_WORD("his"),    UNWRAP_WORD("her"),     UNWRAP_WORD("their"),
        UNWRAP_WORD("our"),    UNWRAP_WORD("this"),    UNWRAP_WORD("these"),
        UNWRAP_WORD("those"),  UNWRAP_WORD("than"),    UNWRAP_WORD("into"),
        UNWRAP_WORD("over"),   UNWRAP_WORD("about"),   UNWRAP_WORD("after"),
        UNWRAP_WORD("before"), UNWRAP_WORD("between"), UNWRAP_WORD("against"),
        UNWRAP_WORD("during"), UNWRAP_WORD("while"),   UNWRAP_WORD("is"),
        UNWRAP_WORD("are"),    UNWRAP_WORD("was"),     UNWRAP_WORD("were"),
        UNWRAP_WORD("has"),    UNWRAP_WORD("have"),    UNWRAP_WORD("had"),
        UNWRAP_WORD("been"),   UNWRAP_WORD("will"),    UNWRAP_WORD("would")};
    size_t e = a->start + a->last + 1, b = e;
    while (b > a->start + a->first && s[b - 1] != ' ' && s[b - 1] != '\t') b--;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (e - b == words[k].n && !strncasecmp(s + b, words[k].w, words[k].n)) return 1;
    return 0;
}

/* A break between line a and the next line b that only wrapped prose
 * makes: a has no closing punctuation, and b goes on in lower case or a
 * ends with an open word ("met with her\nChinese counterpart"). */
static int unwrap_sure_break(const char *s, const unwrap_line_t *a, const unwrap_line_t *b)
{
    if (a->blank || b->blank || unwrap_closes(s[a->start + a->last])) return 0;
    unsigned char c = (unsigned char)s[b->start + b->first];
    return (c >= 'a' && c <= 'z') || unwrap_open_word(s, a);
}

/* The chain of lines from the line at i on that a wrap would join: each
 * break after a line with no closing punctuation that is a sure break or
 * follows a line at least 3/4 as long as the longest. Returns the offset
 * just past the chain's last line; *sure counts its sure breaks, *closed
 * says whether its last line ends a sentence (only such a chain is joined:
 * a run of headlines never ends in a full stop). When join is set the
 * breaks of a closed chain become spaces, and *joined counts them. */
static size_t unwrap_chain(char *s, size_t n, size_t i, size_t longest, int join,
                           size_t *sure, int *closed, size_t *joined)
{
    unwrap_line_t a = unwrap_line_at(s, n, i);
    size_t first = i, breaks = 0;
    *sure = 0;
    while (!a.blank && a.nl < n && !unwrap_closes(s[a.start + a.last])) {
        unwrap_line_t b = unwrap_line_at(s, n, a.nl + 1);
        if (b.blank) break;
        int sb = unwrap_sure_break(s, &a, &b);
        if (!sb && 4 * (a.last - a.first + 1) < 3 * longest) break;
        *sure += (size_t)sb;
        breaks++;
        a = b;
    }
    *closed = !a.blank && unwrap_closes(s[a.start + a.last]);
    if (join && *closed && breaks) {
        for (size_t k = first; k < a.start; k++)
            if (s[k] == '\n') s[k] = ' ';
        *joined += breaks;
    }
    return a.nl + 1;
}

size_t clean_unwrap(char *s, size_t n)
{
    if (!memchr(s, '\n', n)) return 0;
    size_t longest = 0;
    for (size_t i = 0; i < n;) {
        unwrap_line_t l = unwrap_line_at(s, n, i);
        if (!l.blank && l.last - l.first + 1 > longest) longest = l.last - l.first + 1;
        i = l.nl + 1;
    }
    /* is the text wrapped: two sure breaks in chains that end a sentence? */
    size_t sure = 0, k, joined = 0;
    int closed;
    for (size_t i = 0; i < n && sure < 2;) {
        i = unwrap_chain(s, n, i, longest, 0, &k, &closed, &joined);
        if (closed) sure += k;
    }
    if (sure < 2) return 0;
    for (size_t i = 0; i < n;) i = unwrap_chain(s, n, i, longest, 1, &k, &closed, &joined);
    return joined;
}
