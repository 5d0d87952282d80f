/* reaction.c -- a reaction told in the same sentence as the act it answers:
 * "China sanctioned three US firms, a move Washington condemned", "...,
 * which Kyiv condemned", "..., prompting Tallinn to recall its ambassador",
 * "..., drawing condemnation from Japan". The reaction is aimed at whoever
 * did the act before the comma. */
#include "6_events/reaction.h"

#include <string.h>

#include "3_sentences/words.h"
#include "6_events/attributed.h"
#include "6_events/subject.h"
#include "lib/util.h"

/* Words that say an act led another side to act: ", prompting X to ...",
 * ", drawing condemnation from X". */
static const char *const reaction_causes[] = {
    "prompting", "forcing", "leading", "causing", "pushing", "spurring", "drawing",
    "sparking", "triggering", "provoking", "earning", NULL};

/* The comma before token p, over at most three lower-case words after an
 * article (", a move", ", an idea", ", a decision that", ", which"); the
 * comma's token, or 0 when p opens no such clause. */
static uint32_t reaction_comma(const tokens_t *tk, uint32_t p)
{
    if (p < 2) return 0;
    if (words_in(token_folded(tk, p - 1), (const char *const[]){"which", "that", NULL})) {
        p--;
        if (token_is(tk, p - 1, ",") && token_is(tk, p, "which")) return p - 1;
    }
    /* ", a move", ", an idea", ", a step widely" */
    uint32_t q = p;
    for (int k = 0; k < 3 && q > 0 && (tk->t[q - 1].flags & TOK_WORD) &&
                    !(tk->t[q - 1].flags & (TOK_CAP | TOK_NUM)) &&
                    !(tk->t[q - 1].wc & (WC_PREP | WC_BOUNDARY | WC_DET | WC_SPEECH));
         k++)
        q--;
    if (q == p || q < 2 || !words_in(token_folded(tk, q - 1), (const char *const[]){"a", "an", NULL}) ||
        !token_is(tk, q - 2, ","))
        return 0;
    return q - 2;
}

/* The source of the sentence's latest act before token comma (an event of
 * out, or an act that named no target) that src reacts to: another side
 * than src. 1 and *p filled, else 0. */
static int reaction_to(const tokens_t *tk, const mentions_t *ms, const events_t *out,
                       const mention_t *src, uint32_t comma, mention_t *p)
{
    const mention_t *a = NULL;
    for (size_t i = out->n; i-- > 0 && !a;)
        if (out->e[i].verb_tok < comma) a = &out->e[i].src;
    if (!a && out->nacts) a = &out->acts[out->nacts - 1].src;
    /* "Hungary proposed a Christmas truce, an idea Zelensky rejected": an
     * act with no event of its own, by the clause's subject */
    int32_t subj = a ? -1 : subject_find(tk, ms, comma, subject_clause_start(tk, comma), -1,
                                         out->verbtok);
    if (subj >= 0) a = &ms->m[subj];
    if (!a || !strncmp(a->country, src->country, 3)) return 0;
    *p = *a;
    p->start = comma;
    p->end = comma + 1;
    p->group = -1;
    p->how = "event referred to";
    return 1;
}

int reaction_target(const tokens_t *tk, const mentions_t *ms, const events_t *out,
                    const mention_t *src, const char *code, uint32_t lo, mention_t *p)
{
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root != 2 && root != 5 && root != 16 && (root < 10 || root > 13)) return 0;
    /* the source's group, then the auxiliaries to the verb: "a decision
     * Colombia had requested", "which Kyiv swiftly condemned" */
    int32_t f = src->start < tk->n ? ms->at[src->start] : -1;
    while (f > 0 && ms->m[f - 1].group == ms->m[f].group) f--;
    uint32_t s = f >= 0 ? ms->m[f].start : src->start;
    while (s > 0 && token_is(tk, s - 1, "the")) s--;
    for (uint32_t q = src->end; q < lo; q++)
        if (ms->at[q] < 0 && !(tk->t[q].wc & (WC_AUX | WC_PASSADV)) && !token_is(tk, q, "and"))
            return 0;
    uint32_t comma = reaction_comma(tk, s);
    /* ", prompting Tallinn to recall": the act the infinitive names */
    if (!comma && s >= 2 && words_in(token_folded(tk, s - 1), reaction_causes) &&
        token_is(tk, s - 2, ",") && lo >= 1 && token_is(tk, lo - 1, "to"))
        comma = s - 2;
    return comma && reaction_to(tk, ms, out, src, comma, p);
}

int reaction_caused(const tokens_t *tk, const mentions_t *ms, uint32_t vs)
{
    uint32_t q = vs;
    if (q < 4 || !token_is(tk, q - 1, "to") || ms->at[q - 2] < 0) return 0;
    int32_t f = ms->at[q - 2];
    while (f > 0 && ms->m[f - 1].group == ms->m[f].group) f--;
    uint32_t s = ms->m[f].start;
    return s >= 2 && words_in(token_folded(tk, s - 1), reaction_causes) &&
           token_is(tk, s - 2, ",");
}

void reaction_nouns(const tokens_t *tk, const mentions_t *ms, events_t *out)
{
    if (!ms->n) return;   /* no one to react ("from Japan") */
    for (uint32_t c = 0; c + 4 < tk->n; c++) {
        if (!token_is(tk, c, ",") || !words_in(token_folded(tk, c + 1), reaction_causes))
            continue;
        /* ", drawing condemnation from Japan and South Korea", ", prompting
         * a sharp protest from Belgrade" */
        uint32_t q = c + 2;
        for (int k = 0; k < 3 && q < tk->n && !token_is(tk, q, "from"); k++) q++;
        if (q + 1 >= tk->n || !token_is(tk, q, "from") || ms->at[q + 1] < 0 ||
            !words_in(token_folded(tk, q - 1), (const char *const[]){
                          "condemnation", "criticism", "protest", "protests", "rebuke",
                          "outrage", "anger", "censure", NULL}))
            continue;
        for (int32_t g = ms->at[q + 1], j = g; j < (int32_t)ms->n && ms->m[j].group == ms->m[g].group; j++) {
            mention_t tgt;
            if (!reaction_to(tk, ms, out, &ms->m[j], c, &tgt)) continue;
            event_push_rule(out, &ms->m[j], &tgt, "111", q - 1,
                            "a reaction to the act before it ('..., drawing condemnation from X')");
        }
    }
}

int32_t reaction_by_agent(const tokens_t *tk, const mentions_t *ms, const char *code, uint32_t hi)
{
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root != 1 && root != 2 && root != 5 && (root < 10 || root > 13)) return -1;
    if (hi >= tk->n || !(tk->t[hi].wc & WC_DET) || ms->at[hi] >= 0) return -1;
    /* "condemned the expulsion of its diplomats by Greece", "the use of
     * sound cannon by the government against demonstrators" */
    for (uint32_t q = hi + 1; q + 1 < tk->n && q < hi + 9; q++) {
        /* "condemned the bombing of a hospital blamed on Israel" */
        int32_t doer = attributed_doer(tk, ms, q);
        if (doer >= 0) return doer;
        if (token_is(tk, q, ",") || (tk->t[q].wc & (WC_BOUNDARY | WC_SPEECH))) return -1;
        if (!token_is(tk, q, "by")) continue;
        uint32_t a = q + 1;
        while (a < tk->n && token_is(tk, a, "the")) a++;
        return a < tk->n ? ms->at[a] : -1;
    }
    return -1;
}
