/* between.c -- meetings told by a noun whose two sides follow it
 * ("talks between Armenia and Azerbaijan"), when the sentence has no
 * other event. */
#include "6_events/between.h"

#include <stdint.h>
#include <string.h>

#include "3_sentences/words.h"

/* The code of a meeting noun at token i: "046" talks, "040" meeting,
 * NULL for another word. *of is set when "of" may name its sides
 * ("a meeting of X and Y"). */
static const char *between_noun(const tokens_t *tk, uint32_t i, int *of)
{
    const token_t *t = &tk->t[i];
    *of = 0;
    if (t->flen < 5 || t->flen > 13) return NULL;
    const char *w = token_folded(tk, i);
    if (words_in(w, (const char *const[]){"talks", "negotiations", NULL})) return "046";
    if (words_in(w, (const char *const[]){"meeting", "meetings", "summit", NULL})) {
        *of = 1;
        return "040";
    }
    if (words_in(w, (const char *const[]){"discussions", "consultations", "dialogue", NULL}))
        return "040";
    return NULL;
}

/* Is the meeting at token i one to come ("the upcoming talks", "planned
 * meeting", "ahead of talks"), or no meeting held: denied ("no talks"),
 * only asked for or served ("called for talks between", "urged dialogue
 * between", "to facilitate talks between": the appeal is the act, not a
 * meeting), or years of history ("months of talks between")? 1 to come,
 * -1 no meeting, 0 a meeting; the three words before it are read. */
static int between_modality(const tokens_t *tk, uint32_t i)
{
    for (uint32_t q = i, k = 0; q > 0 && k < 3; q--, k++) {
        const char *w = token_folded(tk, q - 1);
        if (tk->t[q - 1].wc & WC_NEG) return -1;
        if (words_in(w, (const char *const[]){"upcoming", "planned", "proposed", "next",
                                              "future", "possible", "ahead", "expected",
                                              "potential", NULL}))
            return 1;
        if (words_in(w, (const char *const[]){"for", "urged", "urges", "urge", "urging",
                                              "encouraged", "encourages", "encourage",
                                              "encouraging", "promote", "promotes",
                                              "promoting", "facilitate", "facilitated",
                                              "facilitating", "broker", "brokered",
                                              "brokering", "mediate", "mediated",
                                              "mediating", NULL}) ||
            (q >= 2 && token_is(tk, q - 2, "to") && !(tk->t[q - 1].wc & WC_DET)) ||
            (q >= 2 && token_is(tk, q - 1, "of") &&
             words_in(token_folded(tk, q - 2),
                      (const char *const[]){"months", "years", "decades", "weeks", NULL})))
            return -1;
        if (tk->t[q - 1].wc & (WC_BOUNDARY | WC_GAPSTOP | WC_PREP)) break;
    }
    return 0;
}

/* The meeting noun whose sides are named after the word at token q, or
 * -1: q is "between" and the noun stands before it, three plain words at
 * most between them ("a meeting was held between"), or q is "of" right
 * after "meeting" or "summit". Sets *code to the noun's code. */
static int64_t between_noun_before(const tokens_t *tk, const mentions_t *ms, uint32_t q,
                                   const char **code)
{
    int of;
    if (token_is(tk, q, "of"))
        return q > 0 && (*code = between_noun(tk, q - 1, &of)) != NULL && of ? (int64_t)q - 1 : -1;
    for (uint32_t i = q, k = 0; i > 0 && k < 4; i--, k++) {
        if ((*code = between_noun(tk, i - 1, &of)) != NULL) return (int64_t)i - 1;
        if (ms->at[i - 1] >= 0 || !(tk->t[i - 1].flags & TOK_WORD) ||
            (tk->t[i - 1].wc & (WC_BOUNDARY | WC_GAPSTOP)))
            return -1;
    }
    return -1;
}

/* "the joint Japan-Taiwan exercises", "India-Pakistan talks": the
 * pair of one hyphenated word right before the noun at token i (both
 * mentions of its group end at i) meets, or trains with, the other. */
static void between_pair_before(const tokens_t *tk, const mentions_t *ms, uint32_t i,
                                events_t *out)
{
    int of;
    const char *code = between_noun(tk, i, &of);
    if (!code && words_in(token_folded(tk, i), (const char *const[]){"exercises", "drills", NULL}))
        code = "062";
    if (!code || i == 0 || ms->at[i - 1] < 0 || between_modality(tk, i) < 0) return;
    const mention_t *side[2];
    size_t n = 0;
    for (size_t j = 0; j < ms->n; j++)
        if (ms->m[j].group == ms->m[ms->at[i - 1]].group) {
            if (n == 2 || ms->m[j].end != i) return;
            side[n++] = &ms->m[j];
        }
    if (n < 2 || event_same_actor(side[0], side[1])) return;
    if (between_modality(tk, i) > 0) code = "036";
    for (size_t a = 0; a < 2; a++)
        event_push_rule(out, side[a], side[1 - a], code, i, "a joint act of a hyphenated pair");
}

void between_meetings(const tokens_t *tk, const mentions_t *ms, events_t *out)
{
    if (out->n) return;
    for (uint32_t q = 1; q < tk->n && !out->n; q++)
        if (ms->at[q - 1] >= 0 && ms->at[q] < 0 && (tk->t[q].flags & TOK_WORD))
            between_pair_before(tk, ms, q, out);
    if (out->n) return;
    for (uint32_t q = 0; q + 1 < tk->n; q++) {
        /* asked at every word of a sentence with no event: "between" and
         * "of" are told by their length and first letter first */
        const token_t *t = &tk->t[q];
        if (!((t->flen == 7 && token_folded(tk, q)[0] == 'b' && token_is(tk, q, "between")) ||
              (t->flen == 2 && token_is(tk, q, "of"))))
            continue;
        const char *code;
        int64_t noun = between_noun_before(tk, ms, q, &code);
        if (noun < 0) continue;
        uint32_t p = q + 1;
        while (p < tk->n && (tk->t[p].wc & WC_DET) && ms->at[p] < 0) p++;
        if (p >= tk->n || ms->at[p] < 0 || ms->m[ms->at[p]].start != p) continue;
        int32_t first = ms->at[p];
        int mod = between_modality(tk, (uint32_t)noun);
        if (mod < 0) continue;
        if (mod > 0) code = "036";
        /* the sides: the group that opens there, in the order named */
        const mention_t *side[ACTOR_MAX_PER_SENTENCE];
        size_t n = 0;
        uint32_t end = p;
        for (size_t j = (size_t)first; j < ms->n && n < ACTOR_MAX_PER_SENTENCE; j++)
            if (ms->m[j].group == ms->m[first].group) side[n++] = &ms->m[j], end = ms->m[j].end;
        /* "the talks between X and Y have not produced a deal": the state
         * of talks, no meeting told */
        int denied = 0;
        for (uint32_t k = end; k < tk->n && k < end + 3; k++) denied |= (tk->t[k].wc & WC_NEG) != 0;
        if (denied) continue;
        for (size_t a = 0; n >= 2 && a < n; a++)
            for (size_t b = 0; b < n; b++)
                if (a != b && !event_same_actor(side[a], side[b]))
                    event_push_rule(out, side[a], side[b], code, (uint32_t)noun,
                                    "a meeting noun with both sides after it");
        if (out->n) return;
    }
}
