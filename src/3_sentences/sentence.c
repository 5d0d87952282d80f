/* sentence.c -- sentence boundaries inside a paragraph. */
#include "sentence.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

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

/* The starters sorted (strcmp order), once (pthread_once), for a binary
 * search. */
#define SENTENCE_COUNT(list) (sizeof list / sizeof *list)
static const char *sentence_starters_sorted[SENTENCE_COUNT(sentence_starters)];
/* The abbreviations as keys (sentence_abbrev_key) in an open-addressed
 * table of SENTENCE_ABBREV_SLOTS (a power of two, over twice as many),
 * 0 for an empty slot: a word is looked up with one multiplication, not a
 * binary search of string compares. */
#define SENTENCE_ABBREV_MAX 7   /* the longest a key holds; every abbreviation fits */
#define SENTENCE_ABBREV_SLOTS 256
static uint64_t sentence_abbrev_slots[SENTENCE_ABBREV_SLOTS];
static int sentence_ready;   /* set (release) once sentence_sort_lists has run */
static unsigned char sentence_fold[256];   /* sentence_key: letter or digit, case folded; 0 */
static pthread_once_t sentence_once = PTHREAD_ONCE_INIT;
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define SENTENCE_KEY_PEXT 1
static int sentence_have_pext;   /* the CPU has BMI2 (sentence_key_pext) */
#endif

/* The key of the word s[0..n) (n <= SENTENCE_ABBREV_MAX), folded to lower
 * case: its bytes and, in the top byte, its length (never 0 for n > 0). */
static inline uint64_t sentence_abbrev_key(const char *s, size_t n)
{
    uint64_t k = (uint64_t)n << 56;
    for (size_t i = 0; i < n; i++) k |= (uint64_t)util_lower((unsigned char)s[i]) << (8 * i);
    return k;
}

/* The first slot to look at for key k. */
static inline size_t sentence_abbrev_slot(uint64_t k)
{
    return (size_t)((k * 0x9E3779B97F4A7C15ull) >> 56) % SENTENCE_ABBREV_SLOTS;
}

static int sentence_cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void sentence_sort_lists(void)
{
#ifdef SENTENCE_KEY_PEXT
    __builtin_cpu_init();
    sentence_have_pext = __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("popcnt");
#endif
    for (unsigned c = 0; c < 256; c++)
        sentence_fold[c] = (unsigned char)((c - 'A' < 26u) ? (c | 0x20u)
                                           : (c - 'a' < 26u || c - '0' < 10u || c >= 0x80u) ? c : 0u);
    for (size_t i = 0; i < SENTENCE_COUNT(sentence_abbrevs); i++) {
        size_t n = strlen(sentence_abbrevs[i]);
        if (n > SENTENCE_ABBREV_MAX) abort();   /* a key could not hold it */
        uint64_t k = sentence_abbrev_key(sentence_abbrevs[i], n);
        size_t slot = sentence_abbrev_slot(k);
        while (sentence_abbrev_slots[slot]) slot = (slot + 1) % SENTENCE_ABBREV_SLOTS;
        sentence_abbrev_slots[slot] = k;
    }
    memcpy(sentence_starters_sorted, sentence_starters, sizeof sentence_starters);
    qsort(sentence_starters_sorted, SENTENCE_COUNT(sentence_starters), sizeof(char *),
          sentence_cmp_str);
    __atomic_store_n(&sentence_ready, 1, __ATOMIC_RELEASE);
}

/* sentence_sort_lists has run (once, by whichever thread comes first). */
static inline void sentence_init(void)
{
    if (!__atomic_load_n(&sentence_ready, __ATOMIC_ACQUIRE))
        pthread_once(&sentence_once, sentence_sort_lists);
}

/* Orders s[0..n), folded to lower case, against the lower-case word lit, as
 * strcmp would order the two strings. */
static int sentence_cmp_folded(const char *s, size_t n, const char *lit)
{
    for (size_t i = 0;; i++) {
        if (i == n) return lit[i] ? -1 : 0;
        if (!lit[i]) return 1;
        unsigned char a = util_lower((unsigned char)s[i]), b = (unsigned char)lit[i];
        if (a != b) return a < b ? -1 : 1;
    }
}

/* Is s[0..n) (n > 0) one of the n_list lower-case words of the sorted list,
 * in any case? */
static int sentence_listed(const char *const *list, size_t n_list, const char *s, size_t n)
{
    size_t lo = 0, hi = n_list;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = sentence_cmp_folded(s, n, list[mid]);
        if (c == 0) return 1;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return 0;
}
#define SENTENCE_LISTED(list, s, n)                          \
    (sentence_init(), sentence_listed(list##_sorted, SENTENCE_COUNT(list), s, n))

int sentence_is_abbrev(const char *s, size_t n)
{
    if (n == 1 && isalpha((unsigned char)s[0])) return 1;   /* initial */
    if (n > SENTENCE_ABBREV_MAX) return memchr(s, '.', n) != NULL;   /* no abbreviation: U.S */
    for (size_t i = 0; i < n; i++)
        if (s[i] == '.') return 1;   /* U.S, e.g */
    if (n == 0) return 0;
    sentence_init();
    uint64_t k = sentence_abbrev_key(s, n);
    for (size_t slot = sentence_abbrev_slot(k); sentence_abbrev_slots[slot];
         slot = (slot + 1) % SENTENCE_ABBREV_SLOTS)
        if (sentence_abbrev_slots[slot] == k) return 1;
    return 0;
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

/* Two paragraphs the scraper glued together with no space: the stop at
 * s[i] (closing quotes up to s[j]) ends a word of lower-case letters and
 * s[j] starts a capitalised word ("the countries involved."The NATO", "on
 * Tuesday.Officials"). "U.S.The", "e.g.The" and "Mr.Smith" do not. */
static int sentence_glued(const char *s, size_t i, size_t j, size_t n)
{
    return i >= 2 && j + 1 < n && islower((unsigned char)s[i - 1]) &&
           islower((unsigned char)s[i - 2]) && isupper((unsigned char)s[j]) &&
           islower((unsigned char)s[j + 1]);
}

/* sentence_key hashes the letters and digits in blocks of this many bytes:
 * gathered first without a branch (a letter or not is a coin toss to the
 * branch predictor), then hashed a block at a time, not through a chain of
 * one multiplication a byte. */
#define SENTENCE_KEY_BLOCK 256

/* Gathers the folded letters and digits of s[i..n) into buf (k of them
 * there already) a byte at a time, hashing each full block into *h;
 * returns how many are left in buf. */
static size_t sentence_key_bytes(const char *s, size_t i, size_t n, unsigned char *buf, size_t k,
                                 uint64_t *h)
{
    while (i < n) {
        /* at most the room left: a block is full only at the end of a run */
        size_t end = i + (n - i < SENTENCE_KEY_BLOCK - k ? n - i : SENTENCE_KEY_BLOCK - k);
        for (; i < end; i++) {
            unsigned char c = sentence_fold[(unsigned char)s[i]];
            buf[k] = c;   /* kept when not 0 */
            k += c != 0;
        }
        if (k == SENTENCE_KEY_BLOCK) {   /* blocks cut by the letters kept only */
            *h = XXH3_64bits_withSeed(buf, k, *h);
            k = 0;
        }
    }
    return k;
}

uint64_t sentence_key_bytewise(const char *s, size_t n)
{
    sentence_init();
    unsigned char buf[SENTENCE_KEY_BLOCK];
    uint64_t h = 0;
    size_t k = sentence_key_bytes(s, 0, n, buf, 0, &h);
    return XXH3_64bits_withSeed(buf, k, h);
}

#ifdef SENTENCE_KEY_PEXT
/* The byte ranges lo..hi of v (signed compares: a byte >= 0x80 is in none). */
static inline __m128i sentence_in(__m128i v, char lo, char hi)
{
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8((char)(lo - 1))),
                         _mm_cmpgt_epi8(_mm_set1_epi8((char)(hi + 1)), v));
}

/* sentence_key on a CPU with BMI2: 16 bytes at a time, each byte's class
 * told by SSE2 compares, the capitals folded by one OR, and the kept
 * bytes of each half packed by pext, so the same bytes reach the same
 * blocks as sentence_key_bytes gathers a byte at a time. */
__attribute__((target("bmi2,popcnt"))) static uint64_t sentence_key_pext(const char *s, size_t n)
{
    unsigned char buf[SENTENCE_KEY_BLOCK + 16];
    uint64_t h = 0;
    size_t k = 0, i = 0;
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i upper = sentence_in(v, 'A', 'Z');
        __m128i keep = _mm_or_si128(_mm_or_si128(upper, sentence_in(v, 'a', 'z')),
                                    _mm_or_si128(sentence_in(v, '0', '9'),
                                                 _mm_cmpgt_epi8(_mm_setzero_si128(), v)));
        __m128i folded = _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
        uint64_t k0 = (uint64_t)_mm_cvtsi128_si64(keep),
                 k1 = (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(keep, keep));
        uint64_t f0 = (uint64_t)_mm_cvtsi128_si64(folded),
                 f1 = (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(folded, folded));
        uint64_t p0 = _pext_u64(f0, k0), p1 = _pext_u64(f1, k1);
        memcpy(buf + k, &p0, 8);
        k += (size_t)__builtin_popcountll(k0) / 8;
        memcpy(buf + k, &p1, 8);
        k += (size_t)__builtin_popcountll(k1) / 8;
        if (k >= SENTENCE_KEY_BLOCK) {
            h = XXH3_64bits_withSeed(buf, SENTENCE_KEY_BLOCK, h);
            k -= SENTENCE_KEY_BLOCK;
            memcpy(buf, buf + SENTENCE_KEY_BLOCK, k);
        }
    }
    k = sentence_key_bytes(s, i, n, buf, k, &h);
    return XXH3_64bits_withSeed(buf, k, h);
}
#endif

uint64_t sentence_key(const char *s, size_t n)
{
    sentence_init();
#ifdef SENTENCE_KEY_PEXT
    if (sentence_have_pext) return sentence_key_pext(s, n);
#endif
    return sentence_key_bytewise(s, n);
}

size_t sentence_split(span_t p, span_t **out, size_t *cnt, size_t *cap)
{
    size_t before = *cnt, start = 0;
    const char *s = p.s;
    size_t n = p.n;
    for (size_t i = 0; i < n; i++) {
        uint64_t v, m;
        while (i + 8 <= n) {   /* to the next '.', '!' or '?', 8 bytes at a time */
            memcpy(&v, s + i, 8);
            m = util_eq8(v, '.') | util_eq8(v, '!') | util_eq8(v, '?');
            if (m) {
                i += (size_t)__builtin_ctzll(m) / 8;
                break;
            }
            i += 8;
        }
        if (i >= n) break;
        char c = s[i];
        if (c != '.' && c != '!' && c != '?') continue;
        size_t j = i + 1;
        while (j < n && (s[j] == '.' || s[j] == '!' || s[j] == '?')) j++;
        while (j < n && (s[j] == '"' || s[j] == '\'' || s[j] == ')')) j++;
        if (j >= n) break;
        if (s[j] != ' ') {
            if (!sentence_glued(s, i, j, n)) continue;
            sentence_push(s + start, j - start, out, cnt, cap);   /* "...involved."The ..." */
            start = j;
            i = j - 1;
            continue;
        }
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
