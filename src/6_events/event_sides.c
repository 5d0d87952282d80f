/* event_sides.c -- who an act's sides are beyond the subject and the
 * object the match names: the members of a group, a speaker set off by a
 * comma, the target of an earlier act a joined verb or a pronoun refers to,
 * the object before a relative clause, the victims of an attack, the
 * speaker of an appeal or threat joined by "and". Read by event_match.c. */
#include "6_events/event_sides.h"

#include <stdio.h>
#include <string.h>

#include "3_sentences/words.h"
#include "6_events/subject.h"
#include "lib/util.h"

/* Is mention m the speaker of a report after a comma (", Ukrainian
 * officials said", ", officials from both countries said", ", the ministry
 * says")? A phrase of "of" or "from" and three words at most may follow
 * it before the word of speech. */
int event_speaker(const tokens_t *tk, const mention_t *m)
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
size_t event_members(const tokens_t *tk, const mentions_t *ms, int32_t g,
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
int event_target_named(const mention_t *t)
{
    return !t->how || (strcmp(t->how, "event referred to") && strcmp(t->how, "place"));
}

/* "imposed sanctions on a Rwandan officer, accusing him of ...": the target
 * of the latest event before token before whose source is src and whose
 * target the sentence named (not a pronoun), into *out; 0 when none. */
int event_same_object(const events_t *evs, const char *src, uint32_t before, mention_t *out)
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
 * deepen cooperation", "expelled Y after accusing him of": a verb joined
 * by "and" (a comma, a word that opens a gerund's phrase) to an earlier act of the same
 * source, naming no target of its own, is aimed at that act's target. The
 * earlier event of this sentence whose source is src, or NULL. */
const event_t *event_joined_act(const tokens_t *tk, const events_t *out,
                                const mention_t *src, uint32_t lo, uint32_t hi)
{
    uint32_t q = lo;
    /* back over the plan and the adverbs: "and pledged to deepen" */
    while (q > 0 && (tk->t[q - 1].wc & (WC_AUX | WC_INTENT)) &&
           !token_is(tk, q - 1, "and"))
        q--;
    /* "and", or a comma in a headline or before a participle: "Modi
     * arrives in Cairo, signs strategic partnership" */
    /* or a gerund after a word that opens a phrase of the clause:
     * "expelled the ambassador after accusing him of" */
    int gerund = q > 0 && tk->t[lo].flen > 5 && token_ends(tk, lo, "ing") &&
                 words_in(token_folded(tk, q - 1), (const char *const[]){
                              "after", "before", "while", "when", "by", "without", "upon", NULL});
    if (q == 0 || (!token_is(tk, q - 1, "and") && !token_is(tk, q - 1, ",") && !gerund))
        return NULL;
    /* "accused the West of ...": an object the dictionaries do not know;
     * but "the Gulf nation", "the country" stand for the act's target */
    if (hi + 1 < tk->n && token_is(tk, hi, "the") && (tk->t[hi + 1].flags & TOK_CAP) &&
        !event_epithet(tk, hi))
        return NULL;
    /* "and has appealed to all parties", "urged both sides": an object of
     * its own, everyone concerned, not the act's target */
    uint32_t o = hi < tk->n && (tk->t[hi].wc & WC_PREP) ? hi + 1 : hi;
    if (o < tk->n && words_in(token_folded(tk, o), (const char *const[]){
                                  "all", "both", "every", "each", NULL}))
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

/* "Russia launched drones at Ukraine, killing four people": is there an
 * earlier act of this sentence of code's root from s's country to t's
 * country, of which a participle phrase tells the outcome? */
int event_outcome_of(const events_t *out, const mention_t *s, const mention_t *t,
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
void event_relative_object(const tokens_t *tk, const mentions_t *ms, const events_t *out,
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
int event_victims_of(const events_t *out, const mention_t *s, const mention_t *t,
                     const char *code, mention_t *p)
{
    if (code[0] != '1' || code[1] < '8' || strlen(t->code) != 6 ||
        strcmp(t->code + 3, "CVL") || !actor_country_guessed(t))
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
int32_t event_speaker_and(const tokens_t *tk, const mentions_t *ms, const events_t *out,
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
