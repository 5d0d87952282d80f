/* fuzz_input_file.c -- libFuzzer target: a whole input file as annalist
 * reads it, the format found from its content as for standard input (plain
 * text, JSON Lines, or PETRARCH <Sentences> XML through libxml2), every
 * story read and decoded. */
#include <stdint.h>
#include <stdio.h>

#include "1_input/input.h"
#include "fuzz_dict.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_tmpfile(data, size);
    stats_t st = {0};
    input_t *in = input_open(path, 20220101, "auto", &st);
    if (!in) return 0;
    story_t s = {0};
    while (input_next(in, &s)) {
        input_decode(&s, &st);
        story_free(&s);
    }
    input_close(in);
    input_free_names();
    return 0;
}
