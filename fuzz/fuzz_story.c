/* fuzz_story.c -- libFuzzer target: the whole text path (clean, paragraphs,
 * sentences, tokens) on arbitrary bytes. */
#include <stdint.h>
#include <stdlib.h>

#include "2_clean/clean.h"
#include "3_sentences/sentence.h"
#include "3_sentences/token.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    stats_t st = {0};
    sbuf_t clean = {0};
    clean_text((const char *)data, size, &st, &clean, NULL);
    span_t *paras = NULL, *sents = NULL;
    size_t cp = 0, cs = 0, ns = 0;
    size_t np = clean_paragraphs(clean.s, clean.len, &st, &paras, &cp, NULL);
    for (size_t i = 0; i < np; i++) sentence_split(paras[i], &sents, &ns, &cs);
    tokens_t tk = {0};
    for (size_t i = 0; i < ns; i++) token_split(sents[i].s, sents[i].n, &tk, 512);
    token_free(&tk);
    free(paras);
    free(sents);
    sbuf_free(&clean);
    return 0;
}
