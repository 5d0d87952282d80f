/* gdelt.h -- one stored event as a row of the GDELT 2.0 event table (61
 * tab-separated columns in GDELT's order), the same row `annalist --format
 * gdelt` writes for it; columns annalist does not know are left empty. */
#ifndef ANNALIST_GDELT_H
#define ANNALIST_GDELT_H

#include "lib/util.h"

#define GDELT_COLUMNS 61

/* An event as the store keeps it; any string may be NULL (empty column). */
typedef struct {
    const char *story_id;
    long long sentence;
    const char *story_date;   /* YYYY-MM-DD: SQLDATE, MonthYear, Year, ... */
    const char *source_code, *source_country, *source_text;
    const char *target_code, *target_country, *target_text;
    const char *cameo;
    int quad_class;
    double goldstein;
    const char *url;
} gdelt_event_t;

/* Appends the event's row, ending in a newline, to out. GLOBALEVENTID is a
 * hash of story, sentence, actors and code, so it is stable across runs. */
void gdelt_row(sbuf_t *out, const gdelt_event_t *e);

#endif
