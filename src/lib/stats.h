/* stats.h -- the counters every stage adds to, printed by --stats and in
 * the closing summary. One stats_t per worker; stats_add() merges them. */
#ifndef ANNALIST_STATS_H
#define ANNALIST_STATS_H

#include <stdint.h>
#include <stdio.h>

typedef struct {
    uint64_t stories_in;         /* stories read (or attempted) */
    uint64_t stories_coded;      /* stories that went through the coder */
    uint64_t stories_skipped;    /* could not be read: see the error lines */
    uint64_t stories_discarded;  /* dropped by a story-level discard phrase */
    uint64_t sentences;          /* sentences coded */
    uint64_t events;             /* events written */
    uint64_t bytes;              /* bytes of story text */
    /* cleaning */
    uint64_t utf8_repaired;      /* invalid UTF-8 sequences replaced */
    uint64_t control_removed;    /* control and zero-width characters removed */
    uint64_t escapes_decoded;    /* literal \n \t \" \u2019 turned into characters */
    uint64_t entities_decoded;   /* HTML character references: &amp; &#8217; &nbsp; */
    uint64_t tags_removed;       /* HTML tags left in the text: <p> <br> <a href> */
    uint64_t chars_normalized;   /* curly quotes, dashes, odd spaces made plain */
    uint64_t lines_unwrapped;    /* line breaks of hard-wrapped text joined */
    uint64_t boilerplate_lines;  /* READ MORE blocks, share lines, ... */
    uint64_t headline_lines;     /* runs of headlines with no marker, after the story began */
    uint64_t credit_lines;       /* bylines, datelines, photo credits and captions, bios */
    uint64_t repeated_paragraphs;
    uint64_t repeated_sentences;
    uint64_t captions;           /* sentences that are photo captions ("in this undated photo") */
    uint64_t sentences_cut;      /* sentences longer than the token limit */
    uint64_t sentences_no_event; /* sentences that gave no event */
    uint64_t sentences_discarded;/* dropped by a discard phrase */
} stats_t;

/* Adds every counter of b into a. */
void stats_add(stats_t *a, const stats_t *b);

/* Prints the counters as "name: value" lines to f. */
void stats_print(const stats_t *s, FILE *f);

#endif
