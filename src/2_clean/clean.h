/* clean.h -- stage 2: raw story text in, clean paragraphs out.
 *
 * clean_text() repairs and normalizes characters; clean_paragraphs() cuts
 * the result into paragraphs and drops boilerplate and repeats. Every
 * change is counted in a stats_t. */
#ifndef ANNALIST_CLEAN_H
#define ANNALIST_CLEAN_H

#include <stddef.h>

#include "lib/hashset.h"
#include "lib/stats.h"
#include "lib/util.h"

/* A piece of a buffer: not NUL-terminated, owned by whoever owns the buffer. */
typedef struct {
    const char *s;
    size_t n;
} span_t;

/* Appends to out the clean form of in[0..n): invalid UTF-8 replaced by
 * U+FFFD, literal escapes (\n \t \" \' \/ \u2019) decoded, HTML character
 * references (&amp; &#8217; &nbsp;) decoded and HTML tags dropped (a tag
 * that breaks a line, <p> <br> <div> <li>, is a line break; the content of
 * <script> and <style> goes too), control and zero-width
 * characters removed, curly quotes, dashes and odd spaces made ASCII, the
 * lines of hard-wrapped text joined (clean_unwrap), text in Unicode NFC, runs of spaces collapsed and each line trimmed; lines are
 * separated by a single '\n' and empty lines dropped. Never fails. scratch
 * (emptied first, its memory kept for the next call) holds the text
 * between the two passes; NULL: a buffer of its own, freed. */
void clean_text(const char *in, size_t n, stats_t *st, sbuf_t *out, sbuf_t *scratch);

/* Joins, in place, the lines of hard-wrapped text s[0..n): when at least
 * two lines end with no closing punctuation and go on in lower case on the
 * next line (or end with an article, preposition or possessive), each line
 * break after a line with no closing punctuation becomes a space if it is
 * such a break or the line is at least 3/4 as long as the longest, in runs
 * of lines whose last line ends a sentence (a blank line stays a break).
 * Text that is not wrapped is left as it is. Returns the number of breaks
 * joined. */
size_t clean_unwrap(char *s, size_t n);

/* Splits clean text into paragraphs (one a line), leaving out boilerplate
 * lines ("READ MORE" and the headline list under it, "Related:", share and
 * subscribe lines, bylines, datelines, credits and captions: boiler.h),
 * runs of two or more headlines once the story has begun, a trailing
 * "READ MORE" and the outlet's name after a title, and paragraphs that repeat an earlier one. The spans
 * point into text. *paras is grown as needed (caller frees); returns the
 * number of paragraphs kept. seen (emptied first, its memory kept) holds
 * the paragraphs' hashes; NULL: a set of its own, freed. */
size_t clean_paragraphs(const char *text, size_t n, stats_t *st,
                        span_t **paras, size_t *cap, hashset_t *seen);

/* Returns 1 when the sentence s[0..n) (clean text) is a photo caption by
 * its wire formula: "... in this (undated | file | handout) photo /
 * picture / image ...", or an opening "FILE - ", "FILE PHOTO", "This
 * handout photo", "This picture"; 0 otherwise. */
int clean_is_caption(const char *s, size_t n);

/* Returns 1 when the line (clean text, no '\n') is boilerplate on its own
 * (a credit too), 2 when it also opens a block of link headlines, 0
 * otherwise (prose, or a headline that only a run of them drops). */
int clean_is_boilerplate(const char *s, size_t n);

#endif
