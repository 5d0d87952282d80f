/* sink.c -- the output's descriptor, written in large pieces; a large
 * regular file past its first direct_min bytes with O_DIRECT (sink.h). */
#include "sink.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/util.h"

#define SINK_BLOCK 4096u        /* O_DIRECT: alignment of offsets, lengths, memory */
#define SINK_STAGE (1u << 20)   /* the staging buffer: one O_DIRECT write */

struct sink {
    int fd;               /* the output (ordinary writes) */
    int dfd;              /* the same file opened with O_DIRECT, or -1 */
    int may_direct;       /* a regular file, not appending, O_DIRECT not yet tried */
    int direct;           /* writing through dfd from stage */
    uint64_t direct_min;
    uint64_t start;       /* fd's offset at sink_open */
    uint64_t written;     /* bytes given to sink_write */
    char *stage;          /* SINK_STAGE bytes, SINK_BLOCK-aligned, while direct */
    size_t used;          /* bytes waiting in stage */
    uint64_t base;        /* file offset of stage[0], a multiple of SINK_BLOCK */
};

/* Writes buf[0..n) to fd, at offset off (pwrite) or, when off < 0, at the
 * descriptor's offset; short writes and EINTR retried. 0 or -1. */
static int sink_put(int fd, const char *buf, size_t n, int64_t off)
{
    while (n) {
        ssize_t r = off < 0 ? write(fd, buf, n) : pwrite(fd, buf, n, (off_t)off);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) {
            if (r == 0) errno = EIO;
            return -1;
        }
        buf += r;
        n -= (size_t)r;
        if (off >= 0) off += r;
    }
    return 0;
}

sink_t *sink_open(FILE *f, uint64_t direct_min)
{
    sink_t *s = xcalloc(1, sizeof *s);
    fflush(f);
    s->fd = fileno(f);
    s->dfd = -1;
    s->direct_min = direct_min;
    struct stat sb;
    int fl = fcntl(s->fd, F_GETFL);
    off_t pos = lseek(s->fd, 0, SEEK_CUR);
    s->start = pos > 0 ? (uint64_t)pos : 0;
    s->may_direct = pos >= 0 && fl >= 0 && !(fl & O_APPEND) && (fl & O_ACCMODE) != O_RDONLY &&
                    fstat(s->fd, &sb) == 0 && S_ISREG(sb.st_mode);
    return s;
}

/* Opens the O_DIRECT descriptor at a block boundary of the file (tried
 * once; on failure the ordinary way goes on). */
static void sink_start_direct(sink_t *s)
{
    s->may_direct = 0;
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", s->fd);
    void *stage = NULL;
    int dfd = open(path, O_WRONLY | O_DIRECT | O_CLOEXEC);
    if (dfd < 0) return;
    if (posix_memalign(&stage, SINK_BLOCK, SINK_STAGE) != 0) {
        close(dfd);
        return;
    }
    s->dfd = dfd;
    s->stage = stage;
    s->used = 0;
    s->base = s->start + s->written;
    s->direct = 1;
}

/* Leaves O_DIRECT: stage[from..used) written the ordinary way at its
 * offset, and fd's offset set after it. 0 or -1. */
static int sink_end_direct(sink_t *s, size_t from)
{
    s->direct = 0;
    int r = sink_put(s->fd, s->stage + from, s->used - from, (int64_t)(s->base + from));
    if (r == 0 && lseek(s->fd, (off_t)(s->base + s->used), SEEK_SET) < 0) r = -1;
    s->base += s->used;
    s->used = 0;
    return r;
}

/* Writes the full stage with O_DIRECT; when the kernel refuses, the stage
 * goes out the ordinary way and O_DIRECT is left. 0 or -1. */
static int sink_flush_direct(sink_t *s)
{
    size_t done = 0;
    while (done < SINK_STAGE) {
        ssize_t r = pwrite(s->dfd, s->stage + done, SINK_STAGE - done, (off_t)(s->base + done));
        if (r < 0 && errno == EINTR) continue;
        if (r > 0) done += (size_t)r;
        if (r <= 0 || done % SINK_BLOCK) return sink_end_direct(s, done);
    }
    s->used = 0;
    s->base += SINK_STAGE;
    return 0;
}

int sink_write(sink_t *s, const char *buf, size_t n)
{
    while (n) {
        if (!s->direct && s->may_direct && s->written >= s->direct_min) {
            /* the ordinary way up to the next block boundary, then O_DIRECT */
            size_t head = (SINK_BLOCK - (s->start + s->written) % SINK_BLOCK) % SINK_BLOCK;
            if (!head) {
                sink_start_direct(s);
                continue;
            }
            size_t k = head < n ? head : n;
            if (sink_put(s->fd, buf, k, -1) != 0) return -1;
            s->written += k;
            buf += k;
            n -= k;
        } else if (!s->direct) {
            size_t k = n;
            if (s->may_direct && s->direct_min - s->written < k) k = s->direct_min - s->written;
            if (sink_put(s->fd, buf, k, -1) != 0) return -1;
            s->written += k;
            buf += k;
            n -= k;
        } else {
            size_t k = SINK_STAGE - s->used < n ? SINK_STAGE - s->used : n;
            memcpy(s->stage + s->used, buf, k);
            s->used += k;
            s->written += k;
            buf += k;
            n -= k;
            if (s->used == SINK_STAGE && sink_flush_direct(s) != 0) return -1;
        }
    }
    return 0;
}

uint64_t sink_done(const sink_t *s)
{
    return s->direct ? s->base - s->start : s->written;
}

int sink_close(sink_t *s)
{
    int r = s->direct ? sink_end_direct(s, 0) : 0;
    if (s->dfd >= 0) close(s->dfd);
    free(s->stage);
    free(s);
    return r;
}
