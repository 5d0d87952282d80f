/* test_sink.c -- the output sink: the bytes in the file are the bytes
 * written, whether they went out the ordinary way or with O_DIRECT (past
 * direct_min, from a block boundary), from a file's start or after a
 * header, and in append mode. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "7_output/sink.h"
#include "test_main.h"

/* Writes head through f's stdio, then about 3.3 MiB in pieces of many
 * sizes through a sink with direct_min; checks sink_done on the way, the
 * file's bytes and the descriptor's offset at the end. */
static void sink_check(const char *mode, const char *head, uint64_t direct_min)
{
    char path[] = "/tmp/annalist-test-sink-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    FILE *f = fopen(path, mode);
    assert_non_null(f);
    fputs(head, f);
    size_t total = 3400000, hn = strlen(head);
    char *want = malloc(hn + total);
    memcpy(want, head, hn);
    for (size_t i = 0; i < total; i++) want[hn + i] = (char)('a' + (i * 7 + i / 4093) % 26);
    sink_t *s = sink_open(f, direct_min);
    size_t at = 0, step = 1;
    uint64_t done = 0;
    while (at < total) {
        size_t n = step % 9 == 0 ? 0 : (step * step * 7919) % 400000;
        if (n > total - at) n = total - at;
        assert_int_equal(sink_write(s, want + hn + at, n), 0);
        at += n;
        step++;
        assert_true(sink_done(s) >= done && sink_done(s) <= at);
        done = sink_done(s);
    }
    assert_int_equal(sink_close(s), 0);
    assert_int_equal(ftell(f), (long)(hn + total));
    fputs("!", f);   /* after the sink, the descriptor goes on at the end */
    assert_int_equal(fclose(f), 0);
    FILE *r = fopen(path, "rb");
    char *got = malloc(hn + total + 2);
    size_t n = fread(got, 1, hn + total + 2, r);
    fclose(r);
    unlink(path);
    assert_int_equal(n, hn + total + 1);
    assert_memory_equal(got, want, hn + total);
    assert_int_equal(got[hn + total], '!');
    free(got);
    free(want);
}

static void test_sink_direct_from_start(void **state)
{
    (void)state;
    sink_check("w", "", 0);
}

static void test_sink_direct_after_header(void **state)
{
    (void)state;
    sink_check("w", "story_id\tsentence\tdate\n", 5000);
}

static void test_sink_ordinary(void **state)
{
    (void)state;
    sink_check("w", "x", UINT64_MAX);
    sink_check("a", "header\n", 0);   /* appending: always the ordinary way */
}

int test_sink_run(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sink_direct_from_start),
        cmocka_unit_test(test_sink_direct_after_header),
        cmocka_unit_test(test_sink_ordinary),
    };
    return cmocka_run_group_tests_name("sink", tests, NULL, NULL);
}
