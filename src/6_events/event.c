/* event.c -- source, target, negation, intent and passive: from verb
 * matches to events. */
#include "event.h"

#include <stdlib.h>
#include <string.h>

#include "3_sentences/words.h"
#include "6_events/implicit.h"
#include "lib/util.h"

#define event_in words_in

/* Is w (folded) a negation word ("not", "refused", ...)? */
static int event_negation(const char *w)
{
    return (words_class(w, strlen(w)) & WC_NEG) != 0;
}

void event_intent_code(const char *code, char out[8])
{
    if (!code[0] || !code[1]) {          /* "" (no paired code) stays "" */
        snprintf(out, 8, "%s", code);
        return;
    }
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    const char *r = code;
    switch (root) {
    case 4: r = "036"; break;
    case 5: r = "030"; break;
    case 6:
        r = !strncmp(code, "061", 3) ? "0311" : !strncmp(code, "062", 3) ? "0312"
            : !strncmp(code, "063", 3) ? "0313" : !strncmp(code, "064", 3) ? "0314" : "031";
        break;
    case 7:
        r = !strncmp(code, "071", 3) ? "0331" : !strncmp(code, "072", 3) ? "0332"
            : !strncmp(code, "073", 3) ? "0333" : !strncmp(code, "074", 3) ? "0334" : "033";
        break;
    case 8: r = "035"; break;
    case 14: r = "133"; break;
    case 15: case 18: case 19: case 20: r = "138"; break;
    case 16: r = "131"; break;
    case 17: r = "137"; break;
    default: break;
    }
    util_copy(out, 8, r, SIZE_MAX);
}

/* Start of the clause holding token i. */
static uint32_t event_clause_start(const tokens_t *tk, uint32_t i)
{
    while (i > 0 && !verb_is_boundary(tk, i - 1)) i--;
    return i;
}

static uint32_t event_clause_end(const tokens_t *tk, uint32_t i)
{
    while (i < tk->n && !verb_is_boundary(tk, i)) i++;
    return i;
}

#define event_is_prep words_is_prep   /* on strings; tokens have WC_PREP */

/* A verb the dictionary does not know, by its past-tense ending: "he
 * addressed the US Congress and held talks with ...": what follows is its
 * object, not the next verb's subject. Lower-case words of five letters or
 * more ending in "ed" that are no auxiliary, speech or intent word. */
static int event_past_verb(const tokens_t *tk, uint32_t i)
{
    const token_t *t = &tk->t[i];
    if (!(t->flags & TOK_WORD) || (t->flags & TOK_CAP) || t->flen < 5) return 0;
    if (t->wc & (WC_AUX | WC_SPEECH | WC_INTENT | WC_NEG | WC_PREP)) return 0;
    const char *w = token_folded(tk, i);
    return w[t->flen - 2] == 'e' && w[t->flen - 1] == 'd' &&
           !event_in(w, (const char *const[]){"united", "armed", "based", "backed", "led",
                                               "allied", "detained", "displaced", "disputed",
                                               "occupied", "elected", "exiled", NULL});
}

/* The subject: the nearest mention before token lo, in the clause, that is
 * not the object of a preposition. -1 when none. */
static int32_t event_subject(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
                             uint32_t cstart, int32_t avoid, const uint8_t *verbtok)
{
    /* "a dozen officials it accuses of ...": an actor right before a
     * pronoun and the verb is the verb's object; the pronoun its subject */
    if (lo >= cstart + 2 && ms->at[lo - 1] < 0 && ms->at[lo - 2] >= 0 &&
        event_in(token_folded(tk, lo - 1),
                 (const char *const[]){"it", "they", "he", "she", "we", NULL}))
        return -1;
    for (uint32_t q = lo; q-- > cstart;) {
        int32_t m = ms->at[q];
        if (m < 0 || m == avoid) continue;
        /* the group's first member decides whether it follows a preposition */
        int32_t first = m;
        while (first > 0 && ms->m[first - 1].group == ms->m[m].group) first--;
        uint32_t s = ms->m[first].start;
        while (s > cstart && (!strcmp(token_folded(tk, s - 1), "the") ||
                              !strcmp(token_folded(tk, s - 1), "a")))
            s--;
        if (s > cstart && ((verbtok && verbtok[s - 1]) || event_past_verb(tk, s - 1)) &&
            !(tk->t[s - 1].wc & WC_SPEECH)) {
            /* the object of another verb: "help X combat Y" has no subject
             * for "combat", but in "P rejected X's claims and called on Y"
             * the verbs share P, so look on before the other verb */
            int coordinated = 0;
            for (uint32_t k = ms->m[m].end; k < lo; k++)
                if (!strcmp(token_folded(tk, k), "and")) coordinated = 1;
            if (!coordinated) return -1;
            q = s - 1;
            while (q > cstart && verbtok && verbtok[q - 1]) q--;
            continue;
        }
        /* "in south Ithilen", "to the affected Ithilen villages": a
         * preposition a plain word or two before */
        uint32_t p = s;
        for (int k = 0; k < 2 && p > cstart + 1 && ms->at[p - 1] < 0 && !(verbtok && verbtok[p - 1]) &&
                        (tk->t[p - 1].flags & TOK_WORD) && !(tk->t[p - 1].flags & TOK_CAP) &&
                        !(tk->t[p - 1].wc & (WC_PREP | WC_BOUNDARY | WC_GAPSTOP | WC_AUX));
             k++)
            p--;
        if (p < s && !(tk->t[p - 1].wc & WC_PREP)) p = s;
        if (p > cstart && (tk->t[p - 1].wc & WC_PREP)) {
            q = ms->m[first].start;   /* the object of a preposition: look further back */
            continue;
        }
        return m;
    }
    return -1;
}

/* "Orban, who has courted Chinese investment, visited Beijing", "Iran,
 * Hezbollah's main backer, warned Israel": a verb right after a comma that
 * closes an aside has the actor before the aside's opening comma as its
 * subject. Returns that mention, or -1 when the verb follows no aside. */
static int32_t event_aside_subject(const tokens_t *tk, const mentions_t *ms, uint32_t vs)
{
    uint32_t q = vs;
    while (q > 0 && (tk->t[q - 1].wc & WC_AUX) && strcmp(token_folded(tk, q - 1), "to")) q--;
    if (q < 3 || strcmp(token_folded(tk, q - 1), ",")) return -1;
    for (uint32_t c = q - 1; c-- > 1;) {
        const char *w = token_folded(tk, c);
        if (event_in(w, (const char *const[]){".", ";", ":", "\"", "said", "says", NULL}))
            return -1;
        if (!strcmp(w, ",")) return ms->at[c - 1] >= 0 && ms->at[c - 1] != ms->at[q] ? ms->at[c - 1] : -1;
    }
    return -1;
}

/* Looks back from the verb for a negation or an intent word, over
 * auxiliaries and adverbs. Returns 1 when negated; sets *intent. */
static int event_modality(const tokens_t *tk, uint32_t vs, uint32_t limit,
                          const char **intent, uint32_t *itok)
{
    *intent = NULL;
    if (!tk->fold.s) return 0;
    int steps = 0;
    for (uint32_t q = vs; q-- > limit && steps < 8; steps++) {
        const char *w = token_folded(tk, q);
        uint16_t wc = tk->t[q].wc;
        if (wc & WC_NEG) return 1;
        if (!*intent && (wc & WC_INTENT)) {
            *intent = tk->fold.s + tk->t[q].foff;
            *itok = q;
            continue;
        }
        if (!strcmp(w, "to") && q > 0) {
            const char *p = token_folded(tk, q - 1);
            if (!strcmp(p, "is") || !strcmp(p, "are") || !strcmp(p, "was") ||
                !strcmp(p, "were"))
                *intent = tk->fold.s + tk->t[q].foff, *itok = q;
            continue;
        }
        if (!(wc & WC_AUX)) break;
    }
    return 0;
}

/* Is the verb an infinitive whose subject is an object of another verb
 * ("urged X to respect Y", "asked them to leave")? Then it is not an act of
 * the sentence's subject, and not coded. */
static int event_is_complement(const tokens_t *tk, const mentions_t *ms, uint32_t vs,
                               int unnamed)
{
    uint32_t q = vs;
    while (q > 0 && event_in(token_folded(tk, q - 1), (const char *const[]){
                                 "also", "further", "jointly", "formally", "\"", NULL}))
        q--;
    if (q < 2 || strcmp(token_folded(tk, q - 1), "to")) return 0;
    const char *before = token_folded(tk, q - 2);
    if (ms->at[q - 2] >= 0 || event_in(before, (const char *const[]){
                                  "them", "him", "her", "it", "us", "others", NULL}))
        return 1;
    /* an unnamed object (annalist's dictionaries only): "urged the
     * international community to pressure" */
    for (uint32_t k = q - 2; unnamed && k > 0 && k + 6 > q; k--) {
        const char *w = token_folded(tk, k - 1);
        if (!strcmp(w, ",") || ms->at[k - 1] >= 0) return 0;
        if (event_in(w, (const char *const[]){"urged", "urges", "urge", "asked", "asks",
                                               "pressed", "presses", "encouraged", "invited",
                                               "ordered", "orders", "instructed", NULL}) ||
            (event_in(w, (const char *const[]){"on", "upon", NULL}) && k >= 2 &&
             event_in(token_folded(tk, k - 2),
                      (const char *const[]){"called", "calls", "call", "calling", NULL})))
            return k + 1 < q;
    }
    return 0;
}

/* Are a and b one actor, or one country and a role of it ("EGY", "EGYGOV")? */
static int event_same_actor(const mention_t *a, const mention_t *b)
{
    if (!strcmp(a->code, b->code)) return 1;
    return strlen(a->country) == 3 && !strcmp(a->country, b->country) &&
           (strlen(a->code) == 3 || strlen(b->code) == 3);
}

static void event_add(events_t *out, const mention_t *s, const mention_t *t,
                      const char *code, const char *pcode, const vmatch_t *m,
                      const verb_t *v, int passive, const char *intent, uint32_t itok)
{
    if (!strcmp(s->code, t->code)) return;
    /* "Rabuka told Fiji ...": a country's own people or government acting on
     * the country itself is no event; two roles of one country are
     * ("Kenyan police" against "protesters") */
    if (strlen(s->country) == 3 && !strcmp(s->country, t->country) &&
        (strlen(s->code) == 3 || strlen(t->code) == 3))
        return;
    /* police shooting or beating their own country's people: CAMEO's
     * violent repression (175), not war */
    if ((code[0] == '1' && (code[1] == '8' || code[1] == '9')) &&
        !strcmp(s->country, t->country) && strlen(s->code) >= 6 && !strcmp(s->code + 3, "COP"))
        code = "175";
    for (size_t i = 0; i < out->n; i++) {
        const event_t *o = &out->e[i];
        if (strcmp(o->code, code)) continue;
        if (!strcmp(o->src.code, s->code) && !strcmp(o->tgt.code, t->code)) return;
        /* "arrived in Cairo on his first state visit to Egypt": a country
         * alone is the same actor named less precisely */
        if (!v->petrarch && !v->legacy && event_same_actor(&o->src, s) &&
            event_same_actor(&o->tgt, t))
            return;
    }
    event_t *e = UTIL_PUSH(out->e, out->n, out->cap);
    memset(e, 0, sizeof *e);
    e->src = *s;
    e->tgt = *t;
    util_copy(e->code, sizeof e->code, code, SIZE_MAX);
    util_copy(e->pattern_code, sizeof e->pattern_code, pcode, SIZE_MAX);
    e->pat = m->pat;
    e->verb = v;
    e->verb_tok = m->start;
    e->passive = (uint8_t)passive;
    e->intent = intent != NULL;
    e->intent_word = intent;
    e->intent_tok = itok;
    e->flags = m->flags;
}

/* The members of mention g's group into out (ACTOR_MAX_PER_SENTENCE at
 * most); 0 when g < 0. */
static size_t event_members(const mentions_t *ms, int32_t g, const mention_t **out)
{
    size_t n = 0;
    for (size_t i = 0; g >= 0 && i < ms->n && n < ACTOR_MAX_PER_SENTENCE; i++)
        if (ms->m[i].group == ms->m[g].group) out[n++] = &ms->m[i];
    return n;
}

/* TABARI's target search before the verb: the nearest mention before
 * token vs whose code differs from src's; 0 or 1 into out. */
static size_t event_members_before(const mentions_t *ms, uint32_t vs, const mention_t *src,
                                   const mention_t **out)
{
    for (size_t i = ms->n; i-- > 0;)
        if (ms->m[i].end <= vs && strcmp(ms->m[i].code, src->code)) {
            out[0] = &ms->m[i];
            return 1;
        }
    return 0;
}

/* TABARI's clause end: the first conjunction AND, BUT, OR, NOR from token
 * from that does not join the members of an actor group; tk->n when none. */
static uint32_t event_conj_clause_end(const tokens_t *tk, const mentions_t *ms, uint32_t from)
{
    for (uint32_t q = from; q < tk->n; q++) {
        if (!event_in(token_folded(tk, q), (const char *const[]){"and", "but", "or", "nor", NULL}))
            continue;
        int32_t a = q > 0 ? ms->at[q - 1] : -1, b = q + 1 < tk->n ? ms->at[q + 1] : -1;
        if (!(a >= 0 && b >= 0 && ms->m[a].group == ms->m[b].group)) return q;
    }
    return (uint32_t)tk->n;
}

/* TABARI's source search before token lo: the first mention of the
 * sentence that is not avoid (nor of its code), or the actor opening the
 * last clause before lo; -1 when none. */
static int32_t event_first_actor(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
                                 int32_t avoid)
{
    /* the first actor of the sentence, replaced by an actor that opens a
     * later clause ("..., but Dagolath promised") */
    int32_t src = -1;
    for (uint32_t q = 0; q < lo && q < tk->n; q++) {
        int32_t m = ms->at[q];
        int opens = m >= 0 && ms->m[m].start == q && m != avoid &&
                    (avoid < 0 || strcmp(ms->m[m].code, ms->m[avoid].code));
        if (opens && src < 0) src = m;
        if (q + 1 < lo && event_conj_clause_end(tk, ms, q) == q) {
            int32_t n = ms->at[q + 1];
            if (n >= 0 && ms->m[n].start == q + 1 && n != avoid) src = n;
        }
    }
    return src;
}

/* A mention for a DEFAULT: code (TABARI options), placed at token at. */
static void event_default_mention(mention_t *m, const char *code, uint32_t at)
{
    memset(m, 0, sizeof *m);
    util_copy(m->code, sizeof m->code, code, SIZE_MAX);
    m->start = m->end = at;
    m->group = -1;
    m->how = "default";
}

static const char *event_from_match(const verbdict_t *vd, const tokens_t *tk,
                                    const mentions_t *ms, const vmatch_t *m, events_t *out,
                                    const char *prev_intent, uint32_t *prev_itok)
{
    const vform_t *f = &vd->f[m->form];
    const verb_t *v = &vd->v[f->verb];
    uint32_t cstart = event_clause_start(tk, m->lo);
    if (cstart > 0 && !strcmp(token_folded(tk, cstart - 1), "if")) return NULL;
    if (cstart < tk->n && (!strcmp(token_folded(tk, cstart), "if") ||
                           !strcmp(token_folded(tk, cstart), "whether")))
        return NULL;
    /* "a move widely seen as targeting France": an interpretation, not an act */
    if (!v->legacy && m->start >= 2 && !strcmp(token_folded(tk, m->start - 1), "as") &&
        event_in(token_folded(tk, m->start - 2), (const char *const[]){
                     "seen", "viewed", "regarded", "perceived", "interpreted", "read", NULL}))
        return NULL;
    int passive = m->by >= 0;
    int32_t src = m->source, tgt = m->target;
    int32_t subj = event_subject(tk, ms, m->lo, cstart, passive ? m->by : -1, out->verbtok);
    int32_t aside = event_aside_subject(tk, ms, m->lo);
    if (aside >= 0 && aside != m->by) subj = aside;
    if (subj < 0 && v->petrarch && m->lo < m->start && m->source < 0 && m->target < 0)
        /* a PETRARCH pattern that spans its subject: "- NEITHER *" over
         * "Neither Galadriel nor Gollum boycotted" */
        subj = event_subject(tk, ms, m->start, m->lo, passive ? m->by : -1, out->verbtok);
    if (v->noun && m->start >= 2 && (!strcmp(token_folded(tk, m->start - 1), "'s") ||
                                     !strcmp(token_folded(tk, m->start - 1), "'")) &&
        ms->at[m->start - 2] >= 0) {
        subj = ms->at[m->start - 2];   /* "Russia's invasion of Ukraine" */
        /* inside a prepositional phrase of another act it is background:
         * "to assist with the response to Russia's invasion of Ukraine" */
        uint32_t ps = ms->m[subj].start;
        while (ps > 0 && event_in(token_folded(tk, ps - 1), (const char *const[]){
                                      "the", "a", "an", "its", "their", "his", "her", NULL}))
            ps--;
        if (ps > 0 && event_in(token_folded(tk, ps - 1), (const char *const[]){
                                   "to", "with", "over", "against", "amid", "since", "about",
                                   "for", "of", "into", "in", "on", "by", "despite", "under",
                                   "from", "during", "towards", "toward", NULL}))
            return NULL;
    }
    const char *intent = NULL;
    uint32_t itok = 0;
    uint32_t limit = subj >= 0 ? ms->m[subj].end : cstart;
    if (m->lo < limit) limit = m->lo;
    if (vd->tabari && !passive) {
        int32_t first = event_first_actor(tk, ms, m->lo, tgt);   /* TABARI's source rule */
        if (first >= 0) subj = first;
    }
    int pattern_negates = 0;   /* "- NOT * ..." patterns code the negated act themselves */
    for (uint32_t k = 0; m->pat && k < m->pat->nel; k++) {
        const pelem_t *e = &m->pat->el[k];
        if ((e->kind == PE_WORD && event_negation(vocab_word(vd->vocab, e->id))) ||
            (e->kind == PE_STEM && event_negation(e->stem)))
            pattern_negates = 1;
        for (size_t w = 0; e->kind == PE_SYN && e->syn >= 0 && w < vd->syn[e->syn].n; w++) {
            const pelem_t *x = &vd->syn[e->syn].w[w];
            const char *xw = x->kind == PE_WORD ? vocab_word(vd->vocab, x->id)
                             : x->kind == PE_STEM ? x->stem : "";
            if (event_negation(xw)) pattern_negates = 1;
        }
    }
    if (event_modality(tk, m->lo, limit, &intent, &itok) && !pattern_negates) return NULL;
    if (v->noun && !intent) {
        /* an event noun takes the plan or negation of its clause's verb:
         * "Japan pledged $5 million in aid to ...", "will send a delegation" */
        for (uint32_t q = m->lo; q-- > limit && q + 10 > m->lo;) {
            if (tk->t[q].wc & WC_NEG) return NULL;
            if (tk->t[q].wc & WC_INTENT) {
                intent = tk->fold.s + tk->t[q].foff;
                itok = q;
                break;
            }
        }
    }
    if (m->lo < m->start && !pattern_negates) {
        /* a pattern that starts before the verb ("$ * +"): the words between
         * its start and the verb may negate too ("he would not help") */
        const char *i2 = NULL;
        uint32_t t2 = 0, lim2 = m->start;
        while (lim2 > m->lo && ms->at[lim2 - 1] < 0) lim2--;
        if (event_modality(tk, m->start, lim2, &i2, &t2)) return NULL;
        if (!intent && i2) intent = i2, itok = t2;
    }
    if (!intent && prev_intent && m->lo >= 1) {
        /* "agreed to step up and help X": the plan covers both verbs */
        uint32_t q = m->lo;
        while (q > 0 && !strcmp(token_folded(tk, q - 1), "\"")) q--;
        if (q > 0 && !strcmp(token_folded(tk, q - 1), "and")) intent = prev_intent, itok = *prev_itok;
    }
    if (intent) {
        *prev_itok = itok;
        if (out->verbtok[itok]) *UTIL_PUSH(out->markers, out->nmarkers, out->capmarkers) = itok;
    }
    /* "urged X to respect Y": not the subject's act (TABARI has no such
     * rule), unless a PETRARCH pattern binds its actors itself ("- +
     * HOSTING * MAY_DAY $") */
    if (!v->noun && !vd->tabari && event_is_complement(tk, ms, m->start, !v->legacy) &&
        !(v->legacy && (m->source >= 0 || m->target >= 0) && m->lo < m->start))
        return intent;
    if (passive) {
        src = m->by;
        tgt = subj;
    } else {
        if (src < 0) src = subj;
        /* in annalist's files a pattern written without '+' has no target;
         * TABARI's take the next actor */
        int targetless = m->pat != NULL && !m->pat->implicit_target;
        for (uint32_t k = 0; m->pat && k < m->pat->nel; k++)
            if (m->pat->el[k].kind == PE_TARGET) targetless = 0;
        if (tgt < 0 && !targetless) {
            /* the first actor after the match, before a comma, close by */
            /* PETRARCH patterns skip actors in their gaps: the first actor
             * after the verb may stand inside the match */
            uint32_t from = (v->petrarch || vd->tabari) ? m->end : m->hi;
            uint32_t cend = vd->tabari ? event_conj_clause_end(tk, ms, from)
                                       : event_clause_end(tk, from);
            for (uint32_t q = from; q < cend && (vd->tabari || q < m->hi + 10); q++) {
                /* TABARI reads to the end of the clause for an actor whose
                 * code differs from the source's */
                if (!vd->tabari && (!strcmp(token_folded(tk, q), ",") || out->verbtok[q] ||
                    event_in(token_folded(tk, q), (const char *const[]){
                        "would", "will", "could", "should", "may", "might", "must", NULL})))
                    break;
                /* "urged the international community to pressure Israel":
                 * an unnamed object, then another verb's object */
                if (!v->legacy && q > from && !strcmp(token_folded(tk, q), "to") &&
                    q + 1 < tk->n && ms->at[q + 1] < 0 && ms->at[q - 1] < 0 &&
                    !(tk->t[q + 1].wc & (WC_DET | WC_PREP)) && (tk->t[q + 1].flags & TOK_WORD) &&
                    !(tk->t[q + 1].flags & (TOK_NUM | TOK_CAP)))
                    break;
                if (vd->tabari && ms->at[q] >= 0 && src >= 0 &&
                    !strcmp(ms->m[ms->at[q]].code, ms->m[src].code))
                    continue;
                if (ms->at[q] >= 0 && ms->at[q] != src) {
                    /* "met in Suva": a capital after "in" or "at" is where, not
                     * whom ("arrived in Suva" is coded by its own pattern) */
                    const mention_t *c = &ms->m[ms->at[q]];
                    size_t cl = strlen(c->code);
                    if (q > 0 && !v->petrarch && cl == 6 && !strcmp(c->code + 3, "GOV") && !c->role &&
                        !c->person && c->entry && c->entry->ntok <= 2 &&
                        (!strcmp(token_folded(tk, q - 1), "in") ||
                         !strcmp(token_folded(tk, q - 1), "at")))
                        break;
                    tgt = ms->at[q];
                    break;
                }
            }
        }
    }
    if (m->compound >= 0 && m->pat && !passive) {   /* a compound comes from a pattern */
        /* '%', a group: each member with the others ("% agree": Y and Z
         * agree); in PETRARCH files a '%' after the verb ("X agrees with %")
         * is the target, each member */
        int after = 0;
        for (uint32_t k = m->pat->star + 1; k < m->pat->nel; k++)
            after |= m->pat->el[k].kind == PE_COMPOUND;
        if (after && v->petrarch && src >= 0 && ms->m[src].group != ms->m[m->compound].group) tgt = m->compound;
        else src = tgt = m->compound;
    }
    if (src >= 0 && m->source >= 0 && !passive) {
        int32_t f = src;
        while (f > 0 && ms->m[f - 1].group == ms->m[src].group) f--;
        uint32_t s0 = ms->m[f].start;
        if (s0 > 0 && out->verbtok[s0 - 1] && !(tk->t[s0 - 1].wc & WC_SPEECH))
            return intent;   /* "help X combat Y": X is help's object */
    }
    /* the sides: each member of the source group and of the target group,
     * or TABARI's DEFAULT: codes when a side is missing */
    const tabopt_t *op = &vd->opt;
    const mention_t *S[ACTOR_MAX_PER_SENTENCE + 1], *T[ACTOR_MAX_PER_SENTENCE + 1];
    size_t ns = event_members(ms, src, S), nt = event_members(ms, tgt, T);
    mention_t defsrc, deftgt;
    event_default_mention(&defsrc, op->default_src, m->start);
    event_default_mention(&deftgt, op->default_tgt, m->start);
    if (!ns && op->default_src[0] && !op->default_prior && nt) {
        /* no actor before the verb and no PRIOR: the first actor after it
         * is the source, the rest of its group the target */
        S[ns++] = T[0];
        memmove(T, T + 1, --nt * sizeof *T);
        if (!nt && tgt >= 0) nt = event_members_before(ms, m->start, S[0], T);
    }
    if (!ns && op->default_src[0]) S[ns++] = &defsrc;
    if (!ns) return intent;
    if (!nt && op->default_tgt[0] && op->default_after) T[nt++] = &deftgt;
    if (!nt && vd->tabari && ns)
        nt = event_members_before(ms, m->start, S[0], T);   /* TABARI looks before the verb */
    if (!nt && op->default_tgt[0]) T[nt++] = &deftgt;
    mention_t implicit;
    if (!nt && ns == 1 && (implicit_place(out, S[0], m->code, m->start, &implicit) ||
                           implicit_anaphor(tk, out, S[0], m->code, m->hi, &implicit)))
        T[nt++] = &implicit;
    if (!nt) {
        /* "Gondor and Osgiliath held talks": each member with the others, for
         * acts that take two sides (meet, sign, trade blows) or a pattern that
         * names no target; "Fiji and Tonga thanked donors" gives nothing */
        int pattern_without_target = m->pat != NULL;
        for (uint32_t k = 0; m->pat && k < m->pat->nel; k++)
            if (m->pat->el[k].kind == PE_TARGET) pattern_without_target = 0;
        int symmetric = !strncmp(m->code, "04", 2) || !strncmp(m->code, "06", 2) ||
                        !strcmp(m->code, "050") || !strcmp(m->code, "057") ||
                        !strncmp(m->code, "19", 2) || !strncmp(m->code, "03", 2);
        if (!pattern_without_target && !symmetric) return intent;
        memcpy(T, S, ns * sizeof *S);
        nt = ns;
    }
    char code[8], code2[8];
    if (intent && !v->legacy) event_intent_code(m->code, code);
    else memcpy(code, m->code, sizeof code);
    if (intent && !v->legacy) event_intent_code(m->code2, code2);
    else memcpy(code2, m->code2, sizeof code2);
    /* every member of the source group with every member of the target group */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < nt; j++) {
            if (S[i] == T[j]) continue;
            event_add(out, S[i], T[j], code, m->code, m, v, passive, intent, itok);
            /* a paired code "[032:033]": the target's act toward the source */
            if (m->code2[0])
                event_add(out, T[j], S[i], code2, m->code2, m, v, passive, intent, itok);
        }
    return intent;
}

/* TABARI's clauses: a conjunction starts a new one unless it joins the
 * members of an actor group or stands inside a verb's matched pattern. */
static uint32_t event_clause_of(const tokens_t *tk, const mentions_t *ms, const vmatch_t *vm,
                                size_t nvm, uint32_t tok)
{
    uint32_t clause = 0;
    for (uint32_t q = 0; q < tok && q < tk->n; q++) {
        if (!event_in(token_folded(tk, q), (const char *const[]){"and", "but", "or", "nor", NULL}))
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
static void event_first_per_clause(const verbdict_t *vd, const tokens_t *tk,
                                   const mentions_t *ms, const vmatch_t *vm, size_t nvm,
                                   events_t *out)
{
    if (vd->opt.code_by == TABOPT_CODE_ALL) return;
    size_t w = 0;
    for (size_t i = 0; i < out->n; i++) {
        const event_t *e = &out->e[i];
        uint32_t c = vd->opt.code_by == TABOPT_CODE_BY_SENTENCE ? 0
                     : event_clause_of(tk, ms, vm, nvm, e->verb_tok);
        int later = 0;
        for (size_t j = 0; j < out->n && !later && !(e->flags & VF_DOM); j++) {
            const event_t *o = &out->e[j];
            if (o->verb_tok >= e->verb_tok || (o->flags & VF_SUB)) continue;
            later = vd->opt.code_by == TABOPT_CODE_BY_SENTENCE ||
                    event_clause_of(tk, ms, vm, nvm, o->verb_tok) == c;
        }
        if (!later) out->e[w++] = *e;
    }
    out->n = w;
}

/* TABARI's COMPLEX: filter: is the sentence set aside (too many verbs,
 * conjunctions or actors, or no actor before the first verb)? */
static int event_too_complex(const tabopt_t *o, const tokens_t *tk, const mentions_t *ms,
                             const vmatch_t *vm, size_t nvm)
{
    if (o->cplx_verbs && nvm >= o->cplx_verbs) return 1;
    if (o->cplx_actors && ms->n >= o->cplx_actors) return 1;
    if (o->cplx_conj) {
        size_t n = 0;
        for (uint32_t q = 0; q < tk->n; q = event_conj_clause_end(tk, ms, q) + 1)
            n += event_conj_clause_end(tk, ms, q) < tk->n;
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

void event_code_sentence(const verbdict_t *vd, const tokens_t *tk,
                         const mentions_t *ms, const vmatch_t *vm, size_t nvm,
                         events_t *out)
{
    out->n = 0;
    out->nmarkers = 0;
    util_grow((void **)&out->verbtok, &out->verbcap, tk->n + 1, 1);
    memset(out->verbtok, 0, tk->n + 1);
    for (size_t k = 0; k < nvm; k++)
        for (uint32_t t = vm[k].start; t < vm[k].end && t < tk->n; t++) out->verbtok[t] = 1;
    for (size_t k = 0; k < nvm; k++)
        if (vm[k].flags & VF_DISCARD) return;   /* "[###]": the sentence is not coded */
    if (event_too_complex(&vd->opt, tk, ms, vm, nvm)) return;
    const char *prev_intent = NULL;
    uint32_t prev_itok = 0;
    for (size_t k = 0; k < nvm; k++) {
        /* a verb inside a longer match of another verb belongs to it */
        int inside = 0;
        for (size_t j = 0; j < nvm; j++) {
            if (j == k) continue;
            uint32_t wj = vm[j].pat ? vm[j].pat->weight : 0;
            uint32_t wk = vm[k].pat ? vm[k].pat->weight : 0;
            if (vm[k].start >= vm[j].lo && vm[k].start < vm[j].hi && wj > wk) inside = 1;
        }
        if (!inside) prev_intent = event_from_match(vd, tk, ms, &vm[k], out, prev_intent, &prev_itok);
    }
    /* a verb that served as another's intent word ("agreed to visit") is
     * not an event of its own */
    if (out->nmarkers) {
        size_t w = 0;
        for (size_t i = 0; i < out->n; i++) {
            int marker = 0;
            for (size_t k = 0; k < out->nmarkers; k++)
                if (out->e[i].verb_tok == out->markers[k] && strncmp(out->e[i].code, "03", 2))
                    marker = 1;   /* a promise coded as such (03x) stays */
            if (!marker) out->e[w++] = out->e[i];
        }
        out->n = w;
    }
    if (vd->tabari) event_first_per_clause(vd, tk, ms, vm, nvm, out);
    /* TABARI marks: dominant codes ("!") push every other event out;
     * subordinate ones ("?") count only when nothing else happened */
    uint8_t keep = 0, any_other = 0;
    for (size_t i = 0; i < out->n; i++) {
        keep |= out->e[i].flags & VF_DOM;
        any_other |= !(out->e[i].flags & VF_SUB);
    }
    if (keep || any_other) {
        size_t w = 0;
        for (size_t i = 0; i < out->n; i++)
            if (keep ? (out->e[i].flags & VF_DOM) : !(out->e[i].flags & VF_SUB))
                out->e[w++] = out->e[i];
        out->n = w;
    }
    /* a plain statement (010) is no event between two actors: CAMEO coders
     * code what a statement does (accuse, threaten, appeal, promise), not
     * that it was made (TABARI/PETRARCH files keep their own 010s) */
    size_t kept = 0;
    for (size_t i = 0; i < out->n; i++)
        if (strcmp(out->e[i].code, "010") || !out->e[i].verb || out->e[i].verb->legacy)
            out->e[kept++] = out->e[i];
    out->n = kept;
    /* a statement counts only when nothing else happened */
    int other = 0;
    for (size_t i = 0; i < out->n; i++)
        if (strncmp(out->e[i].code, "01", 2)) other = 1;
    if (other) {
        size_t w = 0;
        for (size_t i = 0; i < out->n; i++)
            if (strncmp(out->e[i].code, "01", 2)) out->e[w++] = out->e[i];
        out->n = w;
    }
    implicit_remember(out);
}

void event_free(events_t *ev)
{
    free(ev->e);
    free(ev->verbtok);
    free(ev->markers);
    memset(ev, 0, sizeof *ev);
}
