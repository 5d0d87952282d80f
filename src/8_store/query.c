/* query.c -- timelines, dyads, actors, event lists and network charts from
 * the SQLite event store. Charts are drawn by gnuplot (timeline) and
 * Graphviz (graph), run as programs. */
#include "query.h"

#include <getopt.h>
#include <sqlite3.h>
#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lib/util.h"

typedef struct {
    const char *db, *dyad, *by, *format, *plot, *from, *to, *actor, *code, *root, *text;
    int directed, limit;
} query_opts_t;

int query_is_command(const char *name)
{
    return !strcmp(name, "timeline") || !strcmp(name, "dyads") || !strcmp(name, "actors") ||
           !strcmp(name, "events") || !strcmp(name, "graph");
}

static void query_usage(void)
{
    fputs("usage: annalist timeline --db F --dyad AAA:BBB [--by day|week|month|year] [--directed]\n"
          "                [--format text|csv|json] [--plot FILE.svg|FILE.png]\n"
          "       annalist dyads  --db F [--from DATE] [--to DATE] [--limit N] [--format ...]\n"
          "       annalist actors --db F [--limit N] [--format ...]\n"
          "       annalist events --db F [--dyad A:B] [--actor CODE] [--code CODE] [--root RR]\n"
          "                [--from DATE] [--to DATE] [--text WORDS] [--limit N] [--format ...]\n"
          "       annalist graph  --db F --plot FILE.svg|FILE.png [--from DATE] [--to DATE]\n",
          stderr);
}

/* Prints every row of st in the chosen format. Returns the row count. */
static int query_print(sqlite3_stmt *st, const char *format, FILE *f)
{
    int nc = sqlite3_column_count(st), rows = 0;
    int json = !strcmp(format, "json"), csv = !strcmp(format, "csv");
    if (json) fputc('[', f);
    else {
        for (int c = 0; c < nc; c++)
            fprintf(f, csv ? "%s%s" : "%s%-14s", c ? (csv ? "," : " ") : "", sqlite3_column_name(st, c));
        fputc('\n', f);
    }
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (json) fputs(rows ? ",\n{" : "\n{", f);
        for (int c = 0; c < nc; c++) {
            int t = sqlite3_column_type(st, c);
            const char *v = (const char *)sqlite3_column_text(st, c);
            char num[64];
            if (t == SQLITE_FLOAT) {
                snprintf(num, sizeof num, "%.2f", sqlite3_column_double(st, c));
                v = num;
            }
            if (json) {
                fprintf(f, "%s\"%s\":", c ? "," : "", sqlite3_column_name(st, c));
                if (t == SQLITE_NULL) fputs("null", f);
                else if (t == SQLITE_INTEGER || t == SQLITE_FLOAT) fputs(v, f);
                else {
                    fputc('"', f);
                    for (const char *p = v; *p; p++) {
                        if (*p == '"' || *p == '\\') fputc('\\', f);
                        if ((unsigned char)*p < 0x20) fprintf(f, "\\u%04x", *p);
                        else fputc(*p, f);
                    }
                    fputc('"', f);
                }
            } else if (csv) {
                fputs(c ? "," : "", f);
                if (v && strpbrk(v, ",\"\n")) {
                    fputc('"', f);
                    for (const char *p = v; *p; p++) {
                        if (*p == '"') fputc('"', f);
                        fputc(*p, f);
                    }
                    fputc('"', f);
                } else if (v) {
                    fputs(v, f);
                }
            } else {
                fprintf(f, "%s%-14s", c ? " " : "", v ? v : "-");
            }
        }
        if (json) fputc('}', f);
        else fputc('\n', f);
        rows++;
    }
    if (json) fputs(rows ? "\n]\n" : "]\n", f);
    return rows;
}

static int query_dyad(const char *dyad, char a[16], char b[16])
{
    const char *colon = dyad ? strchr(dyad, ':') : NULL;
    if (!colon || colon == dyad || !colon[1] || (size_t)(colon - dyad) >= 16 || strlen(colon + 1) >= 16)
        return -1;
    snprintf(a, 16, "%.*s", (int)(colon - dyad), dyad);
    snprintf(b, 16, "%s", colon + 1);
    for (const char *p = dyad; *p; p++)   /* codes only: they reach SQL text for gnuplot */
        if (*p != ':' && !((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))) return -1;
    return 0;
}

/* The period of an event at the grouping asked for; a coarser event date
 * falls back to the story's date. */
static const char *query_period(const char *by)
{
    if (!strcmp(by, "day")) return "CASE WHEN length(date)=10 THEN date ELSE story_date END";
    if (!strcmp(by, "week"))
        return "strftime('%Y-W%W', CASE WHEN length(date)=10 THEN date ELSE story_date END)";
    if (!strcmp(by, "year")) return "substr(coalesce(date, story_date),1,4)";
    return "substr(CASE WHEN length(date)>=7 THEN date ELSE story_date END,1,7)";
}

/* Runs a program with the given standard input; 0 on success. */
static int query_run(const char *cmd, const char *input)
{
    FILE *p = popen(cmd, "w");
    if (!p) return -1;
    fputs(input, p);
    return pclose(p) == 0 ? 0 : -1;
}

static int query_plot_timeline(sqlite3 *db, const char *sql, const query_opts_t *o)
{
    if (!o->plot) return -1;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) return -1;
    sbuf_t data = {0};
    int rows = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        sbuf_printf(&data, "%s %d %d %d %d %.3f\n", sqlite3_column_text(st, 0),
                    sqlite3_column_int(st, 1), sqlite3_column_int(st, 2), sqlite3_column_int(st, 3),
                    sqlite3_column_int(st, 4), sqlite3_column_double(st, 6));
        rows++;
    }
    sqlite3_finalize(st);
    if (!rows) sbuf_adds(&data, "none 0 0 0 0 0\n");
    const char *ext = strrchr(o->plot, '.');
    int png = ext && !strcmp(ext, ".png");
    sbuf_t g = {0};
    sbuf_printf(&g,
                "set terminal %s size 1000,520 font 'sans,11'\n"
                "set output '%s'\n"
                "set title 'Events between %s, by %s: counts by QuadClass and mean Goldstein'\n"
                "set style data histograms\nset style histogram rowstacked\n"
                "set style fill solid 0.85 border -1\nset boxwidth 0.8\n"
                "set ylabel 'events'\nset y2label 'mean Goldstein'\nset y2range [-10:10]\n"
                "set ytics nomirror\nset y2tics\nset xtics rotate by -45\n"
                "set key outside right top\nset grid ytics\n"
                "$d << EOD\n%sEOD\n"
                "plot $d using 2:xtic(1) title 'verbal cooperation' lc rgb '#4daf4a', "
                "'' using 3 title 'material cooperation' lc rgb '#1b7837', "
                "'' using 4 title 'verbal conflict' lc rgb '#fdae61', "
                "'' using 5 title 'material conflict' lc rgb '#d73027', "
                "'' using 0:6 axes x1y2 with linespoints lw 2 pt 7 lc rgb '#2166ac' "
                "title 'mean Goldstein'\n",
                png ? "pngcairo" : "svg", o->plot, o->dyad, o->by, data.s);
    int rc = query_run("gnuplot", g.s);
    sbuf_free(&g);
    sbuf_free(&data);
    if (rc) fprintf(stderr, "annalist: gnuplot failed to draw %s (is gnuplot installed?)\n", o->plot);
    return rc;
}

static int query_plot_graph(sqlite3 *db, const query_opts_t *o)
{
    if (!o->plot) return -1;
    const char *sql =
        "SELECT source_country, target_country, count(*), avg(goldstein) FROM events "
        "WHERE source_country != target_country AND length(source_country)=3 AND "
        "length(target_country)=3 AND (?1 IS NULL OR story_date >= ?1) AND "
        "(?2 IS NULL OR story_date <= ?2) GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 80";
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) return -1;
    if (o->from) sqlite3_bind_text(st, 1, o->from, -1, SQLITE_STATIC);
    if (o->to) sqlite3_bind_text(st, 2, o->to, -1, SQLITE_STATIC);
    sbuf_t dot = {0};
    sbuf_adds(&dot, "digraph events {\n  graph [overlap=false, splines=true, outputorder=edgesfirst,"
                    " label=\"Who does what to whom: edge width = events, colour = mean Goldstein "
                    "(red conflict, green cooperation)\", fontname=\"sans\"];\n"
                    "  node [shape=ellipse, style=filled, fillcolor=\"#f0f0f0\", fontname=\"sans\"];\n");
    while (sqlite3_step(st) == SQLITE_ROW) {
        int n = sqlite3_column_int(st, 2);
        double g = sqlite3_column_double(st, 3);
        int red = g < 0 ? 200 : (int)(200 - g * 18), green = g > 0 ? 160 : (int)(160 + g * 14);
        if (red < 0) red = 0;
        if (green < 0) green = 0;
        sbuf_printf(&dot, "  \"%s\" -> \"%s\" [penwidth=%.1f, color=\"#%02x%02x40\", tooltip=\"%d events, mean Goldstein %.1f\"];\n",
                    sqlite3_column_text(st, 0), sqlite3_column_text(st, 1), 1.0 + (n > 12 ? 12 : n) * 0.6,
                    red, green, n, g);
    }
    sqlite3_finalize(st);
    sbuf_adds(&dot, "}\n");
    const char *ext = strrchr(o->plot, '.');
    sbuf_t cmd = {0};
    sbuf_printf(&cmd, "dot -Kneato -T%s -o '%s'", ext && !strcmp(ext, ".png") ? "png" : "svg", o->plot);
    int rc = query_run(cmd.s, dot.s);
    sbuf_free(&cmd);
    sbuf_free(&dot);
    if (rc) fprintf(stderr, "annalist: Graphviz failed to draw %s (is graphviz installed?)\n", o->plot);
    return rc;
}

int query_main(int argc, char **argv)
{
    const char *cmd = argv[0];
    query_opts_t o = {0};
    o.by = "month";
    o.format = "text";
    o.limit = 20;
    static const struct option lo[] = {
        {"db", required_argument, 0, 'd'},     {"dyad", required_argument, 0, 'y'},
        {"by", required_argument, 0, 'b'},     {"format", required_argument, 0, 'f'},
        {"plot", required_argument, 0, 'p'},   {"from", required_argument, 0, 'F'},
        {"to", required_argument, 0, 'T'},     {"actor", required_argument, 0, 'a'},
        {"code", required_argument, 0, 'c'},   {"root", required_argument, 0, 'r'},
        {"text", required_argument, 0, 't'},   {"limit", required_argument, 0, 'l'},
        {"directed", no_argument, 0, 'D'},     {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", lo, NULL)) != -1) {
        switch (c) {
        case 'd': o.db = optarg; break;
        case 'y': o.dyad = optarg; break;
        case 'b': o.by = optarg; break;
        case 'f': o.format = optarg; break;
        case 'p': o.plot = optarg; break;
        case 'F': o.from = optarg; break;
        case 'T': o.to = optarg; break;
        case 'a': o.actor = optarg; break;
        case 'c': o.code = optarg; break;
        case 'r': o.root = optarg; break;
        case 't': o.text = optarg; break;
        case 'l': o.limit = atoi(optarg); break;
        case 'D': o.directed = 1; break;
        default: query_usage(); return 2;
        }
    }
    char a[16] = "", b[16] = "";
    if (!o.db || (strcmp(o.format, "text") && strcmp(o.format, "csv") && strcmp(o.format, "json")) ||
        (strcmp(o.by, "day") && strcmp(o.by, "week") && strcmp(o.by, "month") && strcmp(o.by, "year")) ||
        (!strcmp(cmd, "timeline") && query_dyad(o.dyad, a, b) != 0) ||
        (o.dyad && query_dyad(o.dyad, a, b) != 0) || (!strcmp(cmd, "graph") && !o.plot) ||
        o.limit <= 0) {
        query_usage();
        return 2;
    }
    sqlite3 *db;
    if (sqlite3_open_v2(o.db, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        fprintf(stderr, "annalist: %s: cannot open database: %s\n", o.db, sqlite3_errmsg(db));
        sqlite3_close(db);
        return 1;
    }
    sbuf_t sql = {0};
    if (!strcmp(cmd, "timeline")) {
        sbuf_printf(&sql,
                    "SELECT %s AS period, sum(quad_class=1) AS verbal_coop, sum(quad_class=2) AS "
                    "material_coop, sum(quad_class=3) AS verbal_conflict, sum(quad_class=4) AS "
                    "material_conflict, count(*) AS events, avg(goldstein) AS mean_goldstein "
                    "FROM events WHERE ((source_country=?1 AND target_country=?2)%s) "
                    "GROUP BY period ORDER BY period",
                    query_period(o.by),
                    o.directed ? "" : " OR (source_country=?2 AND target_country=?1)");
    } else if (!strcmp(cmd, "dyads")) {
        sbuf_printf(&sql,
                    "SELECT min(source_country, target_country) AS country_a, max(source_country, "
                    "target_country) AS country_b, count(*) AS events, sum(quad_class<=2) AS "
                    "cooperation, sum(quad_class>=3) AS conflict, avg(goldstein) AS mean_goldstein "
                    "FROM events WHERE source_country != target_country AND (?1 IS NULL OR "
                    "story_date >= ?1) AND (?2 IS NULL OR story_date <= ?2) GROUP BY 1, 2 "
                    "ORDER BY events DESC, country_a, country_b LIMIT %d", o.limit);
    } else if (!strcmp(cmd, "actors")) {
        sbuf_printf(&sql,
                    "SELECT code, sum(src) AS as_source, sum(tgt) AS as_target, sum(src)+sum(tgt) "
                    "AS total FROM (SELECT source_code AS code, 1 AS src, 0 AS tgt FROM events "
                    "UNION ALL SELECT target_code, 0, 1 FROM events) GROUP BY code "
                    "ORDER BY total DESC, code LIMIT %d", o.limit);
    } else if (!strcmp(cmd, "events")) {
        sbuf_printf(&sql,
                    "SELECT story_id, sentence, date, source_code, target_code, cameo, goldstein, "
                    "text FROM events WHERE (?1 IS NULL OR story_date >= ?1) AND (?2 IS NULL OR "
                    "story_date <= ?2) AND (?3 IS NULL OR source_code=?3 OR target_code=?3) AND "
                    "(?4 IS NULL OR cameo=?4) AND (?5 IS NULL OR root=?5) AND (?6 IS NULL OR "
                    "text LIKE '%%' || ?6 || '%%') AND (?7 IS NULL OR (source_country=?7 AND "
                    "target_country=?8)%s) ORDER BY story_date, story_id, sentence LIMIT %d",
                    o.directed ? "" : " OR (source_country=?8 AND target_country=?7)", o.limit);
    }
    int rc = 0;
    if (!strcmp(cmd, "graph")) {
        rc = query_plot_graph(db, &o) ? 1 : 0;
    } else {
        char *q = sqlite3_mprintf("%s", sql.s);
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(db, q, -1, &st, NULL) != SQLITE_OK) {
            fprintf(stderr, "annalist: %s: %s\n", o.db, sqlite3_errmsg(db));
            rc = 1;
        } else {
            if (!strcmp(cmd, "timeline")) {
                sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
                sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
            } else {
                if (o.from) sqlite3_bind_text(st, 1, o.from, -1, SQLITE_STATIC);
                if (o.to) sqlite3_bind_text(st, 2, o.to, -1, SQLITE_STATIC);
            }
            if (!strcmp(cmd, "events")) {
                if (o.actor) sqlite3_bind_text(st, 3, o.actor, -1, SQLITE_STATIC);
                if (o.code) sqlite3_bind_text(st, 4, o.code, -1, SQLITE_STATIC);
                if (o.root) sqlite3_bind_text(st, 5, o.root, -1, SQLITE_STATIC);
                if (o.text) sqlite3_bind_text(st, 6, o.text, -1, SQLITE_STATIC);
                if (o.dyad) {
                    sqlite3_bind_text(st, 7, a, -1, SQLITE_STATIC);
                    sqlite3_bind_text(st, 8, b, -1, SQLITE_STATIC);
                }
            }
            query_print(st, o.format, stdout);
            sqlite3_finalize(st);
            if (o.plot && !strcmp(cmd, "timeline")) {
                /* the same query, substituted for gnuplot */
                char *q2 = sqlite3_mprintf("%s", sql.s);
                sbuf_t s2 = {0};
                for (const char *p = q2; *p; p++) {
                    if (p[0] == '?' && p[1] == '1') sbuf_printf(&s2, "'%s'", a), p++;
                    else if (p[0] == '?' && p[1] == '2') sbuf_printf(&s2, "'%s'", b), p++;
                    else sbuf_addc(&s2, *p);
                }
                rc = query_plot_timeline(db, s2.s, &o) ? 1 : 0;
                sbuf_free(&s2);
                sqlite3_free(q2);
            }
        }
        sqlite3_free(q);
    }
    sbuf_free(&sql);
    sqlite3_close(db);
    return rc;
}
