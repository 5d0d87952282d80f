/* test_main.h -- the unit test groups, one per pipeline stage. */
#ifndef TEST_MAIN_H
#define TEST_MAIN_H
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "pipeline.h"

/* Codes text dated date (yyyymmdd) with d; returns "SRC>TGT:CODE@SENT"
 * records joined by ' ' (caller frees). In test_coder.c. */
char *test_code_story(const dicts_t *d, const char *text, int32_t date);

int test_clean_run(void);
int test_sentence_run(void);
int test_token_run(void);
int test_dict_run(void);
int test_coder_run(void);
int test_input_run(void);
int test_when_run(void);
int test_where_run(void);
int test_petrarch_run(void);
int test_tabari_run(void);
int test_sink_run(void);
int test_dictload_run(void);
#endif
