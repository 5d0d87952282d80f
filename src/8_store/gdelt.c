/* gdelt.c -- stored events as rows of the GDELT 2.0 event table, column for
 * column as src/7_output writes them when coding with --format gdelt. */
#include "gdelt.h"

#include <stdio.h>
#include <string.h>
#include <xxhash.h>

/* s with tabs and line breaks made spaces (a missing s is empty). */
static void gdelt_field(sbuf_t *out, const char *s)
{
    for (; s && *s; s++) sbuf_addc(out, (*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s);
}

void gdelt_row(sbuf_t *out, const gdelt_event_t *e)
{
    int32_t date = e->story_date ? util_parse_date(e->story_date, strlen(e->story_date)) : 0;
    char sql[16] = "", my[16] = "", yr[16] = "", frac[32] = "";
    if (date) {
        int y = (int)(date / 10000), m = (int)(date / 100 % 100), d = (int)(date % 100);
        snprintf(sql, sizeof sql, "%08d", (int)date);
        snprintf(my, sizeof my, "%06d", (int)(date / 100));
        snprintf(yr, sizeof yr, "%04d", y);
        snprintf(frac, sizeof frac, "%.4f", y + ((m - 1) * 30.5 + d) / 365.0);
    }
    const char *code = e->cameo ? e->cameo : "";
    sbuf_t key = {0};
    sbuf_printf(&key, "%s\x1f%lld\x1f%s\x1f%s\x1f%s", e->story_id ? e->story_id : "",
                e->sentence, e->source_code ? e->source_code : "",
                e->target_code ? e->target_code : "", code);
    unsigned long long id = (unsigned long long)(XXH3_64bits(key.s, key.len) >> 1);
    sbuf_free(&key);
    sbuf_printf(out, "%llu\t%s\t%s\t%s\t%s", id, sql, my, yr, frac);
    const char *codes[2] = {e->source_code, e->target_code};
    const char *countries[2] = {e->source_country, e->target_country};
    const char *names[2] = {e->source_text, e->target_text};
    for (int k = 0; k < 2; k++) {
        const char *c = codes[k] ? codes[k] : "";
        size_t len = strlen(c);
        int igo = !strncmp(c, "IGO", 3) || !strncmp(c, "NGO", 3);
        sbuf_addc(out, '\t');
        gdelt_field(out, c);                          /* Actor1Code */
        sbuf_addc(out, '\t');
        gdelt_field(out, names[k]);                   /* Name */
        sbuf_addc(out, '\t');
        if (!igo) gdelt_field(out, countries[k]);     /* CountryCode */
        sbuf_addc(out, '\t');
        if (igo) gdelt_field(out, c + 3);             /* KnownGroupCode */
        sbuf_adds(out, "\t\t\t\t");   /* EthnicCode, Religion1Code, Religion2Code */
        if (len > 3 && !igo) sbuf_printf(out, "%.3s", c + 3);   /* Type1Code */
        sbuf_addc(out, '\t');
        if (len > 6 && !igo) sbuf_printf(out, "%.3s", c + 6);   /* Type2Code */
        sbuf_addc(out, '\t');         /* Type3Code, empty */
    }
    /* IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass,
     * GoldsteinScale, NumMentions, NumSources, NumArticles */
    sbuf_printf(out, "\t1\t%s\t%.3s\t%.2s\t%d\t%.1f\t1\t1\t1\t", code, code, code, e->quad_class,
                e->goldstein);
    for (int k = 0; k < 1 + 3 * 8; k++) sbuf_addc(out, '\t');   /* AvgTone, three geo blocks */
    sbuf_adds(out, sql);              /* DATEADDED */
    sbuf_addc(out, '\t');
    gdelt_field(out, e->url);         /* SOURCEURL */
    sbuf_addc(out, '\n');
}
