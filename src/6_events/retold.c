/* retold.c -- an act told again by an event noun in a later sentence of
 * the story ("this state visit to Kazakhstan") is the act already coded:
 * the story's acts are remembered by source country, target country and
 * root. */
#include "6_events/retold.h"

#include <string.h>

#include "3_sentences/words.h"

void retold_story_start(events_t *out)
{
    out->ntold = 0;
}

/* Does the event noun at token vs follow a definite word, over two
 * adjectives at most ("this state visit", "his current visit", "Sisi's
 * visit")? */
static int retold_definite(const tokens_t *tk, uint32_t vs)
{
    for (uint32_t q = vs, k = 0; q-- > 0 && k < 3; k++) {
        const char *w = token_folded(tk, q);
        if (words_in(w, (const char *const[]){"this", "his", "her", "its", "their", NULL}))
            return 1;
        if (!(tk->t[q].flags & TOK_WORD) || (tk->t[q].flags & TOK_CAP) ||
            (tk->t[q].wc & (WC_PREP | WC_BOUNDARY | WC_DET)))
            return 0;
    }
    return 0;
}

/* Does the sentence name a year ("in 2016") or a month ("in October") of
 * its own? */
static int retold_dated(const tokens_t *tk)
{
    for (uint32_t q = 0; q < tk->n; q++)
        if (words_names_date(tk, q)) return 1;
    return 0;
}

/* Was the act of e (source and target country, root) coded by an earlier
 * sentence? */
static int retold_seen(const events_t *out, const event_t *e)
{
    for (size_t i = 0; i < out->ntold; i++) {
        const retold_act_t *a = &out->told[i];
        /* the root (strncmp's two bytes) and the countries' first bytes
         * told inline: most acts differ there, and a call each cost more */
        if (a->root[0] == e->code[0] && (!a->root[0] || a->root[1] == e->code[1]) &&
            a->src[0] == e->src.country[0] && a->tgt[0] == e->tgt.country[0] &&
            !strcmp(a->src, e->src.country) && !strcmp(a->tgt, e->tgt.country))
            return 1;
    }
    return 0;
}

void retold_filter(const tokens_t *tk, events_t *out)
{
    int dated = -1;   /* retold_dated, asked once when needed */
    size_t w = 0;
    for (size_t i = 0; i < out->n; i++) {
        const event_t *e = &out->e[i];
        int again = e->verb && e->verb->noun && !e->verb->legacy && !e->verb->petrarch &&
                    !e->intent && retold_seen(out, e) && retold_definite(tk, e->verb_tok);
        if (again && dated < 0) dated = retold_dated(tk);
        if (!again || dated) event_keep(out, &w, i);
    }
    out->n = w;
    for (size_t i = 0; i < out->n && out->ntold < RETOLD_MAX; i++) {
        const event_t *e = &out->e[i];
        if (retold_seen(out, e)) continue;
        retold_act_t *a = &out->told[out->ntold++];
        /* the countries whole (NUL-terminated in as many bytes), the root's
         * two bytes: copied without a call */
        _Static_assert(sizeof a->src == sizeof e->src.country, "retold_act_t.src");
        memcpy(a->src, e->src.country, sizeof a->src);
        memcpy(a->tgt, e->tgt.country, sizeof a->tgt);
        a->root[0] = e->code[0];
        a->root[1] = e->code[0] ? e->code[1] : '\0';
        a->root[2] = '\0';
    }
}
