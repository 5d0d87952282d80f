/* input.c -- reading plain-text and JSON Lines stories (a JSON record is
 * parsed by jsonrec.c, in the worker threads). */
#include "input.h"

#include <errno.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utf8proc.h>

#include "lib/diag.h"
#include "lib/util.h"

struct input {
    FILE *f;
    char *path;            /* for messages */
    int jsonl;             /* 1 = JSON Lines, 2 = PETRARCH XML, 0 = one plain-text story */
    xmlDoc *doc;           /* PETRARCH XML: the parsed file */
    xmlNode *next;         /* the next <Sentence> */
    int done;
    int32_t date;
    size_t line;
    uint64_t seq;
    stats_t *st;
    char *buf;
    size_t cap;
};

static char **input_names;
static size_t input_nnames, input_capnames;

void input_free_names(void)
{
    for (size_t i = 0; i < input_nnames; i++) free(input_names[i]);
    free(input_names);
    input_names = NULL;
    input_nnames = input_capnames = 0;
}

void story_free(story_t *s)
{
    free(s->raw);
    free(s->id);
    free(s->title);
    free(s->text);
    free(s->source);
    free(s->url);
    memset(s, 0, sizeof *s);
}

static int input_is_jsonl_name(const char *p)
{
    const char *dot = strrchr(p, '.');
    if (dot && !strcmp(dot, ".xml")) return 2;
    return dot && (!strcmp(dot, ".jsonl") || !strcmp(dot, ".ndjson") || !strcmp(dot, ".json"));
}

/* A .txt, .text, .html or .htm file is one story of plain text, whatever
 * its first character. */
static int input_is_text_name(const char *p)
{
    const char *dot = strrchr(p, '.');
    return dot && (!strcmp(dot, ".txt") || !strcmp(dot, ".text") || !strcmp(dot, ".html") ||
                   !strcmp(dot, ".htm"));
}

input_t *input_open(const char *path, int32_t default_date, const char *format,
                    stats_t *st)
{
    int is_stdin = !path || !strcmp(path, "-");
    const char *name = is_stdin ? "<stdin>" : path;
    FILE *f = stdin;
    if (!is_stdin) {
        struct stat sb;
        if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
            diag_error(name, 0, "is a directory, not a story file");
            st->stories_in++;
            st->stories_skipped++;
            return NULL;
        }
        f = fopen(path, "rb");
        if (!f) {
            diag_error(name, 0, "cannot open: %s", strerror(errno));
            st->stories_in++;
            st->stories_skipped++;
            return NULL;
        }
    }
    input_t *in = xcalloc(1, sizeof *in);
    in->f = f;
    in->path = xstrdup(name);
    *UTIL_PUSH(input_names, input_nnames, input_capnames) = in->path;
    in->date = default_date;
    in->st = st;
    if (format && !strcmp(format, "jsonl")) {
        in->jsonl = 1;
    } else if (format && !strcmp(format, "xml")) {
        in->jsonl = 2;
    } else if (format && !strcmp(format, "text")) {
        in->jsonl = 0;
    } else if (!is_stdin && input_is_jsonl_name(path)) {
        in->jsonl = input_is_jsonl_name(path);
    } else if (!is_stdin && input_is_text_name(path)) {
        in->jsonl = 0;   /* a scraped page may start with '<p>': still text */
    } else {
        int c;
        while ((c = fgetc(f)) == ' ' || c == '\n' || c == '\r' || c == '\t') {
        }
        in->jsonl = (c == '{') ? 1 : (c == '<') ? 2 : 0;
        if (c != EOF) ungetc(c, f);
        /* the skipped blank lines do not matter for plain text; JSON lines
         * are counted from the first record (blank leading lines rare) */
    }
    return in;
}

static int input_next_jsonl(input_t *in, story_t *s)
{
    for (;;) {
        ssize_t n = getline(&in->buf, &in->cap, in->f);
        if (n < 0) return 0;
        in->line++;
        size_t len = (size_t)n;
        while (len && (in->buf[len - 1] == '\n' || in->buf[len - 1] == '\r')) len--;
        size_t k = 0;
        while (k < len && (in->buf[k] == ' ' || in->buf[k] == '\t')) k++;
        if (k == len) continue;   /* blank line */
        in->st->stories_in++;
        if (len > INPUT_MAX_RECORD) {
            diag_error(in->path, in->line, "line of %zu bytes is longer than the limit of %u",
                       len, INPUT_MAX_RECORD);
            in->st->stories_skipped++;
            continue;
        }
        memset(s, 0, sizeof *s);
        s->raw = xstrndup(in->buf, len);
        s->rawlen = len;
        s->file = in->path;
        s->line = in->line;
        s->seq = in->seq++;
        return 1;
    }
}

int input_decode(story_t *s, stats_t *st)
{
    if (!s->raw) return 0;
    char *raw = s->raw;
    size_t len = s->rawlen;
    const char *file = s->file;
    size_t line = s->line;
    uint64_t seq = s->seq, ordinal = s->ordinal;
    s->raw = NULL;
    memset(s, 0, sizeof *s);
    const char *err = input_parse_json(raw, len, s);
    free(raw);
    s->file = file;
    s->line = line;
    s->seq = seq;
    s->ordinal = ordinal;
    if (err) {
        diag_error(file, line, "%s; story skipped", err);
        st->stories_skipped++;
        return -1;
    }
    if (!s->id) {
        char buf[64];
        snprintf(buf, sizeof buf, "line-%zu", line);
        s->id = xstrdup(buf);
    }
    return 0;
}

static char *input_story_id(const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    const char *dot = strrchr(b, '.');
    size_t n = (dot && dot != b) ? (size_t)(dot - b) : strlen(b);
    char *id = xstrndup(b, n);
    /* ids go into JSON: a file name that is not UTF-8 gets '?' for its bad bytes */
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)id + i,
                                              (utf8proc_ssize_t)(n - i), &c);
        if (l <= 0) {
            id[i++] = '?';
            continue;
        }
        i += (size_t)l;
    }
    return id;
}

static int input_next_text(input_t *in, story_t *s)
{
    if (in->done) return 0;
    in->done = 1;
    in->st->stories_in++;
    sbuf_t b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, in->f)) > 0) {
        if (b.len + n > INPUT_MAX_RECORD) {
            diag_error(in->path, 0, "file is longer than the limit of %u bytes; story skipped",
                       INPUT_MAX_RECORD);
            in->st->stories_skipped++;
            sbuf_free(&b);
            return 0;
        }
        sbuf_add(&b, chunk, n);
    }
    if (ferror(in->f)) {
        diag_error(in->path, 0, "read error: %s; story skipped", strerror(errno));
        in->st->stories_skipped++;
        sbuf_free(&b);
        return 0;
    }
    if (!b.s) sbuf_add(&b, "", 0);
    const char *nul = memchr(b.s, '\0', b.len);
    if (nul) {
        diag_error(in->path, 0, "binary file (NUL byte at offset %zu); story skipped",
                   (size_t)(nul - b.s));
        in->st->stories_skipped++;
        sbuf_free(&b);
        return 0;
    }
    size_t k = 0;
    while (k < b.len && (b.s[k] == ' ' || b.s[k] == '\n' || b.s[k] == '\r' || b.s[k] == '\t'))
        k++;
    if (k == b.len) {
        diag_error(in->path, 0, "empty story; skipped");
        in->st->stories_skipped++;
        sbuf_free(&b);
        return 0;
    }
    memset(s, 0, sizeof *s);
    s->id = input_story_id(in->path);
    s->text = b.s;
    s->date = in->date;
    s->file = in->path;
    s->line = 0;
    s->seq = in->seq++;
    return 1;
}

/* PETRARCH batch or validation XML: <Sentences><Sentence date="YYYYMMDD"
 * id="..."><Text>...</Text></Sentence>...; only the text is used (annalist
 * needs no parse tree). */
static char *input_xml_attr(xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v) return NULL;
    char *s = xstrdup((const char *)v);
    xmlFree(v);
    return s;
}

static int input_xml_load(input_t *in)
{
    sbuf_t b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, in->f)) > 0) sbuf_add(&b, chunk, n);
    in->done = 1;
    if (b.len > INT32_MAX) b.len = INT32_MAX;
    in->doc = xmlReadMemory(b.s ? b.s : "", (int)b.len, in->path, NULL,
                            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    sbuf_free(&b);
    if (!in->doc) {
        const xmlError *e = xmlGetLastError();
        in->st->stories_in++;
        in->st->stories_skipped++;
        diag_error(in->path, e ? (size_t)e->line : 0, "not well-formed XML: %s",
                   e && e->message ? e->message : "unknown error");
        return -1;
    }
    xmlNode *root = xmlDocGetRootElement(in->doc);
    for (xmlNode *c = root; c; c = c->children) {
        if (c->type == XML_ELEMENT_NODE && !xmlStrcmp(c->name, (const xmlChar *)"Sentences")) {
            in->next = c->children;
            return 0;
        }
        if (c->type == XML_ELEMENT_NODE && !xmlStrcmp(c->name, (const xmlChar *)"Sentence")) {
            in->next = c;
            return 0;
        }
        if (c != root) break;
        for (xmlNode *k = c->children; k; k = k->next)
            if (k->type == XML_ELEMENT_NODE && !xmlStrcmp(k->name, (const xmlChar *)"Sentences")) {
                in->next = k->children;
                return 0;
            }
        break;
    }
    return 0;
}

static int input_next_xml(input_t *in, story_t *s)
{
    if (!in->doc && (in->done || input_xml_load(in) != 0)) return 0;
    for (; in->next; in->next = in->next->next) {
        xmlNode *n = in->next;
        if (n->type != XML_ELEMENT_NODE || xmlStrcmp(n->name, (const xmlChar *)"Sentence")) continue;
        in->next = n->next;
        in->st->stories_in++;
        memset(s, 0, sizeof *s);
        for (xmlNode *c = n->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE || xmlStrcmp(c->name, (const xmlChar *)"Text")) continue;
            xmlChar *t = xmlNodeGetContent(c);
            free(s->text);
            s->text = xstrdup(t ? (const char *)t : "");
            xmlFree(t);
        }
        /* the records are hard-wrapped: a line break is a space */
        for (char *c = s->text; c && *c; c++)
            if (*c == '\n' || *c == '\r') *c = ' ';
        s->id = input_xml_attr(n, "id");
        char *date = input_xml_attr(n, "date");
        if (date) {
            char buf[11];
            if (strlen(date) == 8) snprintf(buf, sizeof buf, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
            else snprintf(buf, sizeof buf, "%.10s", date);
            s->date = util_parse_date(buf, strlen(buf));
        }
        free(date);
        s->file = in->path;
        s->line = (size_t)xmlGetLineNo(n);
        s->seq = in->seq++;
        if (!s->id) {
            char buf[64];
            snprintf(buf, sizeof buf, "line-%zu", s->line);
            s->id = xstrdup(buf);
        }
        if (!s->text || !*s->text) {
            diag_error(in->path, s->line, "<Sentence> has no <Text>; skipped");
            in->st->stories_skipped++;
            story_free(s);
            continue;
        }
        return 1;
    }
    return 0;
}

int input_next(input_t *in, story_t *s)
{
    if (in->jsonl == 2) return input_next_xml(in, s);
    return in->jsonl ? input_next_jsonl(in, s) : input_next_text(in, s);
}

void input_close(input_t *in)
{
    if (!in) return;
    if (in->f && in->f != stdin) fclose(in->f);
    if (in->doc) xmlFreeDoc(in->doc);
    free(in->buf);
    free(in);
}
