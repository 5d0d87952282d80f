/* purpose.c -- infinitives of purpose after an object or a place ("visited
 * the DRC to hold talks with Kabila", "will be in Brussels to meet his
 * counterparts"), told apart from an object that is the infinitive's
 * subject ("urged Uganda to hold talks"). */
#include "6_events/purpose.h"

#include <string.h>

#include "3_sentences/words.h"

/* The verbs whose object is the subject of the infinitive after it
 * ("urged Iran to", "helped Ukraine to", "summoned the envoy to explain"),
 * by their base form; a form in -s, -es, -ed, -d, -ing (a doubled last
 * consonant too: "begged") or one of the irregular forms counts. */
static const char *const purpose_control[] = {
    "urge", "ask", "invite", "press", "pressure", "pressurise", "pressurize", "push",
    "encourage", "order", "instruct", "tell", "allow", "permit", "enable", "help",
    "assist", "force", "compel", "oblige", "persuade", "convince", "warn", "advise",
    "require", "authorize", "authorise", "want", "expect", "need", "request",
    "challenge", "beg", "implore", "exhort", "prompt", "lead", "cause", "train",
    "teach", "remind", "direct", "command", "empower", "inspire", "drive", "provoke",
    "tempt", "pay", "hire", "appoint", "elect", "nominate", "choose", "select", "get",
    "like", "prefer", "wish", "mandate", "commission", "task", "recruit", "entrust",
    "summon", "dare", "lobby", "petition", "incite", "spur", "nudge", "coax", "bribe",
    "arm", "equip", "fund", "finance", "sponsor", "mobilise", "mobilize", "rally",
    "designate", "empower", "license", "oblige", "entitle", "leave", "trust", "believe",
    "consider", "judge", "find", "declare", "show", "prove", "report", "know", "see",
    "hear", "let", "make", "set", NULL};
static const char *const purpose_control_irregular[] = {
    "told", "led", "taught", "paid", "chose", "chosen", "drove", "driven", "got", "gotten",
    "left", "found", "shown", "proven", "knew", "known", "saw", "seen", "heard", "made",
    "bade", "bid", NULL};

/* Is the folded word w, of n bytes, a form of a verb of purpose_control? */
static int purpose_controls(const char *w, size_t n)
{
    if (words_in(w, purpose_control) || words_in(w, purpose_control_irregular)) return 1;
    static const char *const ends[] = {"ing", "ies", "ied", "es", "ed", "s", "d"};
    char stem[40];
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t l = strlen(ends[k]);
        if (n <= l + 1 || n - l + 2 > sizeof stem || strcmp(w + n - l, ends[k])) continue;
        size_t s = n - l;
        memcpy(stem, w, s);
        stem[s] = '\0';
        if (ends[k][0] == 'i' && ends[k][1] != 'n') stem[s++] = 'y', stem[s] = '\0';   /* "tried" */
        if (words_in(stem, purpose_control)) return 1;
        /* "urging", "urged": the base ends in "e" */
        stem[s] = 'e', stem[s + 1] = '\0';
        if (words_in(stem, purpose_control)) return 1;
        /* "begged", "begging": a doubled last consonant */
        if (s >= 3 && stem[s - 1] == stem[s - 2]) {
            stem[s - 1] = '\0';
            if (words_in(stem, purpose_control)) return 1;
        }
    }
    return 0;
}

/* Is the folded word w, of n bytes, a form of a verb that, with "to"
 * before its object, passes the object on as the infinitive's subject
 * ("appealed to Moscow to stop", "called to the army to", "signalled to
 * Tehran to")? */
static int purpose_appeals(const char *w, size_t n)
{
    static const char *const stems[] = {"appeal", "plead", "signal", "call", "cried",
                                        "cry", "shout", "gesture", "beckon", "look", NULL};
    for (size_t k = 0; stems[k]; k++) {
        size_t l = strlen(stems[k]);
        if (n >= l && !memcmp(w, stems[k], l)) return 1;
    }
    return 0;
}

int purpose_after_actor(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                        uint32_t vs, const char *code, uint32_t *gov, int32_t *obj)
{
    uint32_t q = vs;
    while (q > 0 && ((tk->t[q - 1].wc & WC_PASSADV) ||
                     (!(tk->t[q - 1].flags & TOK_CAP) && tk->t[q - 1].flen >= 5 &&
                      token_ends(tk, q - 1, "ly"))))
        q--;   /* "to jointly hold" */
    if (!verbtok || q < 3 || !token_is(tk, q - 1, "to")) return 0;
    uint32_t o = q - 1;   /* "telephoned Erdogan on Sunday to express" */
    for (int k = 0; k < 3 && o > 2 && ((tk->t[o - 1].wc & WC_TIME) ||
                                       (token_is(tk, o - 1, "on") && (tk->t[o].wc & WC_TIME)));
         k++)
        o--;
    int32_t m = ms->at[o - 1];
    if (m < 0 || ms->m[m].end != o) return 0;
    while (m > 0 && ms->m[m - 1].group == ms->m[m].group) m--;   /* "Kenya and Uganda" */
    *obj = m;
    /* back over the object's articles, possessives, numbers and two plain
     * words ("his 29 Nato counterparts", "the war-torn DRC") */
    uint32_t a = ms->m[m].start;
    for (int plain = 0; a > 0 && ms->at[a - 1] < 0 && !verbtok[a - 1];) {
        const token_t *t = &tk->t[a - 1];
        if ((t->wc & (WC_DET | WC_PERSONAL)) || (t->flags & TOK_NUM)) {
            a--;
            continue;
        }
        if (plain < 2 && (t->flags & TOK_WORD) && !(t->flags & TOK_CAP) && !t->wc) {
            a--, plain++;
            continue;
        }
        break;
    }
    if (a == 0) return 0;
    if (token_is(tk, a - 1, "in") || token_is(tk, a - 1, "at")) return 1;
    int to = 0;
    if (!verbtok[a - 1]) {
        /* "flew to Tbilisi to show", "sent his ministers to Harare to
         * meet": the actor is where the verb before "to" goes or sends,
         * over an object of three plain words at most, or an actor */
        if (a < 2 || !token_is(tk, a - 1, "to")) return 0;
        /* "sent 15 personnel to Honiara to help the RSIPF", "troops to
         * Mali to fight": aid or force sent is the sending's act */
        if ((code[0] == '0' && code[1] == '7') || (code[0] == '1' && code[1] >= '5') ||
            code[0] == '2')
            return 0;
        uint32_t v = a - 1;
        if (ms->at[v - 1] >= 0) v = ms->m[ms->at[v - 1]].start;   /* "sent Lavrov to" */
        for (int k = 0; k < 3 && v > 0 && !verbtok[v - 1] && ms->at[v - 1] < 0 &&
                        ((tk->t[v - 1].wc & (WC_DET | WC_PERSONAL)) ||
                         ((tk->t[v - 1].flags & TOK_WORD) && !(tk->t[v - 1].flags & TOK_CAP) &&
                          !(tk->t[v - 1].wc & (WC_BOUNDARY | WC_PREP | WC_GAPSTOP | WC_NEG |
                                               WC_INTENT | WC_AUX | WC_SPEECH | WC_BE))));
             k++)
            v--;
        if (v == 0 || !verbtok[v - 1]) return 0;
        a = v;
        to = 1;
    }
    uint32_t g = a - 1;
    while (g > 0 && verbtok[g - 1]) g--;
    for (uint32_t k = g; k < a; k++)   /* "has urged", "called on" */
        if (purpose_controls(token_folded(tk, k), tk->t[k].flen) ||
            /* "appealed to Moscow to stop": the one appealed to acts */
            (to && purpose_appeals(token_folded(tk, k), tk->t[k].flen)))
            return 0;
    *gov = g;
    return 2;
}
