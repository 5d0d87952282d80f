/* output.h -- stage 7: events out, as JSON Lines (default) or TSV, with
 * the --explain detail of which dictionary entries and pattern made each. */
#ifndef ANNALIST_OUTPUT_H
#define ANNALIST_OUTPUT_H

#include <stddef.h>
#include <stdint.h>

#include "1_input/input.h"
#include "3_sentences/token.h"
#include "6_events/event.h"
#include "6_events/when.h"
#include "6_events/where.h"
#include "lib/cameo.h"
#include "lib/util.h"

typedef enum { OUT_JSON, OUT_TSV, OUT_CSV, OUT_GDELT } output_format_t;

typedef struct {
    output_format_t format;
    int explain;
    const cameo_t *cameo;
} output_opts_t;

/* The header line of a format (with '\n'); "" for JSON Lines and for
 * GDELT's headerless event table. */
const char *output_header(output_format_t f);

/* The sentence whose events are being written, and the pieces of a JSON
 * record that its events share (the story id, the sentence's number, the
 * story's date, the sentence's text escaped), written once by
 * output_sentence; output_event keeps the last event's date written. Zero-initialize; free with output_sentence_free. */
typedef struct {
    const output_opts_t *o;
    const story_t *story;
    size_t index;          /* 1-based number of the sentence in the story */
    const char *text;      /* its clean text, n bytes */
    size_t n;
    sbuf_t head, story_date, tail;
    int32_t story_day;     /* the date story_date was written for */
    sbuf_t when;           /* the last event's date, as written */
    int32_t when_day;
    int when_precision;
} output_sentence_t;

/* Starts the records of sentence index (1-based) of story s, whose clean
 * text is sentence[0..n): both must live until its last output_event. */
void output_sentence(output_sentence_t *os, const output_opts_t *o, const story_t *s,
                     size_t index, const char *sentence, size_t n);
void output_sentence_free(output_sentence_t *os);

/* Appends one event record of the sentence started by output_sentence
 * (with its '\n') to out. tk are the sentence's tokens (for the actors'
 * words), when the event's date (precision WHEN_NONE when it has none),
 * where its place (where->place NULL: none). */
void output_event(sbuf_t *out, output_sentence_t *os, const tokens_t *tk,
                  const event_t *e, const when_t *when, const where_t *where);

#endif
