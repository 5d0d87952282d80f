/* reported.c -- the speaker's act in what it reports: '"The EU's
 * unfriendly measures will not stop us," the Russian foreign ministry
 * said', "Manila said Chinese vessels had illegally entered the waters":
 * a speaker who tells another country's act in words that condemn it
 * criticizes that country (111); "Lin said Japan must stop": one who says
 * what another must do demands it (100). */
#include "6_events/reported.h"

#include <string.h>

#include "3_sentences/words.h"
#include "6_events/subject.h"

/* Is the word at token q one that condemns an act ("unfriendly",
 * "illegally", "provocations", "violated")? Words that only tell of harm
 * ("attack", "threat") are not: a victim's side says them too. */
static int reported_condemns(const tokens_t *tk, uint32_t q)
{
    /* each is of five letters or more and starts with one of these */
    const uint32_t first = 1u << ('a' - 'a') | 1u << ('b' - 'a') | 1u << ('c' - 'a') |
                           1u << ('d' - 'a') | 1u << ('g' - 'a') | 1u << ('h' - 'a') |
                           1u << ('i' - 'a') | 1u << ('m' - 'a') | 1u << ('o' - 'a') |
                           1u << ('p' - 'a') | 1u << ('r' - 'a') | 1u << ('u' - 'a') |
                           1u << ('v' - 'a');
    const char *w = token_folded(tk, q);
    unsigned c = (unsigned char)w[0] - 'a';
    if (tk->t[q].flen < 5 || c > 25 || !(first >> c & 1)) return 0;
    return words_in(w, (const char *const[]){
        "illegal", "illegally", "unlawful", "unlawfully", "illegitimate", "unacceptable",
        "unjustified", "unjustifiable", "baseless", "groundless", "unfounded", "provocation",
        "provocations", "provocative", "violation", "violations", "violated", "violating",
        "aggression", "aggressive", "aggressively", "hostile", "unfriendly", "blackmail",
        "irresponsible", "reckless", "recklessly", "outrageous", "unprovoked", "piracy",
        "barbaric", "cowardly", "heinous", "deplorable", "reprehensible", "malign", "malicious",
        "destabilizing", "destabilising", "meddling", "abuse", "abuses", "repression",
        "repressive", "brutality", "atrocities", "intimidation", "harassment", "bullying",
        "coercion", "coercive", NULL});
}

/* Is token q a word of speech that opens what is reported after it? */
static inline int reported_speech(const tokens_t *tk, uint32_t q)
{
    return (tk->t[q].wc & WC_SPEECH) && !(tk->t[q].wc & WC_NEG) &&
           words_in(token_folded(tk, q), (const char *const[]){
               "said", "says", "added", "adds", "stated", "claimed", "claims", "told", "noted",
               "stressed", "insisted", "argued", "alleged", "warned", NULL});
}

/* Does the condemning word stand within a few words of mention m, its act
 * told in [a, b): after it ("Chinese vessels had illegally entered",
 * "the EU's unfriendly measures"), or before the "by" that opens it
 * ("provocations by the North Korean regime")? Not across a comma, another
 * actor or a negation, nor after a passive ("refugees were subjected to
 * unlawful treatment": m suffered the act). 1 or 0. */
static int reported_attached(const tokens_t *tk, const mentions_t *ms, int32_t m, uint32_t a,
                             uint32_t b)
{
    uint32_t s = ms->m[m].start, e = ms->m[m].end;
    uint32_t p = s;
    /* "by the regime", "by nine Chinese vessels": a determiner, a number */
    for (int w = 0; w < 2 && p > a && (tk->t[p - 1].flags & TOK_WORD) &&
                    !(tk->t[p - 1].flags & TOK_CAP) && !(tk->t[p - 1].wc & (WC_PREP | WC_BOUNDARY));
         w++)
        p--;
    /* not "of": "abuses of Palestinian rights", "a violation of the
     * Vienna Convention" name what suffered */
    if (p > a && token_is(tk, p - 1, "by"))
        for (uint32_t k = p - 1; k-- > a && k + 5 >= p;) {
            if (token_is(tk, k, "\"")) continue;   /* 'its "aggressive actions" by' */
            if (token_is(tk, k, ",") || (tk->t[k].wc & (WC_BOUNDARY | WC_NEG)) || ms->at[k] >= 0) break;
            if (reported_condemns(tk, k)) return 1;
        }
    for (uint32_t k = e; k < b && k < e + 5; k++) {
        if (token_is(tk, k, "\"")) continue;
        if (token_is(tk, k, ",") || (tk->t[k].wc & (WC_BOUNDARY | WC_NEG)) || ms->at[k] >= 0)
            return 0;
        if (reported_condemns(tk, k)) return 1;
        /* "were subjected to", "was hit by": a form of "be" before a
         * word that is no verdict makes m what was acted on ("was
         * considered a violation" is a verdict) */
        if ((tk->t[k].wc & WC_BE) && k + 1 < b && !reported_condemns(tk, k + 1) &&
            !(tk->t[k + 1].wc & WC_DET) &&
            !words_in(token_folded(tk, k + 1), (const char *const[]){
                "considered", "deemed", "regarded", "seen", "viewed", NULL}))
            return 0;
    }
    return 0;
}

/* "Lin said Japan must stop", '"Washington should lift the sanctions,"
 * Lavrov said': the actor that opens what is said [a, b) (after "that",
 * quote marks, "the") followed by "must" or "should" (adverbs aside), not
 * of a passive ("Israel must be punished") nor of the past ("should have
 * acted"). Returns that actor and sets *code to 100 (must: a demand) or
 * 020 (should: an appeal); -1 when none. */
static int32_t reported_demanded(const tokens_t *tk, const mentions_t *ms, uint32_t a, uint32_t b,
                                 const char **code)
{
    while (a < b && (token_is(tk, a, "that") || token_is(tk, a, "\"") || token_is(tk, a, "the")))
        a++;
    if (a >= b || ms->at[a] < 0) return -1;
    int32_t m = ms->at[a];
    uint32_t k = ms->m[m].end;
    while (k < b && (token_is(tk, k, "\"") || (tk->t[k].wc & WC_PASSADV))) k++;
    if (k + 1 >= b) return -1;
    int must = token_is(tk, k, "must");
    if (!must && !token_is(tk, k, "should")) return -1;
    uint32_t v = k + 1;
    if (token_is(tk, v, "not")) v++;
    if (v >= b || token_is(tk, v, "have") ||
        (token_is(tk, v, "be") && v + 1 < b && tk->t[v + 1].flen > 2 &&
         token_ends(tk, v + 1, "ed")))
        return -1;
    *code = must ? "100" : "020";
    return m;
}

/* Adds speaker sp's criticism of the first actor of another country whose
 * act [a, b) tells in condemning words, at token say; 1 when added. */
static int reported_one(const tokens_t *tk, const mentions_t *ms, int32_t sp, uint32_t a,
                        uint32_t b, uint32_t say, events_t *out)
{
    const mention_t *s = &ms->m[sp];
    if (!s->code[0] || (s->start >= a && s->start < b)) return 0;
    /* "Machimura, who is due to visit Beijing on Sunday, said": the acts
     * of a relative clause on the speaker are not what it says */
    uint32_t aside = s->end + 1 < say && token_is(tk, s->end, ",") &&
                             (tk->t[s->end + 1].wc & WC_BOUNDARY) &&
                             words_in(token_folded(tk, s->end + 1),
                                      (const char *const[]){"who", "which", NULL})
                         ? say
                         : 0;
    for (size_t i = 0; i < out->n; i++)
        if (!strncmp(out->e[i].src.country, s->country, 3) &&
            !(out->e[i].verb_tok > s->end && out->e[i].verb_tok < aside))
            return 0;   /* the speaker's own */
    const char *code;
    int32_t d = reported_demanded(tk, ms, a, b, &code);
    if (d >= 0 && ms->m[d].code[0] && strncmp(ms->m[d].country, s->country, 3)) {
        event_push_rule(out, s, &ms->m[d], code, say,
                        "what a speaker says another must or should do ('said Japan must "
                        "stop')");
        return 1;
    }
    for (uint32_t k = a; k < b; k++) {
        int32_t m = ms->at[k];
        if (m < 0) continue;
        const mention_t *t = &ms->m[m];
        k = t->end - 1;
        if (!t->code[0] || !strncmp(t->country, s->country, 3) ||
            (strlen(t->code) >= 6 && !strcmp(t->code + 3, "CVL")))
            continue;
        if (!reported_attached(tk, ms, m, a, b)) continue;
        /* the acts it accuses t's side of are its words, not acts */
        size_t w = 0;
        for (size_t i = 0; i < out->n; i++)
            if (!(out->e[i].verb_tok >= a && out->e[i].verb_tok < b &&
                  !strncmp(out->e[i].src.country, t->country, 3)))
                event_keep(out, &w, i);
        out->n = w;
        event_push_rule(out, s, t, "111", say,
                        "a speaker's words that condemn another's act ('said Chinese "
                        "vessels had illegally entered')");
        return 1;
    }
    return 0;
}

int reported_at(const tokens_t *tk, const mentions_t *ms, uint32_t q, int32_t subj,
                events_t *out)
{
    if (ms->n < 2 || !reported_speech(tk, q)) return 0;
    /* '"...," the ministry said': what the quotation closing a few words
     * before says */
    uint32_t c = q;
    while (c > 0 && c + 8 > q && !token_is(tk, c - 1, "\"")) c--;
    if (c > 0 && token_is(tk, c - 1, "\"")) {
        uint32_t open = tk->n, quotes = 0;
        for (uint32_t k = 0; k + 1 < c; k++)
            if (token_is(tk, k, "\"")) quotes++, open = k;
        int32_t sp = quotes & 1 ? subject_speaker_after(tk, ms, c - 1) : -1;
        if (sp >= 0) return reported_one(tk, ms, sp, open + 1, c - 1, q, out);
    }
    /* "Manila said Chinese vessels had ...": to the next word of speech */
    uint32_t b = q + 1;
    while (b < tk->n && !reported_speech(tk, b)) b++;
    return subj >= 0 && reported_one(tk, ms, subj, q + 1, b, q, out);
}
