/* words.c -- closed word classes. */
#include "words.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <xxhash.h>

static const char *const words_boundaries[] = {".", ";", ":", "!", "?", "but", "while", "whereas",
                                    "although", "though", "because", "after", "before",
                                    "when", "since", "until", "unless", "if", "where",
                                    "which", "who", "whom", "despite", "-", "(", ")", NULL};

int words_is_boundary(const char *w) { return words_in(w, words_boundaries); }

static const char *const words_preps[] = {
        "with", "of", "to", "by", "in", "from", "against", "for", "among", "between",
        "at", "on", "into", "over", "towards", "toward", "about", "than", "under",
        "like", "including", "amid", "across", "around", "through", "via", "within",
        "near", "beside", "behind", "per", "upon", "onto", "during", NULL};

int words_is_prep(const char *w) { return words_in(w, words_preps); }

static const char *const words_dets[] = {"a", "an", "the", "this", "these", "those", "its",
                                    "his", "her", "their", "our", "my", "your", "'s",
                                    "'", "any", "every", "each", "no", NULL};

int words_is_determiner(const char *w) { return words_in(w, words_dets); }

const char *const words_negations[] = {
    "not", "n't", "never", "neither", "nor", "refused", "refuses", "refuse",
    "declined", "declines", "decline", "failed", "fails", "fail", "denied", "denies",
    "deny", "without", "rejected", "ruled", "no", "cannot", "unable", NULL};

const char *const words_intents[] = {
    "will", "would", "shall", "'ll", "plan", "plans", "planned", "planning", "intend",
    "intends", "intended", "agree", "agrees", "agreed", "pledge", "pledges", "pledged",
    "promise", "promises", "promised", "vow", "vows", "vowed", "expected", "expects",
    "willing", "ready", "hope", "hopes", "hoped", "want", "wants", "wanted", "seek",
    "seeks", "sought", "offer", "offers", "offered", "going", "aim", "aims", "aimed",
    "prepared", "due", "committed", "considering", "could", "may", "might", "set",
    "proposed", "proposes", "threatened", "threatens", "scheduled", "poised", "invitation",
    "invited", "wish", "wishes", "wished", "keen", "eager", "willingness", "readiness", NULL};

const char *const words_speech[] = {
    "said", "says", "say", "announced", "announces", "reported", "reports", "claimed",
    "claims", "stated", "states", "confirmed", "confirms", "believes", "believed",
    "thinks", "thought", "insisted", "insists", "added", "adds", "noted", "notes",
    "stressed", "argued", "argues", "suggested", "revealed", "acknowledged", "alleged",
    "alleges", "told", "warned", "warns", "feared", "fears", "hoped", "hopes", "knew",
    "learned", "heard", "denied", "denies", "explained", "recalled", "admitted", NULL};

const char *const words_aux[] = {
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "do", "does",
    "did", "to", "also", "today", "yesterday", "again", "further", "then", "now",
    "still", "formally", "officially", "publicly", "jointly", "reportedly",
    "already", "recently", "earlier", "later", "soon", "once", "first", "finally",
    "strongly", "swiftly", "quickly", "immediately", "virtually", "personally",
    "both", "all", "each", "\"", "'", "last", "this", "week", "month", "on",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "morning", "night", "afternoon", "evening", "step", "up", "and", NULL};

const char *const words_be[] = {"is", "are", "was", "were", "be", "been", "being",
                                "got", "get", "gets", NULL};

const char *const words_passive_adverbs[] = {
    "also", "reportedly", "strongly", "publicly", "sharply", "widely", "repeatedly",
    "formally", "officially", "allegedly", "not", "later", "then", "already", "recently",
    "jointly", NULL};

const char *const words_role_modifiers[] = {
    "new", "top", "deputy", "acting", "senior", "then", "chief", "interim", "incoming",
    "outgoing", "visiting", "own", "vice", "assistant", "junior", "current", "main",
    "sitting", "first", "the",
    /* a ministry's or minister's portfolio: "the Israeli health ministry",
     * "the Russian emergencies ministry", "Japan's economy minister" */
    "health", "emergencies", "emergency", "energy", "economy", "economic", "commerce",
    "education", "agriculture", "environment", "culture", "information", "communications",
    "transport", "tourism", "labour", "labor", "industry", "trade", "interior", "security",
    "immigration", "oil", "petroleum", "mines", "fisheries",
    /* an envoy's brief: "Seoul's top nuclear envoy", "Beijing's special envoy" */
    "nuclear", "special", NULL};

const char *const words_side_starts[] = {"the", "both", "each", "one", "them", NULL};

const char *const words_personal[] = {"he", "she", "him", "his", "her", "its", "their", "whose",
                                      NULL};

const char *const words_verdicts[] = {"called",   "described", "describes", "branded",  "brands",
                                      "labelled", "labeled",   "termed",    "dubbed",   "regarded",
                                      "regards",  NULL};

const char *const words_evaluative[] = {
    /* verdicts (111) */
    "unacceptable", "unjustified", "unjustifiable", "illegal", "unlawful", "illegitimate",
    "disproportionate", "escalation", "escalatory", "provocation", "provocations",
    "provocative", "aggressive", "reckless", "irresponsible", "dangerous", "hostile",
    /* of conduct */
    "unfriendly", "insolent", "outrageous", "unprovoked", "barbaric", "cowardly", "heinous",
    "deplorable", "reprehensible", "destabilising", "destabilizing", "brutal", "bullying",
    "affront", "intimidation", "coercion", "coercive", "arrogant", "hypocritical",
    "hypocrisy",
    /* charges (112: evaluative.c) */
    "culpable", "guilty", "complicit", "responsible", "aggression", "hijacking", "piracy",
    "blackmail", "terror", "terrorism", "interference", "meddling", "espionage",
    /* "no justification for the attack" (evaluative.c) */
    "justification", NULL};

const char *const words_months[12] = {"january", "february", "march", "april", "may",
                                     "june", "july", "august", "september", "october",
                                     "november", "december"};
const char *const words_months3[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                      "jul", "aug", "sep", "oct", "nov", "dec"};
const char *const words_weekdays[7] = {"sunday", "monday", "tuesday", "wednesday",
                                      "thursday", "friday", "saturday"};
/* the other words when_resolve() starts an expression with */
static const char *const words_time[] = {"sept", "yesterday", "today", "tonight", "tomorrow",
                                         "this", "last", "next", "coming", NULL};

/* All class words in one small hash table, built once (pthread_once), so
 * that classifying a token is one lookup. */
#define WORDS_SLOTS 1024   /* about 300 words: kept under half full */
static struct {
    char w[16];
    uint16_t c;
} words_table[WORDS_SLOTS];
static pthread_once_t words_once = PTHREAD_ONCE_INIT;

static size_t words_slot(const char *w, size_t n)
{
    size_t i = (size_t)XXH3_64bits(w, n) & (WORDS_SLOTS - 1);
    while (words_table[i].w[0] && (strlen(words_table[i].w) != n || memcmp(words_table[i].w, w, n)))
        i = (i + 1) & (WORDS_SLOTS - 1);
    return i;
}

/* Calls put(word, class, ctx) for every word of every class list. */
static void words_each(void (*put)(const char *w, uint16_t c, void *ctx), void *ctx)
{
    static const char *const stops[] = {",", "and", "or", NULL};
    static const struct {
        const char *const *list;
        size_t n;   /* 0: up to its NULL */
        uint16_t c;
    } lists[] = {
        {words_boundaries, 0, WC_BOUNDARY}, {words_preps, 0, WC_PREP},
        {words_dets, 0, WC_DET},            {stops, 0, WC_GAPSTOP},
        {words_negations, 0, WC_NEG},       {words_intents, 0, WC_INTENT},
        {words_aux, 0, WC_AUX},             {words_speech, 0, WC_SPEECH},
        {words_be, 0, WC_BE},               {words_passive_adverbs, 0, WC_PASSADV},
        {words_role_modifiers, 0, WC_ROLEMOD}, {words_side_starts, 0, WC_SIDES},
        {words_personal, 0, WC_PERSONAL},  {words_verdicts, 0, WC_VERDICT},
        {words_evaluative, 0, WC_EVAL},
        {words_months, 12, WC_TIME},
        {words_months3, 12, WC_TIME},       {words_weekdays, 7, WC_TIME},
        {words_time, 0, WC_TIME},
    };
    for (size_t l = 0; l < sizeof lists / sizeof *lists; l++)
        for (size_t k = 0; lists[l].n ? k < lists[l].n : lists[l].list[k] != NULL; k++)
            put(lists[l].list[k], lists[l].c, ctx);
}

static void words_put_table(const char *w, uint16_t c, void *ctx)
{
    (void)ctx;
    size_t i = words_slot(w, strlen(w));
    snprintf(words_table[i].w, sizeof words_table[i].w, "%s", w);
    words_table[i].c |= c;
}

static void words_build(void) { words_each(words_put_table, NULL); }

static void words_put_vocab(const char *w, uint16_t c, void *ctx)
{
    vocab_add_tags(ctx, w, strlen(w), c);
}

void words_tag_vocab(vocab_t *v) { words_each(words_put_vocab, v); }

uint16_t words_class(const char *w, size_t n)
{
    pthread_once(&words_once, words_build);
    return n < sizeof words_table[0].w ? words_table[words_slot(w, n)].c : 0;
}

void words_classify(tokens_t *tk, const vocab_t *v)
{
    uint16_t wcs = 0;
    for (size_t i = 0; i < tk->n; i++) wcs |= tk->t[i].wc = vocab_tags(v, tk->t[i].id);
    /* "has since reopened its embassy": an adverb of time, no clause begins */
    for (size_t i = 1; i < tk->n; i++)
        if (token_is(tk, i, "since") &&
            (token_is(tk, i - 1, "has") || token_is(tk, i - 1, "have") || token_is(tk, i - 1, "had")))
            tk->t[i].wc &= (uint16_t)~WC_BOUNDARY;
    tk->wcs = wcs;   /* a boundary bit cleared above may stay: more, never fewer */
    tk->wcs_n = tk->n + 1;
}

int words_names_date(const tokens_t *tk, uint32_t q)
{
    const char *w = token_folded(tk, q);
    if (tk->t[q].flags & TOK_NUM) return tk->t[q].flen == 4 && (w[0] == '1' || w[0] == '2');
    for (int m = 0; m < 12; m++)
        if (w[0] == words_months[m][0] && !strcmp(w, words_months[m])) return 1;
    return 0;
}
