/* store.c -- writing stories and events into SQLite. */
#include "store.h"

#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/diag.h"
#include "lib/util.h"

static const char store_schema[] =
    "PRAGMA journal_mode=WAL;"
    "CREATE TABLE IF NOT EXISTS stories ("
    "  id TEXT PRIMARY KEY, date TEXT, source TEXT, url TEXT,"
    "  sentences INTEGER, events INTEGER);"
    "CREATE TABLE IF NOT EXISTS events ("
    "  story_id TEXT NOT NULL REFERENCES stories(id), sentence INTEGER, date TEXT,"
    "  date_precision TEXT, story_date TEXT,"
    "  source_code TEXT, source_country TEXT, source_text TEXT,"
    "  target_code TEXT, target_country TEXT, target_text TEXT,"
    "  cameo TEXT, root TEXT, quad_class INTEGER, goldstein REAL, plover TEXT,"
    "  location TEXT, location_country TEXT, lat REAL, lon REAL, text TEXT);"
    "CREATE INDEX IF NOT EXISTS events_date ON events(date);"
    "CREATE INDEX IF NOT EXISTS events_dyad ON events(source_country, target_country, date);"
    "CREATE INDEX IF NOT EXISTS events_source ON events(source_code);"
    "CREATE INDEX IF NOT EXISTS events_target ON events(target_code);"
    "CREATE INDEX IF NOT EXISTS events_code ON events(cameo);"
    "CREATE INDEX IF NOT EXISTS events_root ON events(root);"
    "CREATE INDEX IF NOT EXISTS events_story ON events(story_id);";

struct store {
    sqlite3 *db;
    sqlite3_stmt *del_events, *put_story, *put_event;
    size_t pending;
    char *path;
};

static int store_exec(store_t *s, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        diag_error(s->path, 0, "SQLite: %s", msg ? msg : "error");
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

store_t *store_open(const char *path, char **err)
{
    store_t *s = xcalloc(1, sizeof *s);
    s->path = xstrdup(path);
    if (sqlite3_open(path, &s->db) != SQLITE_OK) {
        sbuf_t b = {0};
        sbuf_printf(&b, "%s: cannot open database: %s", path, sqlite3_errmsg(s->db));
        *err = b.s;
        sqlite3_close(s->db);
        free(s->path);
        free(s);
        return NULL;
    }
    sqlite3_busy_timeout(s->db, 5000);
    char *msg = NULL;
    if (sqlite3_exec(s->db, store_schema, NULL, NULL, &msg) != SQLITE_OK ||
        sqlite3_prepare_v2(s->db, "DELETE FROM events WHERE story_id = ?", -1, &s->del_events, NULL) ||
        sqlite3_prepare_v2(s->db, "INSERT OR REPLACE INTO stories VALUES (?,?,?,?,?,?)", -1,
                           &s->put_story, NULL) ||
        sqlite3_prepare_v2(s->db, "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                           -1, &s->put_event, NULL)) {
        sbuf_t b = {0};
        sbuf_printf(&b, "%s: %s", path, msg ? msg : sqlite3_errmsg(s->db));
        *err = b.s;
        sqlite3_free(msg);
        store_close(s);
        return NULL;
    }
    return s;
}

static void store_text(sqlite3_stmt *st, int col, const char *v)
{
    if (v) sqlite3_bind_text(st, col, v, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(st, col);
}

static const char *store_str(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

int store_put_story(store_t *s, const char *id, const char *date, const char *source,
                    const char *url, size_t sentences, const char *events, size_t n)
{
    if (s->pending == 0 && store_exec(s, "BEGIN") != 0) return -1;
    size_t nev = 0;
    for (size_t i = 0; i < n; i++) nev += events[i] == '\n';
    sqlite3_bind_text(s->del_events, 1, id, -1, SQLITE_TRANSIENT);
    sqlite3_step(s->del_events);
    sqlite3_reset(s->del_events);
    store_text(s->put_story, 1, id);
    store_text(s->put_story, 2, date);
    store_text(s->put_story, 3, source);
    store_text(s->put_story, 4, url);
    sqlite3_bind_int64(s->put_story, 5, (sqlite3_int64)sentences);
    sqlite3_bind_int64(s->put_story, 6, (sqlite3_int64)nev);
    int rc = sqlite3_step(s->put_story);
    sqlite3_reset(s->put_story);
    if (rc != SQLITE_DONE) {
        diag_error(s->path, 0, "SQLite: %s", sqlite3_errmsg(s->db));
        return -1;
    }
    const char *p = events, *end = events + n;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        json_t *e = json_loadb(p, len, 0, NULL);
        p += len + 1;
        if (!json_is_object(e)) {
            json_decref(e);
            continue;   /* only annalist's JSON records are stored */
        }
        json_t *src = json_object_get(e, "source"), *tgt = json_object_get(e, "target"),
               *loc = json_object_get(e, "location");
        sqlite3_stmt *st = s->put_event;
        store_text(st, 1, id);
        sqlite3_bind_int64(st, 2, json_integer_value(json_object_get(e, "sentence")));
        store_text(st, 3, store_str(e, "date"));
        store_text(st, 4, store_str(e, "date_precision"));
        store_text(st, 5, store_str(e, "story_date"));
        store_text(st, 6, store_str(src, "code"));
        store_text(st, 7, store_str(src, "country"));
        store_text(st, 8, store_str(src, "text"));
        store_text(st, 9, store_str(tgt, "code"));
        store_text(st, 10, store_str(tgt, "country"));
        store_text(st, 11, store_str(tgt, "text"));
        store_text(st, 12, store_str(e, "cameo"));
        store_text(st, 13, store_str(e, "root"));
        sqlite3_bind_int(st, 14, (int)json_integer_value(json_object_get(e, "quad_class")));
        sqlite3_bind_double(st, 15, json_number_value(json_object_get(e, "goldstein")));
        store_text(st, 16, store_str(e, "plover"));
        store_text(st, 17, json_is_object(loc) ? store_str(loc, "name") : NULL);
        store_text(st, 18, json_is_object(loc) ? store_str(loc, "country") : NULL);
        if (json_is_object(loc)) {
            sqlite3_bind_double(st, 19, json_number_value(json_object_get(loc, "lat")));
            sqlite3_bind_double(st, 20, json_number_value(json_object_get(loc, "lon")));
        } else {
            sqlite3_bind_null(st, 19);
            sqlite3_bind_null(st, 20);
        }
        store_text(st, 21, store_str(e, "text"));
        rc = sqlite3_step(st);
        sqlite3_reset(st);
        json_decref(e);
        if (rc != SQLITE_DONE) {
            diag_error(s->path, 0, "SQLite: %s", sqlite3_errmsg(s->db));
            return -1;
        }
    }
    if (++s->pending >= STORE_BATCH) {
        s->pending = 0;
        return store_exec(s, "COMMIT");
    }
    return 0;
}

int store_close(store_t *s)
{
    if (!s) return 0;
    int rc = 0;
    if (s->pending) rc = store_exec(s, "COMMIT");
    sqlite3_finalize(s->del_events);
    sqlite3_finalize(s->put_story);
    sqlite3_finalize(s->put_event);
    if (sqlite3_close(s->db) != SQLITE_OK) rc = -1;
    free(s->path);
    free(s);
    return rc;
}
