/* fuzz_verbs_dict.c -- libFuzzer target: verb dictionaries, in annalist's
 * exact-word mode and TABARI's stem mode. */
#include <stdint.h>

#include "5_verbs/verbdict.h"
#include "fuzz_dict.h"
#include "lib/diag.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    diag_quiet_warnings(1);
    const char *path = fuzz_tmpfile(data, size);
    for (int mode = 0; mode < 2; mode++) {
        vocab_t v;
        vocab_init(&v);
        verbdict_t d;
        verbdict_init(&d, &v);
        verbdict_load(&d, path, mode);
        verbdict_finish(&d);
        verbdict_free(&d);
        vocab_free(&v);
    }
    return 0;
}
