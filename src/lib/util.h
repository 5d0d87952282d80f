/* util.h -- small helpers shared by every stage: checked allocation,
 * growable byte buffers, dates as integers, and file reading. */
#ifndef ANNALIST_UTIL_H
#define ANNALIST_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Allocation that never returns NULL: on failure the process prints
 * "annalist: out of memory" and exits with status 70. Free with free(). */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Grow *arr (of elements of size elsize) so that it holds at least need
 * elements; *cap is updated. Doubles the capacity. */
void util_grow_slow(void **arr, size_t *cap, size_t need, size_t elsize);
static inline void util_grow(void **arr, size_t *cap, size_t need, size_t elsize)
{
    if (need > *cap) util_grow_slow(arr, cap, need, elsize);
}
#define UTIL_PUSH(arr, n, cap) \
    (util_grow((void **)&(arr), &(cap), (n) + 1, sizeof(*(arr))), &(arr)[(n)++])

/* A table of lists of indexes: lists[key] holds counts[key] values. Appends
 * VALUE to list KEY, first growing the table (to at least MINSIZE lists, new
 * ones empty) when KEY is past its end; *nlists is the table's size. The
 * caller owns the table and frees each list, then lists and counts. Aborts,
 * as xrealloc does, when memory runs out. */
void util_lists_push(uint32_t ***lists, uint32_t **counts, size_t *nlists, size_t key,
                     size_t minsize, uint32_t value);

/* An arena: many small allocations carved from a few large blocks and
 * freed all at once (a dictionary's strings and arrays, which live until
 * the dictionary is freed). util_arena_alloc returns n bytes aligned to 8
 * (never NULL; aborts as xmalloc does); a zeroed util_arena_t is empty. */
typedef struct util_arena_block util_arena_block_t;
typedef struct {
    char *cur, *end;              /* room left in the newest block */
    util_arena_block_t *blocks;   /* newest first */
} util_arena_t;
void *util_arena_alloc_slow(util_arena_t *a, size_t n);
static inline void *util_arena_alloc(util_arena_t *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    if ((size_t)(a->end - a->cur) < n || !a->cur) return util_arena_alloc_slow(a, n);
    void *p = a->cur;
    a->cur += n;
    return p;
}
/* A copy of s[0..n) and a NUL in a's memory. */
static inline char *util_arena_strndup(util_arena_t *a, const char *s, size_t n)
{
    char *p = util_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}
/* Frees every block; a is empty again. */
void util_arena_free(util_arena_t *a);

/* A growable byte string; always NUL-terminated once anything is added. */
typedef struct {
    char *s;
    size_t len, cap;
} sbuf_t;

void sbuf_add_slow(sbuf_t *b, const char *s, size_t n);
void sbuf_addc_slow(sbuf_t *b, char c);

/* Appends s[0..n); the common case (room left) stays inline. */
static inline void sbuf_add(sbuf_t *b, const char *s, size_t n)
{
    if (b->s && b->cap > b->len && n < b->cap - b->len) {   /* room for n bytes and the NUL */
        if (n) memcpy(b->s + b->len, s, n);
        b->len += n;
        b->s[b->len] = '\0';
    } else {
        sbuf_add_slow(b, s, n);
    }
}

/* Appends the NUL-terminated s (strlen of a literal is folded). */
static inline void sbuf_adds(sbuf_t *b, const char *s) { sbuf_add(b, s, strlen(s)); }

/* Appends one byte; the common case stays inline (hot in the cleaner and
 * the tokenizer). */
static inline void sbuf_addc(sbuf_t *b, char c)
{
    if (b->len + 2 <= b->cap) {
        b->s[b->len++] = c;
        b->s[b->len] = '\0';
    } else {
        sbuf_addc_slow(b, c);
    }
}
void sbuf_printf(sbuf_t *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void sbuf_clear(sbuf_t *b);   /* len = 0, keeps memory */
void sbuf_free(sbuf_t *b);    /* frees memory, b reusable */

/* Eight bytes of text at a time, as one 64-bit word loaded with memcpy
 * (byte k of the text is byte k of the word: x86-64 is little-endian).
 * util_eq8 sets the high bit of every byte of v equal to c, and no other
 * bit: exact, with no borrow from one byte into the next. */
#define UTIL_ONES 0x0101010101010101ull
#define UTIL_LOW7 0x7F7F7F7F7F7F7F7Full
#define UTIL_HIGHS 0x8080808080808080ull
static inline uint64_t util_eq8(uint64_t v, unsigned char c)
{
    uint64_t x = v ^ (UTIL_ONES * c);
    return ~(((x & UTIL_LOW7) + UTIL_LOW7) | x | UTIL_LOW7);
}

/* Dates are kept as integers yyyymmdd (20220415); 0 means "no date".
 * util_parse_date accepts "YYYY-MM-DD" (and a trailing time part starting
 * with 'T' or ' ') and returns 0 when s is not a valid calendar date. */
int32_t util_parse_date(const char *s, size_t n);
/* Writes "YYYY-MM-DD" (11 bytes with NUL) into out; "" for 0. */
void util_format_date(int32_t d, char out[11]);
/* Writes v as exactly width decimal digits (zero-padded; only the low
 * width digits of a larger v), without a NUL. */
void util_digits(char *out, unsigned v, int width);

/* Reads a whole file into a NUL-terminated buffer (*out, caller frees) of
 * *len bytes. Returns 0 on success, or an errno value (EISDIR for a folder). */
int util_read_file(const char *path, char **out, size_t *len);

/* util_read_file for a dictionary: on failure reports "PATH: cannot read
 * dictionary: REASON" and returns -1 (nothing to free); 0 on success. */
int util_read_dict(const char *path, char **out, size_t *len);

/* Cuts a dictionary line at its '#' comment, in place. A '#' inside
 * "[...]" is part of a code (TABARI's discard code "[###]"), not a comment. */
void util_cut_hash_comment(char *line);

/* Copies src, at most max bytes of it, into out (size bytes), always
 * NUL-terminated and cut to size - 1: snprintf(out, size, "%.*s", max, src)
 * without printf. */
static inline void util_copy(char *out, size_t size, const char *src, size_t max)
{
    if (!size) return;
    size_t lim = max < size - 1 ? max : size - 1, n = 0;
    while (n < lim && src[n]) n++;   /* strnlen, inline: codes are short */
    memmove(out, src, n);
    out[n] = '\0';
}

/* tolower() of the "C" locale (annalist never sets another), inline */
static inline unsigned char util_lower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + ('a' - 'A')) : c;
}

/* Lower-case ASCII compare of s (n bytes) against NUL-terminated lit. */
int util_ieq(const char *s, size_t n, const char *lit);

#endif
