/* sentence.h -- stage 3a: paragraphs in, sentences out.
 *
 * A paragraph ends a sentence; inside it, '.', '!' and '?' end one when
 * followed by a space and a capital, a digit or a quote, unless the period
 * closes an abbreviation (Mr., Dr., Gen., Jan., No., U.S., initials); a
 * stop glued to the capitalised word after it ("involved."The") ends one
 * too: two paragraphs the scraper joined. */
#ifndef ANNALIST_SENTENCE_H
#define ANNALIST_SENTENCE_H

#include <stddef.h>
#include <stdint.h>

#include "2_clean/clean.h"

/* Appends the sentences of paragraph p to *out (grown as needed, caller
 * frees); spans point into p's text. Returns how many were added. */
size_t sentence_split(span_t p, span_t **out, size_t *n, size_t *cap);

/* A 64-bit key of s[0..n)'s letters and digits, case folded: two
 * sentences that differ only in spaces, punctuation, quote marks or case
 * ("the title repeated", a paragraph copied with an extra space) have the
 * same key. Used to drop repeated sentences. */
uint64_t sentence_key(const char *s, size_t n);

/* sentence_key's key gathered a byte at a time: what sentence_key does on
 * a CPU without BMI2 (it packs 8 bytes at a time with pext otherwise);
 * the two give the same key for every text. */
uint64_t sentence_key_bytewise(const char *s, size_t n);

/* Returns 1 when the word s[0..n) followed by '.' is an abbreviation that
 * does not end a sentence when a capitalized word follows. */
int sentence_is_abbrev(const char *s, size_t n);

#endif
