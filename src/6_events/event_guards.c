/* event_guards.c -- what the words around a verb match say about it: a
 * passive with no agent, an accusation in the passive ("accused of"), a
 * noun after "as a", a participle after a comma, an event noun that
 * another act ends or seeks, an event noun that is a venue or what another
 * act convenes or leaves. Read by event_match.c. */
#include "6_events/event_guards.h"

#include <string.h>

#include "3_sentences/words.h"
#include "6_events/reacted.h"

/* Is the verb at token vs a passive with no agent ("two schools were
 * hit", "was reportedly shelled")? Its subject is what was acted on. */
int event_agentless_passive(const tokens_t *tk, uint32_t vs)
{
    uint32_t q = vs;
    if (q > 0 && tk->t[q - 1].flen > 4 && token_ends(tk, q - 1, "ly"))
        q--;   /* an adverb: "reportedly", "heavily" */
    return q > 0 && words_in(token_folded(tk, q - 1), (const char *const[]){
                                 "was", "were", "been", "being", "is", "are", "be", NULL});
}

/* "X, accused of arming the RSF,", "blamed for the attack": is the match
 * m an accusation or criticism (11x) in a past form followed at once by
 * "of", "for" or "over", with no object between, and no pronoun subject
 * before it ("whom it accused of")? */
int event_accused_of(const tokens_t *tk, const vmatch_t *m)
{
    const token_t *t = &tk->t[m->start];
    /* "whom it accused of": the object is before the subject pronoun */
    uint32_t q = m->start;
    while (q > 0 && (tk->t[q - 1].wc & (WC_AUX | WC_PASSADV)) && !token_is(tk, q - 1, "to")) q--;
    if (q > 0 && words_in(token_folded(tk, q - 1), (const char *const[]){
                              "it", "they", "he", "she", "we", "i", "who", NULL}))
        return 0;
    return !strncmp(m->code, "11", 2) && m->end < tk->n && t->flen > 4 &&
           token_ends(tk, m->start, "ed") &&
           words_in(token_folded(tk, m->end), (const char *const[]){"of", "for", "over", NULL});
}

/* Does the word at token vs stand as a noun after "as a" ("as \"an
 * attack\"", "as a provocation")? */
int event_characterised(const tokens_t *tk, uint32_t vs)
{
    uint32_t q = vs;
    while (q > 0 && token_is(tk, q - 1, "\"")) q--;
    if (q == 0 || !words_in(token_folded(tk, q - 1), (const char *const[]){"a", "an", NULL}))
        return 0;
    q--;
    while (q > 0 && token_is(tk, q - 1, "\"")) q--;
    return q > 0 && token_is(tk, q - 1, "as");
}

int event_flight(const tokens_t *tk, const verb_t *v, const char *code)
{
    if (code[0] != '0' || code[1] != '4' || code[2] != '2' || code[3]) return 0;
    static const char *const travel[] = {"leave", "fly", "land", "head", "depart", NULL};
    if (!verbdict_verb_is(v, travel)) return 0;
    for (uint32_t q = 0; q < tk->n; q++) {
        const char *f = token_folded(tk, q);
        if (tk->t[q].flen < 4 || tk->t[q].flen > 10 ||
            (f[0] != 'a' && f[0] != 'e' && f[0] != 'f' && f[0] != 'o' && f[0] != 't' &&
             f[0] != 'd'))
            continue;   /* most words, at the cost of a byte */
        if (words_in(f, (const char *const[]){
                         "asylum", "exile", "fled", "flee", "flees", "fleeing", "ousted",
                         "toppled", "deposed", "overthrown", "escaped", NULL}))
            return 1;
    }
    return 0;
}

/* Does the verb at token vs open a participle phrase after a comma
 * (", killing four people", ", striking energy facilities ... and killing")? */
int event_participle(const tokens_t *tk, uint32_t vs)
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

/* Is the event noun at token vs what another act ends or seeks, not an act
 * of its own ("an agreement to end fighting that began", "seeking a swift
 * UN Security Council meeting"), condemns or blames ("blamed the attack
 * on Pakistan")? With consult (a meeting or talks, 04), one another act
 * puts off counts too ("to postpone Red Cross talks with"). The words
 * before it (articles, adjectives, actors, "'s", a name after the verb
 * that puts it off) are passed over. */
int event_noun_background(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                          uint32_t vs, int consult)
{
    static const char *const ends[] = {"end", "ending", "ended", "ends", "halt", "halting", "stop",
                                       "stopping", "prevent", "preventing", "avert", "averting",
                                       "seek", "seeks", "seeking", "sought", "request",
                                       "requesting", "requested", NULL};
    /* what puts talks or a meeting off: "to postpone Red Cross talks" */
    static const char *const offs[] = {"postpone", "postponed", "postpones", "postponing",
                                       "suspend", "suspended", "suspends", "suspending",
                                       "cancel", "cancelled", "canceled", "cancels",
                                       "cancelling", "canceling", "delay", "delayed", "delays",
                                       "delaying", "boycott", "boycotted", "boycotts",
                                       "boycotting", NULL};
    uint32_t p = vs;
    for (int k = 0; k < 6 && p > 0; k++) {
        uint32_t q = p - 1;
        if (words_in(token_folded(tk, q), ends) || (consult && words_in(token_folded(tk, q), offs)))
            return 1;
        /* "Iran condemned Israel's strikes against Syria": the act
         * condemned, told again as the object of its condemnation */
        if (reacted_verb(tk, q)) return 1;
        /* "India blamed the attack on Pakistan": the act blamed on
         * another (who the accusation names), not the blamer's own */
        if (words_in(token_folded(tk, q), (const char *const[]){
                "blame", "blames", "blamed", "blaming", NULL}))
            return 1;
        if (tk->t[q].wc & WC_TIME) {   /* "condemned on Monday the strikes" */
            p = q;
            if (q > 0 && token_is(tk, q - 1, "on")) p = q - 1;
            continue;
        }
        if (ms->at[q] >= 0) {
            p = ms->m[ms->at[q]].start;
            continue;
        }
        if (verbtok[q] || !(tk->t[q].flags & TOK_WORD) || (tk->t[q].wc & (WC_PREP | WC_BOUNDARY)))
            break;
        /* a capital stops the walk, but for talks a name right after the
         * verb that puts them off ("postpone Red Cross talks") */
        if (!(tk->t[q].wc & WC_DET) && (tk->t[q].flags & TOK_CAP) &&
            !(consult && q > 0 &&
              (((tk->t[q - 1].flags & TOK_CAP) && !(tk->t[q - 1].wc & WC_DET)) ||
               words_in(token_folded(tk, q - 1), offs))))
            break;
        p = q;
    }
    return 0;
}

/* Is the event noun of match m (at token m->start) a place or an occasion
 * rather than an act of the clause: a venue ("speaking in Cambodia at a
 * meeting of Southeast Asian foreign ministers", "on the sidelines of a
 * summit"), a meeting left ("walked out of a Pacific Islands Forum
 * meeting"), or one whose actor before it is another verb's subject ("the
 * Organization of American States called an emergency meeting": OAS is
 * no one's partner in it)? The words before the noun (articles,
 * adjectives, actors) are passed over, six at most. */
int event_noun_venue(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                     const vmatch_t *m)
{
    if (m->target >= 0 && ms->m[m->target].end < m->start) {
        uint32_t e = ms->m[m->target].end;
        for (uint32_t q = e; q < m->start; q++)
            if (verbtok[q]) return 1;
        /* "OAS called an emergency meeting", "Russia requests a meeting":
         * a verb (a word in -ed or -s right after the actor, then an
         * article) whose object the noun is */
        if (e + 1 < m->start && tk->t[e].flen > 3 && !(tk->t[e].flags & TOK_CAP) &&
            (token_ends(tk, e, "ed") || token_ends(tk, e, "s")) &&
            words_in(token_folded(tk, e + 1), (const char *const[]){"a", "an", "the", NULL}))
            return 1;
    }
    uint32_t p = m->start;
    for (int k = 0; k < 6 && p > 0; k++) {
        uint32_t q = p - 1;
        if (ms->at[q] >= 0) {
            p = ms->m[ms->at[q]].start;
            continue;
        }
        if (tk->t[q].wc & WC_PREP) {
            if (token_is(tk, q, "at")) return 1;
            return token_is(tk, q, "of") && q > 0 &&
                   words_in(token_folded(tk, q - 1), (const char *const[]){
                                "out", "sidelines", "margins", NULL});
        }
        if (verbtok[q] || !(tk->t[q].flags & TOK_WORD) || (tk->t[q].wc & WC_BOUNDARY)) return 0;
        p = q;
    }
    return 0;
}

int event_actor_venue(const tokens_t *tk, uint32_t q)
{
    if (q >= 2 && token_is(tk, q - 1, "the")) q--;
    return q >= 2 && token_is(tk, q - 1, "of") &&
           words_in(token_folded(tk, q - 2), (const char *const[]){
                        "sidelines", "sideline", "margins", "margin", NULL});
}

/* "The Saudi-led coalition fighting in Yemen also said", "Kenyan police
 * fighting gangs in Haiti said on Monday": is the verb of match m an -ing
 * form right after an actor, in a phrase that describes it, the clause's
 * own verb following before any comma? */
int event_reduced_relative(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                           const vmatch_t *m)
{
    uint32_t vs = m->start;
    if (vs < 2 || m->lo != vs || tk->t[vs].flen < 5 || !token_ends(tk, vs, "ing")) return 0;
    /* the actor, or its head noun after it ("the Saudi-led coalition") */
    uint32_t a = vs - 1;
    if (ms->at[a] < 0 && (tk->t[a].flags & TOK_WORD) && !(tk->t[a].flags & TOK_CAP) &&
        !(tk->t[a].wc & (WC_PREP | WC_DET | WC_AUX | WC_BE | WC_BOUNDARY)))
        a--;
    if (ms->at[a] < 0 || ms->m[ms->at[a]].end != a + 1) return 0;
    for (uint32_t q = m->end; q < tk->n && q < m->end + 12; q++) {
        if ((tk->t[q].wc & WC_BOUNDARY) || token_is(tk, q, ",")) return 0;
        if ((verbtok[q] || (tk->t[q].wc & WC_SPEECH)) && (tk->t[q].flags & TOK_WORD) &&
            !(tk->t[q - 1].wc & WC_PREP) && !token_is(tk, q - 1, "and") &&
            !(tk->t[q - 1].wc & WC_DET) && ms->at[q] < 0)
            return 1;
    }
    return 0;
}

/* "Pakistan to release captured Indian pilot", "to reinstate ousted
 * President Mohamed Bazoum", "the jailed opposition leader": is the verb of
 * match m a past participle standing as an adjective before the actor it
 * describes (right after an article, another verb or an infinitive,
 * right before the actor), not the clause's act? */
int event_adjective_participle(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                               const vmatch_t *m)
{
    uint32_t vs = m->start;
    if (m->lo != vs || m->end != vs + 1 || vs == 0 || vs + 1 >= tk->n || tk->t[vs].flen < 5 ||
        !token_ends(tk, vs, "ed") || ms->at[vs + 1] < 0 || ms->m[ms->at[vs + 1]].start != vs + 1)
        return 0;
    uint32_t q = vs - 1;
    if (words_in(token_folded(tk, q), (const char *const[]){"the", "a", "an", "its", "their",
                                                            "his", "her", "'s", NULL}))
        return 1;
    if (!(tk->t[q].flags & TOK_WORD) || (tk->t[q].flags & TOK_CAP) ||
        (tk->t[q].wc & (WC_AUX | WC_BE | WC_PREP | WC_BOUNDARY)))
        return 0;
    /* a verb of another match, or an infinitive ("to reinstate") */
    return verbtok[q] || (q > 0 && token_is(tk, q - 1, "to"));
}
