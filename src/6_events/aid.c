/* aid.c -- aid and pledges to the country of a story's disaster, when a
 * sentence names no recipient ("Norway pledged $3.9 million."). */
#include "6_events/aid.h"

#include <stdio.h>
#include <string.h>

#include "3_sentences/words.h"
#include "6_events/modality.h"
#include "6_events/subject.h"
#include "lib/util.h"

/* Is the word at token i one of a natural disaster ("quake-hit" too)? */
static int aid_disaster(const tokens_t *tk, uint32_t i)
{
    static const char *const stems[] = {"earthquake", "quake", "typhoon", "cyclone", "hurricane",
                                        "flood", "tsunami", "landslide", "eruption", "drought",
                                        "famine", "wildfire", "bushfire", "mudslide", NULL};
    /* asked at every word of a story's first sentences: the stems are of
     * five letters or more, and most words differ at their first letter */
    if (tk->t[i].flen < 5) return 0;
    const char *w = token_folded(tk, i);
    /* their first letters: b c d e f h l m q t w */
    unsigned c = (unsigned char)w[0] - 'a';
    if (c >= 26 || !((0x4918BEu >> c) & 1)) return 0;
    for (int k = 0; stems[k]; k++)
        if (w[0] == stems[k][0] && !strncmp(w, stems[k], strlen(stems[k]))) return 1;
    return 0;
}

/* Is m a state's mention (its country three letters)? */
static int aid_state(const mention_t *m)
{
    return m->country[0] && m->country[1] && m->country[2] && !m->country[3];
}

void aid_crisis_note(const tokens_t *tk, const mentions_t *ms, events_t *out)
{
    if (out->crisis[0] || out->sentence >= 3) return;
    for (uint32_t i = 0; i < tk->n; i++) {
        if (!aid_disaster(tk, i)) continue;
        /* the nearest country within four words: "Nepal earthquake",
         * "quake-hit Myanmar", "to Nepal after earthquake" */
        for (uint32_t d = 0; d <= 4; d++) {
            int32_t m = i + d < tk->n ? ms->at[i + d] : -1;
            if (m < 0 && i >= d) m = ms->at[i - d];
            if (m >= 0 && aid_state(&ms->m[m])) {
                memcpy(out->crisis, ms->m[m].country, 4);
                return;
            }
        }
        /* "an earthquake struck near Mandalay" */
        if (out->place[0]) {
            memcpy(out->crisis, out->place, 4);
            return;
        }
    }
}

/* The kind of aid verb at token i: 's' sending, 'p' pledging, 0 none. */
static int aid_verb(const tokens_t *tk, uint32_t i)
{
    static const char *const send[] = {"sent", "send", "sends", "sending", "dispatched",
                                       "dispatch", "dispatches", "dispatching", "flew", "flown",
                                       "airlifted", "donated", "donates", "delivered", NULL};
    static const char *const pledge[] = {"pledged", "pledge", "pledges", "pledging", "promised",
                                         "committed", NULL};
    const char *w = token_folded(tk, i);
    if (words_in(w, send)) return 's';
    if (words_in(w, pledge)) return 'p';
    return 0;
}

/* Is the word at token i one that names aid, money or rescuers? */
static int aid_object(const tokens_t *tk, uint32_t i)
{
    static const char *const words[] = {"aid", "relief", "supplies", "rescuers", "rescue",
                                        "medical", "doctors", "tents", "blankets", "food",
                                        "meals", "medicine", "medicines", "hospital", "tonnes",
                                        "tons", "assistance", "humanitarian", "emergency",
                                        "million", "billion", "funds", "funding", "$", "water",
                                        NULL};
    return words_in(token_folded(tk, i), words);
}

/* Adds the act of mention src toward the crisis country. */
static void aid_add(events_t *out, const mention_t *src, uint32_t verb, const char *code,
                    const char *intent, uint32_t itok)
{
    for (size_t i = 0; i < out->n; i++)
        if (!strcmp(out->e[i].src.code, src->code) && out->e[i].code[0] == code[0] &&
            out->e[i].code[1] == code[1] && !strncmp(out->e[i].tgt.country, out->crisis, 3))
            return;
    mention_t tgt = {0};
    snprintf(tgt.code, sizeof tgt.code, "%.3s", out->crisis);
    snprintf(tgt.country, sizeof tgt.country, "%.3s", out->crisis);
    tgt.start = verb;
    tgt.end = verb + 1;
    tgt.group = -1;
    tgt.how = "the story's disaster";
    event_t *e = event_push_rule(out, src, &tgt, code, verb,
                                 "aid with no recipient named goes to the country of the story's disaster");
    e->intent = intent != NULL;
    e->intent_word = intent;
    e->intent_tok = itok;
}

void aid_implicit(const tokens_t *tk, const mentions_t *ms, events_t *out)
{
    if (!out->crisis[0] || !ms->n || !ms->m) return;   /* no actor: no giver */
    for (uint32_t v = 1; v < tk->n; v++) {
        int kind = aid_verb(tk, v);
        if (!kind) continue;
        int coded = 0;
        for (size_t i = 0; i < out->n; i++) coded |= out->e[i].verb_tok == v;
        if (coded) continue;
        /* the object: aid, and no recipient named */
        uint32_t end = subject_clause_end(tk, v + 1);
        int object = 0, named = 0;
        for (uint32_t q = v + 1; q < end && q < v + 12 && !token_is(tk, q, ","); q++) {
            object |= aid_object(tk, q);
            const mention_t *m = ms->at[q] >= 0 ? &ms->m[ms->at[q]] : NULL;
            /* "55 people in a rescue team": a role of no country named */
            if (m && aid_state(m) && strncmp(m->country, out->crisis, 3) &&
                !(m->how && !strcmp(m->how, "home country")))
                named = 1;
        }
        if (!object || named) continue;
        int32_t s = subject_find(tk, ms, v, subject_clause_start(tk, v), -1, out->verbtok);
        /* a subject the sentence names ("a field hospital" is no one's) */
        if (s < 0 || !strncmp(ms->m[s].country, out->crisis, 3) || ms->m[s].end > v ||
            (ms->m[s].how && !strcmp(ms->m[s].how, "home country")))
            continue;
        const char *intent = NULL;
        uint32_t itok = 0;
        if (modality_scan(tk, v, ms->m[s].end, &intent, &itok)) continue;   /* negated */
        const char *code = kind == 'p' || intent ? "033" : "073";
        /* each member of the subject's group: "China and India flew" */
        int32_t f = s;
        while (f > 0 && ms->m[s].group >= 0 && ms->m[f - 1].group == ms->m[s].group) f--;
        for (int32_t j = f; j <= s; j++)
            if (strncmp(ms->m[j].country, out->crisis, 3)) aid_add(out, &ms->m[j], v, code, intent, itok);
    }
}
