/* event.c -- from verb matches to events: source, target, the sides of
 * joined actors, passive and intent, and what a sentence keeps (see
 * subject.c for who acts, modality.c for negation and plans, tabrules.c
 * for TABARI's own rules). */
#include "event.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "3_sentences/words.h"
#include "6_events/aid.h"
#include "6_events/between.h"
#include "6_events/implicit.h"
#include "6_events/modality.h"
#include "6_events/petrphrase.h"
#include "6_events/reaction.h"
#include "6_events/retold.h"
#include "6_events/subject.h"
#include "6_events/tabrules.h"
#include "lib/util.h"

int event_same_actor(const mention_t *a, const mention_t *b)
{
    if (!strcmp(a->code, b->code)) return 1;
    return strlen(a->country) == 3 && !strcmp(a->country, b->country) &&
           (strlen(a->code) == 3 || strlen(b->code) == 3);
}

/* Was t only guessed from the place the sentence names (implicit_place)? */
static int event_place_guess(const mention_t *t)
{
    return t->how && !strcmp(t->how, "place");
}

static void event_fill(event_t *e, const mention_t *s, const mention_t *t, const char *code,
                       const char *pcode, const vmatch_t *m, const verb_t *v, int passive,
                       const char *intent, uint32_t itok)
{
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

/* How precise a CAMEO code is: its length, then a third digit that is
 * not 0 ("0312" > "031" > "030"). */
static int event_precision(const char *code)
{
    size_t n = strlen(code);
    return (int)n * 2 + (n >= 3 && code[2] != '0');
}

/* Is t the target of an earlier act of the sentence, taken by a verb joined
 * to it that names none ("summoned the ambassador and accused the country
 * of")? That verb is another act, even of the same kind (code), but for a
 * meeting and the talks held at it ("met Sisi and held talks": one 04). */
static int event_joined(const mention_t *t, const char *code)
{
    return t->how && !strcmp(t->how, "joined act") && strncmp(code, "04", 2);
}

static void event_add(events_t *out, const mention_t *s, const mention_t *t,
                      const char *code, const char *pcode, const vmatch_t *m,
                      const verb_t *v, int passive, const char *intent, uint32_t itok)
{
    /* "Rabuka told Fiji ...": a country's own people or government acting on
     * the country itself is no event; two roles of one country are
     * ("Kenyan police" against "protesters") */
    if (event_same_actor(s, t)) return;
    /* police shooting or beating their own country's people: CAMEO's
     * violent repression (175), not war */
    if ((code[0] == '1' && (code[1] == '8' || code[1] == '9')) &&
        !strcmp(s->country, t->country) && strlen(s->code) >= 6 && !strcmp(s->code + 3, "COP"))
        code = "175";
    /* protesters, crowds or a party's supporters storming or fighting their
     * own country's institutions: a riot (145); they have no army */
    if (code[0] == '1' && code[1] == '9' && !strcmp(s->country, t->country) &&
        strlen(s->code) >= 6 && strstr(" OPP CVL ELI PTY EDU LAB MED BUS REL ", s->code + 3) &&
        strlen(s->code + 3) == 3)
        code = "145";
    event_t *e = NULL;   /* an event of the same act this one replaces */
    for (size_t i = 0; i < out->n; i++) {
        const event_t *o = &out->e[i];
        /* "met her counterpart in Jakarta, the first visit by an Australian
         * minister to the Indonesian capital": an event noun retelling an
         * act of the same kind between the same sides is that act */
        if (v->noun && !v->legacy && !strncmp(o->code, code, 2) && event_same_actor(&o->src, s) &&
            event_same_actor(&o->tgt, t))
            return;
        /* "troops fought with tanks, artillery and drones", "raided and
         * closed five offices": two verbs of one kind between the same
         * words of the sentence are one act (annalist's files) */
        if (!v->legacy && !v->petrarch && !strncmp(o->code, code, 2) && !event_joined(t, code) &&
            o->src.start == s->start &&
            o->src.end == s->end && o->tgt.start == t->start && o->tgt.end == t->end &&
            !strcmp(o->src.code, s->code) && !strcmp(o->tgt.code, t->code)) {
            /* the more precise code stays ("vowed to deepen security
             * cooperation": 0312, not 030) */
            if (event_precision(code) <= event_precision(o->code)) return;
            e = &out->e[i];
            break;
        }
        if (strcmp(o->code, code)) continue;
        if (!strcmp(o->src.code, s->code) && !strcmp(o->tgt.code, t->code)) return;
        /* "police fired tear gas and stun grenades late on Saturday to
         * disperse protesters": an act on a target guessed from the place
         * and the same act by the same source on someone of that place's
         * country are one act, on the one named */
        if (!strcmp(o->src.code, s->code) && !strcmp(o->tgt.country, t->country) &&
            event_place_guess(&o->tgt) != event_place_guess(t)) {
            if (event_place_guess(&o->tgt))
                event_fill(&out->e[i], s, t, code, pcode, m, v, passive, intent, itok);
            return;
        }
        /* "arrived in Cairo on his first state visit to Egypt": a country
         * alone is the same actor named less precisely */
        if (!v->petrarch && !v->legacy && event_same_actor(&o->src, s) &&
            event_same_actor(&o->tgt, t))
            return;
    }
    if (!e) e = UTIL_PUSH(out->e, out->n, out->cap);
    event_fill(e, s, t, code, pcode, m, v, passive, intent, itok);
}

event_t *event_push_rule(events_t *out, const mention_t *src, const mention_t *tgt,
                         const char *code, uint32_t verb_tok, const char *rule)
{
    event_t *e = UTIL_PUSH(out->e, out->n, out->cap);
    memset(e, 0, sizeof *e);
    e->src = *src;
    e->tgt = *tgt;
    snprintf(e->code, sizeof e->code, "%s", code);
    snprintf(e->pattern_code, sizeof e->pattern_code, "%s", code);
    e->verb_tok = verb_tok;
    e->rule = rule;
    return e;
}

/* Is the verb at token vs a passive with no agent ("two schools were
 * hit", "was reportedly shelled")? Its subject is what was acted on. */
static int event_agentless_passive(const tokens_t *tk, uint32_t vs)
{
    uint32_t q = vs;
    if (q > 0 && tk->t[q - 1].flen > 4 && !strcmp(token_folded(tk, q - 1) + tk->t[q - 1].flen - 2, "ly"))
        q--;   /* an adverb: "reportedly", "heavily" */
    return q > 0 && words_in(token_folded(tk, q - 1), (const char *const[]){
                                 "was", "were", "been", "being", "is", "are", "be", NULL});
}

/* "X, accused of arming the RSF,", "blamed for the attack": is the match
 * m an accusation or criticism (11x) in a past form followed at once by
 * "of", "for" or "over", with no object between, and no pronoun subject
 * before it ("whom it accused of")? */
static int event_accused_of(const tokens_t *tk, const vmatch_t *m)
{
    const token_t *t = &tk->t[m->start];
    /* "whom it accused of": the object is before the subject pronoun */
    uint32_t q = m->start;
    while (q > 0 && (tk->t[q - 1].wc & (WC_AUX | WC_PASSADV)) && !token_is(tk, q - 1, "to")) q--;
    if (q > 0 && words_in(token_folded(tk, q - 1), (const char *const[]){
                              "it", "they", "he", "she", "we", "i", "who", NULL}))
        return 0;
    return !strncmp(m->code, "11", 2) && m->end < tk->n && t->flen > 4 &&
           !strcmp(token_folded(tk, m->start) + t->flen - 2, "ed") &&
           words_in(token_folded(tk, m->end), (const char *const[]){"of", "for", "over", NULL});
}

/* Is mention m the speaker of a report after a comma (", Ukrainian
 * officials said", ", officials from both countries said", ", the ministry
 * says")? A phrase of "of" or "from" and three words at most may follow
 * it before the word of speech. */
static int event_speaker(const tokens_t *tk, const mention_t *m)
{
    uint32_t s = m->start, q = m->end;
    while (s > 0 && (tk->t[s - 1].wc & WC_DET)) s--;
    if (s == 0 || !token_is(tk, s - 1, ",")) return 0;
    if (q < tk->n && (token_is(tk, q, "from") || token_is(tk, q, "of")))
        for (uint32_t k = 0; k < 4 && q < tk->n && !(tk->t[q].wc & WC_SPEECH); k++) q++;
    return q < tk->n && (tk->t[q].wc & WC_SPEECH) && !(tk->t[q].wc & WC_NEG);
}

/* The members of mention g's group into out (ACTOR_MAX_PER_SENTENCE at
 * most), those of the clause g is in ("detained migrants, and Warsaw
 * accused": Warsaw is not detained); 0 when g < 0. */
static size_t event_members(const tokens_t *tk, const mentions_t *ms, int32_t g,
                            const uint8_t *verbtok, const mention_t **out)
{
    size_t n = 0;
    int past_g = 0;
    for (size_t i = 0; g >= 0 && i < ms->n && n < ACTOR_MAX_PER_SENTENCE; i++) {
        if (ms->m[i].group != ms->m[g].group) continue;
        if (subject_opens_clause(tk, ms, (int32_t)i, verbtok)) {
            if (past_g) break;   /* a later clause */
            n = 0;               /* g is in a later clause than these */
        }
        past_g |= (int32_t)i >= g;
        /* "killing one Cambodian soldier, officials from both countries
         * said": the last of a list, set off by a comma, that speaks */
        if (n > 0 && (int32_t)i != g && event_speaker(tk, &ms->m[i])) break;
        out[n++] = &ms->m[i];
    }
    return n;
}

/* Was target t named by the sentence, not an act referred back to ("the
 * verdict") nor the place a sentence names? */
static int event_target_named(const mention_t *t)
{
    return !t->how || (strcmp(t->how, "event referred to") && strcmp(t->how, "place"));
}

/* "imposed sanctions on a Rwandan officer, accusing him of ...": the target
 * of the latest event before token before whose source is src and whose
 * target the sentence named (not a pronoun), into *out; 0 when none. */
static int event_same_object(const events_t *evs, const char *src, uint32_t before, mention_t *out)
{
    for (size_t i = evs->n; i-- > 0;) {
        const event_t *e = &evs->e[i];
        if (e->rule || e->verb_tok >= before || strcmp(e->src.code, src) ||
            !event_target_named(&e->tgt) || (e->tgt.how && !strcmp(e->tgt.how, "pronoun")))
            continue;
        *out = e->tgt;
        return 1;
    }
    return 0;
}

/* "accusing the Gulf nation of", "the country": does the noun phrase at
 * token q ("the", capitalised words) end in a word for a state? */
static int event_epithet(const tokens_t *tk, uint32_t q)
{
    uint32_t k = q + 1;
    while (k < tk->n && k < q + 4 && (tk->t[k].flags & TOK_CAP)) k++;
    return k < tk->n && !(tk->t[k].flags & TOK_CAP) &&
           words_in(token_folded(tk, k), (const char *const[]){
                        "nation", "country", "state", "kingdom", "republic", "emirate", NULL});
}

/* "X met Y and signed a deal", "thanked Y for its help and pledged to
 * deepen cooperation": a verb joined by "and" to an earlier act of the same
 * source, naming no target of its own, is aimed at that act's target. The
 * earlier event of this sentence whose source is src, or NULL. */
static const event_t *event_joined_act(const tokens_t *tk, const events_t *out,
                                       const mention_t *src, uint32_t lo, uint32_t hi)
{
    uint32_t q = lo;
    /* back over the plan and the adverbs: "and pledged to deepen" */
    while (q > 0 && (tk->t[q - 1].wc & (WC_AUX | WC_INTENT)) &&
           !token_is(tk, q - 1, "and"))
        q--;
    /* "and", or a comma in a headline or before a participle: "Modi
     * arrives in Cairo, signs strategic partnership" */
    if (q == 0 || (!token_is(tk, q - 1, "and") && !token_is(tk, q - 1, ",")))
        return NULL;
    /* "accused the West of ...": an object the dictionaries do not know;
     * but "the Gulf nation", "the country" stand for the act's target */
    if (hi + 1 < tk->n && token_is(tk, hi, "the") && (tk->t[hi + 1].flags & TOK_CAP) &&
        !event_epithet(tk, hi))
        return NULL;
    for (size_t i = out->n; i-- > 0;) {
        const event_t *e = &out->e[i];
        /* a target the sentence names, not one referred to ("condemned the
         * verdict and accused ...") */
        if (e->verb_tok < q && e->rule == NULL && !strcmp(e->src.code, src->code) &&
            e->tgt.start > e->verb_tok && e->tgt.end <= q && event_target_named(&e->tgt))
            return e;
    }
    return NULL;
}

/* Does the word at token vs stand as a noun after "as a" ("as \"an
 * attack\"", "as a provocation")? */
static int event_characterised(const tokens_t *tk, uint32_t vs)
{
    uint32_t q = vs;
    while (q > 0 && token_is(tk, q - 1, "\"")) q--;
    if (q == 0 || !words_in(token_folded(tk, q - 1), (const char *const[]){"a", "an", NULL}))
        return 0;
    q--;
    while (q > 0 && token_is(tk, q - 1, "\"")) q--;
    return q > 0 && token_is(tk, q - 1, "as");
}

/* Does the verb at token vs open a participle phrase after a comma
 * (", killing four people", ", striking energy facilities ... and killing")? */
static int event_participle(const tokens_t *tk, uint32_t vs)
{
    const token_t *t = &tk->t[vs];
    if (vs < 2 || t->flen < 5 || strcmp(token_folded(tk, vs) + t->flen - 3, "ing")) return 0;
    if (token_is(tk, vs - 1, ",")) return 1;
    /* the second of two joined participles */
    if (!token_is(tk, vs - 1, "and")) return 0;
    for (uint32_t q = vs - 1; q-- > 1;) {
        if (tk->t[q].wc & WC_BOUNDARY) return 0;
        uint32_t l = tk->t[q].flen;
        if (token_is(tk, q - 1, ",") && l >= 5 &&
            !strcmp(token_folded(tk, q) + l - 3, "ing"))
            return 1;
    }
    return 0;
}

/* "Russia launched drones at Ukraine, killing four people": is there an
 * earlier act of this sentence of code's root from s's country to t's
 * country, of which a participle phrase tells the outcome? */
static int event_outcome_of(const events_t *out, const mention_t *s, const mention_t *t,
                            const char *code)
{
    for (size_t i = 0; i < out->n; i++) {
        const event_t *o = &out->e[i];
        if (!strncmp(o->code, code, 2) && !strcmp(o->src.country, s->country) &&
            !strcmp(o->tgt.country, t->country))
            return 1;   /* (the whole country: "IGOUNO" and "IGOWSTNAT" are two) */
    }
    return 0;
}

/* "Iran has arrested a French citizen it accuses of spying", "expelled
 * the ambassador, whom it accused of": the actor before the relative
 * clause is the object (*tgt); a pronoun that is no actor ("it") stands
 * for the source of the sentence's latest act before token lo (*src). */
static void event_relative_object(const tokens_t *tk, const mentions_t *ms, const events_t *out,
                                  uint32_t lo, int32_t *src, int32_t *tgt)
{
    int pronoun = 0;
    int32_t o = subject_relative_object(tk, ms, lo, &pronoun);
    if (o == -2) *tgt = -1;   /* the object is no actor, not one further on */
    if (o < 0) return;
    if (pronoun || *src < 0) {
        int32_t s = -1;
        for (size_t i = out->n; i-- > 0 && s < 0;)
            if (out->e[i].verb_tok < lo && out->e[i].src.start < tk->n) s = ms->at[out->e[i].src.start];
        if (s < 0) return;
        *src = s;
    }
    if (*src == o) return;
    *tgt = o;
}

/* "Hamas fighters attacked southern Israel, killing about 1,200 people":
 * civilians with no country of their own (the story's home country, or a
 * role's) killed or hurt in the outcome of an attack (roots 18-20) by s on
 * another country are that country's. Fills *p and returns 1, else 0. */
static int event_victims_of(const events_t *out, const mention_t *s, const mention_t *t,
                            const char *code, mention_t *p)
{
    if (code[0] != '1' || code[1] < '8' || !t->how || strlen(t->code) != 6 ||
        strcmp(t->code + 3, "CVL") || (strcmp(t->how, "home country") && strcmp(t->how, "role")))
        return 0;
    for (size_t i = out->n; i-- > 0;) {
        const event_t *o = &out->e[i];
        if (o->code[0] != '1' || o->code[1] < '8' || strcmp(o->src.code, s->code) ||
            !strncmp(o->tgt.country, t->country, 3) || !strncmp(o->tgt.country, s->country, 3) ||
            strlen(o->tgt.country) != 3)
            continue;
        *p = *t;
        snprintf(p->code, sizeof p->code, "%.3sCVL", o->tgt.country);
        util_copy(p->country, sizeof p->country, o->tgt.country, 3);
        p->how = "victims of the act";
        return 1;
    }
    return 0;
}

/* Is the event noun at token vs what another act ends or seeks, not an act
 * of its own ("an agreement to end fighting that began", "seeking a swift
 * UN Security Council meeting")? The words before it (articles,
 * adjectives, actors, "'s") are passed over. */
static int event_noun_background(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                                 uint32_t vs)
{
    static const char *const ends[] = {"end", "ending", "ended", "ends", "halt", "halting", "stop",
                                       "stopping", "prevent", "preventing", "avert", "averting",
                                       "seek", "seeks", "seeking", "sought", "request",
                                       "requesting", "requested", NULL};
    uint32_t p = vs;
    for (int k = 0; k < 6 && p > 0; k++) {
        uint32_t q = p - 1;
        if (words_in(token_folded(tk, q), ends)) return 1;
        if (ms->at[q] >= 0) {
            p = ms->m[ms->at[q]].start;
            continue;
        }
        if (verbtok[q] || !(tk->t[q].flags & TOK_WORD) || (tk->t[q].wc & (WC_PREP | WC_BOUNDARY)))
            break;
        if (!(tk->t[q].wc & WC_DET) && (tk->t[q].flags & TOK_CAP)) break;
        p = q;
    }
    return 0;
}

/* Is code a speaker's act toward another: an appeal (02), a criticism
 * or accusation (11), a rejection (12) or a threat (13)? */
static int event_verbal(const char *code)
{
    return code[0] == '0' ? code[1] == '2' : code[0] == '1' && code[1] >= '1' && code[1] <= '3';
}

/* "Lin Jian said the region did not need military blocs, and warned
 * Tokyo": a speaker's appeal, criticism, rejection, threat or plan joined
 * by "and" after the clause that its word of speech reports is the
 * speaker's (subject_speaker_and), unless the reported clause holds such an
 * act of its own ("said Russia had accused Kyiv and warned": both the
 * reported subject's). Returns the subject to use (subj when unchanged). */
static int32_t event_speaker_and(const tokens_t *tk, const mentions_t *ms, const events_t *out,
                                 const vmatch_t *m, const char *intent, uint32_t itok,
                                 int32_t subj)
{
    uint32_t v = 0, s = 0;
    int32_t sp = subject_speaker_and(tk, ms, m->lo, subj, out->verbtok, &v, &s);
    if (sp < 0 || !(event_verbal(m->code) || (intent && itok == v))) return subj;
    for (size_t i = 0; i < out->n; i++)
        if (out->e[i].verb_tok > s && out->e[i].verb_tok < v && event_verbal(out->e[i].code))
            return subj;
    return sp;
}

static const char *event_from_match(const verbdict_t *vd, const tokens_t *tk,
                                    const mentions_t *ms, const vmatch_t *m, events_t *out,
                                    const char *prev_intent, uint32_t *prev_itok)
{
    const vform_t *f = &vd->f[m->form];
    const verb_t *v = &vd->v[f->verb];
    uint32_t cstart = subject_clause_start(tk, m->lo);
    if (cstart > 0 && token_is(tk, cstart - 1, "if")) return NULL;
    if (cstart < tk->n && (token_is(tk, cstart, "if") ||
                           token_is(tk, cstart, "whether")))
        return NULL;
    /* "a move widely seen as targeting France": an interpretation, not an act */
    if (!v->legacy && m->start >= 2 && token_is(tk, m->start - 1, "as") &&
        words_in(token_folded(tk, m->start - 2), (const char *const[]){
                     "seen", "viewed", "regarded", "perceived", "interpreted", "read", NULL}))
        return NULL;
    /* "described the verdict as \"an attack on the Serb people\"": a
     * characterisation, not an act */
    if (!v->legacy && event_characterised(tk, m->start)) return NULL;
    int passive = m->by >= 0;
    /* "the UAE, accused of arming the RSF, denied": an accusation with no
     * object before "of" is a passive; with no "by", no one accused */
    if (!passive && !v->legacy && !v->petrarch && event_accused_of(tk, m)) return NULL;
    int32_t src = m->source, tgt = m->target;
    int32_t subj = subject_find(tk, ms, m->lo, cstart, passive ? m->by : -1, out->verbtok);
    int32_t aside = subject_aside(tk, ms, m->lo);
    if (aside >= 0 && aside != m->by) subj = aside;
    int32_t rel = v->legacy || v->petrarch ? -1 : subject_relative(tk, ms, cstart, m->lo);
    if (rel >= 0 && rel != m->by && !passive) subj = rel;
    int32_t part = v->legacy || v->petrarch || passive || m->lo != m->start
                       ? -1 : subject_participle(tk, ms, m->start, out->verbtok);
    if (part >= 0) subj = part;
    if (subj < 0 && !passive && !v->legacy && !v->petrarch && !vd->tabari)
        subj = subject_over_phrase(tk, ms, m->lo, cstart, out->verbtok);   /* "after the coup and" */
    if (subj < 0 && !passive && !v->legacy && !v->petrarch && !vd->tabari && m->lo == m->start)
        subj = subject_fronted(tk, ms, m->lo, out->verbtok);   /* "Visiting Kyiv, Scholz" */
    if (subj < 0 && v->petrarch && m->lo < m->start && m->source < 0 && m->target < 0)
        /* a PETRARCH pattern that spans its subject: "- NEITHER *" over
         * "Neither Galadriel nor Gollum boycotted" */
        subj = subject_find(tk, ms, m->start, m->lo, passive ? m->by : -1, out->verbtok);
    /* a gerund too: "an agreement to end fighting" */
    int gerund = tk->t[m->start].flen > 4 &&
                 !strcmp(token_folded(tk, m->start) + tk->t[m->start].flen - 3, "ing");
    if ((v->noun || gerund) && !v->legacy && !v->petrarch &&
        event_noun_background(tk, ms, out->verbtok, m->start))
        return NULL;
    if (v->noun && m->start >= 2 && (token_is(tk, m->start - 1, "'s") ||
                                     token_is(tk, m->start - 1, "'")) &&
        ms->at[m->start - 2] >= 0) {
        subj = ms->at[m->start - 2];   /* "Russia's invasion of Ukraine" */
        /* inside a prepositional phrase of another act it is background:
         * "to assist with the response to Russia's invasion of Ukraine" */
        uint32_t ps = ms->m[subj].start;
        while (ps > 0 && words_in(token_folded(tk, ps - 1), (const char *const[]){
                                      "the", "a", "an", "its", "their", "his", "her", NULL}))
            ps--;
        if (ps > 0 && words_in(token_folded(tk, ps - 1), (const char *const[]){
                                   "to", "with", "over", "against", "amid", "since", "about",
                                   "for", "of", "into", "in", "on", "by", "despite", "under",
                                   "from", "during", "towards", "toward", NULL}))
            return NULL;
    }
    const char *intent = NULL;
    uint32_t itok = 0;
    uint32_t limit = subj >= 0 ? ms->m[subj].end : cstart;
    if (m->lo < limit) limit = m->lo;
    uint32_t pron = 0;
    int32_t speaker = subj >= 0 || passive || v->legacy || v->petrarch || m->lo != m->start
                          ? -1 : subject_quoted(tk, ms, m->start, &pron);
    if (speaker >= 0) subj = speaker, limit = pron + 1;   /* "We will not ...": negation read */
    if (vd->tabari && !passive) {
        int32_t first = subject_first_actor(tk, ms, m->lo, tgt);   /* TABARI's source rule */
        if (first >= 0) subj = first;
    }
    /* TABARI has no negation rule: its dictionaries say it in patterns
     * ("- SUGGESTED_{ NEVER | DON'T } * DEMAND CONVENTIONS") */
    /* a pattern that holds a negation word itself ("- NOT * ...") codes the
     * negated act */
    int pattern_negates = vd->tabari || (m->pat && m->pat->negates);
    if (modality_scan(tk, m->lo, limit, &intent, &itok) && !pattern_negates) return NULL;
    /* "rejected accusations that it backs the M23": a denied act */
    if (!v->legacy && !v->petrarch && !vd->tabari && modality_denied(tk, out->verbtok, m->lo, 0))
        return NULL;
    /* "have fought three wars since 1947": a habit or a count, not an act */
    if (!v->legacy && !v->petrarch && !vd->tabari && modality_habitual(tk, out->verbtok, m->start, m->hi))
        return NULL;
    /* "would travel to Banja Luka to meet Dodik": the plan of the verb
     * an infinitive of purpose serves */
    if (!v->noun && !intent && !v->legacy && !pattern_negates &&
        modality_purpose_scan(tk, ms, out->verbtok, m->start, limit, &intent, &itok))
        return NULL;
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
        if (modality_scan(tk, m->start, lim2, &i2, &t2)) return NULL;
        if (!intent && i2) intent = i2, itok = t2;
    }
    if (!intent && prev_intent && m->lo >= 1) {
        /* "agreed to step up and help X": the plan covers both verbs */
        uint32_t q = m->lo;
        while (q > 0 && token_is(tk, q - 1, "\"")) q--;
        if (q > 0 && token_is(tk, q - 1, "and")) intent = prev_intent, itok = *prev_itok;
    }
    if (intent) {
        *prev_itok = itok;
        if (out->verbtok[itok]) *UTIL_PUSH(out->markers, out->nmarkers, out->capmarkers) = itok;
    }
    /* "urged X to respect Y": not the subject's act (TABARI has no such
     * rule), unless a PETRARCH pattern binds its actors itself ("- +
     * HOSTING * MAY_DAY $") */
    if (!v->noun && !vd->tabari && modality_is_complement(tk, ms, m->start, !v->legacy) &&
        !(v->legacy && (m->source >= 0 || m->target >= 0) && m->lo < m->start) &&
        (v->legacy || v->petrarch || !reaction_caused(tk, ms, m->start)))
        return intent;
    if (!passive && !v->legacy && !v->petrarch && !vd->tabari && m->source < 0)
        subj = event_speaker_and(tk, ms, out, m, intent, itok, subj);
    if (passive) {
        src = m->by;
        tgt = subj;
    } else {
        if (src < 0) src = subj;
        /* "two soldiers were killed in clashes with Indian troops" (- + *
         * in clashes with $): a passive with no "by", whose pattern names
         * the doer; the subject is what was acted on */
        else if (tgt < 0 && subj >= 0 && subj != src && !v->legacy && !v->petrarch &&
                 event_agentless_passive(tk, m->start)) {
            /* the subject right before its "were" ("... and four people were
             * killed": the actor of the clause before is not the subject) */
            uint32_t q = ms->m[subj].end;
            while (q < m->start && (tk->t[q].wc & (WC_AUX | WC_BE | WC_PASSADV))) q++;
            if (q == m->start) tgt = subj;
        }
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
            uint32_t cend = vd->tabari ? subject_conj_clause_end(tk, ms, from)
                                       : subject_clause_end(tk, from);
            /* "accusing it of arming the RSF": the object is the pronoun
             * (aimed, when the act is joined to one, at that act's target),
             * not the actor further on */
            if (!vd->tabari && !v->petrarch && from < tk->n && ms->at[from] < 0 &&
                words_in(token_folded(tk, from), (const char *const[]){"it", "them", NULL}))
                cend = from;
            /* "accusing the Gulf nation of supplying the RSF": what follows
             * "of" is what the accused did, not whom the accusation aims at */
            for (uint32_t q = from; !vd->tabari && !v->petrarch && !m->pat && q < cend && q < from + 5;
                 q++) {
                if (ms->at[q] >= 0) break;
                if (!strncmp(m->code, "11", 2) && token_is(tk, q, "of")) cend = q;
            }
            for (uint32_t q = from; q < cend && (vd->tabari || v->petrarch || q < m->hi + 10); q++) {
                /* TABARI reads to the end of the clause for an actor whose
                 * code differs from the source's, PETRARCH (its parse) to
                 * the end of the verb phrase, past a comma inside a noun
                 * phrase ("restore complete, full diplomatic ties with") */
                if (!vd->tabari && ((token_is(tk, q, ",") &&
                                     !(v->petrarch && petrphrase_np_comma(tk, ms, m->end, q))) ||
                                    out->verbtok[q] ||
                    words_in(token_folded(tk, q), (const char *const[]){
                        "would", "will", "could", "should", "may", "might", "must", NULL})))
                    break;
                /* "condemned the actions and said Manila would ...": what
                 * follows a word of speech is what was said, not the
                 * object of this verb */
                if (!vd->tabari && !v->petrarch && q > from && (tk->t[q].wc & WC_SPEECH) &&
                    !(tk->t[q].wc & WC_NEG))
                    break;
                /* "urged the international community to pressure Israel":
                 * an unnamed object, then another verb's object */
                if (!v->legacy && q > from && token_is(tk, q, "to") &&
                    q + 1 < tk->n && ms->at[q + 1] < 0 && ms->at[q - 1] < 0 &&
                    !(tk->t[q + 1].wc & (WC_DET | WC_PREP)) && (tk->t[q + 1].flags & TOK_WORD) &&
                    !(tk->t[q + 1].flags & (TOK_NUM | TOK_CAP)))
                    break;
                /* TABARI reads past an actor with the source's code; a
                 * pronoun standing for the source ("Sam questioned whether
                 * he has a future with X") is passed over in every file */
                if (ms->at[q] >= 0 && src >= 0 &&
                    (vd->tabari || (ms->m[ms->at[q]].how && !strcmp(ms->m[ms->at[q]].how, "pronoun"))) &&
                    !strcmp(ms->m[ms->at[q]].code, ms->m[src].code))
                    continue;
                if (ms->at[q] >= 0 && ms->at[q] != src) {
                    /* "met in Suva": a capital after "in" or "at" is where, not
                     * whom ("arrived in Suva" is coded by its own pattern) */
                    const mention_t *c = &ms->m[ms->at[q]];
                    size_t cl = strlen(c->code);
                    /* "met in Luxembourg with ...": so is a country after a
                     * meeting; the target may follow it */
                    int capital = cl == 6 && !strcmp(c->code + 3, "GOV") && !c->role &&
                                  !c->person && c->entry && c->entry->ntok <= 2;
                    int country = cl == 3 && !v->legacy && !strncmp(m->code, "04", 2);
                    int place = q > 0 && !v->petrarch && (token_is(tk, q - 1, "in") ||
                                                          token_is(tk, q - 1, "at"));
                    if (place && country) {
                        q = c->end - 1;
                        continue;
                    }
                    if (place && capital) break;
                    /* "..., killing one soldier, officials from both
                     * countries said": the speaker is no one's target */
                    if (!v->legacy && !v->petrarch && event_speaker(tk, &ms->m[ms->at[q]])) break;
                    tgt = ms->at[q];
                    break;
                }
            }
        }
    }
    if (m->target < 0 && !passive && !v->legacy && !v->petrarch && !vd->tabari) {
        event_relative_object(tk, ms, out, m->lo, &src, &tgt);
        int32_t by = reaction_by_agent(tk, ms, m->code, m->hi);
        if (by >= 0 && by != src) tgt = by;   /* the doer, not the victims */
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
    size_t ns = event_members(tk, ms, src, out->verbtok, S),
           nt = event_members(tk, ms, tgt, out->verbtok, T);
    mention_t bare[ACTOR_MAX_PER_SENTENCE + 1];
    if (m->target_bare && !passive && tgt == m->target)
        /* "expelled diplomats from Argentina and Chile" (- * diplomats from
         * +): the pattern read the role; the act is aimed at the countries */
        for (size_t j = 0; j < nt; j++) {
            bare[j] = *T[j];
            if (bare[j].ecode) util_copy(bare[j].code, sizeof bare[j].code, bare[j].ecode->code, SIZE_MAX);
            T[j] = &bare[j];
        }
    /* "imposed sanctions on a Rwandan officer, accusing him of ...": an
     * object pronoun after an earlier act of the same source is that act's
     * target */
    mention_t same_obj;
    if (nt == 1 && ns == 1 && !passive && !v->legacy && T[0]->how && !strcmp(T[0]->how, "pronoun") &&
        words_in(token_folded(tk, T[0]->start), (const char *const[]){"him", "her", "them", NULL}) &&
        event_same_object(out, S[0]->code, m->start, &same_obj))
        T[0] = &same_obj;
    mention_t defsrc, deftgt;
    tabrules_default_mention(&defsrc, op->default_src, m->start);
    tabrules_default_mention(&deftgt, op->default_tgt, m->start);
    if (!ns && op->default_src[0] && !op->default_prior && nt) {
        /* no actor before the verb and no PRIOR: the first actor after it
         * is the source, the rest of its group the target */
        S[ns++] = T[0];
        memmove(T, T + 1, --nt * sizeof *T);
        if (!nt && tgt >= 0) nt = tabrules_members_before(ms, m->start, S[0], T);
    }
    if (!ns && op->default_src[0]) S[ns++] = &defsrc;
    if (!ns) return intent;
    if (!nt && op->default_tgt[0] && op->default_after) T[nt++] = &deftgt;
    if (!nt && vd->tabari && ns)
        nt = tabrules_members_before(ms, m->start, S[0], T);   /* TABARI looks before the verb */
    if (!nt && op->default_tgt[0]) T[nt++] = &deftgt;
    mention_t implicit, joined_tgt[ACTOR_MAX_PER_SENTENCE + 1];
    const event_t *joined = !nt && ns == 1 && !v->noun && !passive
                                ? event_joined_act(tk, out, S[0], m->lo, m->hi) : NULL;
    /* "urged both sides to show restraint and offered to host talks": each
     * target of the earlier act, in the order it named them */
    for (size_t i = 0; joined && i < out->n && nt < ACTOR_MAX_PER_SENTENCE; i++) {
        const event_t *e = &out->e[i];
        int seen = 0;
        for (size_t j = 0; j < nt; j++) seen |= !strcmp(T[j]->code, e->tgt.code);
        if (e->verb_tok != joined->verb_tok || strcmp(e->src.code, joined->src.code) || seen ||
            !event_target_named(&e->tgt))
            continue;
        joined_tgt[nt] = e->tgt;
        joined_tgt[nt].how = "joined act";
        T[nt] = &joined_tgt[nt];
        nt++;
    }
    if (!nt && ((ns == 1 && implicit_place(out, S[0], m->code, m->start, &implicit)) ||
                implicit_anaphor(tk, out, S[0], m->code, m->hi, &implicit) ||
                (!v->legacy && !v->petrarch && !passive &&
                 reaction_target(tk, ms, out, S[0], m->code, m->lo, &implicit))))
        T[nt++] = &implicit;
    if (!nt && ns == 1 && !v->legacy && !intent && !event_agentless_passive(tk, m->start))
        implicit_act(out, S[0], m->code);   /* "Russian forces shelled a town": "the shelling" */
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
        /* "talks mediated by Saudi Arabia and the United States": the
         * agents of a passive do not act on each other */
        if ((!pattern_without_target && !symmetric) || passive) return intent;
        memcpy(T, S, ns * sizeof *S);
        nt = ns;
    }
    char code[8], code2[8];
    if (intent && !v->legacy) modality_intent_code(m->code, code);
    else memcpy(code, m->code, sizeof code);
    if (intent && !v->legacy) modality_intent_code(m->code2, code2);
    else memcpy(code2, m->code2, sizeof code2);
    int outcome = !v->legacy && !v->petrarch && event_participle(tk, m->start);
    /* every member of the source group with every member of the target group */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < nt; j++) {
            if (S[i] == T[j]) continue;
            mention_t victims;
            if (outcome && event_victims_of(out, S[i], T[j], code, &victims)) T[j] = &victims;
            if (outcome && event_outcome_of(out, S[i], T[j], code)) continue;
            event_add(out, S[i], T[j], code, m->code, m, v, passive, intent, itok);
            /* a paired code "[032:033]": the target's act toward the source */
            if (m->code2[0])
                event_add(out, T[j], S[i], code2, m->code2, m, v, passive, intent, itok);
        }
    return intent;
}

/* Can a word starting with c be one of the verdict words ("called",
 * "described", "branded", "labelled", "termed", ...)? Their first letters,
 * tested without a call. */
static inline int event_verdict_letter(char c)
{
    return c == 'c' || c == 'd' || c == 'b' || c == 'l' || c == 't';
}

/* "marched to Yerevan to demand the resignation of": the demand a protest
 * is staged to make is what the protest is for (CAMEO's 1411-1414), not an
 * act of its own. Drops a demand (10) in the infinitive after a protest
 * (14) by the same source, the protest taking its sense. */
static void event_protest_purpose(const tokens_t *tk, events_t *out)
{
    size_t w = 0;
    for (size_t i = 0; i < out->n; i++) {
        event_t *d = &out->e[i];
        int purpose = 0;
        for (size_t j = 0; j < out->n && !purpose && !strncmp(d->code, "10", 2) &&
                           d->verb_tok > 0 && token_is(tk, d->verb_tok - 1, "to");
             j++) {
            event_t *p = &out->e[j];
            if (strncmp(p->code, "14", 2) || p->verb_tok >= d->verb_tok ||
                strcmp(p->src.code, d->src.code))
                continue;
            purpose = 1;
            if (!strcmp(p->code, "141") && !strncmp(d->code, "104", 3) && d->code[3])
                p->code[3] = d->code[3], p->code[4] = '\0';   /* 1041 -> 1411 */
        }
        if (!purpose) out->e[w++] = *d;
    }
    out->n = w;
}

/* Is event i, of a verb that served as the intent word of another act,
 * to go? Only when an act it served is coded: "threatened to impose
 * sanctions on" coded by the threat's own pattern (1312) with the
 * imposing, a less precise 131, folded into it, stays. A promise coded as
 * such (03x: "pledged $5 million in aid to") stays beside the act, but for
 * one whose pattern read over the infinitive right after it ("vowed to
 * halt aid to": the vow is the halting's, not a pledge of aid). */
static int event_marker_served(const tokens_t *tk, const events_t *out, size_t i)
{
    const event_t *e = &out->e[i];
    int served = 0;
    for (size_t j = 0; j < out->n; j++) {
        const event_t *f = &out->e[j];
        if (j == i || !f->intent || f->intent_tok != e->verb_tok) continue;
        served = 1;
        uint32_t q = f->verb_tok;
        if (q > 0 && tk->t[q - 1].flen > 4 && !(tk->t[q - 1].flags & TOK_CAP) &&
            !strcmp(token_folded(tk, q - 1) + tk->t[q - 1].flen - 2, "ly"))
            q--;   /* "to immediately halt" */
        if (q >= 2 && token_is(tk, q - 1, "to") && q - 2 >= e->verb_tok && q - 2 <= e->verb_tok + 1)
            return 1;
    }
    return served && strncmp(e->code, "03", 2);
}

void event_code_sentence(const verbdict_t *vd, const tokens_t *tk,
                         const mentions_t *ms, const vmatch_t *vm, size_t nvm,
                         events_t *out)
{
    out->n = 0;
    out->nmarkers = 0;
    out->nacts = 0;
    util_grow((void **)&out->verbtok, &out->verbcap, tk->n + 1, 1);
    memset(out->verbtok, 0, tk->n + 1);
    for (size_t k = 0; k < nvm; k++)
        for (uint32_t t = vm[k].start; t < vm[k].end && t < tk->n; t++) out->verbtok[t] = 1;
    for (size_t k = 0; k < nvm; k++)
        if (vm[k].flags & VF_DISCARD) return;   /* "[###]": the sentence is not coded */
    if (tabrules_too_complex(&vd->opt, tk, ms, vm, nvm)) return;
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
        if (!inside && !petrphrase_inside(vd, tk, vm, nvm, k))
            prev_intent = event_from_match(vd, tk, ms, &vm[k], out, prev_intent, &prev_itok);
    }
    /* a verb that served as another's intent word ("agreed to visit") is
     * not an event of its own */
    if (out->nmarkers) {
        size_t w = 0;
        for (size_t i = 0; i < out->n; i++) {
            int marker = 0;
            for (size_t k = 0; k < out->nmarkers && !marker; k++)
                if (out->e[i].verb_tok == out->markers[k])
                    marker = event_marker_served(tk, out, i);
            if (!marker) out->e[w++] = out->e[i];
        }
        out->n = w;
    }
    if (vd->tabari) tabrules_first_per_clause(vd, tk, ms, vm, nvm, out);
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
    event_protest_purpose(tk, out);
    if (!vd->tabari && vd->nv && !vd->v[0].legacy) reaction_nouns(tk, ms, out);
    /* a statement counts only when nothing else happened (TABARI and
     * PETRARCH files); in annalist's files a comment that is more than a
     * plain statement ("voiced alarm at", 012) stands beside the other acts */
    int other = 0;
    for (size_t i = 0; i < out->n; i++)
        if (strncmp(out->e[i].code, "01", 2)) other = 1;
    if (other) {
        size_t w = 0;
        for (size_t i = 0; i < out->n; i++)
            if (strncmp(out->e[i].code, "01", 2) || (out->e[i].verb && !out->e[i].verb->legacy))
                out->e[w++] = out->e[i];
        out->n = w;
    }
    /* "the Kremlin said the sanctions were illegal", "described the
     * verdict as" (annalist's files only) */
    int verdicts = !vd->tabari && vd->nv && !vd->v[0].legacy;
    for (uint32_t q = 0; verdicts && q < tk->n; q++)
        if (((tk->t[q].wc & WC_SPEECH) && !(tk->t[q].wc & WC_NEG)) ||
            (tk->t[q].flen - 6u <= 3u &&   /* 6 to 9 letters, as the words below */
             event_verdict_letter(token_folded(tk, q)[0]) &&
             words_in(token_folded(tk, q), (const char *const[]){
                         "called", "described", "describes", "branded", "brands", "labelled",
                         "labeled", "termed", "dubbed", NULL})))
            implicit_verdict(tk, ms, q,
                             subject_find(tk, ms, q, subject_clause_start(tk, q), -1, out->verbtok),
                             out);
    /* "Norway pledged $3.9 million." in a story of an earthquake in Nepal */
    if (verdicts) {
        aid_crisis_note(tk, ms, out);
        aid_implicit(tk, ms, out);
        /* "a meeting was held between Kenya and Uganda" */
        between_meetings(tk, ms, out);
        /* "this state visit to Kazakhstan": the visit coded before */
        retold_filter(tk, out);
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
