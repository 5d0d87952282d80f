/* query.h -- answers from the event store: annalist timeline | dyads |
 * actors | events | graph --db FILE (docs/store.md). */
#ifndef ANNALIST_QUERY_H
#define ANNALIST_QUERY_H

/* Is name one of the store's commands? */
int query_is_command(const char *name);

/* argv[0] is the command. Prints the table (text, csv or json) and draws
 * the chart asked for with --plot. Returns 0, 1 on a database or plotting
 * error, 2 on a usage error. */
int query_main(int argc, char **argv);

#endif
