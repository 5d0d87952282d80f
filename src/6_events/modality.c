/* modality.c -- is an act negated, planned or not the speaker's own: the
 * negation and intent words before a verb, the intent code of an act, a
 * measure decided (coded as the act), a headline's "X to VERB", an attempt
 * that failed, an infinitive whose subject is another verb's object. */
#include "6_events/modality.h"

#include <stdio.h>
#include <string.h>

#include "3_sentences/words.h"
#include "lib/util.h"

/* Is w (folded) a negation word ("not", "refused", ...)? */
int modality_negation(const char *w)
{
    return (words_class(w, strlen(w)) & WC_NEG) != 0;
}

void modality_intent_code(const char *code, char out[8])
{
    if (!code[0] || !code[1]) {          /* "" (no paired code) stays "" */
        snprintf(out, 8, "%s", code);
        return;
    }
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    const char *r = code;
    switch (root) {
    case 4: r = "036"; break;
    case 5: r = "030"; break;
    case 6:
        r = !strncmp(code, "061", 3) ? "0311" : !strncmp(code, "062", 3) ? "0312"
            : !strncmp(code, "063", 3) ? "0313" : !strncmp(code, "064", 3) ? "0314" : "031";
        break;
    case 7:
        r = !strncmp(code, "071", 3) ? "0331" : !strncmp(code, "072", 3) ? "0332"
            : !strncmp(code, "073", 3) ? "0333" : !strncmp(code, "074", 3) ? "0334" : "033";
        break;
    case 8: r = "035"; break;
    case 14: r = "133"; break;
    case 15: case 18: case 19: case 20: r = "138"; break;
    case 16: r = "131"; break;
    case 17: r = "137"; break;
    default: break;
    }
    util_copy(out, 8, r, SIZE_MAX);
}

/* Is token q a word of a phrase of time or an adverb that may stand
 * between an intent word and its verb: "agreed in 2022 to sell", "agreed
 * in January to improve", "agreed to gradually resume"? */
static int modality_time_or_adverb(const tokens_t *tk, uint32_t q)
{
    const char *w = token_folded(tk, q);
    size_t n = tk->t[q].flen;
    if (words_names_date(tk, q)) return 1;   /* "in 2022", "in January" */
    if (tk->t[q].flags & TOK_NUM) return 0;
    if (words_in(w, (const char *const[]){"in", "year", "weeks", "months", "ago", NULL})) return 1;
    /* an adverb in lower case ("gradually", "eventually"; not "Italy") */
    return n > 5 && !strcmp(w + n - 2, "ly") && !(tk->t[q].flags & TOK_CAP) &&
           (tk->t[q].flags & TOK_WORD);
}

int modality_control(const tokens_t *tk, uint32_t q)
{
    if (q + 1 >= tk->n || !token_is(tk, q + 1, "to")) return 0;
    const char *w = token_folded(tk, q);
    /* a threat or a plan in a form that is no intent word of its own
     * ("did not threaten to", "is seeking to") */
    if (words_in(w, (const char *const[]){"threaten", "threatening", "seeking", "preparing",
                                          "pledging", "promising", "vowing", "agreeing",
                                          "intending", "aiming", "prepare", "prepares",
                                          "likely", "slated", "looking", "hoping",
                                          "expecting", "commitment", "commitments", NULL}))
        return 2;
    return words_in(w, (const char *const[]){
               "decide", "decides", "decided", "deciding", "try", "tries", "tried", "trying",
               "attempt", "attempts", "attempted", "attempting", "vote", "votes", "voted",
               "voting", "resolve", "resolves", "resolved", "choose", "chooses", "chose",
               "chosen", "opt", "opts", "opted", "move", "moves", "moved", "moving", NULL});
}

/* Looks back from the verb for a negation or an intent word, over
 * auxiliaries, adverbs, phrases of time and a verb that hands its act to
 * the infinitive ("did not threaten to impose", "decided to break").
 * Returns 1 when negated; sets *intent. */
int modality_scan(const tokens_t *tk, uint32_t vs, uint32_t limit,
                  const char **intent, uint32_t *itok)
{
    *intent = NULL;
    if (!tk->fold.s) return 0;
    int steps = 0;
    for (uint32_t q = vs; q-- > limit && steps < 8; steps++) {
        uint16_t wc = tk->t[q].wc;
        if (wc & WC_NEG) return 1;
        if (!*intent && (wc & WC_INTENT)) {
            *intent = tk->fold.s + tk->t[q].foff;
            *itok = q;
            continue;
        }
        if (token_is(tk, q, "to") && q > 0) {
            if (token_is(tk, q - 1, "is") || token_is(tk, q - 1, "are") ||
                token_is(tk, q - 1, "was") || token_is(tk, q - 1, "were"))
                *intent = tk->fold.s + tk->t[q].foff, *itok = q;
            continue;
        }
        if (q + 1 < vs && (tk->t[q].flags & TOK_WORD)) {
            int ctl = modality_control(tk, q);
            if (ctl == 1 && modality_failed_attempt(tk, q, vs)) return 1;   /* no act */
            if (ctl == 2 && !*intent) *intent = tk->fold.s + tk->t[q].foff, *itok = q;
            if (ctl) continue;
        }
        if (!(wc & WC_AUX) && !modality_time_or_adverb(tk, q)) break;
    }
    return 0;
}

int modality_purpose_scan(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                          uint32_t vs, uint32_t limit, const char **intent, uint32_t *itok)
{
    if (!tk->fold.s || vs < 2 || !token_is(tk, vs - 1, "to")) return 0;
    for (uint32_t q = vs - 1; q-- > limit && q + 14 > vs;) {
        uint16_t wc = tk->t[q].wc;
        if (ms->at[q] >= 0) {
            /* "travel to Moscow to meet": a place; "invited Putin to
             * return": an object, whose act the infinitive is */
            uint32_t a = ms->m[ms->at[q]].start;
            while (a > 0 && (tk->t[a - 1].wc & WC_DET)) a--;
            if (a == 0 || !(tk->t[a - 1].wc & WC_PREP)) return 0;
            q = a;
            continue;
        }
        if (verbtok[q]) return 0;   /* another act's verb: its own plan */
        if ((wc & WC_BOUNDARY) || token_is(tk, q, ",") || token_is(tk, q, "and") || (wc & WC_SPEECH))
            return 0;
        if (wc & WC_NEG) return 1;
        if (wc & WC_INTENT) {
            *intent = tk->fold.s + tk->t[q].foff;
            *itok = q;
            return 0;
        }
    }
    return 0;
}

/* Is the verb an infinitive whose subject is an object of another verb
 * ("urged X to respect Y", "asked them to leave")? Then it is not an act of
 * the sentence's subject, and not coded. */
int modality_is_complement(const tokens_t *tk, const mentions_t *ms, uint32_t vs,
                           int unnamed)
{
    uint32_t q = vs;
    while (q > 0 && words_in(token_folded(tk, q - 1), (const char *const[]){
                                 "also", "further", "jointly", "formally", "\"", NULL}))
        q--;
    if (q < 2 || !token_is(tk, q - 1, "to")) return 0;
    const char *before = token_folded(tk, q - 2);
    if (ms->at[q - 2] >= 0 || words_in(before, (const char *const[]){
                                  "them", "him", "her", "it", "us", "others", NULL}))
        return 1;
    /* an unnamed object (annalist's dictionaries only): "urged the
     * international community to pressure" */
    for (uint32_t k = q - 2; unnamed && k > 0 && k + 6 > q; k--) {
        const char *w = token_folded(tk, k - 1);
        if (!strcmp(w, ",") || ms->at[k - 1] >= 0) return 0;
        if (words_in(w, (const char *const[]){"urged", "urges", "urge", "asked", "asks",
                                               "pressed", "presses", "encouraged", "invited",
                                               "ordered", "orders", "instructed", NULL}) ||
            (words_in(w, (const char *const[]){"on", "upon", NULL}) && k >= 2 &&
             words_in(token_folded(tk, k - 2),
                      (const char *const[]){"called", "calls", "call", "calling", NULL})))
            return k + 1 < q;
    }
    return 0;
}

int modality_denied(const tokens_t *tk, const uint8_t *verbtok, uint32_t vs, uint32_t limit)
{
    uint32_t that = vs;
    for (uint32_t q = vs; q-- > limit && q + 12 > vs;) {
        /* "and" joins two names ("that Iran and the United States had"),
         * not two clauses */
        int names = token_is(tk, q, "and") && q + 1 < vs &&
                    ((tk->t[q + 1].flags & TOK_CAP) ||
                     (token_is(tk, q + 1, "the") && q + 2 < vs && (tk->t[q + 2].flags & TOK_CAP)));
        if ((tk->t[q].wc & WC_BOUNDARY) || token_is(tk, q, ",") ||
            (token_is(tk, q, "and") && !names) || verbtok[q])
            return 0;
        if (token_is(tk, q, "that")) {
            that = q;
            break;
        }
    }
    /* "did not mean that Tehran had resumed talks", "there is no evidence
     * that": a word of saying, meaning or showing, negated, asserts none of
     * the clause it opens */
    if (that < vs && that > limit + 1 &&
        words_in(token_folded(tk, that - 1), (const char *const[]){
                     "mean", "means", "meant", "say", "says", "said", "suggest", "suggests",
                     "imply", "implies", "indicate", "indicates", "show", "shows", "prove",
                     "proves", "evidence", "proof", "true", "confirm", "confirmed", NULL}))
        for (uint32_t q = that - 1; q-- > limit && q + 4 > that;) {
            if (tk->t[q].wc & WC_NEG) return 1;
            if ((tk->t[q].wc & WC_BOUNDARY) || token_is(tk, q, ",")) break;
        }
    /* the denial and the accusation it denies, five words at most */
    for (uint32_t q = that; q-- > limit && q + 6 > that;) {
        const char *w = token_folded(tk, q);
        if ((w[0] == 'd' || w[0] == 'r') && words_in(w, (const char *const[]){"denied", "denies", "deny", "denying", "rejected",
                                              "rejects", "reject", "rejecting", "dismissed",
                                              "dismisses", "dismissing", "refuted", "refutes",
                                              NULL}))
            return 1;
        /* the accusation denied: a noun, though "claims" is also a word of
         * speech ("denied Ukraine's claims that") */
        if (words_in(w, (const char *const[]){"accusations", "accusation", "allegations",
                                              "allegation", "claims", "claim", "charges",
                                              "reports", NULL}))
            continue;
        if ((tk->t[q].wc & (WC_BOUNDARY | WC_SPEECH)) || token_is(tk, q, ",") || token_is(tk, q, "and") ||
            verbtok[q])
            return 0;
    }
    return 0;
}

/* Is the verb at token vs in the perfect ("have fought", "has long
 * relied", "had already visited"): "has", "have" or "had" before it, over
 * two adverbs at most? */
static int modality_perfect(const tokens_t *tk, uint32_t vs)
{
    for (uint32_t q = vs, k = 0; q-- > 0 && k < 3; k++) {
        if (words_in(token_folded(tk, q), (const char *const[]){"has", "have", "had", "'ve", NULL}))
            return 1;
        if (!words_in(token_folded(tk, q), (const char *const[]){
                          "long", "already", "also", "often", "since", "twice", NULL}))
            return 0;
    }
    return 0;
}

int modality_habitual(const tokens_t *tk, const uint8_t *verbtok, uint32_t vs, uint32_t hi)
{
    if (!tk->fold.s) return 0;
    /* "carries out regular air raids", "hold routine talks" */
    for (uint32_t q = vs; q < hi && q < tk->n; q++)
        if ((tk->t[q].flen == 7 || tk->t[q].flen == 8) &&   /* their lengths */
            words_in(token_folded(tk, q), (const char *const[]){
                         "regular", "routine", "frequent", "periodic", NULL}))
            return 1;
    if (!modality_perfect(tk, vs)) return 0;
    /* "have fought three wars", "has visited Australia several times",
     * "has clashed with Trump before" */
    for (uint32_t q = vs + 1; q < tk->n && q < vs + 12; q++) {
        if (token_is(tk, q, "before") &&
            (q + 1 >= tk->n || words_in(token_folded(tk, q + 1), (const char *const[]){
                                   ",", ".", "over", "and", "but", "--", NULL})))
            return 1;
        if ((tk->t[q].wc & WC_BOUNDARY) || token_is(tk, q, ",") || (q >= hi && verbtok[q]))
            return 0;
        const char *w = token_folded(tk, q);
        if (q + 1 < tk->n &&
            ((tk->t[q].flags & TOK_NUM) ||
             words_in(w, (const char *const[]){"two", "three", "four", "five", "six", "several",
                                               "many", "multiple", "numerous", "countless",
                                               NULL})) &&
            words_in(token_folded(tk, q + 1), (const char *const[]){
                         "times", "wars", "occasions", NULL}))
            return 1;
    }
    return 0;
}

/* Is code a measure a government takes by deciding it: reducing relations
 * (16x: suspending, halting, freezing, sanctions, recalling an envoy,
 * closing an embassy) or a coercive administrative act (170-174: banning,
 * seizing, arresting, expelling)? */
static int modality_measure(const char *code)
{
    return code[0] == '1' &&
           (code[1] == '6' || (code[1] == '7' && (!code[2] || (code[2] >= '0' && code[2] <= '4'))));
}

/* Is w a verb that announces or takes a decision ("announced", "agreed",
 * "voted", "ordered", "approved")? */
static int modality_decision_word(const char *w)
{
    return words_in(w, (const char *const[]){
        "announce", "announces", "announced", "announcing", "decide", "decides", "decided",
        "agree", "agrees", "agreed", "order", "orders", "ordered", "approve", "approves",
        "approved", "vote", "votes", "voted", "resolved", "confirmed", "confirms", NULL});
}

int modality_decided(const tokens_t *tk, const uint8_t *verbtok, uint32_t itok, uint32_t vs,
                     const char *code, int headline)
{
    if (!modality_measure(code) || itok >= vs) return 0;
    /* "would expel them if Minsk does not": a condition is a threat */
    for (uint32_t q = vs + 1; q < tk->n; q++) {
        if (token_is(tk, q, ".") || token_is(tk, q, ";")) break;
        if (token_is(tk, q, "if") || token_is(tk, q, "unless")) return 0;
    }
    const char *w = token_folded(tk, itok);
    if (headline && !strcmp(w, "to")) return 1;   /* "UK to expel 23 Russian diplomats" */
    if (modality_decision_word(w)) return 1;      /* "agreed to impose", "agree sanctions" */
    if (!words_in(w, (const char *const[]){"will", "would", "shall", "'ll", NULL})) return 0;
    /* "announced that the UK would suspend", "decided it will close": the
     * decision verb before the clause, over its subject and "that" */
    for (uint32_t q = itok, k = 0; q-- > 0 && k < 10; k++) {
        const char *x = token_folded(tk, q);
        if (modality_decision_word(x)) return 1;
        if (verbtok[q] || (tk->t[q].wc & (WC_BOUNDARY | WC_NEG | WC_SPEECH | WC_INTENT)) ||
            token_is(tk, q, ","))
            return 0;
    }
    return 0;
}

int modality_headline_to(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                         uint32_t vs)
{
    if (vs < 2 || !token_is(tk, vs - 1, "to") || ms->at[vs - 2] < 0) return 0;
    /* no verb before the actor ("Maldives asks India to withdraw"), back
     * to the headline's start or its colon ("Spy poisoning: UK to expel") */
    for (uint32_t q = ms->m[ms->at[vs - 2]].start; q-- > 0;) {
        if (token_is(tk, q, ":") || token_is(tk, q, "-")) break;
        if (verbtok[q] || (tk->t[q].wc & (WC_SPEECH | WC_INTENT | WC_PREP | WC_NEG))) return 0;
        /* a verb the dictionaries do not know: "Russia urges ..." */
        if ((tk->t[q].flags & TOK_WORD) && !(tk->t[q].flags & TOK_CAP) && q > 0 &&
            (token_ends(tk, q, "s") || token_ends(tk, q, "ed")))
            return 0;
    }
    return 1;
}

int modality_failed_attempt(const tokens_t *tk, uint32_t q, uint32_t vs)
{
    if (!words_in(token_folded(tk, q), (const char *const[]){
            "tried", "tries", "try", "trying", "attempted", "attempts", "attempt",
            "attempting", NULL}))
        return 0;
    /* "tried unsuccessfully to", "tried in vain to" */
    if (q + 1 < vs && words_in(token_folded(tk, q + 1), (const char *const[]){
                                   "unsuccessfully", "vainly", "in", NULL}))
        return 1;
    /* "tried to telephone Modi but had not been able to reach him" */
    for (uint32_t k = vs + 1; k < tk->n && k < vs + 20; k++) {
        if (token_is(tk, k, ".") || token_is(tk, k, ";")) return 0;
        if (!token_is(tk, k, "but")) continue;
        for (uint32_t j = k + 1; j < tk->n && j < k + 6; j++)
            if ((tk->t[j].wc & WC_NEG) || token_is(tk, j, "unable") ||
                token_is(tk, j, "unsuccessful") || token_is(tk, j, "vain"))
                return 1;
        return 0;
    }
    return 0;
}

int modality_obligation(const tokens_t *tk, uint32_t vs)
{
    /* over two auxiliaries or adverbs: "should also be", "must immediately" */
    uint32_t q = vs;
    for (int k = 0; k < 2 && q > 0 && (tk->t[q - 1].wc & WC_AUX) && !token_is(tk, q - 1, "to"); k++)
        q--;
    if (q == 0 || (tk->t[q - 1].flen != 4 && tk->t[q - 1].flen != 6)) return 0;
    return words_in(token_folded(tk, q - 1), (const char *const[]){"must", "should", NULL});
}

int modality_mandated(const tokens_t *tk, const mentions_t *ms, uint32_t vs)
{
    /* the actor right before the verb, the verb in its base form
     * ("Damascus withdraw", not "withdraws", "withdrew", "had withdrawn") */
    if (vs < 3 || ms->at[vs - 1] < 0 || token_ends(tk, vs, "ed")) return 0;
    const mention_t *subj = &ms->m[ms->at[vs - 1]];
    if (subj->end != vs) return 0;
    uint32_t q = subj->start;
    while (q > 0 && (tk->t[q - 1].wc & WC_DET)) q--;   /* "that the Syrian government" */
    if (q < 2 || !token_is(tk, q - 1, "that")) return 0;
    const char *w = token_folded(tk, q - 2);
    static const char *const stems[] = {"demand", "insist", "urg", "ask", "request", "propos",
                                        "recommend", "suggest", "requir", NULL};
    for (size_t k = 0; stems[k]; k++)
        if (!strncmp(w, stems[k], strlen(stems[k]))) return 1;
    return 0;
}

int modality_naming(const tokens_t *tk, const mentions_t *ms, uint32_t vs)
{
    if (!words_in(token_folded(tk, vs), (const char *const[]){"call", "calls", "called",
                                                               "calling", NULL}))
        return 0;
    /* "condemned what he called Russia's ...", "what Beijing calls" */
    uint32_t q = vs;
    if (q > 0 && (ms->at[q - 1] >= 0 || (tk->t[q - 1].wc & WC_PERSONAL) ||
                  words_in(token_folded(tk, q - 1), (const char *const[]){"they", "it", "we",
                                                                          NULL})))
        q = ms->at[q - 1] >= 0 ? ms->m[ms->at[q - 1]].start : q - 1;
    if (q > 0 && token_is(tk, q - 1, "what")) return 1;
    /* "calling the diplomat \"very insolent\"": a quotation or a verdict
     * after the object, before any comma or preposition */
    for (uint32_t k = vs + 1; k < tk->n && k < vs + 9; k++) {
        if (token_is(tk, k, "\"") || (tk->t[k].wc & WC_EVAL)) return 1;
        if ((tk->t[k].wc & (WC_BOUNDARY | WC_PREP)) || token_is(tk, k, ",")) return 0;
    }
    return 0;
}
