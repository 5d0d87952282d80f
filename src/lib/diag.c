/* diag.c -- counted diagnostics on stderr. */
#include "diag.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t diag_lock = PTHREAD_MUTEX_INITIALIZER;
static size_t diag_nerr, diag_nwarn;
static int diag_quiet;
static __thread diag_held_t *diag_held;   /* this thread's, or NULL: stderr */

static void diag_vprint(const char *kind, const char *file, size_t line,
                        const char *fmt, va_list ap)
{
    FILE *out = stderr;
    if (diag_held) {
        if (!diag_held->f) diag_held->f = open_memstream(&diag_held->buf, &diag_held->len);
        if (diag_held->f) out = diag_held->f;
    }
    fputs("annalist: ", out);
    if (file) {
        if (line) fprintf(out, "%s:%zu: ", file, line);
        else fprintf(out, "%s: ", file);
    }
    fputs(kind, out);
    vfprintf(out, fmt, ap);
    fputc('\n', out);
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

void diag_hold(diag_held_t *h) { diag_held = h; }
void diag_unhold(void) { diag_held = NULL; }

void diag_release(diag_held_t *h)
{
    if (!h->f) return;
    fclose(h->f);   /* sets buf and len */
    pthread_mutex_lock(&diag_lock);
    fwrite(h->buf, 1, h->len, stderr);
    pthread_mutex_unlock(&diag_lock);
    free(h->buf);
    h->f = NULL;
    h->buf = NULL;
    h->len = 0;
}
