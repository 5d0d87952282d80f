/* query_print.c -- the rows of a store query printed: an aligned text
 * table, csv with a header, json (an array of objects, one a line), or
 * GDELT event rows. */
#include "8_store/query_print.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "8_store/gdelt.h"
#include "lib/util.h"

/* Column c of the current row as text: reals with digits decimals (-1: six
 * significant digits), NULL as NULL. The pointer lives until the next
 * call. */
static const char *query_value(sqlite3_stmt *st, int c, int digits, char num[64])
{
    if (sqlite3_column_type(st, c) == SQLITE_FLOAT) {
        double v = sqlite3_column_double(st, c);
        if (digits < 0) snprintf(num, 64, "%.6g", v);
        else snprintf(num, 64, "%.*f", digits, v);
        return num;
    }
    return (const char *)sqlite3_column_text(st, c);
}

static void query_csv_field(FILE *f, const char *v)
{
    if (!v) return;
    if (!strpbrk(v, ",\"\r\n")) {
        fputs(v, f);
        return;
    }
    fputc('"', f);
    for (; *v; v++) {
        if (*v == '"') fputc('"', f);
        fputc(*v, f);
    }
    fputc('"', f);
}

/* Prints every row of st as an aligned table: values padded to their
 * column's width (up to 40), the last column as it is. Returns the rows,
 * or -1 when stepping failed. */
static int query_print_text(sqlite3_stmt *st, FILE *f)
{
    int nc = sqlite3_column_count(st), rows = 0;
    size_t *w = xcalloc((size_t)nc, sizeof *w);
    char ***cell = NULL;
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        char **row = xcalloc((size_t)nc, sizeof *row);
        for (int c = 0; c < nc; c++) {
            char num[64];
            const char *v = query_value(st, c, 2, num);
            row[c] = xstrdup(v ? v : "-");
        }
        util_grow((void **)&cell, &cap, (size_t)rows + 1, sizeof *cell);
        cell[rows++] = row;
    }
    for (int c = 0; c < nc; c++) {
        w[c] = strlen(sqlite3_column_name(st, c));
        for (int r = 0; r < rows; r++)
            if (strlen(cell[r][c]) > w[c]) w[c] = strlen(cell[r][c]);
        if (w[c] > 40) w[c] = 40;
    }
    for (int r = -1; r < rows; r++) {
        for (int c = 0; c < nc; c++) {
            const char *v = r < 0 ? sqlite3_column_name(st, c) : cell[r][c];
            if (c == nc - 1) fprintf(f, "%s\n", v);
            else fprintf(f, "%-*s  ", (int)w[c], v);
        }
    }
    for (int r = 0; r < rows; r++) {
        for (int c = 0; c < nc; c++) free(cell[r][c]);
        free(cell[r]);
    }
    free(cell);
    free(w);
    return rc == SQLITE_DONE ? rows : -1;
}

/* Prints every row of st in the format (text, csv with a header, or json:
 * an array of objects, one a line). Returns the rows, or -1 when stepping
 * failed. */
int query_print(sqlite3_stmt *st, const char *format, FILE *f)
{
    if (!strcmp(format, "text")) return query_print_text(st, f);
    int nc = sqlite3_column_count(st), rows = 0, rc;
    int json = !strcmp(format, "json");
    if (json) {
        fputc('[', f);
    } else {
        for (int c = 0; c < nc; c++) {
            if (c) fputc(',', f);
            query_csv_field(f, sqlite3_column_name(st, c));
        }
        fputc('\n', f);
    }
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (json) {
            json_t *o = json_object();
            for (int c = 0; c < nc; c++) {
                json_t *v;
                switch (sqlite3_column_type(st, c)) {
                case SQLITE_INTEGER: v = json_integer(sqlite3_column_int64(st, c)); break;
                case SQLITE_FLOAT: v = json_real(sqlite3_column_double(st, c)); break;
                case SQLITE_NULL: v = json_null(); break;
                default: v = json_string((const char *)sqlite3_column_text(st, c));
                }
                json_object_set_new(o, sqlite3_column_name(st, c), v ? v : json_null());
            }
            char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
            fprintf(f, "%s\n%s", rows ? "," : "", s ? s : "{}");
            free(s);
            json_decref(o);
        } else {
            for (int c = 0; c < nc; c++) {
                char num[64];
                if (c) fputc(',', f);
                query_csv_field(f, query_value(st, c, -1, num));
            }
            fputc('\n', f);
        }
        rows++;
    }
    if (json) fputs(rows ? "\n]\n" : "]\n", f);
    return rc == SQLITE_DONE ? rows : -1;
}

/* Prints the events of st (the gdelt select list) as GDELT rows. */
int query_print_gdelt(sqlite3_stmt *st, FILE *f)
{
    int rows = 0, rc;
    sbuf_t line = {0};
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
#define QUERY_TXT(c) ((const char *)sqlite3_column_text(st, (c)))
        gdelt_event_t e = {QUERY_TXT(0), sqlite3_column_int64(st, 1), QUERY_TXT(2),
                           QUERY_TXT(3), QUERY_TXT(4), QUERY_TXT(5), QUERY_TXT(6),
                           QUERY_TXT(7), QUERY_TXT(8), QUERY_TXT(9), sqlite3_column_int(st, 10),
                           sqlite3_column_double(st, 11), QUERY_TXT(12)};
#undef QUERY_TXT
        sbuf_clear(&line);
        gdelt_row(&line, &e);
        fputs(line.s, f);
        rows++;
    }
    sbuf_free(&line);
    return rc == SQLITE_DONE ? rows : -1;
}
