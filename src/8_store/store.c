/* store.c -- writing stories and their events into the SQLite event store:
 * the schema (and its upgrade from older versions), batched transactions,
 * and the replacement of a story's events from its JSON Lines records. */
#include "store.h"

#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/diag.h"
#include "lib/util.h"

/* The day an event is counted under (timelines, --from/--to): its own date
 * when known to the day; with no date, the story's date; a month or year
 * date takes the story's date when that falls inside it, else the first day
 * of the month or year. d and s are SQL expressions (event date, story
 * date). */
#define STORE_DAY(d, s)                                                        \
    "CASE WHEN length(" d ")=10 THEN " d " WHEN " d " IS NULL OR " d "='' THEN " \
    s " WHEN substr(" s ",1,length(" d "))=" d " THEN " s                        \
    " WHEN length(" d ")=7 THEN " d "||'-01' WHEN length(" d ")=4 THEN " d      \
    "||'-01-01' ELSE " s " END"

static const char store_tables[] =
    "CREATE TABLE IF NOT EXISTS stories ("
    "  id TEXT PRIMARY KEY, date TEXT, source TEXT, url TEXT,"
    "  sentences INTEGER, events INTEGER, coded_at TEXT);"
    "CREATE TABLE IF NOT EXISTS events ("
    "  story_id TEXT NOT NULL REFERENCES stories(id), sentence INTEGER, date TEXT,"
    "  date_precision TEXT, story_date TEXT,"
    "  source_code TEXT, source_country TEXT, source_text TEXT,"
    "  target_code TEXT, target_country TEXT, target_text TEXT,"
    "  cameo TEXT, root TEXT, quad_class INTEGER, goldstein REAL, plover TEXT,"
    "  location TEXT, location_country TEXT, lat REAL, lon REAL, text TEXT,"
    "  day TEXT);";

/* Columns added since the first version, for databases made before them. */
static const char *const store_added[][3] = {
    {"stories", "coded_at", "ALTER TABLE stories ADD COLUMN coded_at TEXT"},
    {"events", "day",
     "ALTER TABLE events ADD COLUMN day TEXT;"
     "UPDATE events SET day = " STORE_DAY("date", "story_date") ";"},
};

static const char store_indexes[] =
    "DROP INDEX IF EXISTS events_date;"   /* version 1 indexed date, not day */
    "DROP INDEX IF EXISTS events_dyad;"
    "CREATE INDEX IF NOT EXISTS events_day ON events(day);"
    "CREATE INDEX IF NOT EXISTS events_pair ON events(source_country, target_country, day);"
    "CREATE INDEX IF NOT EXISTS events_source ON events(source_code);"
    "CREATE INDEX IF NOT EXISTS events_target ON events(target_code);"
    "CREATE INDEX IF NOT EXISTS events_code ON events(cameo);"
    "CREATE INDEX IF NOT EXISTS events_root ON events(root);"
    "CREATE INDEX IF NOT EXISTS events_story ON events(story_id);";

static const char store_put_story_sql[] =
    "INSERT INTO stories (id, date, source, url, sentences, events, coded_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) "
    "ON CONFLICT(id) DO UPDATE SET date=excluded.date, source=excluded.source, "
    "url=excluded.url, sentences=excluded.sentences, events=excluded.events, "
    "coded_at=excluded.coded_at";

static const char store_put_event_sql[] =
    "INSERT INTO events (story_id, sentence, date, date_precision, story_date,"
    " source_code, source_country, source_text, target_code, target_country, target_text,"
    " cameo, root, quad_class, goldstein, plover, location, location_country, lat, lon,"
    " text, day) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
    " ?16, ?17, ?18, ?19, ?20, ?21, " STORE_DAY("?3", "?5") ")";

enum { STORE_NONE, STORE_OWN, STORE_CALLER };   /* who opened the transaction */

struct store {
    sqlite3 *db;
    sqlite3_stmt *del_events, *put_story, *put_event;
    int txn;          /* STORE_NONE, STORE_OWN or STORE_CALLER */
    size_t pending;   /* stories in a transaction the store opened */
    char *path;
};

static int store_exec(store_t *s, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        diag_error(s->path, 0, "SQLite: %s", msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

/* One integer from a query (-1 on error). */
static long long store_int(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st;
    long long v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) return -1;
    if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* Creates the schema or brings an older one up to date, in one
 * transaction. Returns NULL, or a message (caller frees with free()). */
static char *store_schema(sqlite3 *db)
{
    char *msg = NULL, *err = NULL;
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, &msg) != SQLITE_OK) goto fail;
    long long v = store_int(db, "PRAGMA user_version");
    if (v < 0) goto fail_db;
    if (v > STORE_SCHEMA_VERSION) {
        sbuf_t b = {0};
        sbuf_printf(&b, "made by a newer annalist (schema version %lld; this one knows %d)", v,
                    STORE_SCHEMA_VERSION);
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
        return b.s;
    }
    if (v < STORE_SCHEMA_VERSION) {
        if (sqlite3_exec(db, store_tables, NULL, NULL, &msg) != SQLITE_OK) goto fail;
        for (size_t i = 0; i < sizeof store_added / sizeof store_added[0]; i++) {
            char *q = sqlite3_mprintf("SELECT count(*) FROM pragma_table_info('%q') WHERE name='%q'",
                                      store_added[i][0], store_added[i][1]);
            long long have = store_int(db, q);
            sqlite3_free(q);
            if (have < 0) goto fail_db;
            if (!have && sqlite3_exec(db, store_added[i][2], NULL, NULL, &msg) != SQLITE_OK)
                goto fail;
        }
        if (sqlite3_exec(db, store_indexes, NULL, NULL, &msg) != SQLITE_OK) goto fail;
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version=%d", STORE_SCHEMA_VERSION);
        if (sqlite3_exec(db, pragma, NULL, NULL, &msg) != SQLITE_OK) goto fail;
    }
    if (sqlite3_exec(db, "COMMIT", NULL, NULL, &msg) != SQLITE_OK) goto fail;
    return NULL;
fail_db:
    err = xstrdup(sqlite3_errmsg(db));
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    return err;
fail:
    err = xstrdup(msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    return err;
}

store_t *store_open(const char *path, char **err)
{
    store_t *s = xcalloc(1, sizeof *s);
    s->path = xstrdup(path);
    char *why = NULL;
    if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK) {
        why = xstrdup(s->db ? sqlite3_errmsg(s->db) : "out of memory");
    } else {
        sqlite3_busy_timeout(s->db, 10000);
        char *msg = NULL;
        /* WAL: readers never block the writer, and a killed writer leaves
         * the last committed batch; NORMAL sync is safe with WAL. The
         * savepoint journal of each story stays in memory (on disk it cost a
         * dozen writes an event), and 64 MB of cache keeps the indexes. */
        if (sqlite3_exec(s->db,
                         "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                         "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;",
                         NULL, NULL, &msg) != SQLITE_OK) {
            why = xstrdup(msg ? msg : sqlite3_errmsg(s->db));
            sqlite3_free(msg);
        } else if ((why = store_schema(s->db)) == NULL &&
                   (sqlite3_prepare_v2(s->db, "DELETE FROM events WHERE story_id = ?1", -1,
                                       &s->del_events, NULL) != SQLITE_OK ||
                    sqlite3_prepare_v2(s->db, store_put_story_sql, -1, &s->put_story, NULL) !=
                        SQLITE_OK ||
                    sqlite3_prepare_v2(s->db, store_put_event_sql, -1, &s->put_event, NULL) !=
                        SQLITE_OK)) {
            why = xstrdup(sqlite3_errmsg(s->db));
        }
    }
    if (why) {
        sbuf_t b = {0};
        sbuf_printf(&b, "%s: %s", path, why);
        free(why);
        *err = b.s;
        sqlite3_finalize(s->del_events);
        sqlite3_finalize(s->put_story);
        sqlite3_finalize(s->put_event);
        sqlite3_close(s->db);
        free(s->path);
        free(s);
        return NULL;
    }
    return s;
}

int store_begin(store_t *s)
{
    if (s->txn == STORE_CALLER) {
        diag_error(s->path, 0, "store_begin: a transaction is already open");
        return -1;
    }
    if (s->txn == STORE_OWN && store_commit(s) != 0) return -1;
    if (store_exec(s, "BEGIN IMMEDIATE") != 0) return -1;
    s->txn = STORE_CALLER;
    return 0;
}

int store_commit(store_t *s)
{
    if (s->txn == STORE_NONE) return 0;
    int rc = store_exec(s, "COMMIT");
    if (rc != 0 && !sqlite3_get_autocommit(s->db)) return -1;   /* still open: may retry */
    s->txn = STORE_NONE;
    s->pending = 0;
    return rc;
}

static void store_bind_text(sqlite3_stmt *st, int col, const char *v)
{
    if (v) sqlite3_bind_text(st, col, v, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(st, col);
}

/* Field k of object o as text, integer or real; NULL in SQL when missing
 * or of another type. */
static void store_bind_str(sqlite3_stmt *st, int col, json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    store_bind_text(st, col, json_is_string(v) ? json_string_value(v) : NULL);
}

static void store_bind_int(sqlite3_stmt *st, int col, json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    if (json_is_integer(v)) sqlite3_bind_int64(st, col, (sqlite3_int64)json_integer_value(v));
    else sqlite3_bind_null(st, col);
}

static void store_bind_real(sqlite3_stmt *st, int col, json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    if (json_is_number(v)) sqlite3_bind_double(st, col, json_number_value(v));
    else sqlite3_bind_null(st, col);
}

/* Inserts one event record of story id. Returns 1 when stored, 0 when the
 * record is not a JSON object (reported), -1 on a database error
 * (reported). */
static int store_put_event(store_t *s, const char *id, const char *story_date, size_t line,
                           const char *rec, size_t len)
{
    json_error_t je;
    json_t *e = json_loadb(rec, len, 0, &je);
    if (!json_is_object(e)) {
        diag_error(s->path, 0, "story %s, event record %zu: %s", id, line,
                   e ? "not a JSON object" : je.text);
        json_decref(e);
        return 0;
    }
    json_t *src = json_object_get(e, "source"), *tgt = json_object_get(e, "target"),
           *loc = json_object_get(e, "location");
    if (!json_is_object(loc)) loc = NULL;
    sqlite3_stmt *st = s->put_event;
    sqlite3_clear_bindings(st);
    store_bind_text(st, 1, id);
    store_bind_int(st, 2, e, "sentence");
    store_bind_str(st, 3, e, "date");
    store_bind_str(st, 4, e, "date_precision");
    json_t *sd = json_object_get(e, "story_date");   /* records before version 2 lack it */
    store_bind_text(st, 5, json_is_string(sd) ? json_string_value(sd) : story_date);
    store_bind_str(st, 6, src, "code");
    store_bind_str(st, 7, src, "country");
    store_bind_str(st, 8, src, "text");
    store_bind_str(st, 9, tgt, "code");
    store_bind_str(st, 10, tgt, "country");
    store_bind_str(st, 11, tgt, "text");
    store_bind_str(st, 12, e, "cameo");
    store_bind_str(st, 13, e, "root");
    store_bind_int(st, 14, e, "quad_class");
    store_bind_real(st, 15, e, "goldstein");
    store_bind_str(st, 16, e, "plover");
    store_bind_str(st, 17, loc, "name");
    store_bind_str(st, 18, loc, "country");
    store_bind_real(st, 19, loc, "lat");
    store_bind_real(st, 20, loc, "lon");
    store_bind_str(st, 21, e, "text");
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    json_decref(e);
    if (rc != SQLITE_DONE) {
        diag_error(s->path, 0, "SQLite: story %s: %s", id, sqlite3_errmsg(s->db));
        return -1;
    }
    return 1;
}

int store_put_story(store_t *s, const char *id, const char *date, const char *source,
                    const char *url, size_t sentences, const char *events, size_t n)
{
    if (s->txn == STORE_NONE) {
        if (store_exec(s, "BEGIN IMMEDIATE") != 0) return -1;
        s->txn = STORE_OWN;
    }
    /* a savepoint, so that a failing story leaves no half of itself */
    if (store_exec(s, "SAVEPOINT story") != 0) return -1;
    int ok = 1;   /* 0 once an error is reported */
    sqlite3_bind_text(s->del_events, 1, id, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(s->del_events) != SQLITE_DONE) {
        diag_error(s->path, 0, "SQLite: story %s: %s", id, sqlite3_errmsg(s->db));
        ok = 0;
    }
    sqlite3_reset(s->del_events);
    size_t stored = 0, line = 0;
    const char *p = events, *end = events ? events + n : NULL;
    while (ok && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        const char *rec = p;
        p += len + 1;
        line++;
        size_t k = 0;
        while (k < len && (rec[k] == ' ' || rec[k] == '\t' || rec[k] == '\r')) k++;
        if (k == len) continue;   /* blank line */
        int r = store_put_event(s, id, date, line, rec, len);
        if (r < 0) ok = 0;
        else stored += (size_t)r;
    }
    if (ok) {
        sqlite3_stmt *st = s->put_story;
        store_bind_text(st, 1, id);
        store_bind_text(st, 2, date);
        store_bind_text(st, 3, source);
        store_bind_text(st, 4, url);
        sqlite3_bind_int64(st, 5, (sqlite3_int64)sentences);
        sqlite3_bind_int64(st, 6, (sqlite3_int64)stored);
        if (sqlite3_step(st) != SQLITE_DONE) {
            diag_error(s->path, 0, "SQLite: story %s: %s", id, sqlite3_errmsg(s->db));
            ok = 0;
        }
        sqlite3_reset(st);
    }
    if (!ok) {
        sqlite3_exec(s->db, "ROLLBACK TO story; RELEASE story", NULL, NULL, NULL);
        if (sqlite3_get_autocommit(s->db)) {   /* SQLite rolled back the whole batch */
            s->txn = STORE_NONE;
            s->pending = 0;
        }
        return -1;
    }
    if (store_exec(s, "RELEASE story") != 0) return -1;
    if (s->txn == STORE_OWN && ++s->pending >= STORE_BATCH) return store_commit(s);
    return 0;
}

int store_close(store_t *s)
{
    if (!s) return 0;
    int rc = store_commit(s);
    sqlite3_finalize(s->del_events);
    sqlite3_finalize(s->put_story);
    sqlite3_finalize(s->put_event);
    if (sqlite3_close(s->db) != SQLITE_OK) {
        diag_error(s->path, 0, "SQLite: %s", sqlite3_errmsg(s->db));
        rc = -1;
    }
    free(s->path);
    free(s);
    return rc;
}
