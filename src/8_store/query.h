/* query.h -- answers from the event store: annalist timeline | dyads |
 * actors | events | graph --db FILE (docs/store.md). */
#ifndef ANNALIST_QUERY_H
#define ANNALIST_QUERY_H

/* Is name one of the store's commands? */
int query_is_command(const char *name);

/* Runs one command: argv[0] is its name (timeline, dyads, actors, events,
 * graph), the rest its options. Prints the table on stdout (text, csv,
 * json, or gdelt for events) and draws the chart asked for with --plot;
 * messages go to stderr. Returns the exit status: 0, 1 on a database or
 * plotting error, 2 on a usage error. Uses getopt_long (resets optind). */
int query_main(int argc, char **argv);

#endif
