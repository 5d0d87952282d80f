/* chart.h -- the store's charts, drawn by well-kept programs rather than by
 * hand: gnuplot for timelines, Graphviz (neato) for the country network.
 * They are run without a shell (posix_spawnp), the script on their standard
 * input, their standard output written to the chart file. */
#ifndef ANNALIST_CHART_H
#define ANNALIST_CHART_H

#include <stddef.h>

/* One period of a timeline. */
typedef struct {
    char start[11];   /* first day of the period, YYYY-MM-DD */
    int quad[4];      /* events of QuadClass 1..4 */
    double goldstein; /* mean Goldstein value of all its events */
} chart_period_t;

/* One edge of the network: events from a to b. */
typedef struct {
    const char *a, *b;
    int events;
    double goldstein; /* mean */
} chart_edge_t;

/* The chart format for a file name: "svg", "png", or NULL when the name
 * ends in neither .svg nor .png. */
const char *chart_format(const char *path);

/* Draws a timeline to path (.svg or .png) with gnuplot: bars of the
 * events of each period stacked by QuadClass, the mean Goldstein value as
 * a line on a second axis, a dated x axis. by is day, week, month or year;
 * title is plain text. Returns 0, or -1 after printing why on stderr (no
 * periods, no gnuplot, gnuplot failed, path not writable; a half-written
 * file is removed). */
int chart_timeline(const chart_period_t *p, size_t n, const char *by, const char *title,
                   const char *path);

/* Draws the network of edges e[0..n) to path with Graphviz neato: edge
 * width grows with the events, colour runs from red (mean Goldstein -10)
 * through grey to green (+10); codes that are not three-letter countries
 * are boxes. Returns 0, or -1 after printing why on stderr. */
int chart_graph(const chart_edge_t *e, size_t n, const char *title, const char *path);

/* Runs argv[0] (looked up on PATH, no shell) with input on its standard
 * input and its standard output written to path (created or truncated).
 * Returns 0 when the program exited with status 0 and wrote something,
 * else -1 after printing why on stderr and removing path. */
int chart_run(const char *const argv[], const char *input, const char *path);

#endif
