/* workers.h -- codes a stream of stories on N threads and writes their
 * events in input order, so the output is byte-identical whatever N is.
 *
 * The reader (the calling thread) fills batches of stories; workers code
 * whole batches; a writer thread writes finished batches in sequence,
 * through a sink (7_output/sink.h: large files bypass the page cache). At
 * most WORKERS_QUEUE batches are in flight, so memory does not grow with
 * the input. */
#ifndef ANNALIST_WORKERS_H
#define ANNALIST_WORKERS_H

#include <stdio.h>

#include "pipeline.h"

#define WORKERS_BATCH_STORIES 64
#define WORKERS_BATCH_BYTES (1u << 20)

typedef struct workers workers_t;

/* Called by the writer, in input order, once a story's events are written
 * (events: its records, n bytes). May be NULL. */
typedef void (*workers_story_fn)(const story_t *s, const char *events, size_t n,
                                 void *ctx);

/* Starts nthreads workers (>= 1) coding with d and o, writing to out (NULL:
 * nowhere), whose descriptor the writer takes over from its current offset
 * until workers_finish: nothing else may write to out meanwhile. Returns
 * NULL only when threads cannot be started (reported). */
workers_t *workers_start(const dicts_t *d, const output_opts_t *o, int nthreads,
                         FILE *out, workers_story_fn fn, void *ctx);

/* Hands one story over (the workers take ownership of its fields). */
void workers_add(workers_t *w, story_t *s);

/* Waits for everything to be written, adds the counters to st, frees w.
 * *last_written (if not NULL) gets the ordinal of the last story whose
 * events were completely written and flushed, *bytes_written the bytes
 * written up to it. Returns 0, or -1 when writing failed. */
int workers_finish(workers_t *w, stats_t *st, uint64_t *last_written,
                   uint64_t *bytes_written);

/* Has a write failed (disk full)? The reader should stop. */
int workers_failed(const workers_t *w);

#endif
