/* dyad.c -- the target a sentence leaves implicit, from the story's
 * current dyad: the sides of its latest events ("Cambodia said Thai troops
 * had attacked first": Cambodia; "Malaysia offers to mediate" in a story
 * of Thai and Cambodian troops clashing: both). Asked only of an act that
 * found no target by any other rule. */
#include "6_events/dyad.h"

#include <string.h>

#include "3_sentences/words.h"
#include "4_actors/memory.h"

/* One event the dyad is read from: its source, target country, root and
 * sentence. */
typedef struct {
    const mention_t *src;
    const char *tgt, *root;
    uint32_t sentence;
} dyad_event_t;

/* The sentence's events before token at, then the story's recent ones of
 * the last three sentences, newest first, that name a target's country,
 * into ev (at most max); how many. */
static size_t dyad_events(const events_t *out, uint32_t at, dyad_event_t *ev, size_t max)
{
    size_t n = 0;
    for (size_t i = out->n; i-- > 0 && n < max;) {
        const event_t *e = &out->e[i];
        if (e->verb_tok >= at || strlen(e->tgt.country) < 3 || !e->src.country[0]) continue;
        /* the sentence's own are counted as the next (implicit_remember) */
        ev[n++] = (dyad_event_t){&e->src, e->tgt.country, e->code, out->sentence + 1};
    }
    for (size_t i = out->nrecent; i-- > 0 && n < max;) {
        const implicit_event_t *r = &out->recent[i];
        if (out->sentence - r->sentence > 2u) break;
        if (!r->tgt[0] || !r->src.country[0]) continue;
        ev[n++] = (dyad_event_t){&r->src, r->tgt, r->root, r->sentence};
    }
    return n;
}

/* Is m an actor that acts for a state or a body of states: a country, its
 * government, army, leaders or spies, or an IGO (not its opposition,
 * people or firms)? */
static int dyad_state_actor(const mention_t *m)
{
    size_t l = strlen(m->code);
    if (l == 3) return 1;
    if (!strncmp(m->code, "IGO", 3)) return 1;
    return l == 6 && words_in(m->code + 3, (const char *const[]){"GOV", "MIL", "ELI", "SPY", NULL});
}

/* Appends to p (n so far, IMPLICIT_DOERS at most) the side of country c,
 * or the event source s when it is of that country, placed at token at,
 * unless one of that country is there; the new count. */
static size_t dyad_add(mention_t *p, size_t n, const char *c, const mention_t *s, uint32_t at)
{
    for (size_t i = 0; i < n; i++)
        if (!strncmp(p[i].country, c, 3)) return n;
    if (n == IMPLICIT_DOERS) return n;
    mention_t *m = &p[n];
    if (s && !strncmp(s->country, c, 3)) *m = *s;
    else {
        memset(m, 0, sizeof *m);
        memcpy(m->code, c, 3);
        memcpy(m->country, c, 3);
    }
    m->start = at;
    m->end = at + 1;
    m->group = -1;
    m->how = "story dyad";
    return n + 1;
}

/* Does the act of code, whose verb is at token v and whose match ends at
 * token hi, say that its target is left to the story: "attacked first",
 * "hit back", "violated the ceasefire" (196), "urged restraint", "called
 * for calm", "offered help", "offers to mediate", "warned that"? */
static int dyad_cue(const tokens_t *tk, const char *code, uint32_t v, uint32_t hi)
{
    uint32_t q = hi > v + 1 ? hi : v + 1;   /* the word after the verb's words */
    if (q >= tk->n) return 0;
    const char *w = token_folded(tk, q);
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    /* "continues to urge restraint": a standing position, not an act */
    if (v >= 2 && token_is(tk, v - 1, "to") && tk->t[v - 2].flen >= 7 &&
        !memcmp(token_folded(tk, v - 2), "continu", 7))
        return 0;
    if (root == 2) {   /* "urged restraint", "called for calm" */
        if (token_is(tk, q, "for") && q + 1 < tk->n) w = token_folded(tk, q + 1);
        return words_in(w, (const char *const[]){"restraint", "calm", "de-escalation", NULL});
    }
    if (root == 3) {   /* "offered help", "offers to mediate" (its verb "mediate") */
        uint32_t o = v >= 2 && token_is(tk, v - 1, "to") ? v - 2 : v;
        if (tk->t[o].flen < 5 || memcmp(token_folded(tk, o), "offer", 5)) return 0;
        q = o < v ? v : v + 1;   /* the pattern may have read "to mediate" */
        if (q < tk->n && token_is(tk, q, "to")) q++;
        if (q >= tk->n) return 0;
        w = token_folded(tk, q);
        return words_in(w, (const char *const[]){"help", "mediate", "mediation", "assistance", NULL});
    }
    if (root == 13) return !strcmp(w, "that");   /* "warned that" */
    /* "attacked first", "hit back", "violated the ceasefire" */
    return (root == 19 || root == 20) &&
           (!strcmp(code, "196") || words_in(w, (const char *const[]){"first", "back", NULL}));
}

/* Is c an event of conflict (roots 10 to 20)? */
static int dyad_hostile(const dyad_event_t *c)
{
    return c->root[0] == '1' || c->root[0] == '2';
}

size_t dyad_target(const tokens_t *tk, const events_t *out, const mention_t *src, const char *code,
                   uint32_t at, uint32_t hi, mention_t *p)
{
    if (!dyad_cue(tk, code, at, hi) || !dyad_state_actor(src) || strlen(src->country) < 3) return 0;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    dyad_event_t ev[IMPLICIT_RECENT + 8];
    size_t nev = dyad_events(out, at, ev, sizeof ev / sizeof *ev);
    const char *me = src->country;
    /* src's country is a side: the other sides of the latest sentence
     * that paired it with another (by an act of conflict, for one) */
    size_t n = 0;
    uint32_t sent = 0;   /* the sentence the pairs are read from */
    for (size_t i = 0; i < nev && root != 13; i++) {
        const dyad_event_t *c = &ev[i];
        int is_src = !strncmp(c->src->country, me, 3), is_tgt = !strncmp(c->tgt, me, 3);
        if (is_src == is_tgt || (root >= 10 && !dyad_hostile(c))) continue;
        if (n && c->sentence != sent) break;
        sent = c->sentence;
        n = dyad_add(p, n, is_src ? c->tgt : c->src->country, c->src, at);
    }
    if (n) return n;
    /* a third party: none of the window's events is of src's country */
    for (size_t i = 0; i < nev; i++)
        if (!strncmp(ev[i].src->country, me, 3) || !strncmp(ev[i].tgt, me, 3)) return 0;
    if (!nev) return 0;
    if (root == 2 || root == 3) {
        /* "France and China have also offered help": another's like act */
        for (size_t i = 0; i < nev; i++)
            if (!strncmp(ev[i].root, code, 2)) return dyad_add(p, 0, ev[i].tgt, NULL, at);
        /* "urged restraint", "offers to mediate": both sides of the latest
         * conflict when it goes both ways, else its target */
        const dyad_event_t *c = NULL;
        for (size_t i = 0; i < nev && !c; i++)
            if (dyad_hostile(&ev[i])) c = &ev[i];
        if (!c) return 0;
        int both = 0;
        for (size_t i = 0; i < nev && !both; i++)
            both = !strncmp(ev[i].src->country, c->tgt, 3) && !strncmp(ev[i].tgt, c->src->country, 3);
        n = dyad_add(p, 0, c->tgt, NULL, at);
        return both ? dyad_add(p, n, c->src->country, c->src, at) : n;
    }
    /* "the EU suspended aid to Niger, while the United States warned that" */
    if (root == 13 && ev[0].sentence == out->sentence + 1) return dyad_add(p, 0, ev[0].tgt, NULL, at);
    return 0;
}
