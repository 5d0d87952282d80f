/* store_cli.c -- test driver: runs one store command through query_main(),
 * as `annalist timeline|dyads|actors|events|graph ...` does:
 *
 *   store_cli COMMAND --db F [options] */
#include <stdio.h>

#include "8_store/query.h"

int main(int argc, char **argv)
{
    if (argc < 2 || !query_is_command(argv[1])) {
        fputs("usage: store_cli timeline|dyads|actors|events|graph --db F [options]\n", stderr);
        return 2;
    }
    return query_main(argc - 1, argv + 1);
}
