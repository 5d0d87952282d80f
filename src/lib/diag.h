/* diag.h -- error and warning lines, always "file:line: problem", counted
 * so that the summary and the exit status can report them. */
#ifndef ANNALIST_DIAG_H
#define ANNALIST_DIAG_H

#include <stddef.h>
#include <stdio.h>

/* Prints "annalist: FILE:LINE: message" (LINE left out when 0) to stderr
 * and counts it. Thread-safe. */
void diag_error(const char *file, size_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Like diag_error, but counted as a warning (nothing was lost). */
void diag_warn(const char *file, size_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Number of errors and warnings reported so far. */
size_t diag_errors(void);
size_t diag_warnings(void);

/* When set, warnings are counted but not printed (dictionary lint noise). */
void diag_quiet_warnings(int quiet);

/* Diagnostics held back, so that work done on several threads reports in
 * the order one thread would have: while the calling thread holds h
 * (diag_hold), its diagnostics are counted as usual but written into h;
 * diag_unhold makes it print again; diag_release prints what h holds, in
 * one block, and frees it. A zeroed diag_held_t holds nothing. */
typedef struct {
    FILE *f;       /* open_memstream over buf, NULL when nothing was held */
    char *buf;
    size_t len;
} diag_held_t;
void diag_hold(diag_held_t *h);
void diag_unhold(void);
void diag_release(diag_held_t *h);

#endif
