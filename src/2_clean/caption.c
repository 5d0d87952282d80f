/* caption.c -- stage 2, sentences: tells a photo caption by its wire
 * formula ("... holds a sign in this undated photo.", "FILE - Leaders
 * shake hands ...", "This handout picture released by ... shows ...").
 * Scraped pages glue captions to the prose around them, so the test is on
 * the sentence, not the line: a caption tells what a picture shows, not
 * an event of the day, and codes nothing. */
#include "clean.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "lib/util.h"

static int caption_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int caption_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Does s[i..n) begin with the lower-case text w[0..m), in any case? */
static int caption_prefix_at(const char *s, size_t n, size_t i, const char *w, size_t m)
{
    if (i + m > n) return 0;
    for (size_t k = 0; k < m; k++)
        if (caption_lower((unsigned char)s[i + k]) != (unsigned char)w[k]) return 0;
    return 1;
}

/* Does s[i..n) begin with the lower-case word w, ending there (not
 * "photographer", not "image-conscious")? */
static int caption_word_at(const char *s, size_t n, size_t i, const char *w)
{
    size_t m = strlen(w);
    return caption_prefix_at(s, n, i, w, m) &&
           (i + m == n || (!caption_letter((unsigned char)s[i + m]) && s[i + m] != '-'));
}

/* The word that names a picture, at s[i]? */
static int caption_picture_at(const char *s, size_t n, size_t i)
{
    static const char *const words[] = {"photo", "photos", "photograph", "picture",
                                        "pictures", "image", "images", "screengrab",
                                        "screenshot", "handout", NULL};
    for (size_t k = 0; words[k]; k++)
        if (caption_word_at(s, n, i, words[k])) return 1;
    return 0;
}

/* The start of the next word after the word at s[i] when one space
 * parts them (a comma or a stop ends the phrase: "in this, he said"), or n. */
static size_t caption_next_word(const char *s, size_t n, size_t i)
{
    while (i < n && s[i] != ' ') {
        if (!caption_letter((unsigned char)s[i]) && s[i] != '-') return n;
        i++;
    }
    return i + 1 < n ? i + 1 : n;
}

/* The first "his " of s[from..n), or n: 16 bytes at a time (SSE2), the
 * four bytes compared at each of them by four shifted loads; then 8 at a
 * time, each 'h' found by util_eq8 and the three bytes after it compared
 * (memmem, a call for each, cost about 400 instructions a sentence). */
static size_t caption_his(const char *s, size_t n, size_t from)
{
    size_t i = from;
#ifdef __SSE2__
    for (; i + 19 <= n; i += 16) {
        __m128i h = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i)),
                                   _mm_set1_epi8('h'));
        __m128i is = _mm_and_si128(
            _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i + 1)),
                           _mm_set1_epi8('i')),
            _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i + 2)),
                           _mm_set1_epi8('s')));
        __m128i sp = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i + 3)),
                                    _mm_set1_epi8(' '));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_and_si128(h, is), sp));
        if (m) return i + (size_t)__builtin_ctz(m);
    }
#endif
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, s + i, 8);
        for (uint64_t m = util_eq8(v, 'h'); m; m &= m - 1) {
            size_t p = i + (size_t)__builtin_ctzll(m) / 8;
            if (p + 4 <= n && s[p + 1] == 'i' && s[p + 2] == 's' && s[p + 3] == ' ') return p;
        }
    }
    for (; i + 4 <= n; i++)
        if (s[i] == 'h' && s[i + 1] == 'i' && s[i + 2] == 's' && s[i + 3] == ' ') return i;
    return n;
}

int clean_is_caption(const char *s, size_t n)
{
    /* the AP's "FILE - ..." and "FILE PHOTO: ...", a handout's opening */
#define CAPTION_OPENING(w) {w, sizeof w - 1}   /* with its length */
    static const struct {
        const char *w;
        size_t n;
    } openings[] = {CAPTION_OPENING("file -"),         CAPTION_OPENING("file:"),
                    CAPTION_OPENING("file photo"),     CAPTION_OPENING("this handout"),
                    CAPTION_OPENING("a handout"),      CAPTION_OPENING("handout photo"),
                    CAPTION_OPENING("this photo"),     CAPTION_OPENING("this picture"),
                    CAPTION_OPENING("this image"),     CAPTION_OPENING("this undated"),
                    CAPTION_OPENING("this file photo")};
    int c0 = n ? caption_lower((unsigned char)s[0]) : 0;
    for (size_t k = 0; k < sizeof openings / sizeof *openings; k++)
        if (openings[k].w[0] == c0 && caption_prefix_at(s, n, 0, openings[k].w, openings[k].n))
            return 1;
    /* "in this (undated | file | handout ...) photo": at most three words
     * between "this" and the picture; found from each "his " */
    for (size_t i = caption_his(s, n, 0); i < n; i = caption_his(s, n, i + 4)) {
        if (i < 4 || caption_lower((unsigned char)s[i - 1]) != 't' ||
            !caption_word_at(s, n, i - 4, "in") || (i > 4 && caption_letter((unsigned char)s[i - 5])))
            continue;
        size_t j = i + 4;
        for (int w = 0; w < 4 && j < n; w++, j = caption_next_word(s, n, j))
            if (caption_picture_at(s, n, j)) return 1;
    }
    return 0;
}
