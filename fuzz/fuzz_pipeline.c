/* fuzz_pipeline.c -- libFuzzer target: a story coded end to end with the
 * small test dictionaries (run from the repository root). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lib/diag.h"
#include "pipeline.h"

static dicts_t fuzz_dicts;
static int fuzz_ready;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fuzz_ready) {
        dict_opts_t o = {.dir = "tests/data", .stem_mode = -1};
        diag_quiet_warnings(1);
        if (dicts_load(&fuzz_dicts, &o) != 0) abort();
        fuzz_ready = 1;
    }
    story_t s = {0};
    s.id = "fuzz";
    s.text = malloc(size + 1);
    memcpy(s.text, data, size);
    s.text[size] = '\0';
    s.date = 20220415;
    output_opts_t o = {OUT_JSON, 1, &fuzz_dicts.cameo};
    pipeline_work_t w = {0};
    stats_t st = {0};
    sbuf_t out = {0};
    pipeline_code_story(&fuzz_dicts, &o, &s, &w, &st, &out);
    sbuf_free(&out);
    pipeline_work_free(&w);
    free(s.text);
    return 0;
}
