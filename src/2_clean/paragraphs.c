/* paragraphs.c -- stage 2, lines: cuts clean text into paragraphs, leaving
 * out what boiler.c finds is not the story (marker lines and the link
 * blocks they open, credits, runs of headlines after the story has begun)
 * and paragraphs that repeat an earlier one. */
#include "clean.h"

#include <xxhash.h>

#include "2_clean/boiler.h"
#include "lib/hashset.h"

/* Lines that read as headlines wait here until the next paragraph of prose
 * (or the end) says whether they were a list of links. */
#define PARAS_PENDING 16

typedef struct {
    stats_t *st;
    hashset_t *seen;
    span_t **paras;
    size_t *cap, np;
    span_t pending[PARAS_PENDING];
    size_t npending, dropped;   /* lines waiting; lines of the run already dropped */
    int story_begun;            /* a paragraph of prose has been kept */
} paras_t;

/* The length of a live report's time stamp that opens paragraph s (n
 * bytes): "[09:34] ", "17:40 - ", "(10.15) " with the spaces, dashes and
 * colons after it; 0 when there is none. Only a digit may open one. */
static size_t paras_stamp(const char *s, size_t n)
{
    size_t k = s[0] == '[' || s[0] == '(';
    if (!k && (s[0] < '0' || s[0] > '9')) return 0;
    size_t d = 0;
    while (k + d < n && d < 3 && s[k + d] >= '0' && s[k + d] <= '9') d++;
    if (d < 1 || d > 2 || k + d + 3 > n || (s[k + d] != ':' && s[k + d] != '.') ||
        s[k + d + 1] < '0' || s[k + d + 1] > '9' || s[k + d + 2] < '0' || s[k + d + 2] > '9')
        return 0;
    k += d + 3;
    if (k < n && (s[k] == ']' || s[k] == ')')) k++;
    size_t e = k;
    for (;;) {
        if (e < n && (s[e] == ' ' || s[e] == '-' || s[e] == ':')) e++;
        else if (e + 2 < n && (unsigned char)s[e] == 0xE2 && (unsigned char)s[e + 1] == 0x80 &&
                 ((unsigned char)s[e + 2] == 0x93 || (unsigned char)s[e + 2] == 0x94))
            e += 3;   /* an en or em dash */
        else break;
    }
    return e > k && e < n ? e : 0;
}

/* Keeps the paragraph unless it repeats one kept before, a live report's
 * time stamp aside ("[08:14] Hello and welcome to our live coverage after
 * ..." again at "[09:34]"). */
static void paras_keep(paras_t *p, const char *s, size_t n)
{
    size_t t = n ? paras_stamp(s, n) : 0;
    if (hashset_add(p->seen, XXH3_64bits(s + t, n - t))) {
        p->st->repeated_paragraphs++;
        return;
    }
    span_t *x = UTIL_PUSH(*p->paras, p->np, *p->cap);
    x->s = s;
    x->n = n;
}

/* The waiting headline lines: before the story begins they are its title
 * (and standfirst), kept without the outlet's name; after it, two or more
 * in a row are a list of links, and a single one is a subheading, unless
 * it names an outlet ("... - Reuters"). */
static void paras_flush(paras_t *p)
{
    size_t run = p->npending + p->dropped;
    for (size_t k = 0; k < p->npending; k++) {
        span_t h = p->pending[k];
        size_t cut = boiler_cut_site(h.s, h.n);
        if (!p->story_begun) {
            if (cut < h.n) p->st->boilerplate_lines++;
            paras_keep(p, h.s, cut);
        } else if (run >= 2) {
            p->st->headline_lines++;
        } else if (cut < h.n) {
            p->st->boilerplate_lines++;
        } else {
            paras_keep(p, h.s, h.n);
        }
    }
    p->npending = p->dropped = 0;
}

size_t clean_paragraphs(const char *text, size_t n, stats_t *st,
                        span_t **paras, size_t *cap, hashset_t *seen)
{
    hashset_t own = {0};
    paras_t p = {.st = st, .seen = seen ? seen : &own, .paras = paras, .cap = cap};
    hashset_clear(p.seen);
    int in_block = 0;
    size_t i = 0;
    while (i < n) {
        const char *nl = memchr(text + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - text) : n;
        const char *s = text + i;
        size_t len = e - i;
        i = e + 1;
        if (len == 0) continue;
        if (in_block) {
            if (boiler_is_link_line(s, len)) {
                st->boilerplate_lines++;
                continue;
            }
            in_block = 0;
        }
        size_t cut = boiler_cut_tail(s, len);   /* "... on Tuesday. READ MORE" */
        if (cut < len) st->boilerplate_lines++;
        len = cut;
        boiler_class_t cls = boiler_classify(s, len);
        if (cls == BOILER_SHORT)   /* the first line is the title ("Border news") */
            cls = (p.np || p.npending) ? BOILER_LINE : BOILER_HEAD;
        switch (cls) {
        case BOILER_BLOCK:
            in_block = 1;
            /* fall through */
        case BOILER_LINE: case BOILER_SHORT:
            st->boilerplate_lines++;
            break;
        case BOILER_CREDIT:
            st->credit_lines++;
            break;
        case BOILER_HEAD:
            if (p.npending < PARAS_PENDING) {
                p.pending[p.npending++] = (span_t){s, len};
            } else {   /* a long run: a list, whatever comes next */
                p.dropped++;
                st->headline_lines++;
            }
            break;
        case BOILER_PROSE: {
            paras_flush(&p);
            paras_keep(&p, s, len);
            p.story_begun = 1;
            break;
        }
        }
    }
    paras_flush(&p);
    hashset_free(&own);
    return p.np;
}

int clean_is_boilerplate(const char *s, size_t n)
{
    switch (boiler_classify(s, n)) {
    case BOILER_BLOCK: return 2;
    case BOILER_LINE: case BOILER_SHORT: case BOILER_CREDIT: return 1;
    default: return 0;
    }
}
