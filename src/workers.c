/* workers.c -- the ordered, bounded thread pool behind --threads. */
#include "workers.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "lib/diag.h"
#include "lib/util.h"
#include "7_output/sink.h"

#define WORKERS_QUEUE 8   /* batches in flight per thread */
#define WORKERS_MARKS 64  /* batches written whose last bytes may wait in the sink */

typedef struct {
    story_t *s;
    size_t n, cap, bytes;
    sbuf_t out;
    size_t *ends;          /* out offset after each story */
    stats_t st;
    int state;             /* 0 free, 1 filling, 2 ready, 3 coding, 4 done */
} workers_batch_t;

/* The end of a written batch in the output, and its last story's ordinal. */
typedef struct {
    uint64_t end, ordinal;
} workers_mark_t;

struct workers {
    const dicts_t *d;
    const output_opts_t *o;
    sink_t *sink;          /* NULL: no output */
    workers_story_fn fn;
    void *ctx;
    int nthreads;
    pthread_t *threads, writer;
    pthread_mutex_t lock;
    pthread_cond_t cond;
    workers_batch_t *ring;
    size_t nring;
    uint64_t fill_seq;     /* batch being filled */
    uint64_t code_seq;     /* next batch to hand to a worker */
    uint64_t write_seq;    /* next batch to write */
    int closing;
    volatile int werr;
    uint64_t last_written, bytes_written;
    uint64_t out_bytes;    /* given to the sink */
    workers_mark_t marks[WORKERS_MARKS];   /* batches not yet known to be in the file */
    size_t nmarks;
    stats_t st;
};

static workers_batch_t *workers_slot(workers_t *w, uint64_t seq)
{
    return &w->ring[seq % w->nring];
}

static void *workers_code(void *arg)
{
    workers_t *w = arg;
    pipeline_work_t work = {0};
    for (;;) {
        pthread_mutex_lock(&w->lock);
        while (!(w->code_seq < w->fill_seq && workers_slot(w, w->code_seq)->state == 2) &&
               !(w->closing && w->code_seq >= w->fill_seq))
            pthread_cond_wait(&w->cond, &w->lock);
        if (w->code_seq >= w->fill_seq) {
            pthread_mutex_unlock(&w->lock);
            break;
        }
        workers_batch_t *b = workers_slot(w, w->code_seq++);
        b->state = 3;
        pthread_mutex_unlock(&w->lock);
        /* the counters go up at every sentence: kept on this thread's stack,
         * not in the ring, whose next batch another worker is writing (the
         * two would share a cache line) */
        stats_t st = {0};
        for (size_t i = 0; i < b->n; i++) {
            story_t *s = &b->s[i];
            if (input_decode(s, &st) == 0)
                s->sentences = pipeline_code_story(w->d, w->o, s, &work, &st, &b->out);
            b->ends[i] = b->out.len;
            /* freed here, by the thread that allocated its fields, unless
             * the writer's callback reads them: a free from another thread
             * takes the lock of this thread's malloc arena */
            if (!w->fn) {
                uint64_t ordinal = s->ordinal;
                story_free(s);
                s->ordinal = ordinal;
            }
        }
        pthread_mutex_lock(&w->lock);
        b->st = st;
        b->state = 4;
        pthread_cond_broadcast(&w->cond);
        pthread_mutex_unlock(&w->lock);
    }
    pipeline_work_free(&work);
    return NULL;
}

/* Notes that the output up to byte end holds every event up to the story
 * ordinal. A full list drops its newest but one (that batch is then known
 * to be written a batch later: --resume would redo a little more). */
static void workers_mark(workers_t *w, uint64_t end, uint64_t ordinal)
{
    if (w->nmarks == WORKERS_MARKS) w->nmarks--;
    w->marks[w->nmarks++] = (workers_mark_t){end, ordinal};
}

/* Takes as written every batch whose end is within the done bytes the
 * kernel has. */
static void workers_settle(workers_t *w, uint64_t done)
{
    size_t k = 0;
    while (k < w->nmarks && w->marks[k].end <= done) {
        w->bytes_written = w->marks[k].end;
        w->last_written = w->marks[k].ordinal;
        k++;
    }
    memmove(w->marks, w->marks + k, (w->nmarks - k) * sizeof *w->marks);
    w->nmarks -= k;
}

static void *workers_write(void *arg)
{
    workers_t *w = arg;
    for (;;) {
        pthread_mutex_lock(&w->lock);
        while (!(w->write_seq < w->fill_seq && workers_slot(w, w->write_seq)->state == 4) &&
               !(w->closing && w->write_seq >= w->fill_seq))
            pthread_cond_wait(&w->cond, &w->lock);
        if (w->write_seq >= w->fill_seq) {
            pthread_mutex_unlock(&w->lock);
            break;
        }
        workers_batch_t *b = workers_slot(w, w->write_seq);
        pthread_mutex_unlock(&w->lock);
        size_t prev = 0;
        uint64_t batch_last = b->n ? b->s[b->n - 1].ordinal : 0;
        /* the whole batch in one call (one system call, not one per 4 KiB
         * of stdio buffer: a third of the kernel's time writing the output
         * to a file went to those calls) */
        if (w->sink && !w->werr && b->out.len && sink_write(w->sink, b->out.s, b->out.len) != 0)
            w->werr = 1;
        for (size_t i = 0; i < b->n; i++) {
            size_t len = b->ends[i] - prev;
            if (w->fn && b->s[i].id) w->fn(&b->s[i], b->out.s + prev, len, w->ctx);
            prev = b->ends[i];
            story_free(&b->s[i]);
        }
        /* a batch counts as written once the kernel has all of it:
         * --resume restarts after the last such batch */
        if (!w->werr && b->n) {
            w->out_bytes += b->out.len;
            workers_mark(w, w->out_bytes, batch_last);
            workers_settle(w, w->sink ? sink_done(w->sink) : w->out_bytes);
        }
        stats_add(&w->st, &b->st);
        memset(&b->st, 0, sizeof b->st);
        b->n = 0;
        b->bytes = 0;
        sbuf_clear(&b->out);
        pthread_mutex_lock(&w->lock);
        b->state = 0;
        w->write_seq++;
        pthread_cond_broadcast(&w->cond);
        pthread_mutex_unlock(&w->lock);
    }
    if (w->sink) {
        if (sink_close(w->sink) != 0) w->werr = 1;
        else workers_settle(w, w->out_bytes);
        w->sink = NULL;
    }
    return NULL;
}

workers_t *workers_start(const dicts_t *d, const output_opts_t *o, int nthreads,
                         FILE *out, workers_story_fn fn, void *ctx)
{
    workers_t *w = xcalloc(1, sizeof *w);
    w->d = d;
    w->o = o;
    w->sink = out ? sink_open(out, SINK_DIRECT_MIN) : NULL;
    w->fn = fn;
    w->ctx = ctx;
    w->nthreads = nthreads < 1 ? 1 : nthreads;
    w->nring = (size_t)w->nthreads * WORKERS_QUEUE;
    w->ring = xcalloc(w->nring, sizeof *w->ring);
    pthread_mutex_init(&w->lock, NULL);
    pthread_cond_init(&w->cond, NULL);
    w->threads = xcalloc((size_t)w->nthreads, sizeof *w->threads);
    workers_slot(w, 0)->state = 1;
    for (int i = 0; i < w->nthreads; i++)
        if (pthread_create(&w->threads[i], NULL, workers_code, w) != 0) {
            diag_error(NULL, 0, "cannot start worker thread");
            exit(70);
        }
    if (pthread_create(&w->writer, NULL, workers_write, w) != 0) {
        diag_error(NULL, 0, "cannot start writer thread");
        exit(70);
    }
    return w;
}

/* Hands the batch being filled to the workers and waits for a free slot. */
static void workers_flush(workers_t *w)
{
    pthread_mutex_lock(&w->lock);
    workers_slot(w, w->fill_seq)->state = 2;
    w->fill_seq++;
    pthread_cond_broadcast(&w->cond);
    while (workers_slot(w, w->fill_seq)->state != 0)
        pthread_cond_wait(&w->cond, &w->lock);
    workers_slot(w, w->fill_seq)->state = 1;
    pthread_mutex_unlock(&w->lock);
}

void workers_add(workers_t *w, story_t *s)
{
    workers_batch_t *b = workers_slot(w, w->fill_seq);
    if (b->n == b->cap) {
        util_grow((void **)&b->s, &b->cap, b->n + 1, sizeof *b->s);
        b->ends = xrealloc(b->ends, b->cap * sizeof *b->ends);
    }
    b->s[b->n++] = *s;
    b->bytes += s->raw ? s->rawlen : (s->text ? strlen(s->text) : 0);
    memset(s, 0, sizeof *s);
    if (b->n >= WORKERS_BATCH_STORIES || b->bytes >= WORKERS_BATCH_BYTES) workers_flush(w);
}

int workers_failed(const workers_t *w) { return w->werr; }

int workers_finish(workers_t *w, stats_t *st, uint64_t *last_written,
                   uint64_t *bytes_written)
{
    pthread_mutex_lock(&w->lock);
    workers_batch_t *b = workers_slot(w, w->fill_seq);
    if (b->n) {
        b->state = 2;
        w->fill_seq++;
    } else {
        b->state = 0;
    }
    w->closing = 1;
    pthread_cond_broadcast(&w->cond);
    pthread_mutex_unlock(&w->lock);
    for (int i = 0; i < w->nthreads; i++) pthread_join(w->threads[i], NULL);
    pthread_join(w->writer, NULL);
    stats_add(st, &w->st);
    int err = w->werr ? -1 : 0;
    if (last_written) *last_written = w->last_written;
    if (bytes_written) *bytes_written = w->bytes_written;
    for (size_t i = 0; i < w->nring; i++) {
        for (size_t k = 0; k < w->ring[i].n; k++) story_free(&w->ring[i].s[k]);
        free(w->ring[i].s);
        free(w->ring[i].ends);
        sbuf_free(&w->ring[i].out);
    }
    free(w->ring);
    free(w->threads);
    pthread_mutex_destroy(&w->lock);
    pthread_cond_destroy(&w->cond);
    free(w);
    return err;
}
