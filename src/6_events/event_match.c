/* event_match.c -- the events of one verb match: whether it is an act at
 * all (conditions, interpretations, negation, plans, complements), its
 * source and target (subject.c, event_sides.c), the members of each side
 * and TABARI's default actors, each pair recorded by event_add. */
#include "6_events/event_match.h"

#include <string.h>

#include "3_sentences/words.h"
#include "6_events/attributed.h"
#include "6_events/chain.h"
#include "6_events/dyad.h"
#include "6_events/event_add.h"
#include "6_events/event_guards.h"
#include "6_events/event_sides.h"
#include "6_events/held.h"
#include "6_events/implicit.h"
#include "6_events/modality.h"
#include "6_events/nounphrase.h"
#include "6_events/petrphrase.h"
#include "6_events/purpose.h"
#include "6_events/quotespan.h"
#include "6_events/reacted.h"
#include "6_events/reaction.h"
#include "6_events/subject.h"
#include "6_events/tabrules.h"
#include "lib/util.h"

/* Is target t a pronoun of its own that names the source group S itself:
 * "Cuba, Venezuela and Nicaragua condemned what they called a coup" is no
 * act of Cuba on Venezuela? (Not a member of S: "he and Modi agreed",
 * "since they fought a war" pair S's members with each other.) */
static int event_own_subject(const mention_t *t, const mention_t *const *S, size_t ns)
{
    if (!t->how || t->how[0] != 'p' || strcmp(t->how, "pronoun")) return 0;
    int same_code = 0;
    for (size_t i = 0; i < ns; i++) {
        if (S[i] == t) return 0;
        same_code |= !strcmp(S[i]->code, t->code);
    }
    return same_code;
}

/* Is v a verb whose subjects, joined, act on each other when it has no
 * object ("Armenian and Azerbaijani troops clashed", "the two sides fought",
 * "signed", "agreed", "negotiated")? Its lemma, or that of the verb a
 * synonym line reads it as. Asked only of an act with no target. */
static int event_reciprocal_verb(const verb_t *v)
{
    static const char *const two_sided[] = {
        "meet", "talk", "negotiate", "confer", "discuss", "sign", "agree", "clash", "fight",
        "battle", "skirmish", "trade", "exchange", "cooperate", "collaborate", "reconcile", NULL};
    return verbdict_verb_is(v, two_sided);
}

/* Is mention m a subject the words only point to, a pronoun or a role
 * read as the story's ("The government" by its home country), which a
 * quotation's speaker may stand for instead? */
static int event_read_subject(const mention_t *m)
{
    const char *h = m->how;   /* most differ at the first letter */
    return h && ((h[0] == 'r' && !strcmp(h, "role")) || (h[0] == 'h' && !strcmp(h, "home country")) ||
                 (h[0] == 'p' && !strcmp(h, "pronoun")));
}

/* Does a pronoun or a word that opens a clause of its own stand in
 * tokens [from, to) ("I know he has received", "we said that they")? Then
 * the subject of a verb at to is not the actor before from. */
static int event_other_subject(const tokens_t *tk, uint32_t from, uint32_t to)
{
    for (uint32_t k = from; k < to; k++)
        if (words_in(token_folded(tk, k), (const char *const[]){
                "he", "she", "it", "they", "you", "who", "that", "which", NULL}))
            return 1;
    return 0;
}

/* Does the group of mention g open after a preposition other than "of"
 * ("is to travel to Tokyo, Seoul and Beijing next week to discuss", "met
 * with Japan and South Korea to discuss")? Then it is that preposition's
 * object, not a subject whose members act on each other ('%' before the
 * verb). Asked only of a '%' match of annalist's own rules (TABARI reads
 * "Mordor with Fornost and Gondor welcomed" as the group's act). */
static int event_group_after_prep(const tokens_t *tk, const mentions_t *ms, int32_t g)
{
    int32_t f = g;
    while (f > 0 && ms->m[f - 1].group == ms->m[g].group) f--;
    uint32_t s0 = ms->m[f].start;
    while (s0 > 0 && (tk->t[s0 - 1].wc & WC_DET)) s0--;
    /* "the leaders of Japan and South Korea discussed": the group's own */
    return s0 > 0 && (tk->t[s0 - 1].wc & WC_PREP) && !token_is(tk, s0 - 1, "of");
}

const char *event_from_match(const verbdict_t *vd, const tokens_t *tk,
                             const mentions_t *ms, const vmatch_t *m, events_t *out,
                             const char *prev_intent, uint32_t *prev_itok)
{
    const vform_t *f = &vd->f[m->form];
    const verb_t *v = &vd->v[f->verb];
    /* a verb of annalist's own files (not of a TABARI or PETRARCH file),
     * and annalist's own rules in force besides (no TABARI file loaded,
     * whose rules then serve every verb): what the rules for news need */
    const int own_verb = !v->legacy && !v->petrarch;
    const int own_rules = own_verb && !vd->tabari;
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
    /* "Morales leaves for Mexico after accepting asylum": a flight, no visit */
    if (own_rules && event_flight(tk, v, m->code)) return NULL;
    /* "described the verdict as \"an attack on the Serb people\"": a
     * characterisation, not an act */
    if (!v->legacy && event_characterised(tk, m->start)) return NULL;
    /* "what he called Russia's \"disproportionate use of force\"": naming,
     * not a telephone call (a pattern of its own codes a verdict: "called
     * X a terrorist", 111) */
    int consult = m->code[0] == '0' && m->code[1] == '4';   /* a meeting or talks (04) */
    if (own_verb && consult && modality_naming(tk, ms, m->start))
        return NULL;
    /* "to release captured Indian pilot", "reinstate the ousted President":
     * a past participle as an adjective of the actor after it */
    if (own_verb && event_adjective_participle(tk, ms, out->verbtok, m)) return NULL;
    /* "the coalition fighting in Yemen also said": a phrase describing the
     * actor */
    if (own_verb && event_reduced_relative(tk, ms, out->verbtok, m)) return NULL;
    int passive = m->by >= 0;
    /* "the bombing of a hospital blamed on Israel": the participle names
     * the bombing's doer, it is no act of the sentence's subject */
    if (!passive && own_verb && attributed_doer(tk, ms, m->start) >= 0) return NULL;
    /* "the UAE, accused of arming the RSF, denied": an accusation with no
     * object before "of" is a passive; with no "by", no one accused */
    if (!passive && own_verb && event_accused_of(tk, m)) return NULL;
    int32_t src = m->source, tgt = m->target;
    int32_t subj = subject_find(tk, ms, m->lo, cstart, passive ? m->by : -1, out->verbtok);
    int32_t aside = subject_aside(tk, ms, m->lo);
    if (aside >= 0 && aside != m->by) subj = aside;
    int32_t rel = own_verb ? subject_relative(tk, ms, cstart, m->lo) : -1;
    if (rel >= 0 && rel != m->by && !passive) subj = rel;
    /* "the junta that seized power": the noun before the pronoun */
    int32_t bare_rel = own_rules && !v->noun && m->lo == m->start
                           ? subject_relative_bare(tk, ms, m->lo, out->verbtok) : -1;
    if (bare_rel >= 0 && bare_rel != m->by) subj = bare_rel;
    int32_t part = !own_verb || passive || m->lo != m->start
                       ? -1 : subject_participle(tk, ms, m->start, out->verbtok);
    if (part >= 0) subj = part;
    if (!passive && own_rules && m->lo == m->start) {
        /* "expelled the envoy after accusing him of", "joined other
         * leaders in calling for" */
        int joined = 0;
        int32_t g = subject_gerund(tk, ms, m->start, out->verbtok, &joined);
        if (g == -2) return NULL;
        if (g >= 0 && (subj < 0 || joined)) subj = g;
    }
    if (subj < 0 && !passive && own_rules)
        subj = subject_over_phrase(tk, ms, m->lo, cstart, out->verbtok);   /* "after the coup and" */
    if (!passive && own_rules) {   /* "A strike blamed on Ukraine killed" */
        int32_t doer = attributed_subject(tk, ms, m->lo);
        if (doer >= 0) subj = doer;
    }
    if (subj < 0 && !passive && own_rules && consult && m->source < 0 &&
        (m->target < 0 || ms->m[m->target].start > m->start))
        subj = subject_after_talks(tk, ms, m->lo, cstart, out->verbtok);   /* "after talks with" */
    if (subj < 0 && !passive && own_rules && m->lo == m->start)
        subj = subject_fronted(tk, ms, m->lo, out->verbtok);   /* "Visiting Kyiv, Scholz" */
    if (subj < 0 && v->petrarch && m->lo < m->start && m->source < 0 && m->target < 0)
        /* a PETRARCH pattern that spans its subject: "- NEITHER *" over
         * "Neither Galadriel nor Gollum boycotted" */
        subj = subject_find(tk, ms, m->start, m->lo, passive ? m->by : -1, out->verbtok);
    /* "visited the DRC to hold talks with Kabila": the infinitive serves
     * the verb before its object, whose subject it has; "will be in
     * Brussels to meet": a place, not the infinitive's subject */
    uint32_t gov = 0;
    int32_t pobj = -1;
    int purpose = own_rules && !passive && !v->noun &&
                          (m->lo == m->start || (m->lo + 1 == m->start && token_is(tk, m->lo, "to")))
                      ? purpose_after_actor(tk, ms, out->verbtok, m->start, m->code, &gov, &pobj)
                      : 0;
    if (purpose == 2) {
        int32_t a = subject_aside(tk, ms, gov);
        subj = a >= 0 ? a : subject_find(tk, ms, gov, subject_clause_start(tk, gov), -1, out->verbtok);
    }
    /* "condemned a strike that killed 13 people": the act condemned, its
     * doer unnamed or named before the clause ("attributed to Israel") */
    if (!passive && m->source < 0 && !v->legacy && !v->petrarch && !vd->tabari) {
        int32_t doer = reacted_relative(tk, ms, out->verbtok, m->lo);
        if (doer == -2) return NULL;
        if (doer >= 0) subj = doer;
        /* "the country that invaded Ukraine": no actor acts */
        else if (bare_rel == -2) return NULL;
    }
    /* a gerund too: "an agreement to end fighting" */
    int gerund = tk->t[m->start].flen > 4 && token_ends(tk, m->start, "ing");
    /* and a plural noun read as a verb: "postpone Red Cross talks with" */
    int plural = consult && m->lo == m->start && m->start > 1 && tk->t[m->start].flen > 4 &&
                 token_ends(tk, m->start, "s");
    if ((v->noun || gerund || plural) && own_verb &&
        event_noun_background(tk, ms, out->verbtok, m->start, consult))
        return NULL;
    if (v->noun && !v->legacy && !v->petrarch) {
        /* "at a meeting of", "walked out of a meeting" */
        if (event_noun_venue(tk, ms, out->verbtok, m)) return NULL;
        int32_t doer;
        if (nounphrase_background(tk, ms, out->verbtok, m, &doer)) return NULL;
        if (doer >= 0) subj = doer;   /* "Russia's invasion of Ukraine" */
    }
    const char *intent = NULL;
    uint32_t itok = 0;
    uint32_t limit = subj >= 0 ? ms->m[subj].end : cstart;
    if (m->lo < limit) limit = m->lo;
    uint32_t pron = 0;
    /* '"Given this would not benefit New Zealand, we will raise': "we" (or
     * "I") between an actor and the verb is the subject, in a sentence
     * with quoted words */
    int32_t fp = !out->quoted || passive || !own_verb || m->lo != m->start || subj < 0
                     ? -1 : subject_first_person(tk, m->start);
    int we = fp >= 0 && ms->at[fp] < 0 && ms->m[subj].end <= (uint32_t)fp;
    /* "We", "Our country" inside a quotation: its speaker (a subject read
     * as a state's role, "The government", is the speaker's too) */
    int32_t speaker = passive || !own_verb || m->lo != m->start ||
                              (subj >= 0 && !event_read_subject(&ms->m[subj]) && !we)
                          ? -1 : subject_quoted(tk, ms, m->start, &pron);
    if (speaker >= 0 && subj >= 0 && !we && ms->at[pron] != subj) speaker = -1;
    if (speaker >= 0) subj = speaker, limit = pron + 1;   /* "We will not ...": negation read */
    else if (we) subj = -1;   /* whose speaker no one named */
    /* '"I know he has received ...": the "I" or "we" of a quotation
     * (quotespan.c) is no subject past another's */
    if (out->quoted && subj >= 0 && !passive && ms->m[subj].how == quotespan_how &&
        event_other_subject(tk, ms->m[subj].end, m->lo))
        subj = -1;
    if (out->quoted && tgt >= 0 && ms->m[tgt].how == quotespan_how) tgt = -1;   /* "we" is no object */
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
    /* "said the government should engage with the people": a duty named,
     * not an act (the appeal is the speaker's verb's) */
    if (own_rules && !pattern_negates && modality_obligation(tk, m->start)) return NULL;
    /* "demanded that Damascus withdraw its troops": what is asked for */
    if (own_rules && !passive && m->lo == m->start && modality_mandated(tk, ms, m->start))
        return NULL;
    /* "rejected accusations that it backs the M23": a denied act */
    if (own_rules && modality_denied(tk, out->verbtok, m->lo, 0))
        return NULL;
    /* "have fought three wars since 1947": a habit or a count, not an act */
    if (own_rules && modality_habitual(tk, out->verbtok, m->start, m->hi))
        return NULL;
    /* "would travel to Banja Luka to meet Dodik": the plan of the verb
     * an infinitive of purpose serves */
    if (!v->noun && !intent && !v->legacy && !pattern_negates &&
        modality_purpose_scan(tk, ms, out->verbtok, m->start, limit, &intent, &itok))
        return NULL;
    /* "will visit Uganda to hold talks", "did not visit Uganda to": the plan
     * or negation of the verb served, read before its own words */
    if (purpose == 2 && !intent && !pattern_negates && modality_scan(tk, gov, limit, &intent, &itok))
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
        if (q > 1 && token_is(tk, q - 1, "to")) q--;   /* "to meet X and to welcome Y" */
        if (q > 0 && token_is(tk, q - 1, "and")) intent = prev_intent, itok = *prev_itok;
    }
    if (intent) {
        *prev_itok = itok;
        if (out->verbtok[itok]) *UTIL_PUSH(out->markers, out->nmarkers, out->capmarkers) = itok;
    }
    /* a story's headline "UK to expel 23 Russian diplomats": "to" is its
     * "will" */
    int headline = own_rules && !intent && !v->noun && out->sentence == 0 && !passive &&
                   modality_headline_to(tk, ms, out->verbtok, m->start);
    if (headline) intent = tk->fold.s + tk->t[m->start - 1].foff, itok = m->start - 1;
    /* "urged X to respect Y": not the subject's act (TABARI has no such
     * rule), unless a PETRARCH pattern binds its actors itself ("- +
     * HOSTING * MAY_DAY $") */
    if (!v->noun && !vd->tabari && !purpose && !headline &&
        modality_is_complement(tk, ms, m->start, !v->legacy) &&
        !(v->legacy && (m->source >= 0 || m->target >= 0) && m->lo < m->start) &&
        (!own_verb || !reaction_caused(tk, ms, m->start)))
        return intent;
    if (!passive && own_rules && m->source < 0) {
        int32_t said = event_speaker_and(tk, ms, out, m, intent, itok, subj);
        /* "spoke to Qatar's ruler Sheikh Tamim by phone and urged him" */
        subj = said != subj || m->lo != m->start ? said : chain_source(tk, ms, out, m->lo, subj);
        /* "apologised to Quito, but accused Colombia" */
        if (subj < 0 && m->lo == m->start) subj = chain_but_source(tk, ms, out, m->lo);
    }
    if (passive) {
        src = m->by;
        tgt = subj;
    } else {
        if (src < 0) src = subj;
        /* "two soldiers were killed in clashes with Indian troops" (- + *
         * in clashes with $): a passive with no "by", whose pattern names
         * the doer; the subject is what was acted on */
        else if (tgt < 0 && subj >= 0 && subj != src && own_verb &&
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
                if (out->quoted && ms->at[q] >= 0 && ms->m[ms->at[q]].how == quotespan_how)
                    break;   /* '"... urged Minsk, and we will": "we" opens a clause */
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
                    /* "met on the sidelines of the G20 summit": the occasion */
                    if (!v->legacy && !strncmp(m->code, "04", 2) && event_actor_venue(tk, q)) {
                        q = c->end - 1;
                        continue;
                    }
                    /* "..., killing one soldier, officials from both
                     * countries said": the speaker is no one's target */
                    if (own_verb && event_speaker(tk, &ms->m[ms->at[q]])) break;
                    tgt = ms->at[q];
                    break;
                }
            }
        }
    }
    if (m->target < 0 && !passive && own_rules) {
        event_relative_object(tk, ms, out, m->lo, &src, &tgt);
        int32_t by = reaction_by_agent(tk, ms, m->code, m->hi);
        if (by >= 0 && by != src) tgt = by;   /* the doer, not the victims */
        /* "telephoned Erdogan to express his support": a cooperative act
         * (01-08) of a purpose with no object of its own is aimed at the
         * served verb's object */
        if (tgt < 0 && purpose == 2 && m->code[0] == '0' && pobj != src) tgt = pobj;
    }
    if (!passive && own_rules) {
        /* "demanded the release of X, who has been detained in Russia": the
         * demand is on the holder, not on the person held */
        int32_t holder = held_holder(tk, ms, m->code, m->lo, m->hi);
        if (holder >= 0 && holder != src &&
            (src < 0 || strncmp(ms->m[holder].country, ms->m[src].country, 3)))
            tgt = holder;
    }
    if (m->compound >= 0 && m->pat && !passive) {   /* a compound comes from a pattern */
        /* '%', a group: each member with the others ("% agree": Y and Z
         * agree); in PETRARCH files a '%' after the verb ("X agrees with %")
         * is the target, each member */
        int after = 0;
        for (uint32_t k = m->pat->star + 1; k < m->pat->nel; k++)
            after |= m->pat->el[k].kind == PE_COMPOUND;
        if (after && v->petrarch && src >= 0 && ms->m[src].group != ms->m[m->compound].group) tgt = m->compound;
        else if (!after && own_rules && event_group_after_prep(tk, ms, m->compound)) return intent;
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
    if (nt == 1 && ns >= 1 && !passive && !v->legacy && T[0]->how && !strcmp(T[0]->how, "pronoun") &&
        words_in(token_folded(tk, T[0]->start), (const char *const[]){"him", "her", "them", NULL}) &&
        event_same_object(out, S[0]->code, m->start, &same_obj))
        T[0] = &same_obj;
    mention_t defsrc, deftgt;   /* TABARI's DEFAULT: actors, only when set */
    if (op->default_src[0]) tabrules_default_mention(&defsrc, op->default_src, m->start);
    if (op->default_tgt[0]) tabrules_default_mention(&deftgt, op->default_tgt, m->start);
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
    mention_t implicit[IMPLICIT_DOERS], joined_tgt[ACTOR_MAX_PER_SENTENCE + 1];
    /* "Saudi Arabia, Egypt, the UAE and Bahrain severed relations with
     * Qatar, accusing it of": each member's act joined to theirs */
    const event_t *joined = !nt && !v->noun && !passive
                                ? event_joined_act(tk, out, S[0], m->lo, m->hi) : NULL;
    /* "urged both sides to show restraint and offered to host talks": each
     * target of the earlier act, in the order it named them */
    for (size_t i = 0; joined && i < out->n && nt < ACTOR_MAX_PER_SENTENCE; i++) {
        const event_t *e = &out->e[i];
        int seen = 0;
        for (size_t j = 0; j < nt; j++) seen |= !strcmp(T[j]->code, e->tgt.code);
        for (size_t j = 0; j < ns; j++) seen |= !strcmp(S[j]->code, e->tgt.code);   /* "met and signed" */
        if (e->verb_tok != joined->verb_tok || strcmp(e->src.code, joined->src.code) || seen ||
            !event_target_named(&e->tgt))
            continue;
        joined_tgt[nt] = e->tgt;
        joined_tgt[nt].how = "joined act";
        T[nt] = &joined_tgt[nt];
        nt++;
    }
    /* "Iran condemned the strikes as a violation of Yemen's sovereignty":
     * the doers of the act referred to, not its victim */
    size_t nimp = nt && own_rules && !passive && tgt >= 0
                      ? reacted_doers(tk, ms, out, S[0], m->code, m->hi, tgt, implicit)
                      : 0;
    if (nimp) nt = 0;
    else if (!nt && !(ns == 1 && (nimp = implicit_place(out, S[0], m->code, m->start, implicit))) &&
        !(nimp = implicit_anaphor(tk, out, S[0], m->code, m->hi, implicit)) && own_verb && !passive)
        nimp = (size_t)reaction_target(tk, ms, out, S[0], m->code, m->lo, implicit);
    /* "Thai troops had attacked first", "Malaysia offers to mediate": the
     * story's dyad (one source: "Thai, Cambodian troops clash" is each
     * member's act on the other) */
    if (!nt && !nimp && ns == 1 && own_rules && !passive)
        nimp = dyad_target(tk, out, S[0], m->code, m->start, m->hi, implicit);
    /* "France and China have also offered help": the earlier act's target */
    if (!nt && !nimp && own_rules && !passive)
        nimp = implicit_also(tk, out, S, ns, m->code, m->start, implicit);
    for (size_t k = 0; k < nimp; k++) T[nt++] = &implicit[k];
    if (!nt && ns == 1 && !v->legacy && !intent && !event_agentless_passive(tk, m->start))
        implicit_act(out, S[0], m->code);   /* "Russian forces shelled a town": "the shelling" */
    if (!nt) {
        /* "Gondor and Osgiliath held talks": each member with the others,
         * for acts that take two sides: a meeting, cooperation, an accord
         * (04, 06, 050, 057, 03), a pattern of relations, a truce or a swap
         * (05 or 08 with no target) or a verb of two sides ("clashed",
         * "fought", "traded fire"); "Fiji and Tonga thanked donors", "French
         * and UN helicopters pounded his residence" (190 by default) and
         * "France and Russia condemn attack" give nothing */
        int pattern_without_target = m->pat != NULL;
        for (uint32_t k = 0; m->pat && k < m->pat->nel; k++)
            if (m->pat->el[k].kind == PE_TARGET) pattern_without_target = 0;
        int symmetric = !strncmp(m->code, "04", 2) || !strncmp(m->code, "06", 2) ||
                        /* "established diplomatic relations", "called a truce" */
                        (pattern_without_target && (!strncmp(m->code, "05", 2) || !strncmp(m->code, "08", 2))) ||
                        !strcmp(m->code, "050") || !strcmp(m->code, "057") ||
                        !strncmp(m->code, "03", 2) || event_reciprocal_verb(v) ||
                        (intent && !strncmp(intent, "agree", 5));   /* "agreed to disengage" */
        /* "talks mediated by Saudi Arabia and the United States": the
         * agents of a passive do not act on each other */
        if (!symmetric || passive) return intent;
        memcpy(T, S, ns * sizeof *S);
        nt = ns;
    }
    /* "announced that the UK would suspend contacts", "agreed to impose
     * sanctions": a measure decided is the act, not a threat */
    int decided = intent && own_rules &&
                  modality_decided(tk, out->verbtok, itok, m->start, m->code, headline);
    char code[8], code2[8];
    if (intent && !v->legacy && !decided) modality_intent_code(m->code, code);
    else memcpy(code, m->code, sizeof code);
    if (intent && !v->legacy && !decided) modality_intent_code(m->code2, code2);
    else memcpy(code2, m->code2, sizeof code2);
    size_t first = out->n;
    /* "The US, Russia, China, France, Britain and Germany have been
     * negotiating": more than three joined members paired with each other
     * are a bloc at work, not n(n-1) bilateral acts (30 events for six);
     * two or three still pair ("Iran, Turkey and Brazil signed") */
    if (ns > 3 && nt == ns && T[0] == S[0]) return intent;
    int outcome = own_verb && event_participle(tk, m->start);
    /* every member of the source group with every member of the target group */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < nt; j++) {
            if (S[i] == T[j] || event_own_subject(T[j], S, ns)) continue;
            mention_t victims;
            if (outcome && event_victims_of(out, S[i], T[j], code, &victims)) T[j] = &victims;
            if (outcome && event_outcome_of(out, S[i], T[j], code)) continue;
            event_add(out, S[i], T[j], code, m->code, m, v, passive, intent, itok);
            /* a paired code "[032:033]": the target's act toward the source */
            if (m->code2[0])
                event_add(out, T[j], S[i], code2, m->code2, m, v, passive, intent, itok);
        }
    for (size_t i = first; decided && i < out->n; i++) out->e[i].intent = 2;
    return intent;
}
