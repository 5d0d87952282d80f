/* output.c -- JSON Lines and TSV event records. */
#include "output.h"

#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

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

/* Does any byte of the 8 in v need escaping (a control character, '"' or
 * a backslash)? Bitwise tests on the whole word: most text needs none. */
static inline int output_json_any8(uint64_t v)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    uint64_t q = v ^ (ones * '"'), b = v ^ (ones * '\\');
    uint64_t ctl = (v - ones * 0x20) & ~v & highs;   /* a byte below 0x20 */
    uint64_t quote = (q - ones) & ~q & highs, backslash = (b - ones) & ~b & highs;
    return (ctl | quote | backslash) != 0;
}

/* Appends s[0..n) as a JSON string (the text is valid UTF-8 after cleaning;
 * quotes, backslashes and control characters are escaped). */
static void output_json_str(sbuf_t *out, const char *s, size_t n)
{
    sbuf_addc(out, '"');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t v;
        if (i + 8 <= n && (memcpy(&v, s + i, 8), !output_json_any8(v))) {
            i += 7;   /* eight plain bytes */
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        sbuf_add(out, s + run, i - run);
        if (c == '"' || c == '\\') {
            sbuf_addc(out, '\\');
            sbuf_addc(out, (char)c);
        } else {
            sbuf_printf(out, "\\u%04x", c);
        }
        run = i + 1;
    }
    sbuf_add(out, s + run, n - run);
    sbuf_addc(out, '"');
}

/* Appends v in decimal. */
static void output_uint(sbuf_t *out, size_t v)
{
    char d[24];
    size_t i = sizeof d;
    do {
        d[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    sbuf_add(out, d + i, sizeof d - i);
}

/* Appends x as printf's "%.4f" would, without printf: x * 10000 is exact
 * for a float's value (24 bits times 14), and nearbyint rounds it as printf
 * does (to nearest, ties to even; checked on every 7th float up to 200
 * in magnitude). Larger or odd values go through printf. */
static void output_fixed4(sbuf_t *out, float f)
{
    double x = f;
    if (!isfinite(x) || fabs(x) > 1e9) {
        sbuf_printf(out, "%.4f", x);
        return;
    }
    char d[32];
    size_t i = sizeof d;
    uint64_t a = (uint64_t)fabs(nearbyint(x * 10000.0));
    for (int k = 0; k < 4; k++, a /= 10) d[--i] = (char)('0' + a % 10);
    d[--i] = '.';
    do {
        d[--i] = (char)('0' + a % 10);
        a /= 10;
    } while (a);
    if (signbit(x)) d[--i] = '-';
    sbuf_add(out, d + i, sizeof d - i);
}

static void output_json_actor(sbuf_t *out, const char *key, const mention_t *m,
                              const char *text, size_t n)
{
    sbuf_adds(out, ",\"");
    sbuf_adds(out, key);
    sbuf_adds(out, "\":{\"code\":\"");
    sbuf_adds(out, m->code);
    sbuf_adds(out, "\",\"country\":\"");
    sbuf_adds(out, m->country);
    sbuf_adds(out, "\",\"text\":");
    output_json_str(out, text, n);
    sbuf_addc(out, '}');
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
        json_object_set_new(v, "verb", json_string(e->verb->lemma));
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
    if (e->passive) json_array_append_new(rules, json_string("passive: source is the actor after 'by'"));
    if (e->intent) {
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

/* One JSON Lines record, written piece by piece (no printf but for a
 * place's coordinates): the records are most of what a run writes. */
static void output_json(sbuf_t *out, const output_opts_t *o, const story_t *s, size_t index,
                        const char *sentence, size_t n, const tokens_t *tk, const event_t *e,
                        const when_t *when, const where_t *where, const cameo_code_t *cc,
                        const char *srctext, size_t srcn, const char *tgttext, size_t tgtn)
{
    char date[11], root[3] = {e->code[0], e->code[1], '\0'};
    sbuf_adds(out, "{\"story_id\":");
    output_json_str(out, s->id, strlen(s->id));
    sbuf_adds(out, ",\"sentence\":");
    output_uint(out, index);
    if (when->precision) {
        when_format(when, date);
        sbuf_adds(out, ",\"date\":\"");
        sbuf_adds(out, date);
        sbuf_adds(out, "\",\"date_precision\":\"");
        sbuf_adds(out, when_precision_name(when->precision));
        sbuf_addc(out, '"');
    } else {
        sbuf_adds(out, ",\"date\":null,\"date_precision\":null");
    }
    if (s->date) {
        util_format_date(s->date, date);
        sbuf_adds(out, ",\"story_date\":\"");
        sbuf_adds(out, date);
        sbuf_addc(out, '"');
    } else {
        sbuf_adds(out, ",\"story_date\":null");
    }
    output_json_actor(out, "source", &e->src, srctext, srcn);
    output_json_actor(out, "target", &e->tgt, tgttext, tgtn);
    sbuf_adds(out, ",\"cameo\":\"");
    sbuf_adds(out, e->code);
    sbuf_adds(out, "\",\"root\":\"");
    sbuf_adds(out, root);
    sbuf_adds(out, "\",\"quad_class\":");
    sbuf_addc(out, (char)('0' + cameo_quad_class(e->code)));
    sbuf_adds(out, ",\"goldstein\":");
    sbuf_adds(out, cc ? cc->goldtxt : "0.0");
    sbuf_adds(out, ",\"plover\":\"");
    sbuf_adds(out, cc ? cc->plover : "");
    sbuf_adds(out, "\",\"location\":");
    if (where->place) {
        uint32_t a = tk->t[where->start].off;
        uint32_t z = tk->t[where->end - 1].off + tk->t[where->end - 1].len;
        sbuf_adds(out, "{\"name\":");
        output_json_str(out, sentence + a, z - a);
        sbuf_adds(out, ",\"country\":\"");
        sbuf_adds(out, where->place->country);
        sbuf_adds(out, "\",\"admin1\":");
        output_json_str(out, where->place->admin1, strlen(where->place->admin1));
        sbuf_adds(out, ",\"lat\":");
        output_fixed4(out, where->place->lat);
        sbuf_adds(out, ",\"lon\":");
        output_fixed4(out, where->place->lon);
        sbuf_addc(out, '}');
    } else {
        sbuf_adds(out, "null");
    }
    sbuf_adds(out, ",\"text\":");
    output_json_str(out, sentence, n);
    if (o->explain) output_json_explain(out, e, when, where);
    sbuf_adds(out, "}\n");
}

void output_event(sbuf_t *out, const output_opts_t *o, const story_t *s,
                  size_t index, const char *sentence, size_t n, const tokens_t *tk,
                  const event_t *e, const when_t *when, const where_t *where)
{
    const cameo_code_t *cc = o->cameo ? cameo_find(o->cameo, e->code) : NULL;
    size_t srcn, tgtn;
    const char *srcspan = output_mention_span(sentence, tk, &e->src, &srcn);
    const char *tgtspan = output_mention_span(sentence, tk, &e->tgt, &tgtn);
    if (o->format == OUT_JSON) {
        output_json(out, o, s, index, sentence, n, tk, e, when, where, cc, srcspan, srcn,
                    tgtspan, tgtn);
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
