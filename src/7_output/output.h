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

/* Appends one event record (with its '\n') to out. sentence is the
 * sentence's clean text (n bytes), index its 1-based number in the story,
 * tk its tokens (for the actors' words), when the event's date (precision
 * WHEN_NONE when it has none), where its place (where->place NULL: none). */
void output_event(sbuf_t *out, const output_opts_t *o, const story_t *s,
                  size_t index, const char *sentence, size_t n, const tokens_t *tk,
                  const event_t *e, const when_t *when, const where_t *where);

#endif
