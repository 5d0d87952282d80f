/* query_print.h -- the rows of a store query printed (used by query.c). */
#ifndef ANNALIST_QUERY_PRINT_H
#define ANNALIST_QUERY_PRINT_H

#include <sqlite3.h>
#include <stdio.h>

/* Steps st to its end and prints every row to f in the format: "text" (an
 * aligned table: values padded to their column's width, up to 40), "csv"
 * (with a header) or "json" (an array of objects, one a line). Returns the
 * rows, or -1 when stepping failed. */
int query_print(sqlite3_stmt *st, const char *format, FILE *f);

/* Steps st (the gdelt select list of the events command) to its end and
 * prints each event to f as a GDELT 2.0 row. Returns the rows, or -1 when
 * stepping failed. */
int query_print_gdelt(sqlite3_stmt *st, FILE *f);

#endif
