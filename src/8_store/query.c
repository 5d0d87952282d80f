/* query.c -- the store's commands: timelines of a dyad, the most active
 * dyads and actors, the event records behind a figure, and the network of
 * countries; each a table (text, csv, json; gdelt for events: printed by
 * query_print.c) and, with --plot, a chart (chart.c). The database is
 * opened read-only. */
#include "query.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "8_store/chart.h"
#include "8_store/query_print.h"
#include "8_store/store.h"
#include "lib/util.h"

#define QUERY_CODE_MAX 32

typedef struct {
    const char *cmd;
    const char *db, *by, *format, *plot, *text;
    const char *dyad;                               /* as given */
    char a[QUERY_CODE_MAX], b[QUERY_CODE_MAX];      /* the dyad's two codes */
    char actor[QUERY_CODE_MAX], country[QUERY_CODE_MAX], code[8], root[4];
    char from[11], to[11];                          /* "" when not given */
    int directed;
    long limit;                                     /* 0: no limit */
} query_opts_t;

/* The commands, the options each takes (letters of query_longopts), their
 * default --limit, and their usage line. */
static const struct {
    const char *name, *opts;
    long limit;
    const char *usage;
} query_cmds[] = {
    {"timeline", "dybfpFTD", 0,
     "timeline --db F --dyad AAA:BBB [--by day|week|month|year] [--directed]\n"
     "                  [--from DATE] [--to DATE] [--format text|csv|json] [--plot F.svg|F.png]"},
    {"dyads", "dFTlf", 20,
     "dyads    --db F [--from DATE] [--to DATE] [--limit N] [--format text|csv|json]"},
    {"actors", "dFTlf", 20,
     "actors   --db F [--from DATE] [--to DATE] [--limit N] [--format text|csv|json]"},
    {"events", "dyDaCcrtFTlf", 100,
     "events   --db F [--dyad A:B [--directed]] [--actor CODE] [--country CCC]\n"
     "                  [--code CAMEO] [--root RR] [--text WORDS] [--from DATE] [--to DATE]\n"
     "                  [--limit N] [--format text|csv|json|gdelt]"},
    {"graph", "dpFTlf", 60,
     "graph    --db F [--plot F.svg|F.png] [--from DATE] [--to DATE] [--limit EDGES]\n"
     "                  [--format text|csv|json]"},
};
#define QUERY_NCMDS (sizeof query_cmds / sizeof query_cmds[0])

static const struct option query_longopts[] = {
    {"db", required_argument, 0, 'd'},      {"dyad", required_argument, 0, 'y'},
    {"by", required_argument, 0, 'b'},      {"format", required_argument, 0, 'f'},
    {"plot", required_argument, 0, 'p'},    {"from", required_argument, 0, 'F'},
    {"to", required_argument, 0, 'T'},      {"actor", required_argument, 0, 'a'},
    {"country", required_argument, 0, 'C'}, {"code", required_argument, 0, 'c'},
    {"root", required_argument, 0, 'r'},    {"text", required_argument, 0, 't'},
    {"limit", required_argument, 0, 'l'},   {"directed", no_argument, 0, 'D'},
    {0, 0, 0, 0}};

int query_is_command(const char *name)
{
    for (size_t i = 0; i < QUERY_NCMDS; i++)
        if (!strcmp(name, query_cmds[i].name)) return 1;
    return 0;
}

static const char *query_optname(int c)
{
    for (const struct option *o = query_longopts; o->name; o++)
        if (o->val == c) return o->name;
    return "?";
}

/* Prints "annalist CMD: message" and the command's usage; returns 2. */
static int query_usage(size_t cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int query_usage(size_t cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "annalist %s: ", query_cmds[cmd].name);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nusage: annalist %s\n(DATE is YYYY, YYYY-MM or YYYY-MM-DD; see docs/store.md)\n",
            query_cmds[cmd].usage);
    return 2;
}

/* An actor or country code: letters and digits, made upper case. */
static int query_code(const char *in, size_t n, char *out, size_t cap)
{
    if (n == 0 || n >= cap) return -1;
    for (size_t i = 0; i < n; i++) {
        if (!isalnum((unsigned char)in[i])) return -1;
        out[i] = (char)toupper((unsigned char)in[i]);
    }
    out[n] = '\0';
    return 0;
}

/* A date bound: YYYY, YYYY-MM or YYYY-MM-DD, valid on the calendar. A
 * --from is the first day of its month or year, a --to the last (for
 * comparison only: YYYY-MM-31 compares right for every month). */
static int query_date(const char *in, int upper, char out[11])
{
    size_t n = strlen(in);
    char full[11];
    if (n == 4) snprintf(full, sizeof full, "%s-01-01", in);
    else if (n == 7) snprintf(full, sizeof full, "%s-01", in);
    else if (n == 10) snprintf(full, sizeof full, "%s", in);
    else return -1;
    for (size_t i = 0; i < n; i++)
        if (i == 4 || i == 7 ? in[i] != '-' : !isdigit((unsigned char)in[i])) return -1;
    if (!util_parse_date(full, 10)) return -1;
    if (upper && n == 4) snprintf(out, 11, "%s-12-31", in);
    else if (upper && n == 7) snprintf(out, 11, "%s-31", in);
    else memcpy(out, full, 11);
    return 0;
}

/* Parses the options into o. Returns 0, or 2 after a message. */
static int query_options(size_t cmd, int argc, char **argv, query_opts_t *o)
{
    const char *allowed = query_cmds[cmd].opts;
    o->cmd = query_cmds[cmd].name;
    o->by = "month";
    o->format = "text";
    o->limit = query_cmds[cmd].limit;
    int c;
    optind = 0;   /* glibc: start afresh, whatever ran getopt before */
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":", query_longopts, NULL)) != -1) {
        if (c == '?') return query_usage(cmd, "unknown option %s", argv[optind - 1]);
        if (c == ':') return query_usage(cmd, "%s needs a value", argv[optind - 1]);
        if (!strchr(allowed, c))
            return query_usage(cmd, "--%s does not apply to %s", query_optname(c), o->cmd);
        const char *v = optarg;
        switch (c) {
        case 'd': o->db = v; break;
        case 'b': o->by = v; break;
        case 'f': o->format = v; break;
        case 'p': o->plot = v; break;
        case 'D': o->directed = 1; break;
        case 'y': {
            const char *colon = strchr(v, ':');
            o->dyad = v;
            if (!colon || query_code(v, (size_t)(colon - v), o->a, sizeof o->a) != 0 ||
                query_code(colon + 1, strlen(colon + 1), o->b, sizeof o->b) != 0)
                return query_usage(cmd, "--dyad '%s': give two codes as AAA:BBB (letters and digits)", v);
            break;
        }
        case 'a':
            if (query_code(v, strlen(v), o->actor, sizeof o->actor) != 0)
                return query_usage(cmd, "--actor '%s': an actor code is letters and digits", v);
            break;
        case 'C':
            if (query_code(v, strlen(v), o->country, sizeof o->country) != 0)
                return query_usage(cmd, "--country '%s': a country code is letters and digits", v);
            break;
        case 'c': {
            size_t n = strlen(v);
            if (n < 2 || n > 4 || strspn(v, "0123456789") != n)
                return query_usage(cmd, "--code '%s': a CAMEO code is 2 to 4 digits", v);
            memcpy(o->code, v, n + 1);
            break;
        }
        case 'r': {
            int r = atoi(v);
            if (strlen(v) != 2 || strspn(v, "0123456789") != 2 || r < 1 || r > 20)
                return query_usage(cmd, "--root '%s': a CAMEO root code is 01 to 20", v);
            memcpy(o->root, v, 3);
            break;
        }
        case 't':
            if (!*v) return query_usage(cmd, "--text needs some words");
            o->text = v;
            break;
        case 'F':
        case 'T':
            if (query_date(v, c == 'T', c == 'F' ? o->from : o->to) != 0)
                return query_usage(cmd, "--%s '%s': not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
                                   query_optname(c), v);
            break;
        case 'l': {
            char *end;
            errno = 0;
            long n = strtol(v, &end, 10);
            if (end == v || *end || errno || n < 0 || n > 1000000000L)
                return query_usage(cmd, "--limit '%s': give a number (0 for no limit)", v);
            o->limit = n;
            break;
        }
        default: return query_usage(cmd, "unknown option");
        }
    }
    if (optind < argc) return query_usage(cmd, "unexpected argument '%s'", argv[optind]);
    if (!o->db) return query_usage(cmd, "--db FILE is needed");
    if (!strcmp(o->cmd, "timeline") && !o->dyad) return query_usage(cmd, "--dyad AAA:BBB is needed");
    if (o->directed && !o->dyad) return query_usage(cmd, "--directed goes with --dyad");
    if (strcmp(o->by, "day") && strcmp(o->by, "week") && strcmp(o->by, "month") &&
        strcmp(o->by, "year"))
        return query_usage(cmd, "--by '%s': day, week, month or year", o->by);
    if (strcmp(o->format, "text") && strcmp(o->format, "csv") && strcmp(o->format, "json") &&
        (strcmp(o->format, "gdelt") || strcmp(o->cmd, "events")))
        return query_usage(cmd, "--format '%s': text, csv or json%s", o->format,
                           strcmp(o->cmd, "events") ? "" : " (or gdelt)");
    if (o->plot && !chart_format(o->plot))
        return query_usage(cmd, "--plot '%s': the chart file must end in .svg or .png", o->plot);
    if (*o->from && *o->to && strcmp(o->from, o->to) > 0)
        return query_usage(cmd, "--from is after --to");
    return 0;
}

/* ---- the SQL ---- */

/* The period of an event (its column day: see STORE_DAY in store.c). */
static const char *query_period(const char *by)
{
    if (!strcmp(by, "day")) return "e.day";
    if (!strcmp(by, "week")) return "date(e.day, 'weekday 0', '-6 days')";   /* its Monday */
    if (!strcmp(by, "year")) return "substr(e.day, 1, 4)";
    return "substr(e.day, 1, 7)";
}

/* The conditions of every option given, on events e, as " AND ..." */
static void query_where(sbuf_t *w, const query_opts_t *o)
{
    sbuf_adds(w, "");
    if (*o->from) sbuf_adds(w, " AND e.day >= :from");
    if (*o->to) sbuf_adds(w, " AND e.day <= :to");
    if (o->dyad)
        sbuf_adds(w, o->directed ? " AND (e.source_country = :a AND e.target_country = :b)"
                                 : " AND ((e.source_country = :a AND e.target_country = :b) OR "
                                   "(e.source_country = :b AND e.target_country = :a))");
    if (*o->actor) sbuf_adds(w, " AND (e.source_code = :actor OR e.target_code = :actor)");
    if (*o->country)
        sbuf_adds(w, " AND (e.source_country = :country OR e.target_country = :country)");
    if (*o->code)   /* the code and its sub-codes: digits sort before ':' */
        sbuf_adds(w, " AND e.cameo >= :code AND e.cameo < :code || ':'");
    if (*o->root) sbuf_adds(w, " AND e.root = :root");
    if (o->text) sbuf_adds(w, " AND instr(lower(e.text), lower(:text)) > 0");
}

static void query_limit(sbuf_t *q, const query_opts_t *o)
{
    if (o->limit > 0) sbuf_printf(q, " LIMIT %ld", o->limit);
}

/* Prepares sql and binds every named parameter it uses from o. Returns the
 * statement (caller finalizes), or NULL after a message. */
static sqlite3_stmt *query_prepare(sqlite3 *db, const query_opts_t *o, const char *sql)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "annalist: %s: %s\n", o->db, sqlite3_errmsg(db));
        return NULL;
    }
    const struct {
        const char *name, *value;
    } p[] = {{":from", o->from}, {":to", o->to},       {":a", o->a},
             {":b", o->b},       {":actor", o->actor}, {":country", o->country},
             {":code", o->code}, {":root", o->root},   {":text", o->text}};
    for (size_t i = 0; i < sizeof p / sizeof p[0]; i++) {
        int k = sqlite3_bind_parameter_index(st, p[i].name);
        if (k) sqlite3_bind_text(st, k, p[i].value, -1, SQLITE_STATIC);
    }
    return st;
}

/* The SQL of the command's table. */
static void query_sql(sbuf_t *q, const query_opts_t *o)
{
    sbuf_t w = {0};
    query_where(&w, o);
    if (!strcmp(o->cmd, "timeline")) {
        sbuf_printf(q,
                    "SELECT %s AS period, sum(e.quad_class = 1) AS verbal_coop,"
                    " sum(e.quad_class = 2) AS material_coop, sum(e.quad_class = 3) AS verbal_conflict,"
                    " sum(e.quad_class = 4) AS material_conflict, count(*) AS events,"
                    " avg(e.goldstein) AS mean_goldstein"
                    " FROM events e WHERE e.day IS NOT NULL%s GROUP BY period ORDER BY period",
                    query_period(o->by), w.s);
    } else if (!strcmp(o->cmd, "dyads")) {
        sbuf_printf(q,
                    "SELECT min(e.source_country, e.target_country) AS country_a,"
                    " max(e.source_country, e.target_country) AS country_b, count(*) AS events,"
                    " sum(e.quad_class IN (1, 2)) AS cooperation, sum(e.quad_class IN (3, 4)) AS conflict,"
                    " avg(e.goldstein) AS mean_goldstein"
                    " FROM events e WHERE e.source_country != e.target_country AND e.source_country != ''"
                    " AND e.target_country != ''%s"
                    " GROUP BY 1, 2 ORDER BY events DESC, country_a, country_b",
                    w.s);
        query_limit(q, o);
    } else if (!strcmp(o->cmd, "actors")) {
        sbuf_printf(q,
                    "SELECT code, sum(src) AS as_source, sum(tgt) AS as_target, count(*) AS total,"
                    " max(country) AS country FROM ("
                    "SELECT e.source_code AS code, e.source_country AS country, 1 AS src, 0 AS tgt"
                    " FROM events e WHERE 1%s UNION ALL"
                    " SELECT e.target_code, e.target_country, 0, 1 FROM events e WHERE 1%s)"
                    " GROUP BY code ORDER BY total DESC, code",
                    w.s, w.s);
        query_limit(q, o);
    } else if (!strcmp(o->cmd, "events")) {
        if (!strcmp(o->format, "gdelt"))
            sbuf_adds(q, "SELECT e.story_id, e.sentence, coalesce(s.date, e.story_date),"
                         " e.source_code, e.source_country, e.source_text, e.target_code,"
                         " e.target_country, e.target_text, e.cameo, e.quad_class, e.goldstein, s.url");
        else if (!strcmp(o->format, "text"))
            sbuf_adds(q, "SELECT e.story_id, e.sentence, e.day, e.source_code AS source,"
                         " e.target_code AS target, e.cameo, e.goldstein, e.text");
        else   /* the columns of annalist --format csv */
            sbuf_adds(q, "SELECT e.story_id, e.sentence, e.date, e.source_code AS source,"
                         " e.source_country, e.source_text, e.target_code AS target, e.target_country,"
                         " e.target_text, e.cameo, e.root, e.quad_class, e.goldstein, e.plover, e.text");
        sbuf_printf(q, " FROM events e LEFT JOIN stories s ON s.id = e.story_id WHERE 1%s"
                       " ORDER BY e.day, e.story_id, e.sentence, e.rowid", w.s);
        query_limit(q, o);
    } else {   /* graph */
        sbuf_printf(q,
                    "SELECT e.source_country AS source, e.target_country AS target, count(*) AS events,"
                    " avg(e.goldstein) AS mean_goldstein"
                    " FROM events e WHERE e.source_country != e.target_country AND e.source_country != ''"
                    " AND e.target_country != ''%s GROUP BY 1, 2 ORDER BY events DESC, source, target",
                    w.s);
        query_limit(q, o);
    }
    sbuf_free(&w);
}

/* ---- charts ---- */

static void query_title_dates(sbuf_t *t, const query_opts_t *o)
{
    if (*o->from || *o->to)
        sbuf_printf(t, ", %s to %s", *o->from ? o->from : "start", *o->to ? o->to : "end");
}

/* Draws the timeline from the rows of st (stepped again). */
static int query_chart_timeline(sqlite3_stmt *st, const query_opts_t *o)
{
    chart_period_t *p = NULL;
    size_t n = 0, cap = 0;
    sqlite3_reset(st);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *period = (const char *)sqlite3_column_text(st, 0);
        if (!period) continue;
        chart_period_t *x = UTIL_PUSH(p, n, cap);
        memset(x, 0, sizeof *x);
        snprintf(x->start, sizeof x->start, "%s%s", period,
                 strlen(period) == 4 ? "-01-01" : strlen(period) == 7 ? "-01" : "");
        for (int k = 0; k < 4; k++) x->quad[k] = sqlite3_column_int(st, 1 + k);
        x->goldstein = sqlite3_column_double(st, 6);
    }
    sbuf_t title = {0};
    if (o->directed)
        sbuf_printf(&title, "Events from %s to %s by %s: QuadClass counts and mean Goldstein",
                    o->a, o->b, o->by);
    else
        sbuf_printf(&title, "Events between %s and %s (both directions) by %s: QuadClass counts "
                            "and mean Goldstein", o->a, o->b, o->by);
    query_title_dates(&title, o);
    int rc = chart_timeline(p, n, o->by, title.s, o->plot);
    sbuf_free(&title);
    free(p);
    return rc;
}

/* Draws the network from the rows of st (stepped again). */
static int query_chart_graph(sqlite3_stmt *st, const query_opts_t *o)
{
    chart_edge_t *e = NULL;
    size_t n = 0, cap = 0;
    sqlite3_reset(st);
    while (sqlite3_step(st) == SQLITE_ROW) {
        chart_edge_t *x = UTIL_PUSH(e, n, cap);
        x->a = xstrdup((const char *)sqlite3_column_text(st, 0));
        x->b = xstrdup((const char *)sqlite3_column_text(st, 1));
        x->events = sqlite3_column_int(st, 2);
        x->goldstein = sqlite3_column_double(st, 3);
    }
    sbuf_t title = {0};
    sbuf_adds(&title, "Who does what to whom");
    query_title_dates(&title, o);
    if (o->limit && n == (size_t)o->limit)
        sbuf_printf(&title, " (the %ld busiest directions)", o->limit);
    int rc = chart_graph(e, n, title.s, o->plot);
    for (size_t i = 0; i < n; i++) {
        free((char *)e[i].a);
        free((char *)e[i].b);
    }
    free(e);
    sbuf_free(&title);
    return rc;
}

/* ---- the command ---- */

/* Opens the store read-only, upgrading an older schema first. Returns the
 * connection (caller closes), or NULL after a message. */
static sqlite3 *query_open(const char *path)
{
    if (!path || access(path, F_OK) != 0) {
        fprintf(stderr, "annalist: %s: no such database (make one with annalist --db %s FILE...)\n",
                path ? path : "", path ? path : "");
        return NULL;
    }
    for (int pass = 0; pass < 2; pass++) {
        sqlite3 *db;
        if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
            fprintf(stderr, "annalist: %s: cannot open: %s\n", path, sqlite3_errmsg(db));
            sqlite3_close(db);
            return NULL;
        }
        sqlite3_busy_timeout(db, 10000);
        sqlite3_stmt *st;
        int version = -1, tables = 0;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            version = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
        if (version >= 0 &&
            sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master WHERE type='table' AND "
                                   "name IN ('stories','events')", -1, &st, NULL) == SQLITE_OK) {
            if (sqlite3_step(st) == SQLITE_ROW) tables = sqlite3_column_int(st, 0);
            sqlite3_finalize(st);
        }
        if (version < 0 || tables != 2) {
            fprintf(stderr, "annalist: %s: not an annalist event store%s%s\n", path,
                    version < 0 ? ": " : "", version < 0 ? sqlite3_errmsg(db) : "");
            sqlite3_close(db);
            return NULL;
        }
        if (version >= STORE_SCHEMA_VERSION || pass) return db;
        sqlite3_close(db);
        char *err = NULL;   /* made by an older annalist: bring it up to date */
        store_t *s = store_open(path, &err);
        if (!s) {
            fprintf(stderr, "annalist: %s\n", err);
            free(err);
            return NULL;
        }
        if (store_close(s) != 0) return NULL;
    }
    return NULL;
}

/* Tells on stderr how many events a --limit left out. */
static void query_left_out(sqlite3 *db, const query_opts_t *o, int shown)
{
    sbuf_t w = {0}, q = {0};
    query_where(&w, o);
    sbuf_printf(&q, "SELECT count(*) FROM events e WHERE 1%s", w.s);
    sqlite3_stmt *st = query_prepare(db, o, q.s);
    if (st && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int64(st, 0) > shown)
        fprintf(stderr, "annalist: showing the first %d of %lld events (--limit 0 shows all)\n",
                shown, (long long)sqlite3_column_int64(st, 0));
    sqlite3_finalize(st);
    sbuf_free(&w);
    sbuf_free(&q);
}

int query_main(int argc, char **argv)
{
    size_t cmd = 0;
    while (cmd < QUERY_NCMDS && strcmp(argv[0], query_cmds[cmd].name)) cmd++;
    if (cmd == QUERY_NCMDS) {
        fprintf(stderr, "annalist: %s: not a store command (timeline, dyads, actors, events, graph)\n",
                argv[0]);
        return 2;
    }
    query_opts_t o;
    memset(&o, 0, sizeof o);
    int rc = query_options(cmd, argc, argv, &o);
    if (rc) return rc;
    sqlite3 *db = query_open(o.db);
    if (!db) return 1;
    sbuf_t sql = {0};
    query_sql(&sql, &o);
    sqlite3_stmt *st = query_prepare(db, &o, sql.s);
    rc = 1;
    if (st) {
        int rows = !strcmp(o.format, "gdelt") ? query_print_gdelt(st, stdout)
                                              : query_print(st, o.format, stdout);
        if (rows < 0) {
            fprintf(stderr, "annalist: %s: %s\n", o.db, sqlite3_errmsg(db));
        } else {
            rc = 0;
            fflush(stdout);   /* the table before any message about the chart */
            if (o.plot && !strcmp(o.cmd, "timeline") && query_chart_timeline(st, &o) != 0) rc = 1;
            if (o.plot && !strcmp(o.cmd, "graph") && query_chart_graph(st, &o) != 0) rc = 1;
            if (!strcmp(o.cmd, "events") && o.limit && rows == o.limit)
                query_left_out(db, &o, rows);
        }
        sqlite3_finalize(st);
    }
    sbuf_free(&sql);
    sqlite3_close(db);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "annalist: write error on standard output\n");
        rc = 1;
    }
    return rc;
}
