/* output.c -- JSON Lines and TSV event records. */
#include "output.h"

#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "lib/jsonscan.h"

const char *output_header(output_format_t f)
{
    switch (f) {
    case OUT_TSV:
        return "story_id\tsentence\tdate\tsource\tsource_country\tsource_text\ttarget\t"
               "target_country\ttarget_text\tcameo\troot\tquad_class\tgoldstein\tplover\ttext\n";
    case OUT_CSV:
        return "story_id,sentence,date,source,source_country,source_text,target,"
               "target_country,target_text,cameo,root,quad_class,goldstein,plover,text\n";
    default:
        return "";
    }
}

static void output_tsv_field(sbuf_t *out, const char *s)
{
    for (; *s; s++) sbuf_addc(out, (*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s);
}

/* One CSV field, quoted when it holds a comma, a quote or a line break. */
static void output_csv_field(sbuf_t *out, const char *s, size_t n)
{
    int quote = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r') quote = 1;
    if (!quote) {
        sbuf_add(out, s, n);
        return;
    }
    sbuf_addc(out, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"') sbuf_addc(out, '"');
        sbuf_addc(out, s[i]);
    }
    sbuf_addc(out, '"');
}

/* GDELT 2.0 event table: 61 tab-separated columns in GDELT's order; the
 * ones annalist does not know are left empty. The event id is a hash of
 * story, sentence and event, so it is the same on every run. */
static void output_gdelt(sbuf_t *out, const story_t *s, size_t index, const event_t *e,
                         const char *srctext, const char *tgttext, double gold)
{
    char date[11];
    util_format_date(s->date, date);
    char sql[16] = "", my[16] = "", yr[16] = "", frac[32] = "";
    if (s->date) {
        snprintf(sql, sizeof sql, "%08d", (int)s->date);
        snprintf(my, sizeof my, "%06d", (int)(s->date / 100));
        snprintf(yr, sizeof yr, "%04d", (int)(s->date / 10000));
        int y = (int)(s->date / 10000), m = (int)(s->date / 100 % 100), d = (int)(s->date % 100);
        double year = y;   /* GDELT's FractionDate: year + day of year / 365 */
        snprintf(frac, sizeof frac, "%.4f", year + ((m - 1) * 30.5 + (double)d) / 365.0);
    }
    sbuf_t key = {0};
    sbuf_printf(&key, "%s\x1f%zu\x1f%s\x1f%s\x1f%s", s->id, index, e->src.code, e->tgt.code,
                e->code);
    unsigned long long id = (unsigned long long)(XXH3_64bits(key.s, key.len) >> 1);
    sbuf_free(&key);
    char base[4] = {e->code[0], e->code[1], e->code[2], '\0'};
    char root[3] = {e->code[0], e->code[1], '\0'};
    const mention_t *a[2] = {&e->src, &e->tgt};
    const char *names[2] = {srctext, tgttext};
    sbuf_printf(out, "%llu\t%s\t%s\t%s\t%s", id, sql, my, yr, frac);
    for (int k = 0; k < 2; k++) {
        const char *c = a[k]->code;
        int igo = !strncmp(c, "IGO", 3) || !strncmp(c, "NGO", 3);
        sbuf_printf(out, "\t%s\t", c);
        output_tsv_field(out, names[k]);
        /* country, known group, ethnic, religion 1, 2, type 1, 2, 3 */
        sbuf_printf(out, "\t%s\t%s\t\t\t\t%.3s\t%.3s\t", igo ? "" : a[k]->country,
                    igo ? c + 3 : "", strlen(c) > 3 && !igo ? c + 3 : "",
                    strlen(c) > 6 && !igo ? c + 6 : "");
    }
    sbuf_printf(out, "\t1\t%s\t%s\t%s\t%d\t%.1f\t1\t1\t1\t", e->code, base, root,
                cameo_quad_class(e->code), gold);
    for (int k = 0; k < 1 + 3 * 8; k++) sbuf_addc(out, '\t');   /* AvgTone, three geo blocks */
    sbuf_printf(out, "%s\t", sql);
    output_tsv_field(out, s->url ? s->url : "");
    sbuf_addc(out, '\n');
}

/* A JSON record is written through a cursor into room reserved once
 * (output_room), not piece by piece through sbuf_add's checks: the
 * records are most of what a run writes. */

/* Makes room for n more bytes and a NUL in out; returns where they go.
 * The caller writes at most n bytes and ends with output_done. */
static char *output_room(sbuf_t *out, size_t n)
{
    util_grow((void **)&out->s, &out->cap, out->len + n + 1, 1);
    return out->s + out->len;
}

/* Ends what was written from output_room's pointer up to p. */
static void output_done(sbuf_t *out, char *p)
{
    out->len = (size_t)(p - out->s);
    out->s[out->len] = '\0';
}

static inline char *output_put(char *p, const char *s, size_t n)
{
    memcpy(p, s, n);
    return p + n;
}

/* A string literal: its length is known when compiling. */
#define OUTPUT_LIT(p, lit) output_put((p), (lit), sizeof(lit) - 1)

/* The string in a char array field (a code, a country): the whole array is
 * copied, a copy of known size that needs no call, and p moves on by the
 * string's length. The room reserved counts the array's size. */
static inline char *output_field(char *p, const char *arr, size_t size)
{
    memcpy(p, arr, size);
    return p + strlen(arr);
}
#define OUTPUT_FIELD(p, arr) output_field((p), (arr), sizeof(arr))

/* The most bytes output_json_str writes for n bytes of text. */
#define OUTPUT_JSON_MAX(n) (6 * (size_t)(n) + 2)

/* Writes s[0..n) at p as a JSON string (the text is valid UTF-8 after
 * cleaning; quotes, backslashes and control characters are escaped), at
 * most OUTPUT_JSON_MAX(n) bytes. Returns the end. */
static char *output_json_str(char *p, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    *p++ = '"';
    for (;;) {
        size_t k = jsonscan_plain((const unsigned char *)s, n, 0);
        p = output_put(p, s, k);
        if (k == n) break;
        unsigned char c = (unsigned char)s[k];
        *p++ = '\\';
        if (c == '"' || c == '\\') {
            *p++ = (char)c;
        } else {
            p = OUTPUT_LIT(p, "u00");
            *p++ = hex[c >> 4];
            *p++ = hex[c & 15];
        }
        s += k + 1;
        n -= k + 1;
    }
    *p++ = '"';
    return p;
}

/* Writes v in decimal at p (at most 20 bytes); returns the end. */
static char *output_uint(char *p, size_t v)
{
    char d[24];
    size_t i = sizeof d;
    do {
        d[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return output_put(p, d + i, sizeof d - i);
}

/* The most bytes output_fixed4 writes. */
#define OUTPUT_FIXED4_MAX 64

/* Writes x at p as printf's "%.4f" would, without printf: x * 10000 is
 * exact for a float's value (24 bits times 14), and nearbyint rounds it as
 * printf does (to nearest, ties to even; checked on every 7th float up to
 * 200 in magnitude). Larger or odd values go through printf. */
static char *output_fixed4(char *p, float f)
{
    double x = f;
    char d[OUTPUT_FIXED4_MAX];
    if (!isfinite(x) || fabs(x) > 1e9) {
        int k = snprintf(d, sizeof d, "%.4f", x);
        return output_put(p, d, k < 0 ? 0 : (size_t)k < sizeof d ? (size_t)k : sizeof d - 1);
    }
    size_t i = sizeof d;
    uint64_t a = (uint64_t)fabs(nearbyint(x * 10000.0));
    for (int k = 0; k < 4; k++, a /= 10) d[--i] = (char)('0' + a % 10);
    d[--i] = '.';
    do {
        d[--i] = (char)('0' + a % 10);
        a /= 10;
    } while (a);
    if (signbit(x)) d[--i] = '-';
    return output_put(p, d + i, sizeof d - i);
}

/* The most bytes output_json_actor writes for text of n bytes. */
#define OUTPUT_ACTOR_MAX(n) \
    (48 + sizeof((mention_t *)0)->code + sizeof((mention_t *)0)->country + OUTPUT_JSON_MAX(n))

/* Writes ,"source":{"code":..,"country":..,"text":..} (key "source" or
 * "target") at p; returns the end. */
static char *output_json_actor(char *p, const char *key, const mention_t *m,
                               const char *text, size_t n)
{
    p = OUTPUT_LIT(p, ",\"");
    p = output_put(p, key, strlen(key));
    p = OUTPUT_LIT(p, "\":{\"code\":\"");
    p = OUTPUT_FIELD(p, m->code);
    p = OUTPUT_LIT(p, "\",\"country\":\"");
    p = OUTPUT_FIELD(p, m->country);
    p = OUTPUT_LIT(p, "\",\"text\":");
    p = output_json_str(p, text, n);
    *p++ = '}';
    return p;
}

/* The original words of a mention: their first byte in the sentence, and
 * their length in *n (0 for a mention with no words). */
static const char *output_mention_span(const char *sentence, const tokens_t *tk,
                                       const mention_t *m, size_t *n)
{
    *n = 0;
    if (m->start >= tk->n || m->end > tk->n || m->end <= m->start) return "";
    uint32_t a = tk->t[m->start].off;
    uint32_t z = tk->t[m->end - 1].off + tk->t[m->end - 1].len;
    *n = z - a;
    return sentence + a;
}

static json_t *output_entry_explain(const mention_t *m)
{
    json_t *o = json_object();
    json_object_set_new(o, "how", json_string(m->how ? m->how : "dictionary"));
    if (m->entry) json_object_set_new(o, "phrase", json_string(m->entry->phrase));
    if (m->ecode) {
        char buf[512];
        snprintf(buf, sizeof buf, "%s:%u", m->ecode->file, m->ecode->line);
        json_object_set_new(o, "entry", json_string(buf));
        json_object_set_new(o, "entry_code", json_string(m->ecode->code));
    }
    if (m->role) {
        json_object_set_new(o, "role", json_string(m->role->phrase));
        if (m->role->ncodes) {
            char buf[512];
            snprintf(buf, sizeof buf, "%s:%u", m->role->codes[0].file, m->role->codes[0].line);
            json_object_set_new(o, "role_entry", json_string(buf));
        }
    }
    return o;
}

static json_t *output_explain(const event_t *e)
{
    json_t *x = json_object();
    json_object_set_new(x, "source", output_entry_explain(&e->src));
    json_object_set_new(x, "target", output_entry_explain(&e->tgt));
    char buf[512];
    json_t *v = json_object();
    if (!e->verb) {
        json_object_set_new(v, "rule", json_string(e->rule ? e->rule : ""));
    } else {
        const char *known = e->verb->known;   /* a synonym line: "INK ~ SIGN" */
        if (known) snprintf(buf, sizeof buf, "%s ~ %s%s%s%s", e->verb->lemma, known,
                            e->verb->source ? " (" : "", e->verb->source ? e->verb->source : "",
                            e->verb->source ? ")" : "");
        json_object_set_new(v, "verb", json_string(known ? buf : e->verb->lemma));
        snprintf(buf, sizeof buf, "%s:%u", e->verb->file, e->verb->line);
        json_object_set_new(v, "entry", json_string(buf));
    }
    if (e->pat) {
        json_object_set_new(v, "pattern", json_string(e->pat->text));
        snprintf(buf, sizeof buf, "%s:%u", e->pat->file, e->pat->line);
        json_object_set_new(v, "pattern_entry", json_string(buf));
    } else if (e->verb) {
        json_object_set_new(v, "pattern", json_string("(verb default code)"));
    }
    json_object_set_new(x, "verb", v);
    json_t *rules = json_array();
    if (e->verb && e->verb->known) {
        snprintf(buf, sizeof buf, "synonym: '%s' is read as the verb '%s' (%s%s%s:%u)",
                 e->verb->lemma, e->verb->known, e->verb->source ? e->verb->source : "",
                 e->verb->source ? ", " : "", e->verb->file, e->verb->line);
        json_array_append_new(rules, json_string(buf));
    }
    if (e->passive) json_array_append_new(rules, json_string("passive: source is the actor after 'by'"));
    if (e->intent == 2) {
        snprintf(buf, sizeof buf, "decided: after '%s' a measure decided is the act (%s)",
                 e->intent_word, e->code);
        json_array_append_new(rules, json_string(buf));
    } else if (e->intent) {
        snprintf(buf, sizeof buf, "intent: '%s' turns %s into %s", e->intent_word,
                 e->pattern_code, e->code);
        json_array_append_new(rules, json_string(buf));
    }
    json_object_set_new(x, "rules", rules);
    return x;
}

/* The explain object of one record, as compact JSON, appended to out. */
static void output_json_explain(sbuf_t *out, const event_t *e, const when_t *when,
                                const where_t *where)
{
    json_t *x = output_explain(e);
    if (where->place) {
        char buf[160];
        snprintf(buf, sizeof buf, "place: %s (%s, %s)", where->place->name,
                 where->place->country, where->why);
        json_array_append_new(json_object_get(x, "rules"), json_string(buf));
    }
    if (when->rule) {
        char buf[160];
        snprintf(buf, sizeof buf, "date: '%s' (%s) in the sentence",
                 when->rule, when_precision_name(when->precision));
        json_array_append_new(json_object_get(x, "rules"), json_string(buf));
    }
    char *txt = json_dumps(x, JSON_COMPACT);
    if (txt) {
        sbuf_adds(out, ",\"explain\":");
        sbuf_adds(out, txt);
        free(txt);
    }
    json_decref(x);
}

void output_sentence(output_sentence_t *os, const output_opts_t *o, const story_t *s,
                     size_t index, const char *sentence, size_t n)
{
    os->o = o;
    os->story = s;
    os->index = index;
    os->text = sentence;
    os->n = n;
    if (o->format != OUT_JSON) return;
    size_t idn = strlen(s->id);
    sbuf_clear(&os->head);
    char *p = output_room(&os->head, 16 + OUTPUT_JSON_MAX(idn) + 16 + 32);
    p = OUTPUT_LIT(p, "{\"story_id\":");
    p = output_json_str(p, s->id, idn);
    p = OUTPUT_LIT(p, ",\"sentence\":");
    p = output_uint(p, index);
    output_done(&os->head, p);
    if (!os->story_date.len || s->date != os->story_day) {   /* once a story */
        char date[11];
        os->story_day = s->date;
        sbuf_clear(&os->story_date);
        p = output_room(&os->story_date, 32);
        if (s->date) {
            util_format_date(s->date, date);
            p = OUTPUT_LIT(p, ",\"story_date\":\"");
            p = output_put(p, date, strlen(date));
            *p++ = '"';
        } else {
            p = OUTPUT_LIT(p, ",\"story_date\":null");
        }
        output_done(&os->story_date, p);
    }
    sbuf_clear(&os->tail);
    p = output_room(&os->tail, 16 + OUTPUT_JSON_MAX(n));
    p = OUTPUT_LIT(p, ",\"text\":");
    p = output_json_str(p, sentence, n);
    output_done(&os->tail, p);
}

void output_sentence_free(output_sentence_t *os)
{
    sbuf_free(&os->head);
    sbuf_free(&os->story_date);
    sbuf_free(&os->tail);
    sbuf_free(&os->when);
    memset(os, 0, sizeof *os);
}

/* One JSON Lines record: the sentence's shared pieces (output_sentence)
 * and the event's own, through one cursor (no printf but for odd
 * coordinates). */
static void output_json(sbuf_t *out, output_sentence_t *os, const tokens_t *tk,
                        const event_t *e, const when_t *when, const where_t *where,
                        const cameo_code_t *cc, const char *srctext, size_t srcn,
                        const char *tgttext, size_t tgtn)
{
    const char *sentence = os->text;
    size_t locn = 0, loca = 0;
    if (where->place) {
        loca = tk->t[where->start].off;
        locn = tk->t[where->end - 1].off + tk->t[where->end - 1].len - loca;
    }
    const char *admin1 = where->place ? where->place->admin1 : "";
    size_t admin1n = strlen(admin1);
    size_t room = os->head.len + os->story_date.len + os->tail.len + 256 +
                  OUTPUT_ACTOR_MAX(srcn) + OUTPUT_ACTOR_MAX(tgtn) + sizeof e->code +
                  sizeof cc->goldtxt + sizeof cc->plover + sizeof where->place->country +
                  OUTPUT_JSON_MAX(locn) +
                  OUTPUT_JSON_MAX(admin1n) + 2 * OUTPUT_FIXED4_MAX;
    if (!os->when.len || when->date != os->when_day || when->precision != os->when_precision) {
        os->when_day = when->date;   /* the events of a sentence mostly share it */
        os->when_precision = when->precision;
        sbuf_clear(&os->when);
        char *q = output_room(&os->when, 64);
        if (when->precision) {
            char date[11];
            when_format(when, date);
            const char *prec = when_precision_name(when->precision);
            q = OUTPUT_LIT(q, ",\"date\":\"");
            q = output_put(q, date, strlen(date));
            q = OUTPUT_LIT(q, "\",\"date_precision\":\"");
            q = output_put(q, prec, strlen(prec));
            *q++ = '"';
        } else {
            q = OUTPUT_LIT(q, ",\"date\":null,\"date_precision\":null");
        }
        output_done(&os->when, q);
    }
    char *p = output_room(out, room + os->when.len);
    p = output_put(p, os->head.s, os->head.len);
    p = output_put(p, os->when.s, os->when.len);
    p = output_put(p, os->story_date.s, os->story_date.len);
    p = output_json_actor(p, "source", &e->src, srctext, srcn);
    p = output_json_actor(p, "target", &e->tgt, tgttext, tgtn);
    p = OUTPUT_LIT(p, ",\"cameo\":\"");
    p = OUTPUT_FIELD(p, e->code);
    p = OUTPUT_LIT(p, "\",\"root\":\"");
    p = output_put(p, e->code, strnlen(e->code, 2));
    p = OUTPUT_LIT(p, "\",\"quad_class\":");
    *p++ = (char)('0' + cameo_quad_class(e->code));
    p = OUTPUT_LIT(p, ",\"goldstein\":");
    if (cc) p = OUTPUT_FIELD(p, cc->goldtxt);
    else p = OUTPUT_LIT(p, "0.0");
    p = OUTPUT_LIT(p, ",\"plover\":\"");
    if (cc) p = OUTPUT_FIELD(p, cc->plover);
    p = OUTPUT_LIT(p, "\",\"location\":");
    if (where->place) {
        p = OUTPUT_LIT(p, "{\"name\":");
        p = output_json_str(p, sentence + loca, locn);
        p = OUTPUT_LIT(p, ",\"country\":\"");
        p = OUTPUT_FIELD(p, where->place->country);
        p = OUTPUT_LIT(p, "\",\"admin1\":");
        p = output_json_str(p, admin1, admin1n);
        p = OUTPUT_LIT(p, ",\"lat\":");
        p = output_fixed4(p, where_lat(where->place));
        p = OUTPUT_LIT(p, ",\"lon\":");
        p = output_fixed4(p, where_lon(where->place));
        *p++ = '}';
    } else {
        p = OUTPUT_LIT(p, "null");
    }
    p = output_put(p, os->tail.s, os->tail.len);
    output_done(out, p);
    if (os->o->explain) output_json_explain(out, e, when, where);
    sbuf_adds(out, "}\n");
}

void output_event(sbuf_t *out, output_sentence_t *os, const tokens_t *tk,
                  const event_t *e, const when_t *when, const where_t *where)
{
    const output_opts_t *o = os->o;
    const story_t *s = os->story;
    const char *sentence = os->text;
    size_t index = os->index, n = os->n;
    const cameo_code_t *cc = o->cameo ? cameo_find(o->cameo, e->code) : NULL;
    size_t srcn, tgtn;
    const char *srcspan = output_mention_span(sentence, tk, &e->src, &srcn);
    const char *tgtspan = output_mention_span(sentence, tk, &e->tgt, &tgtn);
    if (o->format == OUT_JSON) {
        output_json(out, os, tk, e, when, where, cc, srcspan, srcn, tgtspan, tgtn);
        return;
    }
    char date[11] = "", root[3] = {e->code[0], e->code[1], '\0'};
    if (when->precision) when_format(when, date);
    double gold = cc ? cc->goldstein : 0.0;
    const char *plover = cc ? cc->plover : "";
    char *srctext = xstrndup(srcspan, srcn);
    sbuf_t tt = {0};
    sbuf_add(&tt, tgtspan, tgtn);
    if (o->format == OUT_GDELT) {
        output_gdelt(out, s, index, e, srctext, tt.s, gold);
    } else if (o->format == OUT_CSV) {
        char num[64];
        output_csv_field(out, s->id, strlen(s->id));
        snprintf(num, sizeof num, ",%zu,%s,", index, date);
        sbuf_adds(out, num);
        output_csv_field(out, e->src.code, strlen(e->src.code));
        sbuf_addc(out, ',');
        output_csv_field(out, e->src.country, strlen(e->src.country));
        sbuf_addc(out, ',');
        output_csv_field(out, srctext, strlen(srctext));
        sbuf_addc(out, ',');
        output_csv_field(out, e->tgt.code, strlen(e->tgt.code));
        sbuf_addc(out, ',');
        output_csv_field(out, e->tgt.country, strlen(e->tgt.country));
        sbuf_addc(out, ',');
        output_csv_field(out, tt.s, tt.len);
        sbuf_printf(out, ",%s,%s,%d,%.1f,%s,", e->code, root, cameo_quad_class(e->code), gold,
                    plover);
        output_csv_field(out, sentence, n);
        sbuf_addc(out, '\n');
    } else if (o->format == OUT_TSV) {
        sbuf_printf(out, "%s\t%zu\t%s\t%s\t%s\t", s->id, index, date, e->src.code,
                    e->src.country);
        output_tsv_field(out, srctext);
        sbuf_printf(out, "\t%s\t%s\t", e->tgt.code, e->tgt.country);
        output_tsv_field(out, tt.s);
        sbuf_printf(out, "\t%s\t%s\t%d\t%.1f\t%s\t", e->code, root,
                    cameo_quad_class(e->code), gold, plover);
        char *sent = xstrndup(sentence, n);
        output_tsv_field(out, sent);
        free(sent);
        sbuf_addc(out, '\n');
    }
    free(srctext);
    sbuf_free(&tt);
}
