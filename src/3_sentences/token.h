/* token.h -- stage 3b: a sentence (or a dictionary phrase) in, tokens out.
 *
 * Dictionary phrases and story text go through the same tokenizer, so a
 * phrase matches the text it was written from. Words keep inner hyphens and
 * apostrophes ("asia-pacific", "o'brien"); "'s" and "n't" are split off;
 * dotted abbreviations stay whole ("u.s."); every other punctuation mark is
 * a token of its own. Each token has its case-folded form. */
#ifndef ANNALIST_TOKEN_H
#define ANNALIST_TOKEN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lib/util.h"
#include "lib/vocab.h"

enum {
    TOK_WORD = 1,  /* letters or digits */
    TOK_PUNCT = 2, /* one punctuation mark */
    TOK_CAP = 4,   /* first letter upper case in the text */
    TOK_NUM = 8,   /* starts with a digit */
    TOK_CUT = 16,  /* TABARI: a comma clause was cut right before this token */
    TOK_NOCLAUSE = 32, /* TABARI: a conjunction inside a compound noun or
                        * adjective phrase ("sheep and goats") */
};

typedef struct {
    uint32_t id;         /* vocabulary id of the folded form; 0 = unknown */
    uint32_t off, len;   /* bytes of the original text */
    uint32_t foff, flen; /* bytes of the folded form in tokens_t.fold */
    uint32_t hash;       /* vocab_hash() of the folded form (token_assign_ids) */
    uint8_t pre[8];      /* the folded form's first 8 bytes, NUL-padded (token_is) */
    uint8_t flags;
    uint16_t wc;         /* word classes (words.h), set by words_classify() */
} token_t;

typedef struct {
    token_t *t;
    size_t n, cap;
    sbuf_t fold; /* folded forms, each followed by a NUL */
    /* What the tokenizer saw of the sentence as a whole, read once instead
     * of by a pass over the tokens; valid only while told_n == n + 1
     * (token_told): token_split sets it, a caller that drops or adds
     * tokens leaves it stale */
    size_t told_n;
    uint32_t nquote, quote1; /* the tokens '"': how many, the first */
    uint8_t caps;            /* the flags of every token OR-ed: TOK_CAP when any */
    /* the word classes of every token OR-ed, as words_classify set them;
     * valid only while wcs_n == n + 1 (words_may_have) */
    uint16_t wcs;
    size_t wcs_n;
} tokens_t;

/* Are tk's sentence-wide fields (told_n above) those of its tokens? */
static inline int token_told(const tokens_t *tk)
{
    return tk->told_n == tk->n + 1;
}

/* Tokenizes s[0..n) into tk (cleared first). At most max tokens are kept
 * (0 = no limit); returns 1 when the text was cut at that limit, else 0.
 * Ids are left 0: call token_assign_ids(). */
int token_split(const char *s, size_t n, tokens_t *tk, size_t max);

/* Sets every token's id: vocab_add() when add is set (dictionary loading),
 * else vocab_find() (0 for words no dictionary uses). */
void token_assign_ids(tokens_t *tk, vocab_t *v, int add);

/* token_split(), then token_assign_ids(tk, v, 0), in less time: the table
 * slot of each word is fetched into the cache as the word is read, so that
 * the look-ups that follow do not wait for memory. */
int token_split_ids(const char *s, size_t n, tokens_t *tk, size_t max, const vocab_t *v);

/* The folded form of token i (NUL-terminated, owned by tk). */
static inline const char *token_folded(const tokens_t *tk, size_t i)
{
    return tk->fold.s + tk->t[i].foff;
}

/* Byte k of w[0..n) as byte k of a little-endian word, 0 past n: for a
 * literal w, gcc folds TOKEN_LIT8 to a constant. */
#define TOKEN_LIT_BYTE(w, n, k) ((uint64_t)(unsigned char)((k) < (n) ? (w)[k] : 0) << (8 * (k)))
#define TOKEN_LIT8(w, n)                                                                   \
    (TOKEN_LIT_BYTE(w, n, 0) | TOKEN_LIT_BYTE(w, n, 1) | TOKEN_LIT_BYTE(w, n, 2) |        \
     TOKEN_LIT_BYTE(w, n, 3) | TOKEN_LIT_BYTE(w, n, 4) | TOKEN_LIT_BYTE(w, n, 5) |        \
     TOKEN_LIT_BYTE(w, n, 6) | TOKEN_LIT_BYTE(w, n, 7))

/* Is token i (i may be past the end) the folded word w? Inline, with the
 * length compared first: for a literal w of up to 8 bytes the compare is
 * the length and one 8-byte word of the token itself (token_t.pre) against
 * constants, without reading the folded text; else its bytes. */
static inline __attribute__((always_inline)) int token_is(const tokens_t *tk, size_t i,
                                                          const char *w)
{
    size_t n = strlen(w);
    if (i >= tk->n || tk->t[i].flen != n) return 0;
    if (__builtin_constant_p(n) && n <= 8) {
        uint64_t pre;
        memcpy(&pre, tk->t[i].pre, 8);
        return pre == TOKEN_LIT8(w, n);
    }
    return memcmp(token_folded(tk, i), w, n) == 0;
}

/* Does the folded word of token i (i < tk->n) end in sfx ("ly", "ed")?
 * A word shorter than sfx does not. */
static inline __attribute__((always_inline)) int token_ends(const tokens_t *tk, size_t i,
                                                            const char *sfx)
{
    size_t n = strlen(sfx), f = tk->t[i].flen;
    return f >= n && memcmp(token_folded(tk, i) + f - n, sfx, n) == 0;
}

void token_free(tokens_t *tk);

#endif
