/* diag.c -- counted diagnostics on stderr. */
#include "diag.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>

static pthread_mutex_t diag_lock = PTHREAD_MUTEX_INITIALIZER;
static size_t diag_nerr, diag_nwarn;
static int diag_quiet;

static void diag_vprint(const char *kind, const char *file, size_t line,
                        const char *fmt, va_list ap)
{
    fputs("annalist: ", stderr);
    if (file) {
        if (line) fprintf(stderr, "%s:%zu: ", file, line);
        else fprintf(stderr, "%s: ", file);
    }
    fputs(kind, stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void diag_error(const char *file, size_t line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    pthread_mutex_lock(&diag_lock);
    diag_nerr++;
    diag_vprint("", file, line, fmt, ap);
    pthread_mutex_unlock(&diag_lock);
    va_end(ap);
}

void diag_warn(const char *file, size_t line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    pthread_mutex_lock(&diag_lock);
    diag_nwarn++;
    if (!diag_quiet) diag_vprint("warning: ", file, line, fmt, ap);
    pthread_mutex_unlock(&diag_lock);
    va_end(ap);
}

size_t diag_errors(void) { return diag_nerr; }
size_t diag_warnings(void) { return diag_nwarn; }
void diag_quiet_warnings(int quiet) { diag_quiet = quiet; }
