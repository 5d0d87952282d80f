/* alleged.c -- the reason a punitive act gives: "Hungary expelled three
 * Austrian diplomats, saying they had spied for Vienna" is Hungary's
 * accusation of those it expels (112); the spying is what it alleges,
 * not an act of Austria's. */
#include "6_events/alleged.h"

#include <string.h>

#include "3_sentences/words.h"

/* the sides of one punitive act: at most this many pairs */
#define ALLEGED_PAIRS 8

/* Is event e a punitive act: reduce relations (16) or coerce (17)? */
static int alleged_punitive(const event_t *e)
{
    return e->code[0] == '1' && (e->code[1] == '6' || e->code[1] == '7');
}

/* Drops from out the acts whose verb stands in [a, b) and whose source is
 * the pronoun at token p or of the country of one of the n targets T. */
static void alleged_drop(events_t *out, uint32_t a, uint32_t b, uint32_t p,
                         const mention_t *T, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < out->n; i++) {
        const event_t *e = &out->e[i];
        int told = e->verb_tok >= a && e->verb_tok < b && e->src.start == p;
        for (size_t j = 0; j < n && !told; j++)
            told = e->verb_tok >= a && e->verb_tok < b && e->src.country[0] &&
                   !strncmp(e->src.country, T[j].country, 3);
        if (!told) event_keep(out, &w, i);
    }
    out->n = w;
}

void alleged_reason(const tokens_t *tk, events_t *out)
{
    /* no punitive act, no reason it gives (most sentences) */
    size_t i = 0;
    while (i < out->n && !alleged_punitive(&out->e[i])) i++;
    if (i == out->n) return;
    for (uint32_t q = 1; q + 1 < tk->n; q++) {
        if (!token_is(tk, q - 1, ",") ||
            !words_in(token_folded(tk, q), (const char *const[]){
                          "saying", "claiming", "alleging", "charging", NULL}))
            continue;
        uint32_t p = q + 1;
        if (token_is(tk, p, "that") && p + 1 < tk->n) p++;
        /* "saying they", not "saying Chinese makers had": those punished
         * themselves */
        if (!words_in(token_folded(tk, p), (const char *const[]){"they", "he", "she", "it", NULL}))
            continue;
        /* the punitive act the comma closes: the last one before it */
        size_t act = out->n;
        for (size_t i = 0; i < out->n; i++)
            if (out->e[i].verb_tok < q && alleged_punitive(&out->e[i]) &&
                (act == out->n || out->e[i].verb_tok >= out->e[act].verb_tok))
                act = i;
        if (act == out->n) continue;
        mention_t S[ALLEGED_PAIRS], T[ALLEGED_PAIRS];
        size_t n = 0;
        uint32_t vt = out->e[act].verb_tok;
        for (size_t i = 0; i < out->n && n < ALLEGED_PAIRS; i++)
            if (out->e[i].verb_tok == vt && alleged_punitive(&out->e[i]))
                S[n] = out->e[i].src, T[n] = out->e[i].tgt, n++;
        /* what is alleged: to the end of the sentence or a semicolon */
        uint32_t b = p;
        while (b < tk->n && !token_is(tk, b, ";") && !token_is(tk, b, ".")) b++;
        alleged_drop(out, q, b, p, T, n);
        for (size_t j = 0; j < n; j++) {
            int have = 0;
            for (size_t i = 0; i < out->n && !have; i++)
                have = !strncmp(out->e[i].code, "11", 2) &&
                       !strcmp(out->e[i].src.code, S[j].code) &&
                       !strcmp(out->e[i].tgt.code, T[j].code);
            if (!have)
                event_push_rule(out, &S[j], &T[j], "112", q,
                                "the reason a punitive act gives ('expelled three diplomats, "
                                "saying they had spied')");
        }
        q = b;
    }
}
