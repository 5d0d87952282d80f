/* token.c -- the tokenizer shared by story text and dictionary phrases. */
#include "token.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "3_sentences/sentence.h"

/* ASCII characters: TOKEN_W a word character (letter or digit), TOKEN_U an
 * upper-case letter (bit 1: word, bit 2: upper case) */
#define TOKEN_W 1
#define TOKEN_U 3
static const unsigned char token_ascii[256] = {   /* 0 from 0x80 on */
    ['0'] = TOKEN_W, ['1'] = TOKEN_W, ['2'] = TOKEN_W, ['3'] = TOKEN_W, ['4'] = TOKEN_W,
    ['5'] = TOKEN_W, ['6'] = TOKEN_W, ['7'] = TOKEN_W, ['8'] = TOKEN_W, ['9'] = TOKEN_W,
    ['a'] = TOKEN_W, ['b'] = TOKEN_W, ['c'] = TOKEN_W, ['d'] = TOKEN_W, ['e'] = TOKEN_W,
    ['f'] = TOKEN_W, ['g'] = TOKEN_W, ['h'] = TOKEN_W, ['i'] = TOKEN_W, ['j'] = TOKEN_W,
    ['k'] = TOKEN_W, ['l'] = TOKEN_W, ['m'] = TOKEN_W, ['n'] = TOKEN_W, ['o'] = TOKEN_W,
    ['p'] = TOKEN_W, ['q'] = TOKEN_W, ['r'] = TOKEN_W, ['s'] = TOKEN_W, ['t'] = TOKEN_W,
    ['u'] = TOKEN_W, ['v'] = TOKEN_W, ['w'] = TOKEN_W, ['x'] = TOKEN_W, ['y'] = TOKEN_W,
    ['z'] = TOKEN_W, ['A'] = TOKEN_U, ['B'] = TOKEN_U, ['C'] = TOKEN_U, ['D'] = TOKEN_U,
    ['E'] = TOKEN_U, ['F'] = TOKEN_U, ['G'] = TOKEN_U, ['H'] = TOKEN_U, ['I'] = TOKEN_U,
    ['J'] = TOKEN_U, ['K'] = TOKEN_U, ['L'] = TOKEN_U, ['M'] = TOKEN_U, ['N'] = TOKEN_U,
    ['O'] = TOKEN_U, ['P'] = TOKEN_U, ['Q'] = TOKEN_U, ['R'] = TOKEN_U, ['S'] = TOKEN_U,
    ['T'] = TOKEN_U, ['U'] = TOKEN_U, ['V'] = TOKEN_U, ['W'] = TOKEN_U, ['X'] = TOKEN_U,
    ['Y'] = TOKEN_U, ['Z'] = TOKEN_U,
};

/* The flags of an ASCII word by its first byte: TOK_WORD, and TOK_CAP for
 * a capital, TOK_NUM for a digit (token_ascii_word). */
#define TOKEN_F_DIGIT (TOK_WORD | TOK_NUM)
#define TOKEN_F_CAP (TOK_WORD | TOK_CAP)
static const uint8_t token_word_flags[256] = {
    ['0'] = TOKEN_F_DIGIT, ['1'] = TOKEN_F_DIGIT, ['2'] = TOKEN_F_DIGIT, ['3'] = TOKEN_F_DIGIT,
    ['4'] = TOKEN_F_DIGIT, ['5'] = TOKEN_F_DIGIT, ['6'] = TOKEN_F_DIGIT, ['7'] = TOKEN_F_DIGIT,
    ['8'] = TOKEN_F_DIGIT, ['9'] = TOKEN_F_DIGIT, ['a'] = TOK_WORD, ['b'] = TOK_WORD,
    ['c'] = TOK_WORD, ['d'] = TOK_WORD, ['e'] = TOK_WORD, ['f'] = TOK_WORD, ['g'] = TOK_WORD,
    ['h'] = TOK_WORD, ['i'] = TOK_WORD, ['j'] = TOK_WORD, ['k'] = TOK_WORD, ['l'] = TOK_WORD,
    ['m'] = TOK_WORD, ['n'] = TOK_WORD, ['o'] = TOK_WORD, ['p'] = TOK_WORD, ['q'] = TOK_WORD,
    ['r'] = TOK_WORD, ['s'] = TOK_WORD, ['t'] = TOK_WORD, ['u'] = TOK_WORD, ['v'] = TOK_WORD,
    ['w'] = TOK_WORD, ['x'] = TOK_WORD, ['y'] = TOK_WORD, ['z'] = TOK_WORD,
    ['A'] = TOKEN_F_CAP, ['B'] = TOKEN_F_CAP, ['C'] = TOKEN_F_CAP, ['D'] = TOKEN_F_CAP,
    ['E'] = TOKEN_F_CAP, ['F'] = TOKEN_F_CAP, ['G'] = TOKEN_F_CAP, ['H'] = TOKEN_F_CAP,
    ['I'] = TOKEN_F_CAP, ['J'] = TOKEN_F_CAP, ['K'] = TOKEN_F_CAP, ['L'] = TOKEN_F_CAP,
    ['M'] = TOKEN_F_CAP, ['N'] = TOKEN_F_CAP, ['O'] = TOKEN_F_CAP, ['P'] = TOKEN_F_CAP,
    ['Q'] = TOKEN_F_CAP, ['R'] = TOKEN_F_CAP, ['S'] = TOKEN_F_CAP, ['T'] = TOKEN_F_CAP,
    ['U'] = TOKEN_F_CAP, ['V'] = TOKEN_F_CAP, ['W'] = TOKEN_F_CAP, ['X'] = TOKEN_F_CAP,
    ['Y'] = TOKEN_F_CAP, ['Z'] = TOKEN_F_CAP,
};

/* Length of the character at s[i] and whether it is a word character
 * (letter, mark or digit); *upper is set for upper-case letters. */
static inline size_t token_char(const char *s, size_t n, size_t i, int *word, int *upper)
{
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) {
        *word = token_ascii[b] & 1;
        *upper = token_ascii[b] >> 1;
        return 1;
    }
    utf8proc_int32_t c;
    utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                            (utf8proc_ssize_t)(n - i), &c);
    if (len <= 0) {
        *word = *upper = 0;
        return 1;
    }
    utf8proc_category_t cat = utf8proc_category(c);
    *word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO);
    *upper = (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT);
    return (size_t)len;
}

static int token_is_word_at(const char *s, size_t n, size_t i)
{
    int w, u;
    if (i >= n) return 0;
    token_char(s, n, i, &w, &u);
    return w;
}

/* The folded form of a token with non-ASCII characters (utf8proc), and its
 * hash. */
static void token_fold_unicode(tokens_t *tk, token_t *t, const char *in, size_t len)
{
    const utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD;
    /* what utf8proc_map does (decompose, then normalize and encode in
     * place), into a buffer on the stack when the word fits: not its
     * first pass to count, nor its malloc, realloc and free (3,800
     * instructions a word at the dictionary load) */
    utf8proc_int32_t buf[65];   /* 64 code points, and the NUL utf8proc_reencode ends with */
    utf8proc_ssize_t r = utf8proc_decompose_custom((const utf8proc_uint8_t *)in,
                                                   (utf8proc_ssize_t)len, buf, 64, opt, NULL, NULL);
    if (r >= 0 && r <= 64) {
        r = utf8proc_reencode(buf, r, opt);
        if (r >= 0) sbuf_add(&tk->fold, (const char *)buf, (size_t)r);
        else sbuf_add(&tk->fold, in, len);
    } else {
        utf8proc_uint8_t *f = NULL;
        r = utf8proc_map((const utf8proc_uint8_t *)in, (utf8proc_ssize_t)len, &f, opt);
        if (r >= 0) sbuf_add(&tk->fold, (const char *)f, (size_t)r);
        else sbuf_add(&tk->fold, in, len);
        free(f);
    }
    t->hash = vocab_hash(tk->fold.s + t->foff, tk->fold.len - t->foff);
}

/* The folded form of o[0..len), a token's bytes with ASCII letters already
 * in lower case, in place, when its only other characters are the letters
 * U+00C0-U+00FF but U+00DF ("\xc3\x80" to "\xc3\xbf": names such as
 * "José", "Müller"): what token_fold_unicode gives, without utf8proc
 * (2,000 instructions a word): the capitals U+00C0-U+00DE but U+00D7 fold
 * to the letter 0x20 above, and NFC keeps every one of them composed (no
 * combining mark follows: those are not taken). Returns 0, o unchanged,
 * for any other word. */
static inline int token_fold_latin1(char *o, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)o[i];
        if (c < 0x80) continue;
        if (c != 0xc3 || i + 1 >= len) return 0;
        unsigned char d = (unsigned char)o[i + 1];
        if (d < 0x80 || d > 0xbf || d == 0x9f) return 0;
        i++;
    }
    for (size_t i = 0; i + 1 < len; i++)
        if ((unsigned char)o[i] == 0xc3) {
            unsigned char d = (unsigned char)o[++i];
            if (d <= 0x9e && d != 0x97) o[i] = (char)(d + 0x20);
        }
    return 1;
}

/* Appends a token for s[off..off+len) whose folded form starts at the end
 * of tk->fold; the caller writes that form, its hash and flen. */
static inline token_t *token_new(tokens_t *tk, size_t off, size_t len, uint8_t flags)
{
    if (tk->n == tk->cap) util_grow((void **)&tk->t, &tk->cap, tk->n + 1, sizeof *tk->t);
    token_t *t = &tk->t[tk->n++];
    tk->caps |= flags;
    t->id = 0;
    t->off = (uint32_t)off;
    t->len = (uint32_t)len;
    t->flags = flags;
    t->foff = (uint32_t)tk->fold.len;
    return t;
}

/* Sets t's pre (its folded form's first 8 bytes, NUL-padded) from
 * tk->fold, 8 bytes of which are made readable from the form's start. */
static inline void token_set_pre_at(tokens_t *tk, token_t *t)
{
    util_grow((void **)&tk->fold.s, &tk->fold.cap, t->foff + 8, 1);
    uint64_t pre;
    memcpy(&pre, tk->fold.s + t->foff, 8);
    pre = vocab_pre_bits(pre, t->flen);
    memcpy(t->pre, &pre, 8);
}

/* Appends the token s[off..off+len) with its folded form and that form's
 * vocab_hash (the words token_ascii_word does not take). */
static inline __attribute__((always_inline)) void token_push(tokens_t *tk, const char *s,
                                                            size_t off, size_t len,
                                                            uint8_t flags)
{
    token_t *t = token_new(tk, off, len, flags);
    /* ASCII (nearly every word): folded while copied; else utf8proc */
    if (tk->fold.cap < tk->fold.len + len + 2)
        util_grow((void **)&tk->fold.s, &tk->fold.cap, tk->fold.len + len + 2, 1);
    char *o = tk->fold.s + tk->fold.len;
    const char *in = s + off;
    unsigned char high = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)in[i];
        high |= c;
        c = (unsigned char)(c - 'A') < 26 ? (unsigned char)(c + 32) : c;
        o[i] = (char)c;
    }
    if (!(high & 0x80) || token_fold_latin1(o, len)) {
        tk->fold.len += len;
        t->hash = vocab_hash(o, len);
    } else {
        token_fold_unicode(tk, t, in, len);
    }
    t->flen = (uint32_t)(tk->fold.len - t->foff);
    sbuf_addc(&tk->fold, '\0');
    token_set_pre_at(tk, t);
}

/* End of the word that starts at i. Inner '-', '\'' and '.' are kept under
 * the rules in token.h; "'s" and "n't" are left for the caller. */
static size_t token_word_end(const char *s, size_t n, size_t i)
{
    size_t j = i, segs = 1, seglen = 0, longseg = 0;
    int w, u;
    while (j < n) {
        /* the common case: a run of ASCII letters and digits; a run that
         * ends "n't" ends before its 'n' (did|n't), as below */
        size_t r = j;
        while (r < n && token_ascii[(unsigned char)s[r]]) r++;
        if (r > j) {
            if (r + 1 < n && s[r] == '\'' && s[r - 1] == 'n' && r - 1 > i && s[r + 1] == 't' &&
                !token_is_word_at(s, n, r + 2))
                return r - 1;
            seglen += r - j;
            j = r;
            if (j >= n) break;
        }
        size_t len = token_char(s, n, j, &w, &u);
        if (w) {
            /* "n't" splits off: did|n't */
            if (s[j] == 'n' && j + 2 < n && s[j + 1] == '\'' && s[j + 2] == 't' &&
                !token_is_word_at(s, n, j + 3) && j > i)
                return j;
            j += len;
            seglen++;
            continue;
        }
        char c = s[j];
        if ((c == '-' || c == '\'') && token_is_word_at(s, n, j + 1)) {
            if (c == '\'' && (s[j + 1] == 's' || s[j + 1] == 'S') &&
                !token_is_word_at(s, n, j + 2))
                return j;
            j++;
            if (seglen > 1) longseg = 1;
            seglen = 0;
            segs++;
            continue;
        }
        if (c == '-' && j > i &&
            (j + 1 == n || (j + 2 < n && s[j + 1] == ' ' && token_is_word_at(s, n, j + 2)))) {
            /* a dangling prefix "anti- Gondor" (or a dictionary's "ANTI-")
             * keeps its hyphen: it is not a dash */
            j++;
            break;
        }
        if ((c == ',' || c == '.') && j > i && isdigit((unsigned char)s[j - 1]) &&
            j + 1 < n && isdigit((unsigned char)s[j + 1])) {
            j++;
            continue;
        }
        if (c == '.' && seglen == 1 && !longseg) {
            /* u.s. / u.n. / e.g. : single letters joined by periods */
            if (token_is_word_at(s, n, j + 1) && !token_is_word_at(s, n, j + 2)) {
                j++;
                seglen = 0;
                segs++;
                continue;
            }
            if (segs > 1) return j + 1;   /* the closing period of u.s. */
        }
        break;
    }
    return j;
}

/* Is a word of two letters or more written in capitals only ("LET US")? */
static int token_all_caps(const char *w, size_t n)
{
    if (n < 2) return 0;
    for (size_t i = 0; i < n; i++)
        if (w[i] >= 'a' && w[i] <= 'z') return 0;
    return isupper((unsigned char)w[0]);
}

/* Could the word whose first run of ASCII letters and digits is s[i..r)
 * go on at s[r] (token_word_end)? 0 only when that run is the whole word:
 * the end, or a byte no rule reads on past ("u.s.", "1,000", "asia-pacific",
 * "o'brien", "did|n't", a non-ASCII letter). */
static inline int token_run_goes_on(const char *s, size_t n, size_t i, size_t r)
{
    if (r == n) return 0;
    unsigned char c = (unsigned char)s[r];
    if (c == ' ') return 0;   /* most words: asked first */
    if (c == '.' || c == ',') return r - i == 1 || (unsigned char)(s[r - 1] - '0') < 10;
    return c == '-' || c == '\'' || c >= 0x80;
}

/* The 16 bytes of s from i: s itself while they lie within s[0..n), else
 * from pad, which holds s[base..n) followed by NULs (token_split). */
#ifdef __SSE2__
static inline __m128i token_load16(const char *s, size_t n, size_t i, const char *pad,
                                   size_t base)
{
    if (i + 16 <= n) return _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    return _mm_loadu_si128((const __m128i *)(const void *)(pad + (i - base)));
}

/* Of the 16 bytes x: the mask of the letters and digits from the first
 * (bit k for byte k), and in *letter the bytes that are letters (0xFF). */
static inline unsigned token_alnum16(__m128i x, __m128i *letter)
{
    /* letters: (c | 0x20) - 'a' below 26; digits: c - '0' below 10 */
    __m128i d = _mm_sub_epi8(x, _mm_set1_epi8('0'));
    __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
    __m128i l = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    *letter = _mm_cmpeq_epi8(_mm_min_epu8(l, _mm_set1_epi8(25)), l);
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(digit, *letter));
}
#endif

/* The common word: a run of ASCII letters and digits that ends the word
 * (token_run_goes_on), not "US". Scans, folds and hashes it and appends
 * it; returns its end, or 0 (nothing appended) for any other word, which
 * the general rules take. A word of under 16 bytes is found, folded and
 * hashed 16 bytes at a time (SSE2, x is those bytes from s[i]); a longer
 * one a byte at a time. Its slot of v is fetched (vocab_prefetch) unless v
 * is NULL. */
#ifdef __SSE2__
static inline size_t token_ascii_word(const char *s, size_t n, size_t i, __m128i x, tokens_t *tk,
                                      const vocab_t *v)
#else
static inline size_t token_ascii_word(const char *s, size_t n, size_t i, tokens_t *tk,
                                      const vocab_t *v)
#endif
{
    util_grow((void **)&tk->fold.s, &tk->fold.cap, tk->fold.len + (n - i) + 18, 1);
    char *o = tk->fold.s + tk->fold.len;
    size_t r = i;
    uint32_t hash;
    uint64_t pre;   /* the folded form's first 8 bytes, NUL-padded (token_t.pre) */
#ifdef __SSE2__
    __m128i letter;
    unsigned word = token_alnum16(x, &letter);
    size_t len = (size_t)__builtin_ctz(~word);   /* 16 when all are */
    if (len < 16) {
        __m128i f = _mm_or_si128(x, _mm_and_si128(letter, _mm_set1_epi8(0x20)));
        _mm_storeu_si128((__m128i *)(void *)o, f);   /* room: n - i + 18 >= 16 */
        r = i + len;
        uint64_t h = vocab_hash_start(len);
        pre = vocab_pre_bits((uint64_t)_mm_cvtsi128_si64(f), len);
        h = vocab_hash_block(h, pre);
        if (len > 8)
            h = vocab_hash_block(h, vocab_pre_bits((uint64_t)_mm_cvtsi128_si64(
                                                       _mm_unpackhi_epi64(f, f)), len - 8));
        hash = (uint32_t)h;
    } else
#endif
    {
        while (r < n && token_ascii[(unsigned char)s[r]]) {
            o[r - i] = (char)((unsigned char)s[r] | 0x20);   /* lower case; digits have bit 5 */
            r++;
        }
        hash = vocab_hash(o, r - i);
        pre = vocab_pre(o, r - i);   /* NUL-padded: no byte past the word */
    }
    if (token_run_goes_on(s, n, i, r) || (r - i == 2 && s[i] == 'U' && s[i + 1] == 'S'))
        return 0;
    if (v) vocab_prefetch(v, hash, r - i);
    token_t *t = token_new(tk, i, r - i, token_word_flags[(unsigned char)s[i]]);
    t->hash = hash;
    t->flen = (uint32_t)(r - i);
    memcpy(t->pre, &pre, 8);
    tk->fold.len += r - i;
    tk->fold.s[tk->fold.len++] = '\0';   /* the form's NUL, and the buffer's (sbuf_t) */
    tk->fold.s[tk->fold.len] = '\0';
    return r;
}

/* Money as news writes it, at s[i]: a currency prefix of capitals glued to
 * "$" before a number ("NZ$16.5", "US$3", "A$10": one punctuation token,
 * as "$" is, not the actor "NZ"), and a number glued to its unit ("20m",
 * "1.5bn", "3tn": one token read as the unit's word, "million", "billion",
 * "trillion", as when the unit is written out; its text is the number).
 * Appends the token and returns the end, or 0 when s[i] opens neither. */
static size_t token_money(const char *s, size_t n, size_t i, tokens_t *tk)
{
    size_t j = i;
    if (s[i] >= 'A' && s[i] <= 'Z') {
        while (j < n && j < i + 3 && s[j] >= 'A' && s[j] <= 'Z') j++;
        if (j + 1 >= n || s[j] != '$' || !isdigit((unsigned char)s[j + 1]) ||
            (i > 0 && isalnum((unsigned char)s[i - 1])))
            return 0;
        token_push(tk, s, i, j + 1 - i, TOK_PUNCT);
        return j + 1;
    }
    if (!isdigit((unsigned char)s[i]) || (i > 0 && isalnum((unsigned char)s[i - 1]))) return 0;
    while (j < n && (isdigit((unsigned char)s[j]) ||
                     ((s[j] == '.' || s[j] == ',') && j + 1 < n && isdigit((unsigned char)s[j + 1]))))
        j++;
    size_t u = j;
    while (u < n && u < j + 3 && s[u] >= 'a' && s[u] <= 'z') u++;
    if (u == j || (u < n && (isalnum((unsigned char)s[u]) || (unsigned char)s[u] >= 0x80))) return 0;
    static const char *const units[][2] = {{"m", "million"}, {"mn", "million"}, {"bn", "billion"},
                                           {"b", "billion"}, {"tn", "trillion"}};
    for (size_t k = 0; k < sizeof units / sizeof *units; k++)
        if (strlen(units[k][0]) == u - j && !memcmp(s + j, units[k][0], u - j)) {
            token_push(tk, units[k][1], 0, strlen(units[k][1]), TOK_WORD | TOK_NUM);
            tk->t[tk->n - 1].off = (uint32_t)i;   /* where it stands in s */
            tk->t[tk->n - 1].len = (uint32_t)(u - i);
            return u;
        }
    return 0;
}

/* May token_money take s[i] (a letter or digit)? A digit may open a
 * number, a capital only a prefix with a '$' in the three bytes after it
 * ("NZ$", "US$", "A$"): most capitals are asked no more. */
static inline int token_may_be_money(const char *s, size_t n, size_t i)
{
    if (s[i] > 'Z') return 0;   /* lower case */
    if (s[i] <= '9') return 1;  /* a digit */
    return (i + 1 < n && s[i + 1] == '$') || (i + 2 < n && s[i + 2] == '$') ||
           (i + 3 < n && s[i + 3] == '$');
}

#ifdef __SSE2__
/* A run of common words from s[i] (token_ascii_word's, each with the space
 * after it), appended as token_ascii_word appends one, with the token
 * array, the folded text and their lengths held in locals: stored through
 * tk, a folded byte could alias tk's fields, which were read again after
 * each (-9 M instructions coding the 2 MB bench prefix). Stops at the end,
 * at limit tokens (before a byte token_split_text would ask it at), at a
 * byte that opens no ASCII word, and at a word token_ascii_word or
 * token_money would take otherwise (a digit, a capital with a '$' in the
 * three bytes after it, a word of 16 bytes or more, one that goes on, "US"):
 * *refused is then set. Returns where it stopped. Each word's slot of v is
 * fetched (vocab_prefetch). */
static size_t token_ascii_run(const char *s, size_t n, size_t i, tokens_t *tk, size_t limit,
                              const vocab_t *v, const char *pad, size_t base, int *refused)
{
    /* room for every word the run may take, asked once: a word of len
     * bytes takes len + 1 of the fold and len or len + 1 bytes of s, so
     * that fold.len + 2 * (n - i) + 18 stays enough for its 16-byte store;
     * a word takes one byte of s at least */
    size_t most = n - i < limit - tk->n ? n - i : limit - tk->n;
    util_grow((void **)&tk->t, &tk->cap, tk->n + most, sizeof *tk->t);
    util_grow((void **)&tk->fold.s, &tk->fold.cap, tk->fold.len + 2 * (n - i) + 18, 1);
    token_t *t = tk->t;
    size_t nt = tk->n;
    char *fs = tk->fold.s;
    size_t fl = tk->fold.len;
    uint8_t caps = tk->caps;
    *refused = 0;
    while (i < n && nt < limit) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ') {
            i++;
            continue;
        }
        if (!token_ascii[c]) break;
        __m128i x = token_load16(s, n, i, pad, base);
        /* token_may_be_money: a digit, or a capital with a '$' after it */
        if (c <= '9' || (c <= 'Z' && (_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('$'))) & 0xE))) {
            *refused = 1;
            break;
        }
        __m128i letter;
        unsigned word = token_alnum16(x, &letter);
        size_t len = (size_t)__builtin_ctz(~word);   /* 16 when all are */
        size_t r = i + len;
        if (len == 16 || token_run_goes_on(s, n, i, r) || (len == 2 && c == 'U' && s[i + 1] == 'S')) {
            *refused = 1;
            break;
        }
        __m128i f = _mm_or_si128(x, _mm_and_si128(letter, _mm_set1_epi8(0x20)));
        _mm_storeu_si128((__m128i *)(void *)(fs + fl), f);   /* room: n - i + 18 >= 16 */
        uint64_t pre = vocab_pre_bits((uint64_t)_mm_cvtsi128_si64(f), len);
        uint64_t h = vocab_hash_block(vocab_hash_start(len), pre);
        if (len > 8)
            h = vocab_hash_block(h, vocab_pre_bits((uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(f, f)),
                                                   len - 8));
        vocab_prefetch(v, (uint32_t)h, len);
        token_t *o = &t[nt++];
        uint8_t flags = token_word_flags[c];
        caps |= flags;
        o->id = 0;
        o->off = (uint32_t)i;
        o->len = (uint32_t)len;
        o->flags = flags;
        o->foff = (uint32_t)fl;
        o->hash = (uint32_t)h;
        o->flen = (uint32_t)len;
        memcpy(o->pre, &pre, 8);
        fl += len;
        fs[fl++] = '\0';   /* the form's NUL, and the buffer's (sbuf_t) */
        fs[fl] = '\0';
        i = r + (r + 1 < n && s[r] == ' ');
    }
    tk->n = nt;
    tk->fold.len = fl;
    tk->caps = caps;
    return i;
}
#endif

/* token_split up to the padding of tk->fold; the slots of v of the words
 * (most of them) fetched into the cache unless v is NULL. Inlined into its
 * two callers, so that v is a constant in the one of dictionary phrases
 * (NULL: no token_ascii_run, no test of v in its loop). */
static inline __attribute__((always_inline)) int token_split_text(const char *s, size_t n, tokens_t *tk, size_t max, const vocab_t *v)
{
    tk->n = 0;
    tk->caps = 0;
    tk->nquote = 0;
    tk->wcs_n = 0;   /* no classes yet (words_classify) */
    sbuf_clear(&tk->fold);
#ifdef __SSE2__
    /* the last bytes of s, NUL-padded: what token_load16 reads near the end */
    char pad[32] = {0};
    size_t base = n > 16 ? n - 16 : 0;
    memcpy(pad, s + base, n - base);
#endif
    size_t i = 0, limit = max ? max : SIZE_MAX;
#ifdef __SSE2__
    int refused = 0;   /* token_ascii_run stopped at the word at i */
#endif
    while (i < n) {
        if (tk->n >= limit) return 1;
        if (s[i] == ' ') {   /* between most two words: no token */
            i++;
            continue;
        }
        if (token_ascii[(unsigned char)s[i]]) {
#ifdef __SSE2__
            if (v && !refused) {   /* story text (dictionary phrases, NULL v, seldom run) */
                size_t j = token_ascii_run(s, n, i, tk, limit, v, pad, base, &refused);
                if (j != i) {
                    i = j;
                    continue;
                }
            }
            refused = 0;
#endif
            size_t e = token_may_be_money(s, n, i) ? token_money(s, n, i, tk) : 0;
#ifdef __SSE2__
            if (!e) e = token_ascii_word(s, n, i, token_load16(s, n, i, pad, base), tk, v);
#else
            if (!e) e = token_ascii_word(s, n, i, tk, v);
#endif
            if (e) {
                /* the space after it, most often, passed here (not when it
                 * ends s: the limit is asked at the next byte as before) */
                i = e + (e + 1 < n && s[e] == ' ');
                continue;
            }
        }
        int w, u;
        size_t len = token_char(s, n, i, &w, &u);
        if (w) {
            size_t e = token_word_end(s, n, i);
            uint8_t fl = TOK_WORD | (u ? TOK_CAP : 0) |
                         ((unsigned char)(s[i] - '0') < 10 ? TOK_NUM : 0);
            int us = e - i == 2 && s[i] == 'U' && s[i + 1] == 'S' &&
                     !(tk->n && token_all_caps(s + tk->t[tk->n - 1].off, tk->t[tk->n - 1].len));
            if (us)
                token_push(tk, "U.S.", 0, 4, fl);   /* "the US Congress": not "us" */
            else
                token_push(tk, s, i, e - i, fl);
            if (us) {
                tk->t[tk->n - 1].off = (uint32_t)i;   /* where it stands in s */
                tk->t[tk->n - 1].len = 2;
            }
            i = e;
            if (i + 1 < n && s[i] == '\'' && (s[i + 1] == 's' || s[i + 1] == 'S') &&
                !token_is_word_at(s, n, i + 2)) {
                token_push(tk, s, i, 2, TOK_WORD);
                i += 2;
            } else if (i + 2 < n && s[i] == 'n' && s[i + 1] == '\'' && s[i + 2] == 't') {
                token_push(tk, s, i, 3, TOK_WORD);
                i += 3;
            } else if (i < n && s[i] == '\'' && i > 0 && (s[i - 1] == 's' || s[i - 1] == 'S') &&
                       !token_is_word_at(s, n, i + 1)) {
                token_push(tk, s, i, 1, TOK_WORD);   /* plural possessive */
                i++;
            }
            continue;
        }
        if (s[i] == '.' && tk->n && (tk->t[tk->n - 1].flags & TOK_WORD) &&
            tk->t[tk->n - 1].off + tk->t[tk->n - 1].len == i) {
            /* the period of "Jr." or "Gen." inside a sentence ends nothing:
             * "Ferdinand Marcos Jr. thanked Japan"; a word after it asked
             * first (the period ending a sentence has none) */
            size_t j = i + 1;
            while (j < n && s[j] == ' ') j++;
            if (j < n && token_is_word_at(s, n, j) &&
                sentence_is_abbrev(s + tk->t[tk->n - 1].off, tk->t[tk->n - 1].len)) {
                i += len;
                continue;
            }
        }
        token_push(tk, s, i, len, TOK_PUNCT);
        if (tk->t[tk->n - 1].flen == 1 && token_folded(tk, tk->n - 1)[0] == '"') {
            if (!tk->nquote) tk->quote1 = (uint32_t)(tk->n - 1);
            tk->nquote++;
        }
        i += len;
    }
    return 0;
}

/* 8 bytes or more after each folded form's start, set: token_assign_ids
 * reads a form's first 16 bytes as two 8-byte blocks */
static void token_pad(tokens_t *tk)
{
    util_grow((void **)&tk->fold.s, &tk->fold.cap, tk->fold.len + 17, 1);
    memset(tk->fold.s + tk->fold.len, 0, 17);
}

int token_split(const char *s, size_t n, tokens_t *tk, size_t max)
{
    int cut = token_split_text(s, n, tk, max, NULL);
    tk->told_n = tk->n + 1;
    token_pad(tk);
    return cut;
}

/* Sets every token's id by vocab_find (tk padded by token_pad; each
 * token's pre set as it was appended). */
static inline void token_find_ids(tokens_t *tk, const vocab_t *v)
{
    for (size_t i = 0; i < tk->n; i++) {
        const char *f = token_folded(tk, i);
        size_t n = tk->t[i].flen;
        uint64_t pre, tail;   /* tail: within the padding token_pad leaves */
        memcpy(&pre, tk->t[i].pre, 8);
        memcpy(&tail, f + 8, 8);
        tk->t[i].id = vocab_find_pre(v, tk->t[i].hash, pre,
                                     vocab_pre_bits(tail, n > 8 ? n - 8 : 0), f, n);
    }
}

void token_assign_ids(tokens_t *tk, vocab_t *v, int add)
{
    if (!add) {
        token_find_ids(tk, v);
        return;
    }
    for (size_t i = 0; i < tk->n; i++) tk->t[i].id = vocab_add(v, token_folded(tk, i), tk->t[i].flen);
}

int token_split_ids(const char *s, size_t n, tokens_t *tk, size_t max, const vocab_t *v)
{
    int cut = token_split_text(s, n, tk, max, v);
    tk->told_n = tk->n + 1;
    token_pad(tk);
    token_find_ids(tk, v);
    return cut;
}

void token_free(tokens_t *tk)
{
    free(tk->t);
    sbuf_free(&tk->fold);
    memset(tk, 0, sizeof *tk);
}
