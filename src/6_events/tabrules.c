/* tabrules.c -- rules used only with TABARI files: the target search
 * before the verb, DEFAULT: actors, the first event per clause, dominant
 * and subordinate codes, the COMPLEX: filter. */
#include "6_events/tabrules.h"

#include <string.h>

#include "3_sentences/words.h"
#include "6_events/subject.h"
#include "lib/util.h"

/* TABARI's target search before the verb: the nearest mention before
 * token vs whose code differs from src's; 0 or 1 into out. */
size_t tabrules_members_before(const mentions_t *ms, uint32_t vs, const mention_t *src,
                               const mention_t **out)
{
    for (size_t i = ms->n; i-- > 0;)
        if (ms->m[i].end <= vs && strcmp(ms->m[i].code, src->code)) {
            out[0] = &ms->m[i];
            return 1;
        }
    return 0;
}

/* A mention for a DEFAULT: code (TABARI options), placed at token at. */
void tabrules_default_mention(mention_t *m, const char *code, uint32_t at)
{
    memset(m, 0, sizeof *m);
    util_copy(m->code, sizeof m->code, code, SIZE_MAX);
    m->start = m->end = at;
    m->group = -1;
    m->how = "default";
}

/* TABARI's clauses: a conjunction starts a new one unless it joins the
 * members of an actor group or stands inside a verb's matched pattern. */
static uint32_t tabrules_clause_of(const tokens_t *tk, const mentions_t *ms,
                                   const vmatch_t *vm, size_t nvm, uint32_t tok)
{
    uint32_t clause = 0;
    for (uint32_t q = 0; q < tok && q < tk->n; q++) {
        if ((tk->t[q].flags & TOK_NOCLAUSE) ||
            !words_in(token_folded(tk, q), (const char *const[]){"and", "but", "or", "nor", NULL}))
            continue;
        int inside = 0;
        for (size_t k = 0; k < nvm && !inside; k++) inside = q >= vm[k].lo && q < vm[k].hi;
        int32_t before = q > 0 ? ms->at[q - 1] : -1, after = q + 1 < tk->n ? ms->at[q + 1] : -1;
        if (before >= 0 && after >= 0 && ms->m[before].group == ms->m[after].group) inside = 1;
        if (!inside) clause++;
    }
    return clause;
}

/* TABARI codes the first verb that gives an event in each clause (CODE BY
 * CLAUSE) or in the sentence (CODE BY SENTENCE); subordinate events ("?")
 * do not stop the search, dominant ones ("!") are always kept. */
void tabrules_first_per_clause(const verbdict_t *vd, const tokens_t *tk,
                               const mentions_t *ms, const vmatch_t *vm, size_t nvm,
                               events_t *out)
{
    if (vd->opt.code_by == TABOPT_CODE_ALL) return;
    size_t w = 0;
    for (size_t i = 0; i < out->n; i++) {
        const event_t *e = &out->e[i];
        uint32_t c = vd->opt.code_by == TABOPT_CODE_BY_SENTENCE ? 0
                     : tabrules_clause_of(tk, ms, vm, nvm, e->verb_tok);
        int later = 0;
        for (size_t j = 0; j < out->n && !later && !(e->flags & VF_DOM); j++) {
            const event_t *o = &out->e[j];
            if (o->verb_tok >= e->verb_tok || (o->flags & VF_SUB)) continue;
            later = vd->opt.code_by == TABOPT_CODE_BY_SENTENCE ||
                    tabrules_clause_of(tk, ms, vm, nvm, o->verb_tok) == c;
        }
        if (!later) event_keep(out, &w, i);
    }
    out->n = w;
}

/* TABARI's COMPLEX: filter: is the sentence set aside (too many verbs,
 * conjunctions or actors, or no actor before the first verb)? */
int tabrules_too_complex(const tabopt_t *o, const tokens_t *tk, const mentions_t *ms,
                         const vmatch_t *vm, size_t nvm)
{
    if (o->cplx_verbs && nvm >= o->cplx_verbs) return 1;
    if (o->cplx_actors && ms->n >= o->cplx_actors) return 1;
    if (o->cplx_conj) {
        size_t n = 0;
        for (uint32_t q = 0; q < tk->n; q = subject_conj_clause_end(tk, ms, q) + 1)
            n += subject_conj_clause_end(tk, ms, q) < tk->n;
        if (n >= o->cplx_conj) return 1;
    }
    if (o->cplx_noactprior && nvm) {
        uint32_t first = vm[0].start;
        for (size_t k = 1; k < nvm; k++)
            if (vm[k].start < first) first = vm[k].start;
        if (!ms->n || ms->m[0].start >= first) return 1;
    }
    return 0;
}
