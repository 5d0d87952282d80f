/* when.h -- event dates: the time expression of a sentence ("yesterday",
 * "on Thursday", "last October", "in mid-2023", "March 12, 2021") resolved
 * against the story's date, with its precision. */
#ifndef ANNALIST_WHEN_H
#define ANNALIST_WHEN_H

#include <stdint.h>

#include "3_sentences/token.h"

enum { WHEN_NONE = 0, WHEN_DAY, WHEN_MONTH, WHEN_YEAR };

typedef struct {
    int32_t date;        /* yyyymmdd; mm or dd are 00 below day precision */
    int precision;       /* WHEN_DAY, WHEN_MONTH or WHEN_YEAR */
    uint32_t start, end; /* the tokens of the expression */
    const char *rule;    /* what matched, for --explain */
} when_t;

/* Finds the first time expression in tokens [from, to) (classified by
 * words_classify()) and resolves it
 * against story_date (yyyymmdd, 0 = unknown: then only expressions that
 * name a year resolve; nothing is invented). Returns 1 and fills *w, or 0
 * when there is none. Expressions of the future ("next month") are left to
 * the caller to use or not. */
int when_resolve(const tokens_t *tk, uint32_t from, uint32_t to, int32_t story_date,
                 when_t *w);

/* Writes the date at its precision: "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
void when_format(const when_t *w, char out[11]);

/* The name of a precision ("day", "month", "year"). */
const char *when_precision_name(int precision);

/* Day arithmetic on yyyymmdd dates (days may be negative). */
int32_t when_add_days(int32_t date, int days);

#endif
