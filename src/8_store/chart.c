/* chart.c -- timelines through gnuplot and the country network through
 * Graphviz, both run as programs without a shell. */
#include "chart.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/util.h"

extern char **environ;

const char *chart_format(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (!dot || dot == path || dot[-1] == '/') return NULL;
    if (!strcasecmp(dot, ".svg")) return "svg";
    if (!strcasecmp(dot, ".png")) return "png";
    return NULL;
}

/* Writes all of buf to fd; 0, or -1 (errno set). */
static int chart_write_all(int fd, const char *buf, size_t n)
{
    while (n) {
        ssize_t w = write(fd, buf, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        buf += w;
        n -= (size_t)w;
    }
    return 0;
}

int chart_run(const char *const argv[], const char *input, const char *path)
{
    int out = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (out < 0) {
        fprintf(stderr, "annalist: %s: cannot write the chart: %s\n", path, strerror(errno));
        return -1;
    }
    int fd[2];
    if (pipe2(fd, O_CLOEXEC) != 0) {
        fprintf(stderr, "annalist: %s: cannot run %s: %s\n", path, argv[0], strerror(errno));
        close(out);
        unlink(path);
        return -1;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fd[0], 0);
    posix_spawn_file_actions_adddup2(&fa, out, 1);
    posix_spawnattr_t at;
    posix_spawnattr_init(&at);
    sigset_t def;   /* the child gets default SIGPIPE even though we ignore it */
    sigemptyset(&def);
    sigaddset(&def, SIGPIPE);
    posix_spawnattr_setsigdefault(&at, &def);
    posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGDEF);
    struct sigaction ign, old;
    memset(&ign, 0, sizeof ign);
    ign.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ign, &old);   /* a program that dies early must not kill us */
    pid_t pid;
    int err = posix_spawnp(&pid, argv[0], &fa, &at, (char *const *)argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&at);
    close(fd[0]);
    close(out);
    int ok = 0;
    if (err) {
        fprintf(stderr, "annalist: cannot run %s: %s (Debian package %s)\n", argv[0],
                strerror(err), !strcmp(argv[0], "gnuplot") ? "gnuplot-nox" : "graphviz");
        close(fd[1]);
    } else {
        int werr = chart_write_all(fd[1], input, strlen(input)) ? errno : 0;
        close(fd[1]);
        int status = 0;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        struct stat sb;
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            fprintf(stderr, "annalist: %s failed to draw %s (see its message above)\n", argv[0],
                    path);
        else if (werr)
            fprintf(stderr, "annalist: %s: writing to %s: %s\n", path, argv[0], strerror(werr));
        else if (stat(path, &sb) != 0 || sb.st_size == 0)
            fprintf(stderr, "annalist: %s drew nothing into %s\n", argv[0], path);
        else
            ok = 1;
    }
    sigaction(SIGPIPE, &old, NULL);
    if (!ok) unlink(path);
    return ok ? 0 : -1;
}

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static long chart_days(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The first and one-past-last day (days since 1970) of the period starting
 * at start; -1 when start is not YYYY-MM-DD. */
static int chart_period(const char *start, const char *by, long *from, long *to)
{
    int y, m, d;
    if (strlen(start) != 10 || sscanf(start, "%4d-%2d-%2d", &y, &m, &d) != 3) return -1;
    *from = chart_days(y, m, d);
    if (!strcmp(by, "day")) *to = *from + 1;
    else if (!strcmp(by, "week")) *to = *from + 7;
    else if (!strcmp(by, "month")) *to = chart_days(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1);
    else *to = chart_days(y + 1, 1, 1);
    return 0;
}

/* s as a gnuplot single-quoted string (quotes doubled). */
static void chart_gp_string(sbuf_t *b, const char *s)
{
    sbuf_addc(b, '\'');
    for (; *s; s++) {
        if (*s == '\'') sbuf_addc(b, '\'');
        if (*s != '\n' && *s != '\r') sbuf_addc(b, *s);
    }
    sbuf_addc(b, '\'');
}

int chart_timeline(const chart_period_t *p, size_t n, const char *by, const char *title,
                   const char *path)
{
    const char *fmt = chart_format(path);
    if (!fmt) {
        fprintf(stderr, "annalist: %s: a chart file must end in .svg or .png\n", path);
        return -1;
    }
    /* x in seconds since 1970: boxes over 80% of their period */
    sbuf_t data = {0};
    long lo = 0, hi = 0;
    int top = 0, y0 = 0, y1 = 0;
    for (size_t i = 0; i < n; i++) {
        long a, z;
        if (chart_period(p[i].start, by, &a, &z) != 0) continue;
        int y = atoi(p[i].start);
        if (!data.len || a < lo) {
            lo = a;
            y0 = y;
        }
        if (!data.len || z > hi) {
            hi = z;
            y1 = y;
        }
        int sum = p[i].quad[0] + p[i].quad[1] + p[i].quad[2] + p[i].quad[3];
        if (sum > top) top = sum;
        sbuf_printf(&data, "%.0f %.0f %d %d %d %d %.4f\n", (a + z) * 43200.0,
                    (z - a) * 0.8 * 86400.0, p[i].quad[0], p[i].quad[1], p[i].quad[2],
                    p[i].quad[3], p[i].goldstein);
    }
    if (!data.len) {
        fprintf(stderr, "annalist: %s: no dated events to draw\n", path);
        sbuf_free(&data);
        return -1;
    }
    double pad = (hi - lo) * 86400.0 * 0.03 + 86400.0;
    sbuf_t tics = {0};   /* years: one label under each, not gnuplot's half-year tics */
    if (!strcmp(by, "year")) {
        int step = (y1 - y0) / 25 + 1;
        sbuf_adds(&tics, "set xtics (");
        for (int y = y0 - y0 % step; y <= y1; y += step)
            sbuf_printf(&tics, "%s\"%d\" \"%.0f\"", y == y0 - y0 % step ? "" : ", ", y,
                        (chart_days(y, 1, 1) + chart_days(y + 1, 1, 1)) * 43200.0);
        sbuf_adds(&tics, ")\nset mxtics 1\n");
    }
    const char *xfmt = !strcmp(by, "year") ? "%Y" : !strcmp(by, "month") ? "%Y-%m" : "%Y-%m-%d";
    sbuf_t g = {0};
    if (!strcmp(fmt, "png"))
        sbuf_adds(&g, "set terminal pngcairo size 1100,560 font 'sans,10' background '#ffffff'\n");
    else
        sbuf_adds(&g, "set terminal svg size 1100,560 dynamic font 'sans,11' background '#ffffff'\n");
    sbuf_adds(&g, "set termoption noenhanced\nset encoding utf8\nset title ");
    chart_gp_string(&g, title);
    sbuf_printf(&g,
                "\nset xdata time\nset timefmt '%%s'\nset format x '%s'\n"
                "set xrange [%.0f:%.0f]\n"
                "set xtics out nomirror%s\n%s"
                "set ylabel 'events'\nset yrange [0:%d]\nset ytics nomirror%s\n"
                "set format y '%%.0f'\nset grid ytics lc rgb '#dddddd'\n"
                "set y2label 'mean Goldstein (-10 conflict to +10 cooperation)'\n"
                "set y2range [-10:10]\nset y2tics -10,5,10\n"
                "set arrow from graph 0, second 0 to graph 1, second 0 nohead dt 2 lc rgb '#2166ac'\n"
                "set style fill solid 0.9 border lc rgb '#404040'\n"
                "set key outside right top vertical Left reverse samplen 2\n"
                "$d << EOD\n%sEOD\n"
                "plot $d using 1:($3+$4+$5+$6):2 with boxes lc rgb '#d73027' "
                "title 'material conflict (QuadClass 4)', "
                "'' using 1:($3+$4+$5):2 with boxes lc rgb '#fdae61' "
                "title 'verbal conflict (QuadClass 3)', "
                "'' using 1:($3+$4):2 with boxes lc rgb '#1b7837' "
                "title 'material cooperation (QuadClass 2)', "
                "'' using 1:3:2 with boxes lc rgb '#7fbf7b' "
                "title 'verbal cooperation (QuadClass 1)', "
                "'' using 1:7 axes x1y2 with linespoints lw 2 pt 7 ps 0.7 lc rgb '#2166ac' "
                "title 'mean Goldstein'\n",
                xfmt, lo * 86400.0 - pad, hi * 86400.0 + pad,
                strcmp(by, "year") ? " rotate by -40" : "", tics.len ? tics.s : "",
                top < 4 ? 4 : top + (top + 9) / 10, top <= 12 ? " 1" : "", data.s);
    const char *argv[] = {"gnuplot", NULL};
    int rc = chart_run(argv, g.s, path);
    sbuf_free(&g);
    sbuf_free(&tics);
    sbuf_free(&data);
    return rc;
}

/* s as a Graphviz quoted string. */
static void chart_dot_string(sbuf_t *b, const char *s)
{
    sbuf_addc(b, '"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') sbuf_addc(b, '\\');
        if (*s != '\n' && *s != '\r') sbuf_addc(b, *s);
    }
    sbuf_addc(b, '"');
}

/* s with the characters special in a Graphviz HTML label escaped. */
static void chart_html_string(sbuf_t *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': sbuf_adds(b, "&amp;"); break;
        case '<': sbuf_adds(b, "&lt;"); break;
        case '>': sbuf_adds(b, "&gt;"); break;
        case '"': sbuf_adds(b, "&quot;"); break;
        case '\n': case '\r': break;
        default: sbuf_addc(b, *s);
        }
    }
}

/* The colour of a mean Goldstein value: red at -10, grey at 0, green at +10. */
static void chart_colour(double g, char out[8])
{
    static const double red[3] = {0xd7, 0x30, 0x27}, grey[3] = {0x99, 0x99, 0x99},
                        green[3] = {0x1a, 0x98, 0x50};
    double t = fabs(g) / 10.0;
    if (t > 1) t = 1;
    const double *end = g < 0 ? red : green;
    int c[3];
    for (int k = 0; k < 3; k++) c[k] = (int)lround(grey[k] + (end[k] - grey[k]) * t);
    snprintf(out, 8, "#%02x%02x%02x", c[0], c[1], c[2]);
}

int chart_graph(const chart_edge_t *e, size_t n, const char *title, const char *path)
{
    const char *fmt = chart_format(path);
    if (!fmt) {
        fprintf(stderr, "annalist: %s: a chart file must end in .svg or .png\n", path);
        return -1;
    }
    if (!n) {
        fprintf(stderr, "annalist: %s: no events between countries to draw\n", path);
        return -1;
    }
    int most = 1;
    for (size_t i = 0; i < n; i++)
        if (e[i].events > most) most = e[i].events;
    sbuf_t dot = {0};
    sbuf_adds(&dot, "digraph events {\n  graph [overlap=false, splines=true, sep=\"+12\", "
                    "outputorder=edgesfirst, fontname=\"sans\", labelloc=t, pad=0.3, label=<"
                    "<table border=\"0\" cellspacing=\"0\" cellpadding=\"3\"><tr><td>"
                    "<font point-size=\"14\">");
    chart_html_string(&dot, title);
    sbuf_adds(&dot, "</font></td></tr><tr><td><font point-size=\"10\">arrows run "
                    "from source to target; width and number: events; colour: their mean "
                    "Goldstein value</font></td></tr><tr><td><table border=\"0\" "
                    "cellspacing=\"0\" cellpadding=\"2\"><tr>");
    static const double marks[] = {-10, -5, 0, 5, 10};
    for (int k = 0; k < 5; k++) {   /* the colour legend */
        char col[8];
        chart_colour(marks[k], col);
        sbuf_printf(&dot, "<td bgcolor=\"%s\" width=\"44\" height=\"18\" fixedsize=\"true\">"
                          "<font point-size=\"10\" color=\"#ffffff\">%+.0f</font></td>",
                    col, marks[k]);
    }
    sbuf_adds(&dot, "</tr></table></td></tr></table>>];\n  node [shape=ellipse, style=filled, fillcolor=\"#f4f4f4\", "
                    "color=\"#606060\", fontname=\"sans\", fontsize=12];\n"
                    "  edge [fontname=\"sans\", fontsize=9, fontcolor=\"#404040\", arrowsize=0.7];\n");
    for (size_t i = 0; i < n; i++) {
        const char *ends[2] = {e[i].a, e[i].b};
        for (int k = 0; k < 2; k++) {   /* codes that are not countries: boxes */
            if (strlen(ends[k]) == 3) continue;
            sbuf_adds(&dot, "  ");
            chart_dot_string(&dot, ends[k]);
            sbuf_adds(&dot, " [shape=box];\n");
        }
    }
    for (size_t i = 0; i < n; i++) {
        char col[8];
        chart_colour(e[i].goldstein, col);
        sbuf_adds(&dot, "  ");
        chart_dot_string(&dot, e[i].a);
        sbuf_adds(&dot, " -> ");
        chart_dot_string(&dot, e[i].b);
        sbuf_printf(&dot,
                    " [penwidth=%.2f, color=\"%s\", label=\"%d\", "
                    "tooltip=\"%d events, mean Goldstein %.1f\"];\n",
                    1.0 + 7.0 * sqrt((double)e[i].events / most), col, e[i].events, e[i].events,
                    e[i].goldstein);
    }
    sbuf_adds(&dot, "}\n");
    char tflag[8];
    snprintf(tflag, sizeof tflag, "-T%s", fmt);
    const char *argv[] = {"neato", tflag, NULL};
    int rc = chart_run(argv, dot.s, path);
    sbuf_free(&dot);
    return rc;
}
