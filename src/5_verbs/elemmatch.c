/* elemmatch.c -- one pattern element against the tokens of a sentence:
 * words, TABARI stems, and synonym sets whose members may be several words
 * (one right after the other, or a few words apart in TABARI files). */
#include <string.h>

#include "5_verbs/synindex.h"
#include "5_verbs/verbdict.h"

static uint32_t verbdict_span(const verbdict_t *d, const pelem_t *e, const tokens_t *tk,
                              size_t q, int back, int depth);

/* Tokens of tk matched by the n elements of one synonym-set member, forward
 * from q (back = 0) or ending just before q (back = 1). An element not
 * joined to the one before may stand up to VERBDICT_GAP words after it. */
static uint32_t verbdict_member_span(const verbdict_t *d, const pelem_t *w, size_t n,
                                     const tokens_t *tk, size_t q, int back, int depth)
{
    size_t pos = q;
    for (size_t k = 0; k < n; k++) {
        size_t i = back ? n - 1 - k : k;
        /* the gap allowed before this element (forward) or after it (back) */
        size_t gap = k == 0 ? 0 : (back ? w[i + 1].adj : w[i].adj) ? 0 : VERBDICT_GAP;
        uint32_t len = 0;
        for (size_t g = 0; g <= gap && !len; g++) {
            if (back ? pos < g + 1 : pos + g >= tk->n) break;
            len = verbdict_span(d, &w[i], tk, back ? pos - g : pos + g, back, depth + 1);
            if (len) pos = back ? pos - g - len : pos + g + len;
        }
        if (!len) return 0;
    }
    return (uint32_t)(back ? q - pos : pos - q);
}

static uint32_t verbdict_span(const verbdict_t *d, const pelem_t *e, const tokens_t *tk,
                              size_t q, int back, int depth)
{
    if (e->kind != PE_SYN) {
        if (back ? q < 1 : q >= tk->n) return 0;
        size_t t = back ? q - 1 : q;
        return (uint32_t)verbdict_elem_matches(d, e, tk->t[t].id, token_folded(tk, t));
    }
    if (e->syn < 0 || depth > 4) return 0;
    const vsynset_t *s = &d->syn[e->syn];
    uint32_t best = 0;
    size_t t = back ? q - 1 : q;   /* the token next to q, read first */
    int have_t = back ? q >= 1 : q < tk->n;
    if (s->idx) {
        /* a member matches only if its first word read does: the members
         * starting with this token's word, then those starting otherwise */
        const struct synindex *x = s->idx;
        if (!(have_t ? synindex_may(x, back, tk->t[t].id, (unsigned char)token_folded(tk, t)[0])
                     : x->nother[back] != 0))
            return 0;   /* no member's first word read is there: no loop below */
        size_t nk = 0, ns = 0;
        const synkey_t *k = NULL, *ks = NULL;
        if (have_t && tk->t[t].id) k = synindex_words(x, back, tk->t[t].id, &nk);
        if (have_t) ks = synindex_stems(x, back, (unsigned char)token_folded(tk, t)[0], &ns);
        for (size_t c = 0; c < nk + ns + x->nother[back]; c++) {
            uint32_t m = c < nk ? k[c].member : c < nk + ns ? ks[c - nk].member
                                                           : x->other[back][c - nk - ns];
            size_t i = x->mstart[m], j = x->mstart[m + 1];
            const pelem_t *f = back ? &s->w[j - 1] : &s->w[i];
            if (c >= nk && f->kind != PE_SYN &&
                (!have_t || !verbdict_elem_matches(d, f, tk->t[t].id, token_folded(tk, t))))
                continue;
            uint32_t len = verbdict_member_span(d, &s->w[i], j - i, tk, q, back, depth);
            if (len > best) best = len;
        }
        return best;
    }
    for (size_t i = 0; i < s->n;) {
        size_t j = i + 1;
        while (j < s->n && !s->w[j].first) j++;   /* one member */
        /* most members fail on their first word read: tested here, without
         * the calls (verbdict_member_span would test the same) */
        const pelem_t *f = back ? &s->w[j - 1] : &s->w[i];
        if (f->kind != PE_SYN &&
            (!have_t || !verbdict_elem_matches(d, f, tk->t[t].id, token_folded(tk, t)))) {
            i = j;
            continue;
        }
        uint32_t len = verbdict_member_span(d, &s->w[i], j - i, tk, q, back, depth);
        if (len > best) best = len;
        i = j;
    }
    return best;
}

uint32_t verbdict_elem_span_slow(const verbdict_t *d, const pelem_t *e, const tokens_t *tk,
                                 size_t q, int back)
{
    return verbdict_span(d, e, tk, q, back, 0);
}

int verbdict_elem_matches(const verbdict_t *d, const pelem_t *e, uint32_t id,
                          const char *w)
{
    switch (e->kind) {
    case PE_WORD:
        return id != 0 && e->id == id;
    case PE_STEM:   /* most words differ at once: no strlen for them */
        return (w[0] == e->stem[0] || !e->stem[0]) && strncmp(w, e->stem, strlen(e->stem)) == 0;
    case PE_SYN:
        if (e->syn < 0) return 0;
        for (size_t i = 0; i < d->syn[e->syn].n; i++)
            if (verbdict_elem_matches(d, &d->syn[e->syn].w[i], id, w)) return 1;
        return 0;
    default:
        return 0;
    }
}
