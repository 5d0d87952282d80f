/* stats.c -- merging and printing the run counters. */
#include "stats.h"

#include <inttypes.h>
#include <stddef.h>

#define STATS_FIELDS(X)                                                   \
    X(stories_in) X(stories_coded) X(stories_skipped) X(stories_discarded) \
    X(sentences) X(events) X(bytes) X(utf8_repaired) X(control_removed)   \
    X(escapes_decoded) X(entities_decoded) X(tags_removed)                \
    X(chars_normalized) X(lines_unwrapped) X(boilerplate_lines) X(headline_lines)            \
    X(credit_lines) X(repeated_paragraphs) X(repeated_sentences) X(captions) X(sentences_cut)         \
    X(sentences_no_event) X(sentences_discarded)

void stats_add(stats_t *a, const stats_t *b)
{
#define X(f) a->f += b->f;
    STATS_FIELDS(X)
#undef X
}

void stats_print(const stats_t *s, FILE *f)
{
#define X(n) fprintf(f, "  %-20s %" PRIu64 "\n", #n, s->n);
    STATS_FIELDS(X)
#undef X
}
