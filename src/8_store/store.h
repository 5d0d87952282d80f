/* store.h -- stage 8 (optional): the embedded event store. `annalist code
 * --db FILE` writes every story and its events into SQLite (schema in
 * docs/store.md); a story stored again replaces its old rows, so a run
 * killed half-way can simply be run again.
 *
 * A store_t is used by one thread at a time. */
#ifndef ANNALIST_STORE_H
#define ANNALIST_STORE_H

#include <stddef.h>

typedef struct store store_t;

/* Schema version kept in PRAGMA user_version; an older database is brought
 * up to it by store_open(). */
#define STORE_SCHEMA_VERSION 2

/* Stories per transaction when the caller leaves batching to the store
 * (does not call store_begin). */
#define STORE_BATCH 500

/* Opens (creating if needed) the database at path: WAL mode, the schema and
 * its indexes, an older schema upgraded. Returns NULL on error with *err set
 * to "PATH: problem" (caller frees *err with free()). Close with
 * store_close(). */
store_t *store_open(const char *path, char **err);

/* Starts a transaction that the caller ends with store_commit(): until
 * then store_put_story() never commits on its own. A batch the store had
 * opened by itself is committed first. Returns 0, or -1 (reported, also
 * when a caller's transaction is already open). */
int store_begin(store_t *s);

/* Replaces story id and its events: deletes the story's old events and
 * stores the new ones, given as annalist's JSON Lines event records
 * (events[0..n), one object a line, n may be 0). date (YYYY-MM-DD),
 * source, url may be NULL; sentences is the number of sentences coded.
 * The story is stored whole or not at all. A line that is not a JSON
 * object is reported ("PATH: story ID, event record N: ...") and
 * skipped. Without store_begin(), a transaction is opened as needed and
 * committed every STORE_BATCH stories, so an interrupted run loses at most
 * the last batch. Returns 0, or -1 on a database error (reported; nothing
 * of this story was stored; the open transaction is still usable unless
 * SQLite itself rolled it back). */
int store_put_story(store_t *s, const char *id, const char *date, const char *source,
                    const char *url, size_t sentences, const char *events, size_t n);

/* Commits the open transaction, whoever opened it (0 when none is open).
 * Returns 0, or -1 (reported). */
int store_commit(store_t *s);

/* Commits what is open and closes the database; s may be NULL. Returns 0,
 * or -1 (reported). s is freed either way. */
int store_close(store_t *s);

#endif
