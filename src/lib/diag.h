/* diag.h -- error and warning lines, always "file:line: problem", counted
 * so that the summary and the exit status can report them. */
#ifndef ANNALIST_DIAG_H
#define ANNALIST_DIAG_H

#include <stddef.h>

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

#endif
