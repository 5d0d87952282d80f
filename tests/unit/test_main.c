/* test_main.c -- runs every unit test group (cmocka). */
#include <stdlib.h>

#include "test_main.h"

int main(void)
{
    int failed = 0;
    failed += test_clean_run();
    failed += test_sentence_run();
    failed += test_token_run();
    failed += test_input_run();
    failed += test_dict_run();
    failed += test_coder_run();
    failed += test_when_run();
    failed += test_where_run();
    failed += test_petrarch_run();
    failed += test_tabari_run();
    failed += test_sink_run();
    failed += test_dictload_run();
    return failed ? 1 : 0;
}
