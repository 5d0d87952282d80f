/* sink.h -- where the event records go: the output's file descriptor,
 * written in large pieces by the writer thread (workers.c).
 *
 * Writing a large output file through the page cache costs the kernel a
 * copy into fresh pages on the cores that code, and ext4 writes a file
 * truncated by the shell's '>' out when it is closed (bench/RESULTS.md,
 * sixth round: 0.3-1.2 s of system time for the bench's 740 MB, and
 * 0.3-0.6 s of waiting after the program's end). So once a regular file
 * has received direct_min bytes, the rest goes out with O_DIRECT, through
 * a second descriptor of the same file, 1 MiB at a time from an aligned
 * staging buffer; what is left in the buffer at the end is written the
 * ordinary way by sink_close. Pipes, terminals, /dev/null, files opened
 * for appending and file systems that refuse O_DIRECT are written the
 * ordinary way throughout. The bytes in the file are the same either way;
 * the price is that the writer thread waits for the disk (1.2-1.4 GB/s on
 * the bench machine, the output comes at about 150 MB/s). */
#ifndef ANNALIST_SINK_H
#define ANNALIST_SINK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Regular files are written with O_DIRECT past this many bytes. */
#define SINK_DIRECT_MIN (16u << 20)

typedef struct sink sink_t;

/* Flushes f's stdio buffer and takes over its descriptor from the current
 * offset: nothing else may write to f until sink_close. direct_min: bytes
 * written the ordinary way before O_DIRECT is tried (SINK_DIRECT_MIN; 0 in
 * the tests). Never fails (the ordinary way is the fallback). */
sink_t *sink_open(FILE *f, uint64_t direct_min);

/* Writes buf[0..n). Returns 0, or -1 when writing failed (errno set). */
int sink_write(sink_t *s, const char *buf, size_t n);

/* Bytes written so far that are in the file, as far as the kernel is
 * concerned (those still waiting in the staging buffer not counted). */
uint64_t sink_done(const sink_t *s);

/* Writes what waits in the staging buffer, leaves the descriptor's offset
 * at the end of what was written, frees s. Returns 0, or -1 when writing
 * failed. */
int sink_close(sink_t *s);

#endif
