/* fuzz_actors_dict.c -- libFuzzer target: actor, agent and discard
 * dictionaries in every format annalist reads. */
#include <stdint.h>

#include "4_actors/actordict.h"
#include "fuzz_dict.h"
#include "lib/diag.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    diag_quiet_warnings(1);
    const char *path = fuzz_tmpfile(data, size);
    vocab_t v;
    vocab_init(&v);
    actordict_t a, g, x;
    actordict_init(&a, &v);
    actordict_init(&g, &v);
    actordict_init(&x, &v);
    actordict_load(&a, path, ACT_ACTOR);
    actordict_load(&g, path, ACT_AGENT);
    actordict_load_discards(&x, path);
    actordict_finish(&a);
    actordict_finish(&g);
    actordict_finish(&x);
    for (size_t i = 0; i < a.n; i++) actordict_code_on(&a.e[i], 20220101);
    actordict_free(&a);
    actordict_free(&g);
    actordict_free(&x);
    vocab_free(&v);
    return 0;
}
