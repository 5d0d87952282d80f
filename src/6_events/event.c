/* event.c -- the events of a sentence: each verb match coded
 * (event_match.c), then what the sentence keeps: intent words that are no
 * act, TABARI's dominant and subordinate codes, plain statements beside
 * other acts, a protest's purpose; then the acts no verb names (verdicts,
 * aid, meetings "between", acts told again). */
#include "event.h"

#include <stdlib.h>
#include <string.h>

#include "3_sentences/words.h"
#include "6_events/agentless.h"
#include "6_events/aid.h"
#include "6_events/attributed.h"
#include "6_events/alleged.h"
#include "6_events/between.h"
#include "6_events/evaluative.h"
#include "6_events/event_match.h"
#include "6_events/implicit.h"
#include "6_events/petrphrase.h"
#include "6_events/reacted.h"
#include "6_events/reaction.h"
#include "6_events/reported.h"
#include "6_events/retold.h"
#include "6_events/subject.h"
#include "6_events/tabrules.h"
#include "lib/util.h"

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
        /* "marched towards parliament chanting slogans and calling on
         * Ruto to withdraw the bill": an appeal or demand joined to the
         * protest in "-ing" is its purpose too */
        uint32_t v = d->verb_tok;
        int chanted = v > 0 && (d->code[0] == '0' ? d->code[1] == '2' : !strncmp(d->code, "10", 2)) &&
                      token_is(tk, v - 1, "and") && tk->t[v].flen > 4 && token_ends(tk, v, "ing");
        for (size_t j = 0; j < out->n && !purpose &&
                           (chanted || (!strncmp(d->code, "10", 2) && v > 0 && token_is(tk, v - 1, "to")));
             j++) {
            event_t *p = &out->e[j];
            if (strncmp(p->code, "14", 2) || p->verb_tok >= v ||
                strcmp(p->src.code, d->src.code))
                continue;
            purpose = 1;
            if (!strcmp(p->code, "141") && !strncmp(d->code, "104", 3) && d->code[3])
                p->code[3] = d->code[3], p->code[4] = '\0';   /* 1041 -> 1411 */
        }
        if (!purpose) event_keep(out, &w, i);
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
            token_ends(tk, q - 1, "ly"))
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
    /* a passive that names no agent is read by agentless.c alone */
    int agentless = 0;
    for (size_t k = 0; k < nvm; k++) {
        agentless |= vm[k].agentless;
        for (uint32_t t = vm[k].start; t < vm[k].end && t < tk->n && !vm[k].agentless; t++)
            out->verbtok[t] = 1;
    }
    /* "MINSK, June 1 (Reuters) -": whose state an agentless act is */
    if (out->sentence < 2) agentless_dateline(tk, ms, out);
    for (size_t k = 0; k < nvm; k++)
        if ((vm[k].flags & VF_DISCARD) && !vm[k].agentless)
            return;   /* "[###]": the sentence is not coded */
    if (tabrules_too_complex(&vd->opt, tk, ms, vm, nvm)) return;
    const char *prev_intent = NULL;
    uint32_t prev_itok = 0;
    for (size_t k = 0; k < nvm; k++) {
        if (vm[k].agentless) continue;
        /* a verb inside a longer match of another verb belongs to it */
        int inside = 0;
        for (size_t j = 0; j < nvm; j++) {
            if (j == k || vm[j].agentless) continue;
            uint32_t wj = vm[j].pat ? vm[j].pat->weight : 0;
            uint32_t wk = vm[k].pat ? vm[k].pat->weight : 0;
            if (vm[k].start >= vm[j].lo && vm[k].start < vm[j].hi && wj > wk) inside = 1;
        }
        if (!inside && !petrphrase_inside(vd, tk, vm, nvm, k))
            prev_intent = event_from_match(vd, tk, ms, &vm[k], out, prev_intent, &prev_itok);
    }
    /* "Two Russian diplomats were expelled": the state, by a safe rule */
    if (agentless) agentless_code(vd, tk, ms, vm, nvm, out);
    /* a verb that served as another's intent word ("agreed to visit") is
     * not an event of its own */
    if (out->nmarkers) {
        size_t w = 0;
        for (size_t i = 0; i < out->n; i++) {
            int marker = 0;
            for (size_t k = 0; k < out->nmarkers && !marker; k++)
                if (out->e[i].verb_tok == out->markers[k])
                    marker = event_marker_served(tk, out, i);
            if (!marker) event_keep(out, &w, i);
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
                event_keep(out, &w, i);
        out->n = w;
    }
    /* a plain statement (010) is no event between two actors: CAMEO coders
     * code what a statement does (accuse, threaten, appeal, promise), not
     * that it was made (TABARI/PETRARCH files keep their own 010s) */
    size_t kept = 0;
    for (size_t i = 0; i < out->n; i++)
        if (strcmp(out->e[i].code, "010") || !out->e[i].verb || out->e[i].verb->legacy)
            event_keep(out, &kept, i);
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
                event_keep(out, &w, i);
        out->n = w;
    }
    /* "the Kremlin said the sanctions were illegal", "described the
     * verdict as" (annalist's files only) */
    int verdicts = !vd->tabari && vd->nv && !vd->v[0].legacy;
    /* "expelled three diplomats, saying they had spied": an accusation */
    if (verdicts) alleged_reason(tk, out);
    int reported = verdicts;   /* until a speaker's act is added */
    /* most sentences have no word of speech or verdict: no pass then */
    int speech = verdicts && words_may_have(tk, WC_SPEECH | WC_VERDICT);
    for (uint32_t q = 0; speech && q < tk->n; q++)
        if ((tk->t[q].wc & (WC_SPEECH | WC_NEG)) == WC_SPEECH || (tk->t[q].wc & WC_VERDICT)) {
            int32_t sp = subject_find(tk, ms, q, subject_clause_start(tk, q), -1, out->verbtok);
            /* "China, which claims parts of the region, said": no subject
             * in the clause, the actor before the aside */
            if (sp < 0 && q > 0 && token_is(tk, q - 1, ",")) sp = subject_aside(tk, ms, q);
            implicit_verdict(tk, ms, q, sp, out);
            /* "said Russia's response was a disproportionate escalation" */
            if (reported && evaluative_at(tk, ms, q, sp, out)) reported = 0;
            /* '"The EU's unfriendly measures will not stop us," the
             * ministry said', "Lin said Japan must stop" */
            if (reported && reported_at(tk, ms, q, sp, out)) reported = 0;
        }
    /* "Norway pledged $3.9 million." in a story of an earthquake in Nepal */
    if (verdicts) {
        aid_crisis_note(tk, ms, out);
        aid_implicit(tk, ms, out);
        /* "a meeting was held between Kenya and Uganda" */
        between_meetings(tk, ms, out);
        /* "this state visit to Kazakhstan": the visit coded before */
        retold_filter(tk, out);
        /* "A drone strike blamed on Ukraine": Ukraine's act, for a later
         * "Russia condemned the strike" */
        attributed_acts(tk, ms, out);
        /* "Lithuania's ban": Lithuania's act, for a later "the ban" */
        reacted_owned_acts(tk, ms, out);
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
