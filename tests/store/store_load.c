/* store_load.c -- test driver for the event store: reads annalist's JSON
 * Lines event records (stdin, or the file given) and stores them story by
 * story through store_put_story(), consecutive lines with the same story_id
 * making one story.
 *
 *   store_load DB [FILE] [--batch N] [--die-after N]
 *
 * --batch N: the caller's transactions (store_begin/store_commit every N
 * stories) instead of the store's own batches. --die-after N: exits at
 * once (no commit, no close) after N stories, as a killed run would. The
 * story's date is the first record's story_date (else its date); the
 * sentence count stored is the highest sentence index seen plus one. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "8_store/store.h"
#include "lib/util.h"

typedef struct {
    char *id, *date;
    size_t sentences;
    sbuf_t lines;
} load_story_t;

/* Stores the story gathered so far and forgets it. Returns 0 or -1. */
static int load_flush(store_t *s, load_story_t *st)
{
    if (!st->id) return 0;
    int rc = store_put_story(s, st->id, st->date, NULL, NULL, st->sentences,
                             st->lines.s ? st->lines.s : "", st->lines.len);
    free(st->id);
    free(st->date);
    st->id = st->date = NULL;
    st->sentences = 0;
    sbuf_clear(&st->lines);
    return rc;
}

int main(int argc, char **argv)
{
    const char *dbpath = NULL, *input = NULL;
    long batch = 0, die_after = -1;
    int bad = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--batch") && i + 1 < argc) batch = atol(argv[++i]);
        else if (!strcmp(argv[i], "--die-after") && i + 1 < argc) die_after = atol(argv[++i]);
        else if (!dbpath) dbpath = argv[i];
        else if (!input) input = argv[i];
        else bad = 1;
    }
    if (!dbpath || bad) {
        fputs("usage: store_load DB [FILE] [--batch N] [--die-after N]\n", stderr);
        return 2;
    }
    FILE *in = input ? fopen(input, "r") : stdin;
    if (!in) {
        perror(input);
        return 2;
    }
    char *err = NULL;
    store_t *s = store_open(dbpath, &err);
    if (!s) {
        fprintf(stderr, "store_load: %s\n", err);
        free(err);
        if (in != stdin) fclose(in);
        return 1;
    }
    load_story_t st = {0};
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    long stories = 0;
    int rc = 0;
    ssize_t len;
    if (batch > 0 && store_begin(s) != 0) rc = 1;
    while (!rc && (len = getline(&line, &cap, in)) > 0) {
        lineno++;
        json_error_t je;
        json_t *j = json_loads(line, 0, &je);
        const char *id = json_string_value(json_object_get(j, "story_id"));
        if (!id) {   /* not a record: handed to the store, which reports it */
            if (st.id) sbuf_add(&st.lines, line, (size_t)len);
            else fprintf(stderr, "store_load: %s:%zu: no story_id\n", input ? input : "<stdin>",
                         lineno);
            json_decref(j);
            continue;
        }
        if (!st.id || strcmp(st.id, id)) {
            if (st.id) {
                if (load_flush(s, &st) != 0) rc = 1;
                stories++;
                if (stories == die_after) _exit(137);
                if (batch > 0 && stories % batch == 0 &&
                    (store_commit(s) != 0 || store_begin(s) != 0))
                    rc = 1;
            }
            st.id = xstrdup(id);
            const char *d = json_string_value(json_object_get(j, "story_date"));
            if (!d) d = json_string_value(json_object_get(j, "date"));
            st.date = d ? xstrdup(d) : NULL;
        }
        json_t *sn = json_object_get(j, "sentence");
        if (json_is_integer(sn) && json_integer_value(sn) >= 0 &&
            (size_t)json_integer_value(sn) + 1 > st.sentences)
            st.sentences = (size_t)json_integer_value(sn) + 1;
        sbuf_add(&st.lines, line, (size_t)len);
        json_decref(j);
    }
    if (!rc && load_flush(s, &st) != 0) rc = 1;
    free(st.id);
    free(st.date);
    sbuf_free(&st.lines);
    free(line);
    if (in != stdin) fclose(in);
    if (store_commit(s) != 0) rc = 1;
    if (store_close(s) != 0) rc = 1;
    return rc;
}
