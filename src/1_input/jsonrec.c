/* jsonrec.c -- one JSON Lines record into a story, with yajl's streaming
 * parser: the record is checked whole (well-formed, UTF-8, no duplicate
 * key in any object) but only the top-level id, date, title, text, source
 * and url are copied; nothing else is built. A flat object of strings and
 * nulls, what feeds write, is read first by a fast path of its own that
 * gives anything else to yajl (jsonfast_parse). */
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>

#include "input.h"
#include "lib/jsonscan.h"
#include "lib/util.h"

enum { JR_ID, JR_TITLE, JR_TEXT, JR_SOURCE, JR_URL, JR_DATE, JR_NFIELDS };
enum { JR_ABSENT, JR_NULL, JR_STRING, JR_INTEGER, JR_OTHER };

static const char *const jsonrec_keys[JR_NFIELDS] = {"id", "title", "text", "source", "url",
                                                     "date"};

typedef struct {
    int kind;            /* JR_ABSENT ... */
    char *s;             /* JR_STRING: owned copy */
    size_t n;
    long long i;         /* JR_INTEGER */
} jsonrec_field_t;

typedef struct {
    int depth;           /* 0 outside the record, 1 inside its object */
    int top;             /* 0 nothing yet, '{' object, '[' array */
    int done;            /* the top-level value ended */
    int field;           /* the top-level key just read (JR_*), -1 another */
    const char *err;     /* our own reason to stop the parse */
    jsonrec_field_t f[JR_NFIELDS];
    sbuf_t keys;         /* keys of the open objects: [uint32 len][bytes]... */
    size_t *marks;       /* where each open object's keys start in keys */
    size_t nmarks, cmarks;
} jsonrec_t;

/* A value starts: a scalar (kind) or, with kind JR_OTHER and open, a
 * container. Returns 0 (stop) when the record itself is not an object. */
static int jsonrec_value(jsonrec_t *j, int kind)
{
    if (j->depth == 0 && !j->top) {
        j->err = "'[' or '{' expected";
        return 0;
    }
    if (j->depth == 1 && j->top == '{' && j->field >= 0) {
        j->f[j->field].kind = kind;
        j->field = -1;
    }
    return 1;
}

static int jsonrec_null(void *ctx) { return jsonrec_value(ctx, JR_NULL); }
static int jsonrec_bool(void *ctx, int v) { (void)v; return jsonrec_value(ctx, JR_OTHER); }
static int jsonrec_double(void *ctx, double v) { (void)v; return jsonrec_value(ctx, JR_OTHER); }

static int jsonrec_integer(void *ctx, long long v)
{
    jsonrec_t *j = ctx;
    if (j->depth == 1 && j->field >= 0) j->f[j->field].i = v;
    return jsonrec_value(j, JR_INTEGER);
}

static int jsonrec_string(void *ctx, const unsigned char *s, size_t n)
{
    jsonrec_t *j = ctx;
    if (j->depth == 1 && j->top == '{' && j->field >= 0) {
        j->f[j->field].s = xstrndup((const char *)s, n);
        j->f[j->field].n = n;
    }
    return jsonrec_value(j, JR_STRING);
}

static int jsonrec_open(void *ctx, int c)
{
    jsonrec_t *j = ctx;
    if (j->depth == 0) j->top = c;
    else if (!jsonrec_value(j, JR_OTHER)) return 0;
    j->depth++;
    if (c == '{') *UTIL_PUSH(j->marks, j->nmarks, j->cmarks) = j->keys.len;
    return 1;
}

static int jsonrec_close(jsonrec_t *j, int c)
{
    if (c == '}') {
        j->keys.len = j->marks[--j->nmarks];
    }
    if (--j->depth == 0) j->done = 1;
    return 1;
}

static int jsonrec_start_map(void *ctx) { return jsonrec_open(ctx, '{'); }
static int jsonrec_start_array(void *ctx) { return jsonrec_open(ctx, '['); }
static int jsonrec_end_map(void *ctx) { return jsonrec_close(ctx, '}'); }
static int jsonrec_end_array(void *ctx) { return jsonrec_close(ctx, ']'); }

static int jsonrec_key(void *ctx, const unsigned char *k, size_t n)
{
    jsonrec_t *j = ctx;
    /* a key repeated in the same object is an error (as it was with
     * jansson's JSON_REJECT_DUPLICATES) */
    size_t at = j->marks[j->nmarks - 1];
    while (at < j->keys.len) {
        uint32_t len;
        memcpy(&len, j->keys.s + at, sizeof len);
        at += sizeof len;
        if (len == n && !memcmp(j->keys.s + at, k, n)) {
            j->err = "duplicate object key";
            return 0;
        }
        at += len;
    }
    uint32_t len = (uint32_t)n;
    sbuf_add(&j->keys, (const char *)&len, sizeof len);
    sbuf_add(&j->keys, (const char *)k, n);
    j->field = -1;
    if (j->depth == 1)
        for (int i = 0; i < JR_NFIELDS; i++)
            if (strlen(jsonrec_keys[i]) == n && !memcmp(jsonrec_keys[i], k, n)) j->field = i;
    return 1;
}

static const yajl_callbacks jsonrec_callbacks = {
    jsonrec_null,   jsonrec_bool,      jsonrec_integer, jsonrec_double,
    NULL,           jsonrec_string,    jsonrec_start_map, jsonrec_key,
    jsonrec_end_map, jsonrec_start_array, jsonrec_end_array,
};

/* Hands a text field over to the story (NULL when absent or null); a value
 * of another type sets *err to errmsg. The id may be an integer. */
static char *jsonrec_take(jsonrec_field_t *f, int is_id, const char **err, const char *errmsg)
{
    if (f->kind == JR_ABSENT || f->kind == JR_NULL) return NULL;
    if (f->kind == JR_STRING) {
        char *s = f->s;
        f->s = NULL;
        return s;
    }
    if (f->kind == JR_INTEGER && is_id) {
        char buf[32];
        snprintf(buf, sizeof buf, "%lld", f->i);
        return xstrdup(buf);
    }
    *err = errmsg;
    return NULL;
}

/* Parses the record; returns NULL or the reason (in msg) it is not JSON. */
static const char *jsonrec_parse(jsonrec_t *j, const char *line, size_t n, char *msg,
                                 size_t cmsg)
{
    yajl_handle h = yajl_alloc(&jsonrec_callbacks, NULL, j);
    yajl_status st = yajl_parse(h, (const unsigned char *)line, n);
    if (st == yajl_status_ok) st = yajl_complete_parse(h);
    const char *bad = NULL;
    if (st != yajl_status_ok || !j->done) {
        size_t at = yajl_get_bytes_consumed(h) + 1;   /* 1-based */
        if (st == yajl_status_error) {
            /* "parse error: ..." or "lexical error: ...", without the kind */
            unsigned char *e = yajl_get_error(h, 0, NULL, 0);
            const char *why = strstr((const char *)e, ": ");
            why = why ? why + 2 : (const char *)e;
            size_t el = strlen(why);
            while (el && (why[el - 1] == '\n' || why[el - 1] == ' ' || why[el - 1] == '.')) el--;
            snprintf(msg, cmsg, "invalid JSON at column %zu: %.*s", at, (int)el, why);
            yajl_free_error(h, e);
        } else {
            snprintf(msg, cmsg, "invalid JSON at column %zu: %s", at,
                     j->err ? j->err : "premature end of input");
        }
        bad = msg;
    }
    yajl_free(h);
    return bad;
}

/* The fast path: the records a news feed writes are one flat object of
 * strings (and nulls), read here without yajl at a few instructions a
 * byte (yajl's lexer and parser take about 20). It accepts a strict subset
 * of what yajl accepts, with the same result: any other record (a number,
 * a nested value, a \u escape of a surrogate or of U+0000, an error of any
 * kind) makes it give up, and yajl reads the record with its checks and
 * its messages. */

static int jsonfast_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* The length of the UTF-8 character at s[0..n) as yajl's lexer checks it
 * (a lead byte and its continuation bytes; no test of overlong forms), or 0. */
static size_t jsonfast_utf8(const unsigned char *s, size_t n)
{
    size_t len = (s[0] >> 5) == 0x6 ? 2 : (s[0] >> 4) == 0xe ? 3 : (s[0] >> 3) == 0x1e ? 4 : 0;
    if (!len || len > n) return 0;
    for (size_t k = 1; k < len; k++)
        if ((s[k] & 0xc0) != 0x80) return 0;
    return len;
}

/* Four hex digits of a \u escape, or -1. */
static long jsonfast_hex4(const unsigned char *s)
{
    long v = 0;
    for (int k = 0; k < 4; k++) {
        int c = s[k], d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                                                   : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

/* Reads the string whose opening quote is at *at (line[0..n)); *at moves
 * past its closing quote. With out (room for the string's raw length and
 * a NUL), writes the decoded string there and its length in *outn.
 * *escaped tells whether it held an escape. Returns 0 when the fast path
 * gives up. */
static int jsonfast_string(const unsigned char *line, size_t n, size_t *at, char *out,
                           size_t *outn, int *escaped)
{
    size_t i = *at + 1, o = 0;
    *escaped = 0;
    for (;;) {
        size_t k = jsonscan_plain(line + i, n - i, 1);
        if (out) memcpy(out + o, line + i, k);
        i += k;
        o += k;
        if (i >= n) return 0;
        unsigned char c = line[i];
        if (c == '"') break;
        if (c >= 0x80) {
            size_t len = jsonfast_utf8(line + i, n - i);
            if (!len) return 0;
            if (out) memcpy(out + o, line + i, len);
            i += len;
            o += len;
            continue;
        }
        if (c != '\\' || i + 1 >= n) return 0;   /* a control character */
        *escaped = 1;
        static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
        const char *e = memchr(from, line[i + 1], sizeof from - 1);
        if (e) {
            if (out) out[o] = to[e - from];
            o++;
            i += 2;
            continue;
        }
        if (line[i + 1] != 'u' || i + 6 > n) return 0;
        long u = jsonfast_hex4(line + i + 2);
        if (u <= 0 || (u >= 0xd800 && u <= 0xdfff)) return 0;   /* yajl's own ways */
        if (out) {
            if (u < 0x80) {
                out[o] = (char)u;
            } else if (u < 0x800) {
                out[o] = (char)(0xc0 | (u >> 6));
                out[o + 1] = (char)(0x80 | (u & 0x3f));
            } else {
                out[o] = (char)(0xe0 | (u >> 12));
                out[o + 1] = (char)(0x80 | ((u >> 6) & 0x3f));
                out[o + 2] = (char)(0x80 | (u & 0x3f));
            }
        }
        o += u < 0x80 ? 1 : u < 0x800 ? 2 : 3;
        i += 6;
    }
    if (out) out[o] = '\0';
    if (outn) *outn = o;
    *at = i + 1;
    return 1;
}

#define JSONFAST_MAX_KEYS 32

/* Reads line[0..n) into j when it is a flat object of strings and nulls
 * with no duplicate key. Returns 0 (j untouched but for fields to free)
 * when the fast path gives up. */
static int jsonfast_parse(jsonrec_t *j, const char *text, size_t n)
{
    const unsigned char *line = (const unsigned char *)text;
    size_t keya[JSONFAST_MAX_KEYS], keyn[JSONFAST_MAX_KEYS], nkeys = 0, i = 0;
    while (i < n && jsonfast_ws((char)line[i])) i++;
    if (i >= n || line[i] != '{') return 0;
    i++;
    for (;;) {
        while (i < n && jsonfast_ws((char)line[i])) i++;
        if (i >= n || line[i] != '"' || nkeys == JSONFAST_MAX_KEYS) return 0;
        size_t ka = i + 1;
        int esc;
        if (!jsonfast_string(line, n, &i, NULL, NULL, &esc) || esc) return 0;
        size_t kn = i - 1 - ka;
        for (size_t k = 0; k < nkeys; k++)
            if (keyn[k] == kn && !memcmp(line + keya[k], line + ka, kn)) return 0;
        keya[nkeys] = ka;
        keyn[nkeys++] = kn;
        int field = -1;
        for (int f = 0; f < JR_NFIELDS; f++)
            if (strlen(jsonrec_keys[f]) == kn && !memcmp(jsonrec_keys[f], line + ka, kn)) field = f;
        while (i < n && jsonfast_ws((char)line[i])) i++;
        if (i >= n || line[i] != ':') return 0;
        i++;
        while (i < n && jsonfast_ws((char)line[i])) i++;
        if (i < n && line[i] == '"') {
            size_t va = i;
            if (field < 0) {
                if (!jsonfast_string(line, n, &i, NULL, NULL, &esc)) return 0;
            } else {
                char *v = xmalloc(n - va);   /* the decoded string is never longer */
                size_t vn;
                if (!jsonfast_string(line, n, &i, v, &vn, &esc)) {
                    free(v);
                    return 0;
                }
                j->f[field].kind = JR_STRING;
                j->f[field].s = v;
                j->f[field].n = vn;
            }
        } else if (i + 4 <= n && !memcmp(line + i, "null", 4)) {
            i += 4;
            if (field >= 0) j->f[field].kind = JR_NULL;
        } else {
            return 0;
        }
        while (i < n && jsonfast_ws((char)line[i])) i++;
        if (i < n && line[i] == ',') {
            i++;
            continue;
        }
        if (i >= n || line[i] != '}') return 0;
        i++;
        break;
    }
    while (i < n && jsonfast_ws((char)line[i])) i++;
    if (i != n) return 0;
    j->top = '{';
    j->done = 1;
    return 1;
}

const char *input_parse_json(const char *line, size_t n, story_t *s)
{
    static __thread char msg[256];
    jsonrec_t j = {0};
    j.field = -1;
    const char *err = NULL;
    if (!jsonfast_parse(&j, line, n)) {
        for (int i = 0; i < JR_NFIELDS; i++) free(j.f[i].s);
        memset(&j, 0, sizeof j);
        j.field = -1;
        err = jsonrec_parse(&j, line, n, msg, sizeof msg);
    }
    if (!err && j.top != '{') err = "a JSON Lines record must be an object";
    if (!err) {
        /* checked in this order; a later field's message wins */
        s->id = jsonrec_take(&j.f[JR_ID], 1, &err, "\"id\" must be a string or integer");
        s->title = jsonrec_take(&j.f[JR_TITLE], 0, &err, "\"title\" must be a string");
        s->text = jsonrec_take(&j.f[JR_TEXT], 0, &err, "\"text\" must be a string");
        s->source = jsonrec_take(&j.f[JR_SOURCE], 0, &err, "\"source\" must be a string");
        s->url = jsonrec_take(&j.f[JR_URL], 0, &err, "\"url\" must be a string");
        jsonrec_field_t *d = &j.f[JR_DATE];
        if (!err && d->kind != JR_ABSENT && d->kind != JR_NULL) {
            if (d->kind != JR_STRING) {
                err = "\"date\" must be a string YYYY-MM-DD";
            } else {
                s->date = util_parse_date(d->s, d->n);
                if (!s->date && d->n > 0) {
                    snprintf(msg, sizeof msg, "\"date\" is not a date (YYYY-MM-DD): \"%.40s\"",
                             d->s);
                    err = msg;
                }
            }
        }
        if (!err && !s->text && !s->title) err = "record has no \"text\"";
        if (!err && (!s->text || !*s->text) && (!s->title || !*s->title)) err = "empty story";
    }
    for (int i = 0; i < JR_NFIELDS; i++) free(j.f[i].s);
    sbuf_free(&j.keys);
    free(j.marks);
    if (err) story_free(s);
    return err;
}
