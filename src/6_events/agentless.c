/* agentless.c -- passives that name no agent: the state that acted, found
 * only by a safe rule (the place, the state that says so, the story's
 * dateline, the state acting on the same country before), else nothing.
 * The rules and their order: agentless.h. */
#include "6_events/agentless.h"

#include <string.h>

#include "3_sentences/words.h"
#include "4_actors/compose.h"
#include "6_events/event_add.h"
#include "6_events/event_sides.h"
#include "6_events/modality.h"
#include "6_events/subject.h"
#include "lib/util.h"

/* What kind of state act a code is, and so the state's role. */
typedef enum {
    AGENTLESS_NONE,
    AGENTLESS_POLICE,    /* arrest, detain, jail, charge (173): COP */
    AGENTLESS_COURT,     /* sentence, convict (116, 173 of a court's verb): JUD */
    AGENTLESS_DEPORT,    /* expel or deport people (174): GOV, where they were */
    AGENTLESS_ENVOY,     /* expel or summon an envoy (161, 114): GOV, of
                            another state than the envoy's */
} agentless_kind_t;

/* The kind of act code is, of verb v (its default code tells a court's
 * verb: "was sentenced to prison", 173 by SENTENCE's pattern, is a court's).
 * A verb read as a synonym ("ROUT = EXPEL") may not carry the state's
 * sense: none. */
static agentless_kind_t agentless_kind(const verb_t *v, const char *code)
{
    if (v->known) return AGENTLESS_NONE;
    if (!strcmp(code, "173")) return !strcmp(v->code, "116") ? AGENTLESS_COURT : AGENTLESS_POLICE;
    if (!strcmp(code, "116")) return AGENTLESS_COURT;
    if (!strcmp(code, "174")) return AGENTLESS_DEPORT;
    if (!strcmp(code, "161") || !strcmp(code, "114")) return AGENTLESS_ENVOY;
    return AGENTLESS_NONE;
}

static const char *agentless_role(agentless_kind_t k)
{
    return k == AGENTLESS_POLICE ? "COP" : k == AGENTLESS_COURT ? "JUD" : "GOV";
}

/* Is mention a a country or its capital, a place ("in Poland", "in
 * Minsk"), not a person, a role or an organisation? */
static int agentless_is_place(const mention_t *a)
{
    size_t cl = strlen(a->code);
    if (a->person || a->role || strlen(a->country) != 3) return 0;
    return cl == 3 || (cl == 6 && !strcmp(a->code + 3, "GOV") && a->entry && a->entry->ntok <= 2);
}

/* The role part of a state's mention a ("GOV" of "POLGOV", "" of "POL");
 * NULL for an organisation's (IGO, NGO), whose country is no state's. */
static const char *agentless_role_of(const mention_t *a)
{
    return strlen(a->country) == 3 && strlen(a->code) >= 3 ? a->code + 3 : NULL;
}

/* Does mention a speak for a state: a country, or its government, police,
 * courts or army (a minister, "the foreign ministry", "Belarusian police")? */
static int agentless_state_voice(const mention_t *a)
{
    const char *r = agentless_role_of(a);
    return r && (!*r || !strcmp(r, "GOV") || !strcmp(r, "COP") || !strcmp(r, "JUD") ||
                 !strcmp(r, "MIL"));
}

/* The mention that opens at token q, with its article ("the United
 * States") or after it ("the foreign ministry"); -1 none. */
static int32_t agentless_mention_at(const tokens_t *tk, const mentions_t *ms, uint32_t q)
{
    if (q < tk->n && ms->at[q] < 0 && token_is(tk, q, "the")) q++;
    return q < tk->n && ms->at[q] >= 0 && ms->m[ms->at[q]].start == q ? ms->at[q] : -1;
}

/* A state found by a rule: its country and, when the sentence names it,
 * its tokens. */
typedef struct {
    char cc[4];
    uint32_t start, end;
    const char *how;
} agentless_state_t;

static int agentless_set(agentless_state_t *st, const char *cc, uint32_t start, uint32_t end,
                         const char *how)
{
    util_copy(st->cc, sizeof st->cc, cc, 3);
    st->start = start;
    st->end = end;
    st->how = how;
    return 1;
}

/* The place the act happened at, in the words right after the match m
 * ("was arrested on Sunday in Minsk", "at Minsk airport", "expelled from
 * Poland", "summoned to the foreign ministry in Beijing"), up to a word that
 * opens a reason, a time clause or another act ("over", "after", "who",
 * ",", another verb): a country or a capital after "in" or "at" (for an
 * expulsion or deportation "from" too), else the gazetteer's place that
 * out->place gives there; for a summons, the state body after "to" when no
 * place follows. */
static int agentless_place(const tokens_t *tk, const mentions_t *ms, const events_t *out,
                           const vmatch_t *m, agentless_kind_t kind, agentless_state_t *st)
{
    uint32_t end = subject_clause_end(tk, m->end);
    int32_t to = -1;
    for (uint32_t q = m->end; q < end && q < m->end + 10; q++) {
        if ((tk->t[q].wc & WC_GAPSTOP) || out->verbtok[q] ||
            words_in(token_folded(tk, q), (const char *const[]){
                         "over", "for", "after", "amid", "following", "because", "of", "against",
                         "with", "who", "which", "that", "while", "when", "as", "since", "before",
                         NULL}))
            break;
        int in = token_is(tk, q, "in") || token_is(tk, q, "at");
        int from = (kind == AGENTLESS_DEPORT || (kind == AGENTLESS_ENVOY && strcmp(m->code, "114"))) &&
                   token_is(tk, q, "from");
        if (!in && !from) {
            if (token_is(tk, q, "to") && !strcmp(m->code, "114") && to < 0) {
                to = agentless_mention_at(tk, ms, q + 1);
                if (to >= 0) q = ms->m[to].end - 1;
            }
            continue;
        }
        int32_t a = agentless_mention_at(tk, ms, q + 1);
        if (a >= 0 && agentless_is_place(&ms->m[a]))
            return agentless_set(st, ms->m[a].country, ms->m[a].start, ms->m[a].end,
                                 "agentless passive: the state of the place named");
        if (in && out->place[0] && out->place_start > q && out->place_start <= q + 4)
            return agentless_set(st, out->place, out->place_start, out->place_end,
                                 "agentless passive: the state of the place named");
        if (a >= 0) q = ms->m[a].end - 1;
    }
    if (to >= 0 && agentless_state_voice(&ms->m[to]))
        return agentless_set(st, ms->m[to].country, ms->m[to].start, ms->m[to].end,
                             "agentless passive: the state body summoning");
    return 0;
}

/* The state that says the act happened: the speaker of "X said (on
 * Tuesday) (that) PATIENT was ..." before the patient pt (its group from
 * token p on), or of ", X said" right after the match's clause. A speaker
 * whose country is only guessed ("police said") speaks for the patient's
 * own state only ("Dozens of protesters were detained, police said"). */
static int agentless_speaker(const tokens_t *tk, const mentions_t *ms, const events_t *out,
                             const vmatch_t *m, const mention_t *pt, uint32_t p,
                             agentless_state_t *st)
{
    int32_t sp = -1;
    uint32_t q = p;
    if (q > 0 && token_is(tk, q - 1, "that")) q--;
    for (uint32_t k = 0; k < 4 && q > 0 && sp < 0; k++, q--) {
        const token_t *t = &tk->t[q - 1];
        if ((t->wc & (WC_SPEECH | WC_NEG)) == WC_SPEECH) {
            sp = subject_find(tk, ms, q - 1, subject_clause_start(tk, q - 1), -1, out->verbtok);
            break;
        }
        if (ms->at[q - 1] >= 0 || (t->wc & (WC_BOUNDARY | WC_GAPSTOP)) || out->verbtok[q - 1])
            break;
    }
    if (sp < 0) {
        uint32_t c = subject_clause_end(tk, m->end);
        for (uint32_t k = m->end; k < c && k < m->end + 12; k++)
            if (token_is(tk, k, ",")) {
                int32_t a = agentless_mention_at(tk, ms, k + 1);
                if (a >= 0 && event_speaker(tk, &ms->m[a])) sp = a;
                break;
            }
    }
    /* "Amnesty International Kenya said": a country at the end of a
     * longer name is no state's voice */
    uint32_t s0 = sp >= 0 ? ms->m[sp].start : 0;
    if (sp < 0 || !agentless_state_voice(&ms->m[sp]) ||
        (actor_country_guessed(&ms->m[sp]) && strcmp(ms->m[sp].country, pt->country)) ||
        (s0 > 1 && (tk->t[s0 - 1].flags & (TOK_CAP | TOK_WORD)) == (TOK_CAP | TOK_WORD)))
        return 0;
    /* "The State Department said an American citizen was detained": a
     * government speaking of its own named national, held abroad as often
     * as at home (its police or courts speak of their own acts) */
    const char *r = agentless_role_of(&ms->m[sp]);
    if ((!*r || !strcmp(r, "GOV")) && !actor_country_guessed(pt) &&
        !strcmp(ms->m[sp].country, pt->country))
        return 0;
    return agentless_set(st, ms->m[sp].country, ms->m[sp].start, ms->m[sp].end,
                         "agentless passive: the state that says so");
}

/* Is root (two characters) a conflictual act one state aims at another
 * before it expels or summons the other's people (10-13, 16, 17)? */
static int agentless_conflict_root(const char *root)
{
    return root[0] == '1' && ((root[1] >= '0' && root[1] <= '3') || root[1] == '6' || root[1] == '7');
}

/* The one state that acted on country cc: in the sentence's events so far,
 * else in the story's earlier acts (out->told), when only one state did. */
static int agentless_actor_on(const events_t *out, const char *cc, int story,
                              agentless_state_t *st)
{
    const char *found = NULL;
    if (!story) {
        for (size_t i = 0; i < out->n; i++) {
            const event_t *e = &out->e[i];
            if (strcmp(e->tgt.country, cc) || strlen(e->src.country) != 3 ||
                !strcmp(e->src.country, cc) || !agentless_conflict_root(e->code))
                continue;
            if (found && strcmp(found, e->src.country)) return 0;
            found = e->src.country;
        }
        return found && agentless_set(st, found, 0, 0,
                                      "agentless passive: the state acting on that country in the sentence");
    }
    for (size_t i = 0; i < out->ntold; i++) {
        const retold_act_t *a = &out->told[i];
        if (strcmp(a->tgt, cc) || strlen(a->src) != 3 || !strcmp(a->src, cc) ||
            !agentless_conflict_root(a->root))
            continue;
        if (found && strcmp(found, a->src)) return 0;
        found = a->src;
    }
    return found && agentless_set(st, found, 0, 0,
                                  "agentless passive: the one state acting on that country before");
}

/* The state that did the act of kind to the patient (mention pt, whose
 * group opens at token p), by the rules of agentless.h in order; 0 when
 * none applies. */
static int agentless_state(const tokens_t *tk, const mentions_t *ms, const events_t *out,
                           const vmatch_t *m, agentless_kind_t kind, const mention_t *pt,
                           uint32_t p, agentless_state_t *st)
{
    int foreign = kind == AGENTLESS_ENVOY;
#define AGENTLESS_OK(found) ((found) && !(foreign && !strcmp(st->cc, pt->country)))
    if (AGENTLESS_OK(agentless_place(tk, ms, out, m, kind, st))) return 1;
    if (AGENTLESS_OK(agentless_speaker(tk, ms, out, m, pt, p, st))) return 1;
    if (kind == AGENTLESS_DEPORT) return 0;   /* foreigners, sent from where they are */
    if (!foreign) {
        const char *r = agentless_role_of(pt);
        if (kind == AGENTLESS_POLICE && r && !strcmp(r, "OPP") && !actor_country_guessed(pt))
            return agentless_set(st, pt->country, 0, 0,
                                 "agentless passive: an opposition figure's own state");
        /* the dateline's state acting on its own people ("ISTANBUL - An
         * Iranian journalist was sentenced": a bureau's city, not where);
         * and not on people whose country is only the story's too ("It
         * said 224 people had been detained": a tally) */
        return out->dateline[0] && !actor_country_guessed(pt) && !strcmp(out->dateline, pt->country) &&
               agentless_set(st, out->dateline, 0, 0, "agentless passive: the dateline's state");
    }
    if (agentless_actor_on(out, pt->country, 0, st) || agentless_actor_on(out, pt->country, 1, st))
        return 1;
    return out->dateline[0] && strcmp(out->dateline, pt->country) && !actor_country_guessed(pt) &&
           agentless_set(st, out->dateline, 0, 0, "agentless passive: the dateline's state");
#undef AGENTLESS_OK
}

/* The code of the pattern of v's block "- * + WORDS" whose words end the
 * patient's phrase at token pend, from inside its mention pt ("Two Russian
 * diplomats were expelled": "- * + diplomats [161]", not EXPEL's "- * +
 * [174]"; "a Russian military attache": "- * + military attache"), the
 * longest; code when none. The passive's subject holds what the active's
 * object would. */
static const char *agentless_role_code(const verbdict_t *vd, const verb_t *v, const tokens_t *tk,
                                       const mention_t *pt, uint32_t pend, const char *code)
{
    const vblock_t *b = &vd->b[v->block];
    uint32_t best = 0;
    for (size_t k = 0; k < b->n; k++) {
        const vpattern_t *p = &vd->p[b->pats[k]];
        if (!p->el || p->star != 0 || p->nel < 3 || p->el[1].kind != PE_TARGET || !p->code[0] ||
            p->nel - 2 <= best)
            continue;
        for (uint32_t s = pt->start; s < pt->end; s++) {
            uint32_t q = s, e = 2;
            for (; e < p->nel && q < pend; e++) {
                uint32_t len = p->el[e].kind == PE_TARGET || p->el[e].kind == PE_SOURCE ||
                                       p->el[e].kind == PE_SKIP || p->el[e].kind == PE_COMPOUND
                                   ? 0 : verbdict_elem_span(vd, &p->el[e], tk, q, 0);
                if (!len) break;
                q += len;
            }
            if (e == p->nel && q == pend) {
                best = p->nel - 2;
                code = p->code;
                break;
            }
        }
    }
    return code;
}

/* The patient of the passive m: the mention right before its auxiliaries
 * ("Two Russian diplomats were expelled") or before an aside
 * ("Sevyarynets, 45, was arrested"); -1 when none, or when the passive is a
 * relative clause ("who was jailed in 2020": the background of another
 * act). *pend is set to the token after the patient's phrase, which may
 * hold a word more than its mention ("a French citizen"). */
static int32_t agentless_patient(const tokens_t *tk, const mentions_t *ms, const vmatch_t *m,
                                 uint32_t cstart, uint32_t *pend)
{
    uint32_t q = m->start;
    /* "will be expelled": an intent word too (modality_scan then reads it) */
    while (q > cstart && ((tk->t[q - 1].wc & (WC_AUX | WC_BE | WC_PASSADV | WC_INTENT)) ||
                          (tk->t[q - 1].flen > 4 && token_ends(tk, q - 1, "ly"))) &&
           ms->at[q - 1] < 0)
        q--;
    *pend = q;
    if (q == 0) return -1;
    if (words_in(token_folded(tk, q - 1), (const char *const[]){"who", "which", "that", "whom", NULL}))
        return -1;
    if (token_is(tk, q - 1, ",")) return subject_aside(tk, ms, q);
    /* "A French citizen", "two British nationals": a nationality and the
     * plain noun it qualifies */
    if (q > 1 && ms->at[q - 1] < 0 && ms->at[q - 2] >= 0 &&
        (tk->t[q - 1].flags & (TOK_WORD | TOK_CAP | TOK_NUM)) == TOK_WORD &&
        !(tk->t[q - 1].wc & (WC_PREP | WC_DET | WC_BOUNDARY | WC_GAPSTOP | WC_PERSONAL)))
        q--;
    int32_t a = ms->at[q - 1];
    return a >= 0 && ms->m[a].end == q ? a : -1;
}

/* "Navalny was jailed in 2021 after returning from Germany", "was
 * expelled two years ago": an act the clause dates by a year or as long
 * ago is the background of the news, not news. */
static int agentless_background(const tokens_t *tk, const vmatch_t *m)
{
    uint32_t end = subject_clause_end(tk, m->end);
    for (uint32_t q = m->end; q < end && q < m->end + 12; q++) {
        const token_t *t = &tk->t[q];
        if (token_is(tk, q, "ago") ||
            ((t->flags & TOK_NUM) && t->flen == 4 &&
             (!memcmp(token_folded(tk, q), "19", 2) || !memcmp(token_folded(tk, q), "20", 2))))
            return 1;
    }
    return 0;
}

/* "at least 300 people had been arrested across the country since the
 * protests started": a perfect passive ("been" right before the verb)
 * counted up to now ("since" in its clause) is a tally of many acts, not
 * one. */
static int agentless_tally(const tokens_t *tk, const vmatch_t *m)
{
    if (m->start == 0 || !token_is(tk, m->start - 1, "been")) return 0;
    uint32_t end = subject_clause_end(tk, m->end);   /* "since" ends a clause too */
    return end < tk->n && end < m->end + 12 && token_is(tk, end, "since");
}

void agentless_dateline(const tokens_t *tk, const mentions_t *ms, events_t *out)
{
    if (out->sentence == 0) out->dateline[0] = '\0';
    if (out->dateline[0] || ms->n == 0 || tk->n < 4 || ms->m[0].start > 2) return;
    const mention_t *a = &ms->m[0];
    uint32_t q = a->end;
    const char *cc = NULL;
    if (a->start == 0 && agentless_is_place(a) && strlen(a->code) == 6)
        cc = a->country;   /* "MINSK, June 1" */
    else if (a->start == 2 && token_is(tk, 1, ",") && (tk->t[0].flags & TOK_CAP) &&
             strlen(a->code) == 3 && agentless_is_place(a))
        cc = a->country;   /* "KHARKIV, Ukraine (AP)" */
    if (!cc || q >= tk->n || !(token_is(tk, q, ",") || token_is(tk, q, "("))) return;
    for (uint32_t k = q; k < tk->n && k < q + 12; k++) {
        if (out->verbtok[k]) return;
        if (token_is(tk, k, "-") || token_is(tk, k, "--") || token_is(tk, k, "\xe2\x80\x94") ||
            token_is(tk, k, "\xe2\x80\x93")) {
            util_copy(out->dateline, sizeof out->dateline, cc, 3);
            return;
        }
    }
}

void agentless_code(const verbdict_t *vd, const tokens_t *tk, const mentions_t *ms,
                    const vmatch_t *vm, size_t nvm, events_t *out)
{
    for (size_t k = 0; k < nvm; k++) {
        const vmatch_t *m = &vm[k];
        if (!m->agentless) continue;
        const verb_t *v = &vd->v[vd->f[m->form].verb];
        agentless_kind_t kind = agentless_kind(v, m->code);
        if (kind == AGENTLESS_NONE) continue;
        int inside = 0;   /* a word of another verb's longer match */
        for (size_t j = 0; j < nvm && !inside; j++)
            inside = j != k && !vm[j].agentless && m->start >= vm[j].lo && m->start < vm[j].hi;
        if (inside) continue;
        uint32_t cstart = subject_clause_start(tk, m->lo);
        if ((cstart > 0 && token_is(tk, cstart - 1, "if")) ||
            (cstart < tk->n && (token_is(tk, cstart, "if") || token_is(tk, cstart, "whether"))))
            continue;
        uint32_t pend = 0;
        int32_t pt = agentless_patient(tk, ms, m, cstart, &pend);
        /* a person or a body: a country is not expelled or summoned ("Russia
         * was expelled from the Council of Europe"); one arrested is its
         * national ("A French citizen was arrested in Iran") */
        if (pt < 0 || (kind == AGENTLESS_ENVOY && !ms->m[pt].person && strlen(ms->m[pt].code) <= 3))
            continue;
        const char *intent = NULL;
        uint32_t itok = 0;
        if (modality_scan(tk, m->start, ms->m[pt].end, &intent, &itok)) continue;
        /* "May has announced that 23 Russian diplomats will be expelled": a
         * measure decided is the act (modality_decided); other plans and
         * forecasts are not coded */
        if (intent && !modality_decided(tk, out->verbtok, itok, m->start, m->code, 0)) continue;
        if (modality_denied(tk, out->verbtok, m->lo, 0) ||
            modality_habitual(tk, out->verbtok, m->start, m->hi) || agentless_tally(tk, m) ||
            agentless_background(tk, m))
            continue;
        const mention_t *T[ACTOR_MAX_PER_SENTENCE + 1];
        size_t nt = event_members(tk, ms, pt, out->verbtok, T);
        if (!nt) continue;
        /* "Russian troops were routed": what the role words make of the act
         * ("- * + troops [166]") may be no state's act on people */
        const char *code = agentless_role_code(vd, v, tk, &ms->m[pt], pend, m->code);
        if ((kind = agentless_kind(v, code)) == AGENTLESS_NONE) continue;
        agentless_state_t st;
        if (!agentless_state(tk, ms, out, m, kind, &ms->m[pt], T[0]->start, &st)) continue;
        mention_t src;
        memset(&src, 0, sizeof src);
        compose_code(src.code, st.cc, agentless_role(kind));
        util_copy(src.country, sizeof src.country, st.cc, 3);
        src.start = st.start;
        src.end = st.end;
        src.group = -1;
        src.how = st.how;
        size_t first = out->n;
        for (size_t j = 0; j < nt; j++)
            if (!(kind == AGENTLESS_ENVOY && !strcmp(T[j]->country, st.cc)))
                event_add(out, &src, T[j], code, m->code, m, v, 0, intent, itok);
        for (size_t j = first; intent && j < out->n; j++) out->e[j].intent = 2;
    }
}
