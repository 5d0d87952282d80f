/* test_petrarch.c -- PETRARCH and TABARI dictionary mechanisms (synonym
 * sets, paired codes, compounds, agents), coded end to end on sentences
 * written for these tests, with small dictionaries written here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_main.h"

static const char *write_file(const char *name, const char *text)
{
    static char path[4][256];
    static int k;
    char *p = path[k++ % 4];
    snprintf(p, 256, "build/%s", name);
    FILE *f = fopen(p, "w");
    fputs(text, f);
    fclose(f);
    return p;
}

static const char *ACTORS = "# PETRARCH actors for the unit tests\n"
                            "TWIN_CITIES [NTH/WST]\n"
                            "NORTHLAND [NTH]\n"
                            "NORTHLAND TELEVISION [NTHTV]\n"
                            "NORTHLAND_STATE_RADIO [NTHRAD]\n"
                            "SOUTHCITY [STHGOV]\n"
                            "ALDO_BRANDT [NTHGOV 20190101-20211231]\n"
                            "SOUTHLAND [STH]\n"
                            "WESTLAND [WST]\n";

static const char *AGENTS = "# PETRARCH agents for the unit tests\n"
                            "!PERSON! = MAN, MEN\n"
                            "DIPLOMAT [~GOV]\n"
                            "MINISTER [~GOV]\n"
                            "CONGRESS!PERSON! [~LEG]\n"
                            "POLICE {} [~COP]\n"
                            "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n"
                            "RELIEF_AGENCY [NGO~]\n";

/* PETRARCH-1 verbs: "--- NAME [code] ---" blocks */
static const char *PETR_VERBS = "&MONEY\n"
                                "+GOLD COINS\n"
                                "+DOLLARS\n"
                                "+PESO\n"
                                "&KIND\n"
                                "+ECONOMIC\n"
                                "+MILITARY\n"
                                "\n"
                                "--- GIVE [070] ---\n"
                                "GIVE {GAVE GIVEN GIVES GIVING}\n"
                                "- * &MONEY [071]\n"
                                "- * NEW_&KIND_AID [073]\n"
                                "--- ARRIVE [032:033] ---\n"
                                "ARRIVE\n"
                                "--- VISIT [042] ---\n"
                                "VISIT\n"
                                "--- CONDEMN [122] ---\n"
                                "CONDEMN\n"
                                "- HEAVILY UNJUSTLY * [123]\n"
                                "- NEITHER * [081]\n"
                                "--- AGREE [081] ---\n"
                                "AGREE\n"
                                "- * WITH % [031]\n"
                                "- % * [030:030]\n"
                                "--- SIGN [081] ---\n"
                                "SIGN\n"
                                "- * TRADE PROTOCOL [085]\n"
                                "--- ALLOW [080] ---\n"
                                "ALLOW\n"
                                "- * REALLY_PLEASANT [024]\n"
                                "- RECENTLY_* [025]\n"
                                "--- CLOSE [192] ---\n"
                                "CLOSE\n"
                                "--- SEIZE [1711] ---\n"
                                "SEIZE\n"
                                "WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n"
                                "--- DEPART [032] ---\n"
                                "DEPART\n"
                                "--- PARADE [017] ---\n"
                                "PARADE\n"
                                "--- CELEBRATE [181] ---\n"
                                "CELEBRATE\n"
                                "- * FEAST IN ^ + [045]\n"
                                "- + HOSTING * HARVEST $ [046]\n"
                                "--- FREE [066] ---\n"
                                "FREE\n"
                                "- + * FROM $ [066]\n"
                                "--- QUESTION [---] ---\n"
                                "QUESTION\n"
                                "- BEGUN * [212]\n"
                                "--- RESTORE [064] ---\n"
                                "RESTORE\n";

/* TABARI verbs: no blocks; a space in a synonym-set member lets words in */
static const char *TAB_VERBS = "&MONEY\n"
                               "+GOLD COIN\n"
                               "GIVE {GAVE GIVEN GIVES GIVING} [070]\n"
                               "- * &MONEY [071]\n";

/* Codes text with the given verb file and the test actors and agents. */
static char *code_with(const char *verbs, const char *text)
{
    dicts_t d;
    dict_opts_t o = {NULL, write_file("p.verbs.txt", verbs), write_file("p.actors.txt", ACTORS),
                     write_file("p.agents.txt", AGENTS), NULL, -1};
    assert_int_equal(dicts_load(&d, &o), 0);
    char *r = test_code_story(&d, text, 20200101);
    dicts_free(&d);
    return r;
}

typedef struct {
    const char **verbs, *text, *want;
} petr_case_t;

/* Each mechanism on sentences written for it. */
static const petr_case_t CASES[] = {
    /* a PETRARCH synonym-set member's words stand one right after the other */
    {&PETR_VERBS, "Northland gave gold coins to Southland.", "NTH>STH:071@1"},
    {&PETR_VERBS, "Northland gave gold and silver coins to Southland.", "NTH>STH:070@1"},
    /* in TABARI files a space lets words in, and the last word is a stem */
    {&TAB_VERBS, "Northland gave gold and silver coins to Southland.", "NTH>STH:071@1"},
    /* a synonym set glued into a word: NEW_&KIND_AID */
    {&PETR_VERBS, "Northland gave new economic aid to Southland.", "NTH>STH:073@1"},
    {&PETR_VERBS, "Northland gave new aid to Southland.", "NTH>STH:070@1"},
    /* "will give" stays 073: TABARI and PETRARCH codes are not made intents */
    {&PETR_VERBS, "Northland will give new economic aid to Southland.", "NTH>STH:073@1"},
    /* "--- ARRIVE [032:033] ---": a visit, and the other side receiving it */
    {&PETR_VERBS, "Northland arrived in Southland.", "NTH>STH:032@1 STH>NTH:033@1"},
    /* PETRARCH took its verbs from a parse: "a brief private visit" is a noun */
    {&PETR_VERBS, "Northland began a brief private visit to Southland.", ""},
    {&PETR_VERBS, "Northland will visit Southland.", "NTH>STH:042@1"},
    /* "NORTHLAND TELEVISION": a space lets one word in; '_' joins words */
    {&PETR_VERBS, "Southland condemned Northland television.", "STH>NTHTV:122@1"},
    {&PETR_VERBS, "Southland condemned Northland public television.", "STH>NTHTV:122@1"},
    {&PETR_VERBS, "Southland condemned Northland new public television.", "STH>NTH:122@1"},
    {&PETR_VERBS, "Southland condemned Northland state radio.", "STH>NTHRAD:122@1"},
    {&PETR_VERBS, "Southland condemned Northland public state radio.", "STH>NTH:122@1"},
    /* "CONGRESS!PERSON!" with "!PERSON! = MAN, MEN" */
    {&PETR_VERBS, "Southland congressmen condemned Northland.", "STHLEG>NTH:122@1"},
    /* "POLICE {}": no plural, and a whole word, not a stem */
    {&PETR_VERBS, "Northland condemned Southland police.", "NTH>STHCOP:122@1"},
    {&PETR_VERBS, "Northland condemned Southland polices.", "NTH>STH:122@1"},
    /* "GOLDEN_GOOSE {GOLDEN_GEESE}": the plural given */
    {&PETR_VERBS, "Northland condemned Southland golden geese.", "NTH>STHGGS:122@1"},
    /* '%' before the verb: a group whose members act on each other */
    {&PETR_VERBS, "Northland and Southland agree.", "NTH>STH:030@1 STH>NTH:030@1"},
    /* '%' after the verb (PETRARCH): the subject toward each member */
    {&PETR_VERBS, "Westland agrees with Northland and Southland.",
     "WST>NTH:031@1 WST>STH:031@1"},
    /* PETRARCH matched pattern words anywhere in the verb phrase: more
     * words, and actors, may stand between; the target is the first actor */
    {&PETR_VERBS, "Northland signed an 800 million ducat trade protocol with Southland.",
     "NTH>STH:085@1"},
    {&PETR_VERBS, "Northland allowed that Southland is a really pleasant place.", "NTH>STH:024@1"},
    /* PETRARCH names are whole words (no TABARI stems), with regular plurals */
    {&PETR_VERBS, "Northland condemned Southland diplomatic staff.", "NTH>STH:122@1"},
    {&PETR_VERBS, "Northland condemned Southland diplomats.", "NTH>STHGOV:122@1"},
    /* "RECENTLY_*": the word right before the verb */
    {&PETR_VERBS, "Northland recently allowed Southland to leave.", "NTH>STH:025@1"},
    {&PETR_VERBS, "Northland recently did allow Southland to leave.", "NTH>STH:080@1"},
    /* a stem verb's -ed form after "was", with "by": passive; without, active */
    {&PETR_VERBS, "Southland was condemned by Northland.", "NTH>STH:122@1"},
    {&PETR_VERBS, "Southland was condemned over the dispute with Northland.", "STH>NTH:122@1"},
    /* PETRARCH: a capital after "in" is a target too */
    {&PETR_VERBS, "Northland will visit friends in Southcity.", "NTH>STHGOV:042@1"},
    /* PETRARCH: after "very" a verb is an adjective */
    {&PETR_VERBS, "Northland moved very close to Southland.", ""},
    /* a PETRARCH agent with no actor is an actor of its own, "---" + its code */
    {&PETR_VERBS, "A senior minister condemned Southland.", "---GOV>STH:122@1"},
    /* "WIRE_+TAP": '+' marks the word that inflects */
    {&PETR_VERBS, "Northland wire tapped Southland.", "NTH>STH:1711@1"},
    {&PETR_VERBS, "Northland wire taps Southland.", "NTH>STH:1711@1"},
    /* "RELIEF_AGENCY [NGO~]": the role goes before the actor's code */
    {&PETR_VERBS, "The relief agency Northland condemned Southland.", "NGONTH>STH:122@1"},
    /* "Deputy" of "Northland's Deputy Minister Aldo" is no name */
    {&PETR_VERBS, "Northland's Deputy Minister Aldo condemned Southland.", "NTHGOV>STH:122@1"},
    /* PETRARCH words are whole words with regular forms, not TABARI stems */
    {&PETR_VERBS, "Northland departed from Southland.", "NTH>STH:032@1"},
    {&PETR_VERBS, "Northland departx from Southland.", ""},
    {&PETR_VERBS, "Northland gave pesos to Southland.", "NTH>STH:071@1"},
    /* "an anti- Southland parade": a noun phrase, with an actor inside */
    {&PETR_VERBS, "Northland joined an anti- Southland parade.", ""},
    /* "in south Westland" is the object of "in": the verbs share Northland */
    {&PETR_VERBS, "Northland condemned the rally in south Westland and visited Southland.",
     "NTH>WST:122@1 NTH>STH:042@1"},
    /* PETRARCH '^' skips a noun phrase: here the actor "Westland" */
    {&PETR_VERBS, "Northland celebrated a feast in Westland with the people of Southland.",
     "NTH>STH:045@1"},
    /* "to celebrate" after an actor, but the pattern binds both sides itself */
    {&PETR_VERBS, "Northland will be hosting Westland to celebrate harvest with Southland.",
     "STH>NTH:046@1"},
    /* "TWIN_CITIES [NTH/WST]": a PETRARCH actor naming two at once */
    {&PETR_VERBS, "The twin cities condemned Southland.", "NTH>STH:122@1 WST>STH:122@1"},
    /* PETRARCH: "ministers in Southland" are Southland's */
    {&PETR_VERBS, "The ministers in Southland condemned Northland.", "STHGOV>NTH:122@1"},
    /* PETRARCH: "and" may stand between two pattern words */
    {&PETR_VERBS, "Northland heavily and unjustly condemned Southland.", "NTH>STH:123@1"},
    /* "X and the Y agree": a plural subject, not "the Y" modifying a noun;
     * "(SL)" after a name is the same actor */
    {&PETR_VERBS, "Northland and the Southland (SL) agree.", "NTH>STH:030@1 STH>NTH:030@1"},
    /* "the ministers of Southland" are Southland's alone */
    {&PETR_VERBS, "Westland and the ministers of Southland condemned Northland.",
     "WST>NTH:122@1 STHGOV>NTH:122@1"},
    /* PETRARCH: "Northland's awful and evil minister Aldo": one actor, NTHGOV */
    {&PETR_VERBS, "Northland's awful and evil minister Aldo condemned Southland.",
     "NTHGOV>STH:122@1"},
    /* PETRARCH: "neither X nor Y", and a list with adjectives after commas */
    {&PETR_VERBS, "Neither Northland nor Westland condemned Southland.",
     "NTH>STH:081@1 WST>STH:081@1"},
    {&PETR_VERBS, "Evil Northland, the awful Westland, condemned Southland.",
     "NTH>STH:122@1 WST>STH:122@1"},
    /* PETRARCH: "Northland congressmen and diplomats": both roles Northland's */
    {&PETR_VERBS, "Northland congressmen and diplomats condemned Southland.",
     "NTHLEG>STH:122@1 NTHGOV>STH:122@1"},
    /* PETRARCH: a pattern's actor may stand as far off as its words */
    {&PETR_VERBS, "Southland's old palace guard was freed from Northland.", "NTH>STH:066@1"},
    /* the target search passes a pronoun standing for the source ... */
    {&PETR_VERBS, "Aldo Brandt has begun to question whether he values a future with Southland.",
     "NTHGOV>STH:212@1"},
    /* ... and, in a PETRARCH file, reads to the end of the verb phrase */
    {&PETR_VERBS,
     "Northland has begun to question whether its long and troubled future really lies with "
     "the people of Southland.",
     "NTH>STH:212@1"},
    /* PETRARCH resumes its verb search past a matched verb phrase: a clause
     * subordinate to it gives no event of its own ... */
    {&PETR_VERBS, "Northland condemned Southland after Westland seized Southland ships.",
     "NTH>STH:122@1"},
    /* ... unless the verb before it matched nothing ... */
    {&PETR_VERBS, "Northland talked to Southland after Westland seized Southland ships.",
     "WST>STH:1711@1"},
    /* ... or a comma opens a new clause */
    {&PETR_VERBS, "Northland condemned Southland after the talks, as Westland seized Southland ships.",
     "NTH>STH:122@1 WST>STH:1711@1"},
    /* a comma between modifiers stays inside the noun phrase: the target
     * search goes on; after a noun phrase it does not */
    {&PETR_VERBS, "Northland restored complete, full diplomatic ties with Southland.",
     "NTH>STH:064@1"},
    {&PETR_VERBS, "Northland restored order, officials of Southland said.", ""},
};

static void test_petrarch_cases(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        char *got = code_with(*CASES[i].verbs, CASES[i].text);
        if (strcmp(got, CASES[i].want)) print_message("%s\n", CASES[i].text);
        assert_string_equal(got, CASES[i].want);
        free(got);
    }
}

int test_petrarch_run(void)
{
    const struct CMUnitTest t[] = {
        cmocka_unit_test(test_petrarch_cases),
    };
    return cmocka_run_group_tests_name("petrarch", t, NULL, NULL);
}
