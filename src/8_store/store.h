/* store.h -- stage 8 (optional): the embedded event store. `annalist code
 * --db FILE` writes every story and its events into SQLite (schema in
 * docs/store.md); a story coded again replaces its old rows. */
#ifndef ANNALIST_STORE_H
#define ANNALIST_STORE_H

#include <stddef.h>

typedef struct store store_t;

/* Opens (creating if needed) the database at path, with the schema and its
 * indexes, in WAL mode. Returns NULL on error, with *err set to a message
 * the caller frees. Close with store_close(). */
store_t *store_open(const char *path, char **err);

/* Replaces story id (date, source, url may be NULL) and its events, given
 * as annalist's JSON Lines event records (events[0..n)). Stories are
 * committed in batches of STORE_BATCH, so an interrupted run loses at most
 * the last batch and a rerun completes it. Returns 0, or -1 (reported). */
#define STORE_BATCH 500
int store_put_story(store_t *s, const char *id, const char *date, const char *source,
                    const char *url, size_t sentences, const char *events, size_t n);

/* Commits the open batch and closes the database. Returns 0 or -1. */
int store_close(store_t *s);

#endif
