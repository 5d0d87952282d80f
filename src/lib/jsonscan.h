/* jsonscan.h -- the run of bytes a JSON string carries as they are: no
 * control character, '"' or backslash (and, when asked, no byte of a
 * non-ASCII character). Shared by the JSON Lines reader's fast path
 * (jsonrec.c) and the JSON writer (output.c), the two hot scans of text. */
#ifndef ANNALIST_JSONSCAN_H
#define ANNALIST_JSONSCAN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* How many bytes at the start of s[0..n) are plain string bytes: not a
 * control character (< 0x20), '"' nor a backslash, nor >= 0x80 when
 * ascii_only is set. 16 bytes a step with SSE2 (every x86-64 has it), 8
 * with bitwise tests on a 64-bit word, then one by one. Never reads past
 * s + n. */
static inline size_t jsonscan_plain(const unsigned char *s, size_t n, int ascii_only)
{
    size_t i = 0;
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    const __m128i ctl = _mm_set1_epi8(0x1f);
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i bad = _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash));
        bad = _mm_or_si128(bad, _mm_cmpeq_epi8(_mm_min_epu8(v, ctl), v));   /* <= 0x1f */
        unsigned m = (unsigned)_mm_movemask_epi8(bad);
        if (ascii_only) m |= (unsigned)_mm_movemask_epi8(v);   /* >= 0x80 */
        if (m) return i + (size_t)__builtin_ctz(m);
    }
#endif
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    for (; i + 8 <= n; i += 8) {
        uint64_t v, q, b;
        memcpy(&v, s + i, 8);
        q = v ^ (ones * '"');
        b = v ^ (ones * '\\');
        uint64_t bad = ((v - ones * 0x20) & ~v & highs) |   /* a byte below 0x20 */
                       ((q - ones) & ~q & highs) | ((b - ones) & ~b & highs);
        if (ascii_only) bad |= v & highs;
        if (bad) break;
    }
    while (i < n && s[i] >= 0x20 && s[i] != '"' && s[i] != '\\' && !(ascii_only && s[i] >= 0x80))
        i++;
    return i;
}

#endif
