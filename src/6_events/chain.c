/* chain.c -- the later links of a chain of acts: "Kuwait's emir spoke to
 * Qatar's ruler Sheikh Tamim bin Hamad al-Thani by phone and urged him
 * to": the second verb of a coordination is the first verb's source's act;
 * the actor nearest before it, the first verb's object, is not its
 * subject. */
#include "6_events/chain.h"

#include <string.h>

#include "3_sentences/words.h"

int32_t chain_source(const tokens_t *tk, const mentions_t *ms, const events_t *out, uint32_t lo,
                     int32_t subj)
{
    if (subj < 0 || !out->n || lo == 0) return subj;
    /* "and" right before the verb, over "later", "also", "would", "agreed to" */
    uint32_t a = lo;
    while (a > 0 && a + 4 > lo && !token_is(tk, a - 1, "and") &&
           (tk->t[a - 1].wc & (WC_AUX | WC_INTENT | WC_PASSADV)))
        a--;
    if (a == 0 || !token_is(tk, a - 1, "and")) return subj;
    a--;
    const mention_t *s = &ms->m[subj];
    if (s->end > a) return subj;   /* ", and Warsaw accused": a subject of its own */
    for (size_t i = out->n; i-- > 0;) {
        const event_t *e = &out->e[i];
        if (e->rule || e->passive || e->verb_tok >= s->start || e->src.end > e->verb_tok ||
            (tk->t[e->verb_tok].wc & WC_SPEECH))
            continue;
        if (!strcmp(e->src.code, s->code)) return subj;   /* the same side: its own act */
        /* "spoke to Putin after Russia attacked Ukraine and urged him": an
         * act of a clause a subordinating word opens is not the one joined */
        uint32_t b = e->src.start;
        while (b > 0 && (tk->t[b - 1].wc & WC_DET)) b--;
        if (b > 0 && words_in(token_folded(tk, b - 1), (const char *const[]){
                         "after", "before", "when", "while", "as", "because", "since", "until",
                         "that", "who", "which", "whom", "if", NULL}))
            return subj;
        for (uint32_t q = e->verb_tok + 1; q < a; q++)
            if (token_is(tk, q, ",") || (tk->t[q].wc & (WC_BOUNDARY | WC_SPEECH)) ||
                words_in(token_folded(tk, q), (const char *const[]){"who", "which", "that", NULL}))
                return subj;
        int32_t src = e->src.start < tk->n ? ms->at[e->src.start] : -1;
        return src >= 0 && !strcmp(ms->m[src].code, e->src.code) ? src : subj;
    }
    return subj;
}
