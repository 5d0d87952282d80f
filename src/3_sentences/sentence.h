/* sentence.h -- stage 3a: paragraphs in, sentences out.
 *
 * A paragraph ends a sentence; inside it, '.', '!' and '?' end one when
 * followed by a space and a capital, a digit or a quote, unless the period
 * closes an abbreviation (Mr., Dr., Gen., Jan., No., U.S., initials). */
#ifndef ANNALIST_SENTENCE_H
#define ANNALIST_SENTENCE_H

#include <stddef.h>

#include "2_clean/clean.h"

/* Appends the sentences of paragraph p to *out (grown as needed, caller
 * frees); spans point into p's text. Returns how many were added. */
size_t sentence_split(span_t p, span_t **out, size_t *n, size_t *cap);

/* Returns 1 when the word s[0..n) followed by '.' is an abbreviation that
 * does not end a sentence when a capitalized word follows. */
int sentence_is_abbrev(const char *s, size_t n);

#endif
