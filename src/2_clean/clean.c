/* clean.c -- character repair and normalization, the first pass of stage 2:
 * literal escapes decoded here, HTML references and tags left in the text
 * decoded and dropped with markup.c (the lines are judged afterwards, in
 * boiler.c and paragraphs.c). The ASCII path is a plain byte loop; only
 * text with non-ASCII characters goes through utf8proc. */
#include "clean.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "2_clean/markup.h"

/* Maps one code point to its plain form. Returns the number of bytes
 * written to out (0 = drop the character), and bumps the counters. */
static int clean_map_char(int32_t c, char out[8], stats_t *st)
{
    switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
    case 0x0060: case 0x00B4:
        st->chars_normalized++;
        out[0] = '\'';
        return 1;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB:
    case 0x00BB: case 0x2033:
        st->chars_normalized++;
        out[0] = '"';
        return 1;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
        st->chars_normalized++;
        out[0] = '-';
        return 1;
    case 0x00A0: case 0x202F: case 0x205F: case 0x3000: case 0x1680:
        st->chars_normalized++;
        out[0] = ' ';
        return 1;
    case 0x2026:
        st->chars_normalized++;
        memcpy(out, "...", 3);
        return 3;
    case 0x2028: case 0x2029: case 0x0085:
        out[0] = '\n';
        return 1;
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
    case 0x00AD:
        st->control_removed++;
        return 0;
    default:
        break;
    }
    if (c >= 0x2000 && c <= 0x200A) {
        st->chars_normalized++;
        out[0] = ' ';
        return 1;
    }
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
        if (c == '\n' || c == '\r') {
            out[0] = '\n';
            return 1;
        }
        if (c == '\t' || c == '\f' || c == '\v') {
            out[0] = ' ';
            return 1;
        }
        st->control_removed++;
        return 0;
    }
    return (int)utf8proc_encode_char(c, (utf8proc_uint8_t *)out);
}

/* Literal escape at s[0] ('\\' followed by one of n t r " ' /)? Returns
 * the replacement character or 0. */
static char clean_escape(const char *s, size_t n)
{
    if (n < 2) return 0;
    switch (s[1]) {
    case 'n': case 'r': return '\n';
    case 't': return ' ';
    case '"': return '"';
    case '\'': return '\'';
    case '/': return '/';
    default: return 0;
    }
}

/* The four hex digits of a "\\uXXXX" escape at s[0], or -1. */
static int32_t clean_hex4(const char *s, size_t n)
{
    if (n < 6 || s[0] != '\\' || s[1] != 'u') return -1;
    int32_t v = 0;
    for (size_t i = 2; i < 6; i++) {
        unsigned char c = (unsigned char)s[i];
        int d = (c >= '0' && c <= '9') ? c - '0'
              : ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') ? (c | 0x20) - 'a' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

/* A JSON escape left in the text ("\\u2019", a surrogate pair
 * "\\ud83d\\ude00") at s[0]: sets *cp (U+FFFD for a lone surrogate) and
 * returns its length, or 0. */
static size_t clean_escape_u(const char *s, size_t n, int32_t *cp)
{
    int32_t hi = clean_hex4(s, n);
    if (hi < 0 || hi == 0) return 0;
    if (hi >= 0xD800 && hi <= 0xDBFF) {
        int32_t lo = clean_hex4(s + 6, n - 6);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
            *cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
            return 12;
        }
    }
    *cp = (hi >= 0xD800 && hi <= 0xDFFF) ? 0xFFFD : hi;
    return 6;
}

/* Can NFC change text holding c? Only combining marks, Hangul jamo and
 * characters whose canonical decomposition is excluded from composition
 * (singletons such as U+212B ANGSTROM SIGN); precomposed letters are NFC
 * already. Skipping utf8proc_map for all other text keeps cleaning fast. */
static int clean_needs_nfc(int32_t c)
{
    if (c >= 0x1100 && c <= 0x11FF) return 1;
    utf8proc_category_t cat = utf8proc_category(c);
    if (cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC ||
        cat == UTF8PROC_CATEGORY_ME)
        return 1;
    const utf8proc_property_t *p = utf8proc_get_property(c);
    return p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0 && p->comp_exclusion;
}

/* Are the 8 bytes of v all plain ASCII that pass 1 copies as they are
 * (0x20..0x7E, neither a backslash nor a backquote, nor the '&' and '<'
 * that may open HTML)? */
static inline int clean_plain8(uint64_t v)
{
    uint64_t below = ~((v & UTIL_LOW7) + UTIL_ONES * 0x60) & UTIL_HIGHS;   /* < 0x20 */
    return !((v & UTIL_HIGHS) | below | util_eq8(v, 0x7F) | util_eq8(v, '\\') |
             util_eq8(v, '`') | util_eq8(v, '&') | util_eq8(v, '<'));
}

/* How many bytes at the start of s[0..n) are plain (as clean_plain8 says):
 * 16 a step with SSE2 (every x86-64 has it), then 8, then one by one. */
static inline size_t clean_plain_run(const char *s, size_t n)
{
    size_t i = 0;
#ifdef __SSE2__
    const __m128i ctl = _mm_set1_epi8(0x1f), del = _mm_set1_epi8(0x7f);
    const __m128i bs = _mm_set1_epi8('\\'), bq = _mm_set1_epi8('`');
    const __m128i amp = _mm_set1_epi8('&'), lt = _mm_set1_epi8('<');
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i bad = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, ctl), v),   /* <= 0x1f */
                                   _mm_cmpeq_epi8(v, del));
        bad = _mm_or_si128(bad, _mm_or_si128(_mm_cmpeq_epi8(v, bs), _mm_cmpeq_epi8(v, bq)));
        bad = _mm_or_si128(bad, _mm_or_si128(_mm_cmpeq_epi8(v, amp), _mm_cmpeq_epi8(v, lt)));
        unsigned m = (unsigned)(_mm_movemask_epi8(bad) | _mm_movemask_epi8(v));   /* >= 0x80 */
        if (m) return i + (size_t)__builtin_ctz(m);
    }
#endif
    uint64_t v;
    while (i + 8 <= n && (memcpy(&v, s + i, 8), clean_plain8(v))) i += 8;
    while (i < n && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F && s[i] != '\\' &&
           s[i] != '`' && s[i] != '&' && s[i] != '<')
        i++;
    return i;
}

/* A literal escape, an HTML character reference or an HTML tag at s[0]
 * ('\\', '&' or '<'): writes what it stands for to out (nothing for a tag,
 * a line break for one that breaks a line), counts it and returns its
 * length; 0 when there is none there. Sets *nfc when the character written
 * may need NFC. */
static size_t clean_markup(const char *s, size_t n, stats_t *st, sbuf_t *out, int *nfc)
{
    int32_t cp = 0;
    size_t k;
    if (s[0] == '\\') {
        char e = clean_escape(s, n);
        if (e) {
            st->escapes_decoded++;
            sbuf_addc(out, e);
            return 2;
        }
        if (!(k = clean_escape_u(s, n, &cp))) return 0;
        st->escapes_decoded++;
    } else if (s[0] == '&') {
        if (!(k = markup_entity(s, n, &cp))) return 0;
        st->entities_decoded++;
    } else {
        int brk;
        if (!(k = markup_tag(s, n, &brk))) return 0;
        st->tags_removed++;
        if (brk) sbuf_addc(out, '\n');
        return k;
    }
    char buf[8];
    int m = clean_map_char(cp, buf, st);
    if (m > 1 && (unsigned char)buf[0] >= 0x80 && clean_needs_nfc(cp)) *nfc = 1;
    sbuf_add(out, buf, (size_t)m);
    return k;
}

/* Pass 1: repair, decode escapes, map characters. Returns 1 when the output
 * needs NFC normalization. */
static int clean_chars(const char *in, size_t n, stats_t *st, sbuf_t *out)
{
    int nonascii = 0;
    size_t i = 0;
    while (i < n) {
        unsigned char b = (unsigned char)in[i];
        char buf[8];
        if (b < 0x80) {
            if (b == '\\' || b == '&' || b == '<') {
                size_t k = clean_markup(in + i, n - i, st, out, &nonascii);
                if (k) {
                    i += k;
                    continue;
                }
            }
            if (b >= 0x20 && b != 0x7F && b != '`') {
                /* fast path: copy the run of plain ASCII */
                size_t j = i + 1 + clean_plain_run(in + i + 1, n - i - 1);
                sbuf_add(out, in + i, j - i);
                i = j;
                continue;
            }
            if (b == '\r' && i + 1 < n && in[i + 1] == '\n') {
                i++;
                continue;
            }
            int k = clean_map_char(b, buf, st);
            sbuf_add(out, buf, (size_t)k);
            i++;
            continue;
        }
        utf8proc_int32_t c;
        utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)in + i,
                                                (utf8proc_ssize_t)(n - i), &c);
        if (len <= 0) {
            st->utf8_repaired++;
            sbuf_add(out, "\xEF\xBF\xBD", 3);
            i++;
            continue;
        }
        int k = clean_map_char(c, buf, st);
        if (k > 1 && (unsigned char)buf[0] >= 0x80 && clean_needs_nfc(c)) nonascii = 1;
        sbuf_add(out, buf, (size_t)k);
        i += (size_t)len;
    }
    return nonascii;
}

/* Pass 2: collapse spaces, trim lines, drop empty lines. The output is
 * never longer than the input: it is written in place of room reserved
 * once. */
static void clean_spaces(const char *in, size_t n, sbuf_t *out)
{
    util_grow((void **)&out->s, &out->cap, out->len + n + 1, 1);
    char *o = out->s + out->len, *o0 = o;
    int pending_space = 0, line_has_text = 0;
    for (size_t i = 0; i < n; i++) {
#ifdef __SSE2__
        /* 16 bytes at a time: they are stored whole (the room reserved is
         * the input's size, and no more is written than read), and kept up
         * to the first line break or space that the byte loop must see */
        while (line_has_text && !pending_space && i + 16 <= n) {
            __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(in + i));
            unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(w, _mm_set1_epi8(' ')));
            unsigned nl = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(w, _mm_set1_epi8('\n')));
            /* a space is kept as it is only before a byte that is neither
             * a space nor a line break */
            unsigned stop = nl | (sp & ((sp | nl) >> 1)) | (sp & 0x8000u);
            _mm_storeu_si128((__m128i *)(void *)o, w);
            size_t k = stop ? (size_t)__builtin_ctz(stop) : 16;
            o += k;
            i += k;
            if (stop) break;
        }
#endif
        uint64_t v;
        while (line_has_text && !pending_space && i + 8 <= n) {
            /* inside a line: 8 bytes with no line break, no two spaces in a
             * row and no space last are copied as they are */
            memcpy(&v, in + i, 8);
            uint64_t sp = util_eq8(v, ' ');   /* byte k of the text is byte k of v */
            if (util_eq8(v, '\n') || (sp & (sp >> 8)) || (sp >> 63)) break;
            memcpy(o, in + i, 8);
            o += 8;
            i += 8;
        }
        if (i >= n) break;
        char c = in[i];
        if (c == ' ') {
            if (line_has_text) pending_space = 1;
        } else if (c == '\n') {
            if (line_has_text) *o++ = '\n';
            pending_space = line_has_text = 0;
        } else {
            if (pending_space) *o++ = ' ';
            *o++ = c;
            pending_space = 0;
            line_has_text = 1;
        }
    }
    if (o > o0 && o[-1] == '\n') o--;
    out->len += (size_t)(o - o0);
    out->s[out->len] = '\0';
}

void clean_text(const char *in, size_t n, stats_t *st, sbuf_t *out, sbuf_t *scratch)
{
    sbuf_t own = {0}, *a = scratch ? scratch : &own;
    sbuf_clear(a);
    int nonascii = clean_chars(in, n, st, a);
    if (a->len) st->lines_unwrapped += clean_unwrap(a->s, a->len);
    if (nonascii && a->len) {
        utf8proc_uint8_t *nfc = NULL;
        utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)a->s,
                                          (utf8proc_ssize_t)a->len, &nfc,
                                          UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (r >= 0) {
            clean_spaces((const char *)nfc, (size_t)r, out);
            free(nfc);
            sbuf_free(&own);
            return;
        }
        free(nfc);
    }
    clean_spaces(a->s ? a->s : "", a->len, out);
    sbuf_free(&own);
}
