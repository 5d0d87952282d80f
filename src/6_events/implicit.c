/* implicit.c -- targets a sentence does not name as actors: the place an
 * attack names ("stormed a camp near El Fasher") and the actor of an earlier
 * event a noun refers back to ("condemned the decision", "welcomed the
 * sanctions"). */
#include "6_events/implicit.h"

#include <stdio.h>
#include <string.h>

#include "3_sentences/words.h"

/* "RSF fighters stormed a camp near El Fasher", "shelled villages in
 * Sagaing": an attack (roots 17-20; "amid riots in Honiara" is no protest
 * against Honiara) that names no target actor is an attack
 * on the place the sentence names after the verb, on its country, or on the
 * civilians there when the attacker is of that country. Returns 1 and fills
 * *p, or 0 when the sentence names no such place. */
int implicit_place(const events_t *out, const mention_t *src, const char *code, uint32_t verb,
                   mention_t *p)
{
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (!out->place[0] || root < 17 || root > 20 || out->place_start < verb) return 0;
    memset(p, 0, sizeof *p);
    if (!strncmp(src->country, out->place, 3)) snprintf(p->code, sizeof p->code, "%.3sCVL", out->place);
    else snprintf(p->code, sizeof p->code, "%.3s", out->place);
    snprintf(p->country, sizeof p->country, "%.3s", out->place);
    p->start = out->place_start;
    p->end = out->place_end;
    p->group = -1;
    p->how = "place";
    return 1;
}

/* Event nouns a reaction may refer back to, and the roots of the events
 * they name ("" = any event). */
static const struct {
    const char *noun, *roots;
} implicit_nouns[] = {
    {"decision", ""}, {"move", ""}, {"step", ""}, {"announcement", ""}, {"action", ""},
    {"actions", ""}, {"plan", ""}, {"policy", ""},
    {"sanctions", "1617"}, {"measures", "1617"}, {"tariffs", "16"}, {"duties", "16"},
    {"restrictions", "1617"}, {"ban", "1617"}, {"embargo", "16"}, {"expulsion", "1617"},
    {"attack", "1819192015"}, {"attacks", "1819192015"}, {"strike", "1819"},
    {"strikes", "1819"}, {"airstrike", "19"}, {"airstrikes", "19"}, {"shelling", "19"},
    {"bombing", "1819"}, {"killing", "181917"}, {"killings", "181917"}, {"raid", "1719"},
    {"raids", "1719"}, {"violence", "17181914"}, {"crackdown", "17"}, {"arrests", "17"},
    {"arrest", "17"}, {"detentions", "17"}, {"detention", "17"}, {"offensive", "19"},
    {"invasion", "19"}, {"seizure", "17"}, {"launches", "1519"}, {"drills", "15"},
    {"exercises", "15"}, {"claim", "1011121314"}, {"claims", "1011121314"},
    {"accusation", "11"}, {"accusations", "11"}, {"allegations", "11"}, {"remarks", "0111"},
    {"comments", "0111"}, {"criticism", "11"}, {"threat", "13"}, {"threats", "13"},
    {"agreement", "0305"}, {"deal", "0305"}, {"pact", "0305"}, {"treaty", "0305"},
    {"visit", "04"}, {"talks", "04"}, {"offer", "03"}, {"pledge", "03"}, {"aid", "0307"},
};

static const char *implicit_roots_of(const char *w)
{
    for (size_t i = 0; i < sizeof implicit_nouns / sizeof *implicit_nouns; i++)
        if (!strcmp(w, implicit_nouns[i].noun)) return implicit_nouns[i].roots;
    return NULL;
}

int implicit_anaphor(const tokens_t *tk, const events_t *out, const mention_t *src,
                     const char *code, uint32_t after, mention_t *p)
{
    /* reactions: statements, appeals, praise, demands, disapproval,
     * rejection, threats */
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root != 1 && root != 2 && root != 5 && (root < 10 || root > 13)) return 0;
    uint32_t q = after;
    if (q >= tk->n || !words_in(token_folded(tk, q), (const char *const[]){
                                    "the", "this", "that", "these", "those", "such", NULL}))
        return 0;
    q++;
    const char *roots = NULL;
    for (uint32_t k = 0; k < 3 && q + k < tk->n && !roots; k++) {
        if (!(tk->t[q + k].flags & TOK_WORD)) break;
        roots = implicit_roots_of(token_folded(tk, q + k));
        if (roots) q += k;
    }
    if (!roots) return 0;
    for (size_t i = out->nrecent; i-- > 0;) {
        const implicit_event_t *r = &out->recent[i];
        if (out->sentence - r->sentence > (*roots ? 8u : 3u)) break;
        if (!strncmp(r->src.country, src->country, 3)) continue;
        int fits = !*roots;
        for (const char *x = roots; *x && x[1] && !fits; x += 2) fits = !strncmp(x, r->root, 2);
        if (!fits) continue;
        *p = r->src;
        p->start = q;
        p->end = q + 1;
        p->group = -1;
        p->how = "event referred to";
        return 1;
    }
    return 0;
}

void implicit_act(events_t *out, const mention_t *src, const char *code)
{
    if (out->nacts == sizeof out->acts / sizeof *out->acts || !code[0] || !code[1]) return;
    implicit_event_t *a = &out->acts[out->nacts++];
    memcpy(a->root, code, 2);
    a->root[2] = '\0';
    a->src = *src;
}

/* Appends one event (its root and source) to the story's recent ones. */
static void implicit_push(events_t *out, const char *code, const mention_t *src)
{
    if (out->nrecent == IMPLICIT_RECENT) {
        memmove(out->recent, out->recent + 1, (IMPLICIT_RECENT - 1) * sizeof *out->recent);
        out->nrecent--;
    }
    implicit_event_t *r = &out->recent[out->nrecent++];
    memcpy(r->root, code, 2);
    r->root[2] = '\0';
    r->src = *src;
    r->sentence = out->sentence;
}

void implicit_remember(events_t *out)
{
    out->sentence++;
    for (size_t i = 0; i < out->nacts; i++) implicit_push(out, out->acts[i].root, &out->acts[i].src);
    for (size_t i = 0; i < out->n; i++) implicit_push(out, out->e[i].code, &out->e[i].src);
    out->nacts = 0;
}

void implicit_story_start(events_t *out)
{
    out->nrecent = 0;
    out->sentence = 0;
}
