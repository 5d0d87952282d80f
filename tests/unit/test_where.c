/* test_where.c -- event places: the bundled gazetteer, ambiguous names
 * resolved by the story's countries, then by population. */
#include <stdlib.h>
#include <string.h>

#include "6_events/where.h"
#include "test_main.h"

static gazetteer_t G;

static int setup(void **state)
{
    (void)state;
    return gazetteer_load(&G, "dict/gazetteer.tsv");
}

static int teardown(void **state)
{
    (void)state;
    gazetteer_free(&G);
    return 0;
}

/* "name/COUNTRY" of the place found in text, or "". */
static const char *where(const char *text, const char (*countries)[4], size_t nc)
{
    static char buf[64];
    tokens_t tk = {0};
    token_split(text, strlen(text), &tk, 0);
    where_t w;
    buf[0] = '\0';
    if (where_find(&G, &tk, NULL, countries, nc, &w))
        snprintf(buf, sizeof buf, "%s/%s", w.place->name, w.place->country);
    token_free(&tk);
    return buf;
}

static void test_places(void **state)
{
    (void)state;
    assert_string_equal(where("Riots broke out in the capital Honiara.", NULL, 0), "honiara/SLB");
    assert_string_equal(where("Leaders met at a summit in Port Moresby.", NULL, 0),
                        "port moresby/PNG");
    assert_string_equal(where("China and Japan met.", NULL, 0), "");
    assert_string_equal(where("A ship sailed near Scarborough Shoal.", NULL, 0), "");
    assert_string_equal(where("Drones hit fuel depots in the port of Odessa.", NULL, 0),
                        "odessa/UKR");
    /* English names of places GeoNames writes in the local language */
    assert_string_equal(where("Talks resumed in Geneva on Monday.", NULL, 0), "geneva/CHE");
    assert_string_equal(where("Police cleared a camp in Cologne.", NULL, 0), "cologne/DEU");
    assert_string_equal(where("Protesters marched in Gothenburg.", NULL, 0), "gothenburg/SWE");
}

static void test_ambiguous(void **state)
{
    (void)state;
    const char uk[][4] = {"GBR"};
    const char ca[][4] = {"CAN"};
    assert_string_equal(where("They met in Perth.", NULL, 0), "perth/AUS");
    assert_string_equal(where("They met in Perth.", uk, 1), "perth/GBR");
    assert_string_equal(where("Talks were held in Victoria.", NULL, 0), "victoria/CAN");
    const char sc[][4] = {"SYC"};
    assert_string_equal(where("Talks were held in Victoria.", ca, 1), "victoria/CAN");
    assert_string_equal(where("Talks were held in Victoria.", sc, 1), "victoria/SYC");
}

int test_where_run(void)
{
    const struct CMUnitTest t[] = {
        cmocka_unit_test(test_places),
        cmocka_unit_test(test_ambiguous),
    };
    return cmocka_run_group_tests_name("where", t, setup, teardown);
}
