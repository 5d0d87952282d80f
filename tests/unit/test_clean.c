/* test_clean.c -- stage 2: character repair, boilerplate, repeats. */
#include <string.h>

#include "2_clean/clean.h"
#include <stdlib.h>

#include "test_main.h"

static char *clean(const char *in, stats_t *st)
{
    sbuf_t b = {0};
    clean_text(in, strlen(in), st, &b, NULL);
    return b.s;
}

static void test_escapes_and_quotes(void **state)
{
    (void)state;
    stats_t st = {0};
    char *s = clean("He said \xE2\x80\x9Chello\xE2\x80\x9D\\nNext \xE2\x80\x94 line\\t!", &st);
    assert_string_equal(s, "He said \"hello\"\nNext - line !");
    assert_int_equal(st.escapes_decoded, 2);
    assert_int_equal(st.chars_normalized, 3);
    free(s);
}

static void test_invalid_utf8_and_controls(void **state)
{
    (void)state;
    stats_t st = {0};
    char *s = clean("bad \xFF\xFE byte\x01 and \xE2\x80\x8Bzero", &st);
    assert_string_equal(s, "bad \xEF\xBF\xBD\xEF\xBF\xBD byte and zero");
    assert_int_equal(st.utf8_repaired, 2);
    assert_int_equal(st.control_removed, 2);
    free(s);
}

/* Spaces: runs made one, none at a line's ends, blank lines dropped; long
 * lines are copied 16 and 8 bytes at a time (clean.c), so each case is
 * also tried at every offset in a long line. */
static void test_spaces(void **state)
{
    (void)state;
    static const char *const in[] = {"Paris \nx", "a  b", "a \n\n b", "ab   \n  cd ", "a b\n"};
    static const char *const out[] = {"Paris\nx", "a b", "a\nb", "ab\ncd", "a b"};
    for (size_t k = 0; k < sizeof in / sizeof in[0]; k++)
        for (size_t pad = 0; pad < 40; pad++) {
            char text[128], want[128];
            memset(text, 'w', pad);
            strcpy(text + pad, in[k]);
            memset(want, 'w', pad);
            strcpy(want + pad, out[k]);
            stats_t st = {0};
            char *s = clean(text, &st);
            assert_string_equal(s, want);
            free(s);
        }
}

static void test_html_and_json_escapes(void **state)
{
    (void)state;
    stats_t st = {0};
    char *s = clean("<p>Fiji&#8217;s PM met Australia&rsquo;s envoy &amp; aides.</p><p>Tonga"
                    "&nbsp;agreed.<br/>Samoa said \\u201cyes\\u201d \\ud83d\\ude00.</p>"
                    "<!-- ad --><script>var a = \"<p>x</p>\";</script>"
                    "<a href=\"https://rnz.co.nz/a?b=1&c=2\">Read</a> AT&T &copy; x < y &bogus;",
                    &st);
    assert_string_equal(s, "Fiji's PM met Australia's envoy & aides.\n"
                           "Tonga agreed.\n"
                           "Samoa said \"yes\" \xF0\x9F\x98\x80.\n"
                           "Read AT&T \xC2\xA9 x < y &bogus;");
    assert_int_equal(st.entities_decoded, 5);
    assert_int_equal(st.tags_removed, 9);   /* p, /p, p, br, /p, comment, script, a, /a */
    assert_int_equal(st.escapes_decoded, 3);
    free(s);
}

static void test_nfc(void **state)
{
    (void)state;
    stats_t st = {0};
    /* e + combining acute -> precomposed e-acute */
    char *s = clean("Cote d'Ivoire: Co\x74\x65\xCC\x81", &st);
    assert_string_equal(s, "Cote d'Ivoire: Cot\xC3\xA9");
    free(s);
}

static void test_boilerplate_and_repeats(void **state)
{
    (void)state;
    stats_t st = {0};
    const char *text =
        "China met Fiji.\n"
        "READ MORE\n"
        "- UN assembly suspends Russia from rights body\n"
        "- Ship shadows research vessel\n"
        "Australia urged calm.\n"
        "China met Fiji.\n"
        "Share this article\n"
        "Related: Another headline here\n"
        "Related talks were held in Suva on Monday, officials said.\n";
    span_t *p = NULL;
    size_t cap = 0;
    size_t n = clean_paragraphs(text, strlen(text), &st, &p, &cap, NULL);
    assert_int_equal(n, 3);
    assert_memory_equal(p[0].s, "China met Fiji.", p[0].n);
    assert_memory_equal(p[1].s, "Australia urged calm.", p[1].n);
    assert_memory_equal(p[2].s, "Related talks", 13);
    assert_int_equal(st.boilerplate_lines, 5);
    assert_int_equal(st.repeated_paragraphs, 1);
    free(p);
}

/* Each line of the NULL-terminated list must give want from
 * clean_is_boilerplate (1 alone, 2 opens a link block, 0 story). */
static void expect_lines(const char *const *lines, int want)
{
    for (size_t i = 0; lines[i]; i++) {
        int got = clean_is_boilerplate(lines[i], strlen(lines[i]));
        if (got != want) fail_msg("\"%s\": %d, want %d", lines[i], got, want);
    }
}

static void test_markers_of_real_sites(void **state)
{
    (void)state;
    static const char *const blocks[] = {
        "Related stories", "Related Articles", "More from RNZ", "Recommended",
        "Recommended for you", "Most read", "Most Read", "Trending", "Top stories",
        "Latest news", "You may also like", "Read next", "Keep reading", "READ MORE:",
        "Also read:", "More on this story", "Key points:", "In case you missed it",
        NULL};
    static const char *const lines[] = {
        "Related: Russia expels French diplomats", "Watch: Luxon speaks after meeting Albanese",
        "Listen: Pacific Waves", "LIVE: Israel-Gaza war updates", "Advertisement", "Loading...",
        "Sign up for our newsletter", "Subscribe", "Subscribe now for unlimited access.",
        "Follow us on Facebook, X and Instagram", "Share this article", "Share",
        "Copyright \xC2\xA9 2024 Reuters. All rights reserved.", "All rights reserved.",
        "Click here to read more.", "Comments", "Comments (12)", "Topics: Pacific, Fiji",
        "Tags: China, Japan, Senkaku", "We use cookies to improve your experience.",
        "Facebook | X | Email | Copy link", "Politics | World | Pacific",
        "Home > News > World", "Story continues below advertisement", "Copy link",
        "- UN assembly suspends Russia from rights body",
        "\xE2\x80\xA2 China ship shadows research vessel", "Our Standards: The Thomson Reuters Trust Principles.",
        "Download The Economic Times News App to get Daily Market Updates & Live Business News.",
        "Catch all the Latest News, Breaking News events and Latest News Updates on The Economic Times.",
        "Video Ad Feedback", "Source: The Straits Times. Permission required for reproduction.",
        "Copyright 2025 BBC. All rights reserved. The BBC is not responsible for the content of "
        "external sites.",
        "Talks with Chile went well. We agreed to meet again. pic.twitter.com/Ab12Cd34 - Jane Doe "
        "(@janedoe_mp) May 4, 2023",
        "We condemn the attack on our embassy in the strongest terms. - Foreign Office (@ForeignOffice) "
        "March 2, 2024",
        NULL};
    static const char *const credits[] = {
        "By Jane Smith", "By JANE SMITH", "By Jane Smith, political reporter",
        "By Southeast Asia correspondent", "Jane Smith, Pacific correspondent",
        "Guardian staff and agencies", "Updated: 3:45 PM", "Published 5 December 2024",
        "Posted Tue 5 Nov 2024 at 6:12pm", "5 min read", "3 hours ago",
        "First published on Thu 5 Dec 2024 14.05 GMT", "Dec 5, 2024 10:14 AM ET",
        "Photo: RNZ / Samuel Rillstone", "Image: Getty Images", "File photo",
        "Foreign Minister Winston Peters. Photo: RNZ / Samuel Rillstone",
        "Xi Jinping meets Vladimir Putin in Moscow, March 21, 2023. REUTERS/Sergei Karpukhin/File Photo",
        "Protesters in Nairobi. (AP Photo/Brian Inganga)", "The minister in Suva. AFP via Getty Images",
        "Riot police fire tear gas at protesters in central Bangkok on Monday. Jane Doe /AFP",
        "Soldiers patrol a street in Goma after the rebels entered the city [File: John Roe/Reuters]",
        "Police detain a student as crowds gather outside parliament in Dhaka. AFP",
        "Additional reporting by Lucy Craymer", "Reporting by Kirsty Needham; Editing by Michael Perry",
        "Editing by Michael Perry", "This article first appeared on The Conversation.",
        "Jane Smith is a political reporter for RNZ.",
        "Phil Pennington is an RNZ investigative reporter.", "Reporting from Beijing",
        "TOI News Desk / TIMESOFINDIA.COM / Updated: Oct 21, 2024, 16:05 IST",
        "CNN's Kosta Gak contributed to this report.", "(With inputs from agencies)", NULL};
    static const char *const prose[] = {
        "Related talks were held in Suva on Monday, officials said.",
        "Watchdogs said Russia attacked the port.",
        "Share prices fell sharply in Tokyo on Monday.",
        "Loading of ships at the port resumed on Tuesday.",
        "By Thursday, Russia had withdrawn its troops from the area.",
        "Comments by the minister angered Beijing, which summoned the envoy.",
        "Trending upward, exports to China rose for the third month.",
        "Copyright laws were changed by parliament after a long debate on Monday.",
        "Reporting from Kyiv, our correspondent said Russian drones struck three districts.",
        "Wang Yi is the foreign minister of China.",
        "Fiji thanked Australia for its help after the cyclone.",
        "Russia accuses Britain of spying",   /* a headline: dropped only in a run */
        "The talks in Doha ended on Monday. Both sides agreed to meet again, an official told AFP",
        "Seoul said Pyongyang fired two missiles into the sea on Thursday, Yonhap reported. - AFP",
        "The minister (@janedoe_mp on X) said talks with Chile would resume on May 4, 2023.",
        NULL};
    expect_lines(blocks, 2);
    expect_lines(lines, 1);
    expect_lines(credits, 1);
    expect_lines(prose, 0);
}

/* Cuts text into paragraphs and checks them against the NULL-terminated
 * list of the ones expected. */
static void expect_paras(const char *text, const char *const *want, stats_t *st)
{
    span_t *p = NULL;
    size_t cap = 0, n = clean_paragraphs(text, strlen(text), st, &p, &cap, NULL), k = 0;
    for (; want[k]; k++) {
        if (k >= n) fail_msg("paragraph %zu missing: \"%s\"", k, want[k]);
        if (p[k].n != strlen(want[k]) || memcmp(p[k].s, want[k], p[k].n))
            fail_msg("paragraph %zu: \"%.*s\", want \"%s\"", k, (int)p[k].n, p[k].s, want[k]);
    }
    if (n != k) fail_msg("%zu paragraphs, want %zu", n, k);
    free(p);
}

static void test_headline_runs(void **state)
{
    (void)state;
    stats_t st = {0};
    static const char *const want[] = {
        "Fiji thanks Australia for cyclone help", "Fiji thanked Australia for its help.",
        "Australia sent a navy ship to Suva.", "What happens next",
        "New Zealand urged China to show restraint.", "Tonga asked Fiji for help.", NULL};
    expect_paras("Fiji thanks Australia for cyclone help | RNZ News\n"   /* title: outlet cut */
                 "By Jane Smith\n"
                 "Fiji thanked Australia for its help.\n"
                 "China condemns Japan over island dispute\n"           /* a list, no marker */
                 "India and Pakistan exchange fire on border\n"
                 "Photo: Supplied\n"
                 "Russia Expels French Diplomats Over Spying\n"
                 "Australia sent a navy ship to Suva.\n"
                 "What happens next\n"                                  /* a subheading: kept */
                 "New Zealand urged China to show restraint.\n"
                 "Japan protests to China over coast guard ships - Reuters\n"   /* one link */
                 "Tonga asked Fiji for help.\n"
                 "Israel strikes Gaza as talks stall\n"                 /* a list at the end */
                 "Russia and North Korea sign defence pact\n",
                 want, &st);
    assert_int_equal(st.headline_lines, 5);
    static const char *const short_title[] = {"Border news", "Poland detained two soldiers.", NULL};
    stats_t st2 = {0};
    expect_paras("Border news\nShare\nPoland detained two soldiers.\nFacebook\nX\n", short_title,
                 &st2);   /* a short first line is the title; later ones are furniture */
    assert_int_equal(st2.boilerplate_lines, 3);
    assert_int_equal(st.credit_lines, 2);
    assert_int_equal(st.boilerplate_lines, 2);   /* the outlet after the title, the link */
}

static void test_near_repeats(void **state)
{
    (void)state;
    stats_t st = {0};
    static const char *const want[] = {"Japan summoned China's envoy.", "Seoul urged calm.", NULL};
    expect_paras("Japan summoned China's envoy.\n"
                 "Japan summoned China's envoy. READ MORE\n"
                 "Seoul urged calm.\n"
                 "Japan summoned China's envoy. Read more >>\n",
                 want, &st);
    assert_int_equal(st.repeated_paragraphs, 2);
    assert_int_equal(st.boilerplate_lines, 2);
}

/* Hard-wrapped text: the breaks inside sentences become spaces, a blank
 * line stays a paragraph break, a short title stays apart, and text with a
 * paragraph a line, or a list of lower-case headlines that never ends in a
 * full stop, is left as it was. */
static void test_unwrap(void **state)
{
    (void)state;
    stats_t st = {0};
    char *s = clean("Envoys meet in Suva\n\n"
                    "The foreign ministers of Fiji and Samoa met on Monday with\n"
                    "their Tongan counterpart and agreed to hold talks on a\n"
                    "regional fisheries pact next year.\n\n"
                    "The talks will be held in Apia.\n", &st);
    assert_string_equal(s, "Envoys meet in Suva\n"
                           "The foreign ministers of Fiji and Samoa met on Monday with "
                           "their Tongan counterpart and agreed to hold talks on a "
                           "regional fisheries pact next year.\n"
                           "The talks will be held in Apia.");
    assert_int_equal(st.lines_unwrapped, 2);
    free(s);
    /* one sure break only: not taken as wrapped */
    stats_t st2 = {0};
    s = clean("Fiji and Samoa signed a pact on Monday with\nTonga.\nIt covers tuna.", &st2);
    assert_string_equal(s, "Fiji and Samoa signed a pact on Monday with\nTonga.\nIt covers tuna.");
    assert_int_equal(st2.lines_unwrapped, 0);
    free(s);
    /* lower-case headlines under a marker: no run of them ends a sentence */
    stats_t st3 = {0};
    const char *links = "Fiji and Tonga signed a fisheries agreement on Monday.\nREAD MORE:\n"
                        "china condemns japan over island dispute\n"
                        "russia attacks ukraine port city\n"
                        "india and pakistan hold border talks\n"
                        "The agreement covers tuna stocks.";
    s = clean(links, &st3);
    assert_string_equal(s, links);
    assert_int_equal(st3.lines_unwrapped, 0);
    free(s);
    /* the function alone: in place, the count of breaks joined */
    char buf[] = "Talks began in\nthe capital and\nended today.";
    assert_int_equal(clean_unwrap(buf, strlen(buf)), 2);
    assert_string_equal(buf, "Talks began in the capital and ended today.");
}

/* Photo captions by their wire formulas, and prose that only looks close. */
static void test_captions(void **state)
{
    (void)state;
    static const char *const yes[] = {
        "Protesters burn a flag outside the embassy in this undated photo.",
        "Two envoys shake hands in this handout picture released by the ministry.",
        "In this file photo, troops patrol the border near the town.",
        "FILE - The prime minister speaks in parliament, Nov. 2, 2023.",
        "File photo: the president arrives in Suva.",
        "This handout photo taken on May 3 shows the damaged ship.",
        NULL};
    static const char *const no[] = {
        "In this case, the minister said talks would go on.",
        "In this, he still criticised the government.",
        "The photographer was detained in this town on Monday.",
        "Officials said this photo op was cancelled.",
        "The minister filed a complaint in this image-conscious age.",
        NULL};
    for (size_t k = 0; yes[k]; k++) assert_int_equal(clean_is_caption(yes[k], strlen(yes[k])), 1);
    for (size_t k = 0; no[k]; k++) assert_int_equal(clean_is_caption(no[k], strlen(no[k])), 0);
    /* "his " found at every offset from an 8-byte block's start, and in
     * the last bytes; an earlier "his " that opens nothing passed over */
    char buf[96];
    for (int pad = 0; pad < 20; pad++) {
        int len = snprintf(buf, sizeof buf, "%.*sHis aide waved in this photo", pad,
                           "aaaaaaaaaaaaaaaaaaaa");
        assert_int_equal(clean_is_caption(buf, (size_t)len), 1);
        len = snprintf(buf, sizeof buf, "%.*sHis aide waved in thiss photo", pad,
                       "aaaaaaaaaaaaaaaaaaaa");
        assert_int_equal(clean_is_caption(buf, (size_t)len), 0);
    }
}

int test_clean_run(void)
{
    const struct CMUnitTest t[] = {
        cmocka_unit_test(test_escapes_and_quotes),
        cmocka_unit_test(test_invalid_utf8_and_controls),
        cmocka_unit_test(test_spaces),
        cmocka_unit_test(test_nfc),
        cmocka_unit_test(test_html_and_json_escapes),
        cmocka_unit_test(test_boilerplate_and_repeats),
        cmocka_unit_test(test_markers_of_real_sites),
        cmocka_unit_test(test_headline_runs),
        cmocka_unit_test(test_near_repeats),
        cmocka_unit_test(test_unwrap),
        cmocka_unit_test(test_captions),
    };
    return cmocka_run_group_tests_name("clean", t, NULL, NULL);
}
