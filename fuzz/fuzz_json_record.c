/* fuzz_json_record.c -- libFuzzer target: one JSON Lines record. */
#include <stdint.h>
#include <string.h>

#include "1_input/input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    story_t s;
    memset(&s, 0, sizeof s);
    if (!input_parse_json((const char *)data, size, &s)) story_free(&s);
    return 0;
}
