/* when.c -- resolving relative and absolute dates in a sentence. */
#include "when.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "3_sentences/words.h"
#include "lib/util.h"

/* days since 1970-01-01 <-> civil date (Howard Hinnant's algorithms) */
static int64_t when_to_days(int y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static int32_t when_from_days(int64_t z)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2;
    return (int32_t)(y * 10000 + m * 100 + d);
}

int32_t when_add_days(int32_t date, int days)
{
    int64_t z = when_to_days(date / 10000, date / 100 % 100, date % 100);
    return when_from_days(z + days);
}

static int when_weekday(int32_t date)   /* 0 = Sunday */
{
    int64_t z = when_to_days(date / 10000, date / 100 % 100, date % 100);
    return (int)(((z % 7) + 11) % 7);
}

static const char *when_tok(const tokens_t *tk, uint32_t i, uint32_t to)
{
    return i < to ? token_folded(tk, i) : "";
}

static int when_month(const char *w)
{
    switch (w[0]) {   /* most words, fast */
    case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n': case 'd': break;
    default: return 0;
    }
    size_t n = strlen(w);
    if (n < 3 || n > 9) return 0;
    for (int m = 0; m < 12; m++) {
        if (w[0] != words_months[m][0]) continue;
        if (!strcmp(w, words_months[m]) || (!strcmp(w, words_months3[m]) && strcmp(w, "may")))
            return m + 1;
    }
    if (!strcmp(w, "sept")) return 9;
    return 0;
}

static int when_year(const char *w)
{
    /* "2019", "mid-2023", "late-2021", "early-2020" */
    const char *p = w;
    if (p[0] != 'm' && p[0] != 'l' && p[0] != 'e' && (p[0] < '0' || p[0] > '9')) return 0;
    if (p[0] == 'm' && !strncmp(p, "mid-", 4)) p += 4;   /* first letters: no call */
    else if (p[0] == 'l' && !strncmp(p, "late-", 5)) p += 5;
    else if (p[0] == 'e' && !strncmp(p, "early-", 6)) p += 6;
    int y = 0;   /* four digits and the end: atoi's value, without the call */
    for (int i = 0; i < 4; i++) {
        if (p[i] < '0' || p[i] > '9') return 0;
        y = y * 10 + (p[i] - '0');
    }
    if (p[4]) return 0;
    return (y >= 1900 && y <= 2100) ? y : 0;
}

static int when_daynum(const char *w)
{
    if (w[0] < '0' || w[0] > '9') return 0;   /* a day starts with a digit */
    size_t n = strlen(w);
    if (n > 4) return 0;
    int d = 0;   /* atoi's value, the leading digits, without the call */
    for (size_t i = 0; i < n && w[i] >= '0' && w[i] <= '9'; i++) d = d * 10 + (w[i] - '0');
    if (d < 1 || d > 31) return 0;
    for (size_t i = 0; i < n; i++)
        if ((w[i] < '0' || w[i] > '9') && !strchr("stndrh", w[i])) return 0;
    return d;
}

static int when_set(when_t *w, int32_t date, int prec, uint32_t s, uint32_t e, const char *rule)
{
    if (date <= 0) return 0;
    if (prec == WHEN_MONTH) date = date / 100 * 100;
    if (prec == WHEN_YEAR) date = date / 10000 * 10000;
    w->date = date;
    w->precision = prec;
    w->start = s;
    w->end = e;
    w->rule = rule;
    return 1;
}

/* The most recent month m (1-12) not after the story's month; strictly
 * before it when strict ("last October" in October means a year ago). */
static int32_t when_recent_month(int32_t story, int m, int strict)
{
    int y = story / 10000, sm = story / 100 % 100;
    if (m > sm || (strict && m == sm)) y--;
    return y * 10000 + m * 100 + 1;
}

int when_resolve(const tokens_t *tk, uint32_t from, uint32_t to, int32_t d, when_t *w)
{
    memset(w, 0, sizeof *w);
    if (to > tk->n) to = tk->n;
    int y = d / 10000, m = d / 100 % 100;
    for (uint32_t i = from; i < to; i++) {
        /* every expression starts with a number, a WC_TIME word or a year
         * such as "mid-2023" */
        const char *t0 = token_folded(tk, i);
        uint32_t fl = tk->t[i].flen;   /* "mid-2023" 8, "late-2021" 9, "early-2020" 10 */
        if (!((t0[0] >= '0' && t0[0] <= '9') || (tk->t[i].wc & WC_TIME) ||
              (((t0[0] == 'm' && fl == 8) || (t0[0] == 'l' && fl == 9) || (t0[0] == 'e' && fl == 10)) &&
               when_year(t0))))
            continue;
        const char *t = token_folded(tk, i), *n1 = when_tok(tk, i + 1, to),
                   *n2 = when_tok(tk, i + 2, to), *n3 = when_tok(tk, i + 3, to);
        int mo, yr, dn;
        /* absolute: "March 12, 2021", "12 March 2021", "March 2021", "March 12" */
        if ((mo = when_month(t)) && (dn = when_daynum(n1))) {
            if ((yr = when_year(!strcmp(n2, ",") ? n3 : n2)))
                return when_set(w, yr * 10000 + mo * 100 + dn, WHEN_DAY, i,
                                i + (!strcmp(n2, ",") ? 4 : 3), "month day year");
            if (d) {
                int32_t r = when_recent_month(d, mo, 0) / 100 * 100 + dn;
                if (r > d) r -= 10000;   /* a later day this month: last year's */
                return when_set(w, r, WHEN_DAY, i, i + 2, "month day");
            }
            continue;
        }
        if ((dn = when_daynum(t)) && (mo = when_month(n1))) {
            if ((yr = when_year(n2))) return when_set(w, yr * 10000 + mo * 100 + dn, WHEN_DAY, i, i + 3, "day month year");
            if (d) {
                int32_t r = when_recent_month(d, mo, 0) / 100 * 100 + dn;
                if (r > d) r -= 10000;
                return when_set(w, r, WHEN_DAY, i, i + 2, "day month");
            }
            continue;
        }
        if ((mo = when_month(t)) && (yr = when_year(n1)))
            return when_set(w, yr * 10000 + mo * 100 + 1, WHEN_MONTH, i, i + 2, "month year");
        if ((yr = when_year(t)) && (!strcmp(when_tok(tk, i ? i - 1 : i, to), "in") ||
                                    !strcmp(when_tok(tk, i ? i - 1 : i, to), "since") ||
                                    !strncmp(t, "mid-", 4) || !strncmp(t, "late-", 5) ||
                                    !strncmp(t, "early-", 6) || !strcmp(when_tok(tk, i ? i - 1 : i, to), "of")))
            return when_set(w, yr * 10000 + 101, WHEN_YEAR, i, i + 1, "year");
        /* relative to the story date: a word, no number */
        if (!d || (t0[0] >= '0' && t0[0] <= '9')) continue;
        if (!strcmp(t, "yesterday")) return when_set(w, when_add_days(d, -1), WHEN_DAY, i, i + 1, "yesterday");
        if (!strcmp(t, "today") || !strcmp(t, "tonight"))
            return when_set(w, d, WHEN_DAY, i, i + 1, t);
        if (!strcmp(t, "tomorrow")) return when_set(w, when_add_days(d, 1), WHEN_DAY, i, i + 1, "tomorrow");
        if (!strcmp(t, "this") && (!strcmp(n1, "morning") || !strcmp(n1, "afternoon") ||
                                   !strcmp(n1, "evening")))
            return when_set(w, d, WHEN_DAY, i, i + 2, "this morning");
        if (!strcmp(t, "last") && !strcmp(n1, "night"))
            return when_set(w, when_add_days(d, -1), WHEN_DAY, i, i + 2, "last night");
        for (int k = 0; k < 7; k++)
            if (t[0] == words_weekdays[k][0] && !strcmp(t, words_weekdays[k])) {
                /* news convention: a weekday is the most recent one, today included */
                int back = (when_weekday(d) - k + 7) % 7;
                if (!strcmp(when_tok(tk, i ? i - 1 : i, to), "next")) back = -((k - when_weekday(d) + 7) % 7 ? (k - when_weekday(d) + 7) % 7 : 7);
                return when_set(w, when_add_days(d, -back), WHEN_DAY, i, i + 1, "weekday");
            }
        if ((!strcmp(t, "last") || !strcmp(t, "next") || !strcmp(t, "this")) &&
            (mo = when_month(n1)))
            return when_set(w, !strcmp(t, "next") ? (when_recent_month(d, mo, 1) + 10000)
                                                  : when_recent_month(d, mo, !strcmp(t, "last")),
                            WHEN_MONTH, i, i + 2, "last/next month name");
        if ((mo = when_month(t)) && (!strcmp(when_tok(tk, i ? i - 1 : i, to), "in") ||
                                     !strcmp(when_tok(tk, i ? i - 1 : i, to), "early") ||
                                     !strcmp(when_tok(tk, i ? i - 1 : i, to), "late") ||
                                     !strcmp(when_tok(tk, i ? i - 1 : i, to), "mid") ||
                                     !strcmp(when_tok(tk, i ? i - 1 : i, to), "since")))
            return when_set(w, when_recent_month(d, mo, 0), WHEN_MONTH, i, i + 1, "in month");
        if ((!strcmp(t, "last") || !strcmp(t, "this") || !strcmp(t, "next")) &&
            (!strcmp(n1, "week") || !strcmp(n1, "month") || !strcmp(n1, "year"))) {
            int sign = !strcmp(t, "last") ? -1 : !strcmp(t, "next") ? 1 : 0;
            if (!strcmp(n1, "year")) return when_set(w, (y + sign) * 10000 + 101, WHEN_YEAR, i, i + 2, "last/next year");
            if (!strcmp(n1, "month")) {
                int mm = m + sign, yy = y;
                if (mm < 1) mm = 12, yy--;
                if (mm > 12) mm = 1, yy++;
                return when_set(w, yy * 10000 + mm * 100 + 1, WHEN_MONTH, i, i + 2, "last/next month");
            }
            /* a week is told at the month of its middle day */
            return when_set(w, when_add_days(d, 7 * sign), WHEN_MONTH, i, i + 2, "last/next week");
        }
        if (!strcmp(t, "coming") && (!strcmp(n1, "months") || !strcmp(n1, "weeks") || !strcmp(n1, "days")))
            return when_set(w, d, WHEN_MONTH, i, i + 2, "in the coming months");
    }
    return 0;
}

void when_format(const when_t *w, char out[11])
{
    uint32_t d = w->date > 0 ? (uint32_t)w->date % 100000000u : 0;
    unsigned y = d / 10000 % 10000, m = d / 100 % 100, dd = d % 100;
    util_digits(out, y, 4);   /* "%04u-%02u-%02u" cut at the precision */
    out[4] = '-';
    util_digits(out + 5, m % 13, 2);
    out[7] = '-';
    util_digits(out + 8, dd % 32, 2);
    out[w->precision == WHEN_YEAR ? 4 : w->precision == WHEN_MONTH ? 7 : 10] = '\0';
}

const char *when_precision_name(int p)
{
    return p == WHEN_DAY ? "day" : p == WHEN_MONTH ? "month" : p == WHEN_YEAR ? "year" : "";
}
