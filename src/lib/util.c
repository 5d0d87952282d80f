/* util.c -- checked allocation, byte buffers, dates, file reading. */
#include "util.h"

#include "lib/diag.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void util_oom(void)
{
    fputs("annalist: out of memory\n", stderr);
    exit(70);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) util_oom();
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) util_oom();
    return p;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) util_oom();
    return p;
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

void util_grow_slow(void **arr, size_t *cap, size_t need, size_t elsize)
{
    if (need <= *cap) return;
    size_t c = *cap ? *cap : 8;
    while (c < need) c *= 2;
    *arr = xrealloc(*arr, c * elsize);
    *cap = c;
}

struct util_arena_block {
    util_arena_block_t *next;
    size_t size;   /* keeps the data 16-byte aligned after next */
};

void *util_arena_alloc_slow(util_arena_t *a, size_t n)
{
    /* blocks of 64 KB; a request larger than a quarter of that gets a block
     * of its own, behind the newest, so the room left there is kept */
    enum { UTIL_ARENA_BLOCK = 65536 };
    size_t big = n > UTIL_ARENA_BLOCK / 4, size = big ? n : UTIL_ARENA_BLOCK;
    util_arena_block_t *b = xmalloc(sizeof *b + size);
    b->size = size;
    char *data = (char *)(b + 1);
    if (big && a->blocks) {
        b->next = a->blocks->next;
        a->blocks->next = b;
        return data;
    }
    b->next = a->blocks;
    a->blocks = b;
    a->cur = data + n;
    a->end = data + size;
    return data;
}

void util_arena_free(util_arena_t *a)
{
    for (util_arena_block_t *b = a->blocks, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    memset(a, 0, sizeof *a);
}

void sbuf_add_slow(sbuf_t *b, const char *s, size_t n)
{
    util_grow_slow((void **)&b->s, &b->cap, b->len + n + 1, 1);
    if (n) memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void sbuf_addc_slow(sbuf_t *b, char c) { sbuf_add(b, &c, 1); }

void sbuf_printf(sbuf_t *b, const char *fmt, ...)
{
    util_grow((void **)&b->s, &b->cap, b->len + 64, 1);
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->s[b->len] = '\0';
        return;
    }
    if ((size_t)n >= b->cap - b->len) {   /* did not fit: grow and write again */
        util_grow((void **)&b->s, &b->cap, b->len + (size_t)n + 1, 1);
        va_start(ap, fmt);
        vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
}

void sbuf_clear(sbuf_t *b)
{
    b->len = 0;
    if (b->s) b->s[0] = '\0';
}

void sbuf_free(sbuf_t *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}

static int util_days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return dm[m - 1];
}

int32_t util_parse_date(const char *s, size_t n)
{
    if (n < 10) return 0;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-') return 0;
        } else if (!isdigit((unsigned char)s[i])) {
            return 0;
        }
    }
    if (n > 10 && s[10] != 'T' && s[10] != ' ') return 0;
    /* atoi(s) without strtol: four digits then '-' */
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > util_days_in_month(y, m))
        return 0;
    return (int32_t)(y * 10000 + m * 100 + d);
}

void util_format_date(int32_t d, char out[11])
{
    if (d <= 0) {
        out[0] = '\0';
        return;
    }
    util_digits(out, (unsigned)(d / 10000), 4);
    out[4] = '-';
    util_digits(out + 5, (unsigned)(d / 100), 2);
    out[7] = '-';
    util_digits(out + 8, (unsigned)d, 2);
    out[10] = '\0';
}

void util_digits(char *out, unsigned v, int width)
{
    for (int i = width - 1; i >= 0; i--, v /= 10) out[i] = (char)('0' + v % 10);
}

int util_read_file(const char *path, char **out, size_t *len)
{
    *out = NULL;
    *len = 0;
    FILE *f = fopen(path, "rb");
    if (!f) return errno;
    struct stat st;
    int have_st = fstat(fileno(f), &st) == 0;
    if (have_st && S_ISDIR(st.st_mode)) {
        fclose(f);
        return EISDIR;
    }
    /* read straight into the buffer: a regular file in one read, with
     * room for all of it and its NUL (and one byte more, so that the read
     * stops short at the end); else 64 KB at a time */
    int regular = have_st && S_ISREG(st.st_mode) && st.st_size > 0;
    sbuf_t b = {0};
    b.cap = regular ? (size_t)st.st_size + 2 : 65536;
    b.s = xmalloc(b.cap);
    for (;;) {
        if (b.cap - b.len < 2) util_grow_slow((void **)&b.s, &b.cap, b.len + 65536, 1);
        size_t room = b.cap - b.len - 1, n = fread(b.s + b.len, 1, room, f);
        b.len += n;
        if (n < room) break;   /* the end, or an error */
    }
    b.s[b.len] = '\0';
    int err = ferror(f) ? (errno ? errno : EIO) : 0;
    fclose(f);
    if (err) {
        sbuf_free(&b);
        return err;
    }
    *out = b.s;
    *len = b.len;
    return 0;
}

int util_ieq(const char *s, size_t n, const char *lit)
{
    size_t i = 0;
    for (; i < n && lit[i]; i++)
        if (util_lower((unsigned char)s[i]) != util_lower((unsigned char)lit[i])) return 0;
    return i == n && lit[i] == '\0';
}

void util_cut_hash_comment(char *line)
{
    int depth = 0;
    char *hash = strchr(line, '#');   /* most lines have none: one fast scan */
    if (!hash) return;
    if (!memchr(line, '[', (size_t)(hash - line))) {   /* none before it: a comment */
        *hash = '\0';
        return;
    }
    for (char *c = line; *c; c++) {
        if (*c == '[') depth++;
        else if (*c == ']' && depth) depth--;
        else if (*c == '#' && !depth) {
            *c = '\0';
            return;
        }
    }
}

int util_read_dict(const char *path, char **out, size_t *len)
{
    int err = util_read_file(path, out, len);
    if (!err) return 0;
    diag_error(path, 0, "cannot read dictionary: %s", strerror(err));
    return -1;
}

void util_lists_push(uint32_t ***lists, uint32_t **counts, size_t *nlists, size_t key,
                     size_t minsize, uint32_t value)
{
    if (key >= *nlists) {   /* at least doubled: keys come one after the other */
        size_t nn = minsize > key ? minsize : key + 1;
        if (nn < 2 * *nlists) nn = 2 * *nlists;
        *lists = xrealloc(*lists, nn * sizeof **lists);
        *counts = xrealloc(*counts, nn * sizeof **counts);
        for (size_t k = *nlists; k < nn; k++) (*lists)[k] = NULL, (*counts)[k] = 0;
        *nlists = nn;
    }
    /* a list's room is its count rounded up to a power of two: it grows
     * when the count is 0 or a power of two */
    uint32_t **l = &(*lists)[key], c = (*counts)[key];
    if (!(c & (c - 1))) *l = xrealloc(*l, (c ? 2 * (size_t)c : 1) * sizeof **l);
    (*l)[(*counts)[key]++] = value;
}
