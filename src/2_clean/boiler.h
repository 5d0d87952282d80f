/* boiler.h -- stage 2, one line of clean text at a time: is it part of the
 * story or of the page around it (link blocks and the headlines under
 * them, share and subscribe lines, bylines, datelines, photo credits and
 * captions, copyright lines, author bios, tag and navigation lists)? */
#ifndef ANNALIST_BOILER_H
#define ANNALIST_BOILER_H

#include <stddef.h>

typedef enum {
    BOILER_PROSE,  /* a paragraph of the story */
    BOILER_HEAD,   /* reads as a headline: short, capitalised, no closing stop */
    BOILER_LINE,   /* boilerplate on its own: a share line, a marker and its link */
    BOILER_SHORT,  /* one or two words, no stop: page furniture, or a story's short title */
    BOILER_BLOCK,  /* a marker that opens a list of link headlines ("READ MORE") */
    BOILER_CREDIT, /* a byline, a dateline, a photo credit or caption, an author bio */
} boiler_class_t;

/* Classifies one line s[0..n) of clean text (no '\n', trimmed). A line
 * that ends with a stop and reads as prose is BOILER_PROSE even when it
 * starts with a marker's words ("Related talks were held ..."). */
boiler_class_t boiler_classify(const char *s, size_t n);

/* Inside a block opened by a marker: is the line one of its links (a
 * bullet, or a short line without a closing stop)? */
int boiler_is_link_line(const char *s, size_t n);

/* The length of the line without a trailing "READ MORE" (or "Read more:",
 * "Read more >>"); n when it has none. */
size_t boiler_cut_tail(const char *s, size_t n);

/* The length of a headline without the outlet's name after " | " or " - "
 * ("Fiji thanks Australia | RNZ News", "... - Reuters"); n when there is
 * none. */
size_t boiler_cut_site(const char *s, size_t n);

#endif
