/* input.h -- stage 1: stories in. Reads plain-text files (one story a
 * file) and JSON Lines (one story a line: id, date, title, text, source,
 * url), from files or standard input, one story at a time.
 *
 * Whatever cannot be read is reported as "file:line: reason", counted as
 * skipped in the stats, and reading goes on with the next story. */
#ifndef ANNALIST_INPUT_H
#define ANNALIST_INPUT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "lib/stats.h"

/* Longest JSON line or text file accepted; longer ones are skipped. */
#define INPUT_MAX_RECORD (256u << 20)

typedef struct {
    char *id, *title, *text, *source, *url;   /* owned; title etc. may be NULL */
    int32_t date;                             /* yyyymmdd, 0 = none */
    char *raw;                                /* JSON Lines: the unparsed record,
                                                 parsed by input_decode() */
    size_t rawlen;
    const char *file;                         /* where it came from (lives
                                                 until input_free_names()) */
    size_t line;                              /* 1-based line (JSON Lines), 0 = file */
    uint64_t seq;                             /* order in the input, from 0 */
    uint64_t ordinal;
    size_t sentences;                         /* set once coded */                         /* records read in the whole run up
                                                 to and with this one (--resume) */
} story_t;

typedef struct input input_t;

/* Opens path ("-" or NULL = standard input). default_date (yyyymmdd, 0 =
 * none) dates plain-text stories. format: "auto", "text" or "jsonl".
 * Returns NULL when the file cannot be opened (reported, counted as one
 * skipped story). Close with input_close(). */
input_t *input_open(const char *path, int32_t default_date, const char *format,
                    stats_t *st);

/* Reads the next story into *s (freed by story_free). Returns 1 for a story,
 * 0 at the end. A JSON Lines record comes back unparsed (s->raw), so that
 * worker threads parse it: call input_decode() before using the story.
 * Lines that cannot be read are reported and skipped. */
int input_next(input_t *in, story_t *s);

/* Parses s->raw (if any) into the story's fields. Returns 0, or -1 when the
 * record is bad: then it is reported with file and line, counted as skipped
 * in st, and the story must not be coded. */
int input_decode(story_t *s, stats_t *st);

/* Frees the file names that stories point to; call at the very end. */
void input_free_names(void);

void input_close(input_t *in);
void story_free(story_t *s);

/* Parses one JSON Lines record (n bytes, no newline) into *s. Returns NULL
 * on success, or a static message naming the problem. Exposed for tests and
 * the fuzz target. */
const char *input_parse_json(const char *line, size_t n, story_t *s);

#endif
