/* markup.c -- HTML left in scraped text: character references decoded to
 * their code points, tags recognised (a known element's name, its
 * attributes, quoted values) so that the cleaner drops them, and the
 * content of <script> and <style> skipped. Text that only looks like markup
 * ("a < b", "AT&T") is left alone. */
#include "markup.h"

#include <string.h>

#include "lib/util.h"

static const struct {
    const char *name;
    int32_t cp;
} markup_names[] = {
    {"amp", 38}, {"lt", 60}, {"gt", 62}, {"quot", 34}, {"apos", 39}, {"nbsp", 160},
    {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"rdquo", 0x201D}, {"ldquo", 0x201C},
    {"sbquo", 0x201A}, {"bdquo", 0x201E}, {"mdash", 0x2014}, {"ndash", 0x2013},
    {"hellip", 0x2026}, {"laquo", 171}, {"raquo", 187}, {"middot", 183},
    {"bull", 0x2022}, {"copy", 169}, {"reg", 174}, {"trade", 0x2122}, {"deg", 176},
    {"euro", 0x20AC}, {"pound", 163}, {"yen", 165}, {"cent", 162}, {"shy", 173},
    {"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009}, {"zwj", 0x200D},
    {"zwnj", 0x200C}, {"times", 215}, {"minus", 0x2212}, {"prime", 0x2032},
    {"eacute", 233}, {"Eacute", 201}, {"egrave", 232}, {"ecirc", 234}, {"euml", 235},
    {"aacute", 225}, {"agrave", 224}, {"acirc", 226}, {"atilde", 227}, {"auml", 228},
    {"aring", 229}, {"aelig", 230}, {"ccedil", 231}, {"iacute", 237}, {"icirc", 238},
    {"iuml", 239}, {"ntilde", 241}, {"oacute", 243}, {"ocirc", 244}, {"otilde", 245},
    {"ouml", 246}, {"oslash", 248}, {"uacute", 250}, {"ucirc", 251}, {"uuml", 252},
    {"szlig", 223}, {"Auml", 196}, {"Ouml", 214}, {"Uuml", 220}, {"Ccedil", 199},
};

static int markup_hex(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c = (unsigned char)(c | 0x20);
    return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}

static int markup_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

size_t markup_entity(const char *s, size_t n, int32_t *cp)
{
    if (n < 4 || s[0] != '&') return 0;
    size_t i = 1;
    if (s[1] == '#') {
        int hex = n > 2 && (s[2] == 'x' || s[2] == 'X');
        int32_t v = 0;
        size_t digits = 0;
        for (i = hex ? 3 : 2; i < n && digits < 8; i++, digits++) {
            int d = hex ? markup_hex((unsigned char)s[i])
                        : (s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : -1);
            if (d < 0) break;
            v = v * (hex ? 16 : 10) + d;
        }
        if (!digits || i >= n || s[i] != ';' || v <= 0 || v > 0x10FFFF ||
            (v >= 0xD800 && v <= 0xDFFF))
            return 0;
        *cp = v;
        return i + 1;
    }
    while (i < n && i < 9 && (markup_letter((unsigned char)s[i]) || (s[i] >= '0' && s[i] <= '9')))
        i++;
    if (i == 1 || i >= n || s[i] != ';') return 0;
    for (size_t k = 0; k < sizeof markup_names / sizeof markup_names[0]; k++)
        if (strlen(markup_names[k].name) == i - 1 && !memcmp(s + 1, markup_names[k].name, i - 1)) {
            *cp = markup_names[k].cp;
            return i + 1;
        }
    return 0;
}

/* Elements whose tags break a line, and those that do not. */
static const char *const markup_blocks[] = {
    "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "blockquote", "figure", "figcaption", "section", "article", "header", "footer",
    "aside", "nav", "hr", "dd", "dt", "dl", "pre", "main", "title", "td", "th", "tbody",
    "thead", "form", "iframe", "video", "audio",
};
static const char *const markup_inlines[] = {
    "a", "span", "strong", "b", "i", "em", "u", "small", "sup", "sub", "img", "time",
    "abbr", "cite", "q", "mark", "font", "label", "button", "picture", "source", "svg",
    "path", "input", "meta", "link", "noscript", "wbr", "s", "del", "ins", "code",
    "script", "style", "embed", "object", "param", "center", "html", "body", "head",
};

/* Is s[0..n) (a tag name) in list, in any case? */
static int markup_listed(const char *const *list, size_t nl, const char *s, size_t n)
{
    for (size_t k = 0; k < nl; k++)
        if (util_ieq(s, n, list[k])) return 1;
    return 0;
}

/* The end of "</name>" at or after s[from], in any case; n when absent. */
static size_t markup_close(const char *s, size_t n, size_t from, const char *name)
{
    size_t m = strlen(name);
    for (size_t i = from; i + m + 3 <= n; i++)
        if (s[i] == '<' && s[i + 1] == '/' && util_ieq(s + i + 2, m, name) && s[i + 2 + m] == '>')
            return i + m + 3;
    return n;
}

size_t markup_tag(const char *s, size_t n, int *brk)
{
    *brk = 0;
    if (n < 3 || s[0] != '<') return 0;
    if (n >= 7 && !memcmp(s, "<!--", 4)) {   /* a comment */
        for (size_t i = 4; i + 3 <= n; i++)
            if (!memcmp(s + i, "-->", 3)) return i + 3;
        return 0;
    }
    size_t i = 1;
    if (s[1] == '!') {   /* <!DOCTYPE html> */
        const char *gt = memchr(s, '>', n < 200 ? n : 200);
        return (gt && markup_letter((unsigned char)s[2])) ? (size_t)(gt - s) + 1 : 0;
    }
    int closing = s[1] == '/';
    i += (size_t)closing;
    size_t name = i;
    while (i < n && (markup_letter((unsigned char)s[i]) || (s[i] >= '0' && s[i] <= '9'))) i++;
    size_t nn = i - name;
    if (!nn || i >= n || !(s[i] == '>' || s[i] == ' ' || s[i] == '/' || s[i] == '\n'))
        return 0;
    int block = markup_listed(markup_blocks, sizeof markup_blocks / sizeof *markup_blocks,
                              s + name, nn);
    if (!block && !markup_listed(markup_inlines, sizeof markup_inlines / sizeof *markup_inlines,
                                 s + name, nn))
        return 0;
    /* the attributes, with quoted values, up to '>' */
    char quote = 0;
    size_t lim = n < 4096 ? n : 4096;
    for (; i < lim; i++) {
        char c = s[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '<') {
            return 0;
        } else if (c == '>') {
            break;
        }
    }
    if (i >= lim) return 0;
    size_t end = i + 1;
    *brk = block;
    if (!closing && (util_ieq(s + name, nn, "script") || util_ieq(s + name, nn, "style")))
        end = markup_close(s, n, end, util_ieq(s + name, nn, "script") ? "script" : "style");
    return end;
}
