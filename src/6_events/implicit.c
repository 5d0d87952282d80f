/* implicit.c -- targets a sentence does not name as actors: the place an
 * attack names ("stormed a camp near El Fasher") and the actor of an earlier
 * event a noun refers back to ("condemned the decision", "welcomed the
 * sanctions"). */
#include "6_events/implicit.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "3_sentences/words.h"
#include "6_events/evaluative.h"
#include "6_events/subject.h"
#include "lib/util.h"

/* "RSF fighters stormed a camp near El Fasher", "shelled villages in
 * Sagaing": an attack (roots 17-20; "amid riots in Honiara" is no protest
 * against Honiara) that names no target actor is an attack
 * on the place the sentence names after the verb, on its country, or on the
 * civilians there when the attacker is of that country. "Xi arrived in
 * Sydney", "Powell visited a camp near El Fasher": a visit (042) to a place
 * abroad is a visit to its country (a place at home is no visit). Returns 1
 * and fills *p, or 0 when the sentence names no such place. */
int implicit_place(const events_t *out, const mention_t *src, const char *code, uint32_t verb,
                   mention_t *p)
{
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (!out->place[0] || out->place_start < verb) return 0;
    int visit = root == 4 && code[2] == '2' && !code[3];
    if (visit ? !strncmp(src->country, out->place, 3) : root < 17 || root > 20) return 0;
    memset(p, 0, sizeof *p);
    if (!visit && !strncmp(src->country, out->place, 3))
        snprintf(p->code, sizeof p->code, "%.3sCVL", out->place);
    else snprintf(p->code, sizeof p->code, "%.3s", out->place);
    snprintf(p->country, sizeof p->country, "%.3s", out->place);
    p->start = out->place_start;
    p->end = out->place_end;
    p->group = -1;
    p->how = "place";
    return 1;
}

/* Event nouns a reaction may refer back to, and the roots of the events
 * they name ("" = any event; "J" = any act of a court). */
static const struct {
    const char *noun, *roots;
} implicit_nouns[] = {
    {"decision", ""}, {"move", ""}, {"step", ""}, {"announcement", ""}, {"action", ""},
    {"actions", ""}, {"plan", ""}, {"policy", ""},
    {"sanctions", "16"}, {"measures", "1617"}, {"tariffs", "16"}, {"duties", "16"},
    {"restrictions", "1617"}, {"ban", "1617"}, {"embargo", "16"}, {"expulsion", "1617"},
    {"attack", "1819192015"}, {"attacks", "1819192015"}, {"strike", "1819"},
    {"strikes", "1819"}, {"airstrike", "19"}, {"airstrikes", "19"}, {"shelling", "19"},
    {"bombing", "1819"}, {"killing", "181917"}, {"killings", "181917"}, {"raid", "1719"},
    {"raids", "1719"}, {"violence", "17181914"}, {"crackdown", "17"}, {"arrests", "17"},
    {"arrest", "17"}, {"detentions", "17"}, {"detention", "17"}, {"offensive", "19"},
    {"invasion", "19"}, {"seizure", "17"}, {"boarding", "17"}, {"launches", "1519"}, {"launch", "1519"},
    {"drills", "1506"}, {"exercises", "1506"}, {"exercise", "1506"}, {"incursion", "19"},
    {"verdict", "J"}, {"ruling", "J"}, {"sentence", "J"}, {"conviction", "J"}, {"claim", "1011121314"}, {"claims", "1011121314"},
    {"accusation", "11"}, {"accusations", "11"}, {"allegations", "11"}, {"remarks", "0111"},
    {"comments", "0111"}, {"criticism", "11"}, {"threat", "13"}, {"threats", "13"},
    {"ultimatum", "13"}, {"coup", "171819"}, {"takeover", "171819"},
    {"agreement", "0305"}, {"deal", "0305"}, {"pact", "0305"}, {"treaty", "0305"},
    {"visit", "04"}, {"talks", "04"}, {"offer", "03"}, {"pledge", "03"}, {"aid", "0307"},
};

#define IMPLICIT_NNOUNS (sizeof implicit_nouns / sizeof *implicit_nouns)

/* The nouns by first letter, in table order: implicit_by_letter[k] for k in
 * [implicit_letter[c - 'a'], implicit_letter[c - 'a' + 1]) are the indexes
 * of those starting with c (built once: asked of many words of every
 * sentence, which a scan of the whole table made cost 3 M instructions
 * coding the 2 MB bench prefix). */
static uint8_t implicit_letter[27], implicit_by_letter[IMPLICIT_NNOUNS];
_Static_assert(IMPLICIT_NNOUNS < 256, "implicit_by_letter holds uint8_t indexes");
static pthread_once_t implicit_once = PTHREAD_ONCE_INIT;

static void implicit_index(void)
{
    size_t n = 0;
    for (unsigned c = 0; c < 26; c++) {
        implicit_letter[c] = (uint8_t)n;
        for (size_t i = 0; i < IMPLICIT_NNOUNS; i++)
            if ((unsigned char)implicit_nouns[i].noun[0] == 'a' + c) implicit_by_letter[n++] = (uint8_t)i;
    }
    implicit_letter[26] = (uint8_t)n;
}

const char *implicit_noun_roots(const char *w)
{
    unsigned c = (unsigned char)w[0] - 'a';   /* every noun starts with a letter a-z */
    if (c >= 26) return NULL;
    pthread_once(&implicit_once, implicit_index);
    for (unsigned k = implicit_letter[c]; k < implicit_letter[c + 1]; k++)
        if (!strcmp(w, implicit_nouns[implicit_by_letter[k]].noun))
            return implicit_nouns[implicit_by_letter[k]].roots;
    return NULL;
}

/* Is the role of code (its letters after the country) one of the state's
 * own: government, army, police, intelligence, legislature, courts? */
static int implicit_state_role(const char *code)
{
    return words_in(code + 3, (const char *const[]){"GOV", "MIL", "COP", "SPY", "LEG", "JUD", NULL});
}

/* Is a, whose act b reacts to, another side than b: another country, or
 * in b's country a role that is not of the same state ("Odinga condemned
 * the killings" by the police: KENOPP and KENCOP; not USAGOV and USAMIL)? */
static int implicit_other_side(const mention_t *a, const mention_t *b)
{
    if (strncmp(a->country, b->country, 3)) return 1;
    return strlen(a->code) == 6 && strlen(b->code) == 6 && strcmp(a->code, b->code) &&
           !(implicit_state_role(a->code) && implicit_state_role(b->code));
}

/* Fills *p with a copy of m placed at token at, as an act's doer. */
static void implicit_doer(const mention_t *m, uint32_t at, mention_t *p)
{
    *p = *m;
    p->start = at;
    p->end = at + 1;
    p->group = -1;
    p->how = "event referred to";
}

/* The source of the latest event or act of roots ("" = any; else the
 * first root that has one: "measures" are 16 before 17) that is not of
 * src's country (for "J", the latest act of a court, of any country), in
 * the last three sentences ("" roots) or eight, into p[] placed at token
 * at (a noun in the plural), with the other sources of that act in its
 * sentence, or for a noun in the plural ("the measures") in the window, on
 * the same target (at most IMPLICIT_DOERS); how many (0 when none). */
static size_t implicit_referred(const events_t *out, const mention_t *src, const char *roots,
                                int plural, uint32_t at, mention_t *p)
{
    const implicit_event_t *r = NULL;
    int court = !strcmp(roots, "J");
    size_t nroots = *roots && !court ? strlen(roots) / 2 : 1;
    /* "Greece expelled two Russian diplomats, and Moscow condemned the
     * expulsion": an act of the same sentence, before the noun, first */
    const mention_t *here = NULL;
    for (size_t k = 0; k < nroots && !here && !court; k++)
        for (size_t i = out->n; i-- > 0 && !here;) {
            const event_t *c = &out->e[i];
            if (c->verb_tok < at && !c->rule && implicit_other_side(&c->src, src) &&
                (!*roots || !strncmp(roots + 2 * k, c->code, 2)))
                here = &c->src;
        }
    if (here) {
        implicit_doer(here, at, p);
        return 1;
    }
    for (size_t k = 0; k < nroots && !r; k++)
        for (size_t i = out->nrecent; i-- > 0 && !r;) {
            const implicit_event_t *c = &out->recent[i];
            if (out->sentence - c->sentence > (*roots ? 8u : 3u)) break;
            if (court ? (strstr(c->src.code, "JUD") || strstr(c->src.code, "ICJ") ||
                         strstr(c->src.code, "ICC"))
                      : (implicit_other_side(&c->src, src) &&
                         (!*roots || !strncmp(roots + 2 * k, c->root, 2))))
                r = c;
        }
    /* "A, B and C signed an agreement. The leaders hailed the agreement":
     * an act of cooperation src did too (a source of its root in its
     * sentence) is theirs together, not another side's to praise */
    for (size_t i = 0; r && r->root[0] == '0' && strncmp(r->src.country, src->country, 3) &&
                       i < out->nrecent;
         i++) {
        const implicit_event_t *c = &out->recent[i];
        if (c->sentence == r->sentence && !memcmp(c->root, r->root, 2) &&
            !implicit_other_side(&c->src, src))
            r = NULL;
    }
    /* "North Korea shelled the island. South Korea returned fire. The
     * White House condemned the attack": an act of its kind that named no
     * target, by a side an earlier one was aimed at, answered that one */
    for (size_t i = r && *roots && !court && !r->tgt[0] ? (size_t)(r - out->recent) : 0; i-- > 0;) {
        const implicit_event_t *c = &out->recent[i];
        if (out->sentence - c->sentence > 8u) break;
        if (!memcmp(c->root, r->root, 2) && !strncmp(c->tgt, r->src.country, 3) &&
            implicit_other_side(&c->src, src)) {
            r = c;
            break;
        }
    }
    if (!r) return 0;
    /* "Saudi Arabia, Egypt, the UAE and Bahrain cut ties with Qatar ... Qatar
     * said the measures were unjustified": each of the act's doers */
    size_t n = 0;
    for (size_t i = 0; i < out->nrecent && n < IMPLICIT_DOERS; i++) {
        const implicit_event_t *c = &out->recent[i];
        int seen = c != r && ((plural ? out->sentence - c->sentence > 8u : c->sentence != r->sentence) ||
                              memcmp(c->root, r->root, 2) || strcmp(c->tgt, r->tgt) ||
                              !implicit_other_side(&c->src, src));
        for (size_t j = 0; j < n && !seen; j++) seen = !strcmp(p[j].code, c->src.code);
        if (!seen) implicit_doer(&c->src, at, &p[n++]);
    }
    return n;
}

size_t implicit_anaphor(const tokens_t *tk, const events_t *out, const mention_t *src,
                        const char *code, uint32_t after, mention_t *p)
{
    /* reactions: statements, appeals, praise, demands, disapproval,
     * rejection, threats */
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root != 1 && root != 2 && root != 5 && (root < 10 || root > 13)) return 0;
    uint32_t q = after;
    /* 'said it "strongly condemned" the attack' */
    while (q < tk->n && token_is(tk, q, "\"")) q++;
    if (q >= tk->n || !words_in(token_folded(tk, q), (const char *const[]){
                                    "the", "this", "that", "these", "those", "such", NULL}))
        return 0;
    q++;
    /* "Armenia rejects this.": a pronoun for the latest act of any kind */
    if (q < tk->n && !(tk->t[q].flags & TOK_WORD) && !token_is(tk, q, "\"") &&
        words_in(token_folded(tk, q - 1), (const char *const[]){"this", "that", NULL}))
        return implicit_referred(out, src, "", 0, q - 1, p);
    /* the noun within three words, quotes aside: 'the "illegal and
     * aggressive" actions' */
    const char *roots = NULL;
    for (uint32_t k = 0, words = 0; words < 4 && q + k < tk->n && !roots; k++) {
        if (token_is(tk, q + k, "\"")) continue;
        if (!(tk->t[q + k].flags & TOK_WORD)) break;
        words++;
        roots = implicit_noun_roots(token_folded(tk, q + k));
        /* "the ruling party": a noun before another noun modifies it */
        uint32_t nx = q + k + 1;
        if (roots && nx < tk->n && (tk->t[nx].flags & TOK_WORD) && !(tk->t[nx].flags & TOK_CAP) &&
            !(tk->t[nx].wc & (WC_PREP | WC_BOUNDARY | WC_AUX)) &&
            !words_in(token_folded(tk, nx), (const char *const[]){"and", "as", "or", NULL}))
            roots = NULL;
        if (roots) q += k;
    }
    return roots ? implicit_referred(out, src, roots, token_ends(tk, q, "s"), q, p) : 0;
}

/* Is the word at token q one that condemns ("illegal", "protectionism")? */
static int implicit_condemns(const tokens_t *tk, uint32_t q)
{
    return words_in(token_folded(tk, q), (const char *const[]){
        "illegal", "unlawful", "illegitimate", "unacceptable", "unjustified", "baseless",
        "groundless", "protectionism", "protectionist", "provocation", "provocative",
        "violation", "violated", "violate", "violates", "aggression", "blackmail",
        "discriminatory", "irresponsible", "reckless", "farce", "sham", "threat", "attack",
        "political", "politically", "invasion", "interference", "meddling", "credibility",
        "hostile", "aggressive", "absurd", "unfounded", "contempt", "outrageous", "unprovoked",
        "piracy", "barbaric", "cowardly", "heinous", "deplorable", "reprehensible",
        "terrorism", NULL});
}

/* "The move was described by Russia as a \"hostile action\"": a word that
 * characterises at token say, in the passive (a form of "be" before it),
 * whose speaker follows "by": returns the speaker's mention and sets *noun
 * to the token of "the" opening the subject ("the move"), three words at
 * most before "was"; -1 when the sentence is not so. */
static int32_t implicit_passive_verdict(const tokens_t *tk, const mentions_t *ms, uint32_t say,
                                        uint32_t *noun)
{
    if (say < 3 || say + 2 >= tk->n || !(tk->t[say - 1].wc & WC_BE) || !token_is(tk, say + 1, "by"))
        return -1;
    uint32_t a = say + 2;
    while (a < tk->n && token_is(tk, a, "the")) a++;
    if (a >= tk->n || ms->at[a] < 0) return -1;
    for (uint32_t q = say - 1; q-- > 0 && q + 5 > say;)
        if (words_in(token_folded(tk, q), (const char *const[]){"the", "this", "that", NULL})) {
            *noun = q;
            return ms->at[a];
        }
    return -1;
}

void implicit_verdict(const tokens_t *tk, const mentions_t *ms, uint32_t say, int32_t speaker,
                      events_t *out)
{
    uint32_t pnoun = 0, from = 0;
    int32_t pspeaker = implicit_passive_verdict(tk, ms, say, &pnoun);
    if (pspeaker >= 0) {
        /* the subject is what was characterised, the verdict follows the
         * speaker ("by Russia as a \"hostile action\"") */
        speaker = pspeaker;
        from = ms->m[pspeaker].end;
    }
    if (speaker < 0) return;
    /* what was said is coded as an act (in this clause: not "..., while
     * Beijing accused") */
    uint32_t cend = subject_clause_end(tk, say + 1);
    for (size_t i = 0; i < out->n; i++)
        if (out->e[i].verb_tok >= say && out->e[i].verb_tok < cend) return;
    uint32_t q = pspeaker >= 0 ? pnoun : say + 1;
    /* "told thousands of supporters in Banja Luka that the verdict was ...",
     * "said on social media that the ruling was ..." */
    for (uint32_t k = q; pspeaker < 0 && k < tk->n && k < say + 9; k++) {
        if ((tk->t[k].wc & WC_BOUNDARY) || token_is(tk, k, ",")) break;
        if (token_is(tk, k, "that")) {
            q = k;
            break;
        }
    }
    if (q < tk->n && token_is(tk, q, "that")) q++;
    if (q >= tk->n || !words_in(token_folded(tk, q), (const char *const[]){
                                    "the", "this", "these", "those", "such", NULL}))
        return;
    const char *roots = NULL;
    int32_t named = -1;   /* "the French decision": whose act it was */
    for (uint32_t k = 1; k <= 3 && q + k < tk->n && !roots; k++) {
        if (ms->at[q + k] >= 0 && named < 0 && ms->at[q + k] != speaker) {
            named = ms->at[q + k];
            k = ms->m[named].end - q - 1;
            continue;
        }
        if (!(tk->t[q + k].flags & TOK_WORD) || ms->at[q + k] >= 0) return;
        roots = implicit_noun_roots(token_folded(tk, q + k));
        if (roots) q += k;
    }
    if (!roots) return;
    int plural = token_ends(tk, q, "s");   /* "the measures" */
    /* "the sanctions were illegal", "the duties were \"pure protectionism\"",
     * "the tariffs violated WTO rules": the verdict within a few words */
    /* "said the deal was \"a victory for dialogue\"": praise (051) */
    int found = 0, praise = 0;
    if (from) q = from;   /* the passive: after "by SPEAKER" */
    for (uint32_t k = q + 1, words = 0; k < tk->n && words < 5 && k <= q + 9 && !found; k++) {
        if (tk->t[k].wc & (WC_NEG | WC_BOUNDARY) || ms->at[k] >= 0) return;
        words += !token_is(tk, k, "\"");   /* 'was "unprecedented" and "illegal"' */
        found = implicit_condemns(tk, k) || (praise = evaluative_praise(tk, k));
    }
    mention_t tgt[IMPLICIT_DOERS];
    size_t ntgt = 1;
    if (!found) return;
    if (named >= 0 && !strncmp(ms->m[named].country, ms->m[speaker].country, 3)) return;
    if (named >= 0) tgt[0] = ms->m[named];
    else if (!(ntgt = implicit_referred(out, &ms->m[speaker], roots, plural, q, tgt))) return;
    for (size_t k = 0; k < ntgt; k++)
        event_push_rule(out, &ms->m[speaker], &tgt[k], praise ? "051" : "111", say,
                        praise ? "a statement that praises an earlier act ('said the deal was a "
                                 "victory for dialogue')"
                               : "a statement that condemns an earlier act ('said the sanctions "
                                 "were illegal')");
}

/* Is m one of the n sides: of a side's country when the sides are of as
 * many countries, else of a side's code (two roles of one country)? */
static int implicit_of_sides(const mention_t *m, const mention_t *const *sides, size_t n)
{
    int distinct = 1;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) distinct &= strcmp(sides[i]->country, sides[j]->country) != 0;
    for (size_t i = 0; i < n; i++)
        if (distinct ? !strcmp(m->country, sides[i]->country) : !strcmp(m->code, sides[i]->code))
            return 1;
    return 0;
}

int implicit_meeting(const tokens_t *tk, const events_t *out, const mention_t **sides, size_t max)
{
    size_t n = 0;
    /* "During a summit in Khujand, the presidents of A, B and C signed":
     * whether the sentence names a meeting is asked only of an act of a
     * group (-1: not yet asked) */
    int told = -1;
    for (size_t i = 0; i < out->n; i++) {
        const event_t *e = &out->e[i];
        /* annalist's own verbs: TABARI and PETRARCH files resolve no plural;
         * a meeting (04), or an act of cooperation of a group of sides
         * together ("the presidents of A, B and C signed an agreement") */
        int joint = e->src.group >= 0 && e->src.group == e->tgt.group && e->code[1] >= '3' &&
                    e->code[1] <= '6';
        if (joint && told < 0) {
            told = 0;
            for (size_t q = 0; q < tk->n && !told; q++)
                told = words_in(token_folded(tk, q),
                                (const char *const[]){"meeting", "summit", "talks", "visit", NULL});
        }
        joint = joint && told;
        if (e->code[0] != '0' || (e->code[1] != '4' && !joint) || !e->verb || e->verb->legacy ||
            !strcmp(e->src.code, e->tgt.code))
            continue;
        if (e->tgt.how && (!strcmp(e->tgt.how, "place") || !strcmp(e->tgt.how, "event referred to")))
            continue;
        const mention_t *pair[2] = {&e->src, &e->tgt};
        for (int k = 0; k < 2; k++) {
            if (n >= 2 && implicit_of_sides(pair[k], sides, n)) continue;
            if (n == 1 && !strcmp(pair[k]->code, sides[0]->code)) continue;
            if (n == max) return -1;   /* more sides than a meeting keeps */
            sides[n++] = pair[k];
        }
    }
    return (int)n;
}

void implicit_act(events_t *out, const mention_t *src, const char *code)
{
    if (out->nacts == sizeof out->acts / sizeof *out->acts || !code[0] || !code[1]) return;
    implicit_event_t *a = &out->acts[out->nacts++];
    memcpy(a->root, code, 2);
    a->root[2] = '\0';
    a->src = *src;
}

/* Appends one event (its root, source and target, NULL for an act that
 * named none) to the story's recent ones. */
static void implicit_push(events_t *out, const char *code, const mention_t *src,
                          const mention_t *tgt)
{
    if (out->nrecent == IMPLICIT_RECENT) {
        memmove(out->recent, out->recent + 1, (IMPLICIT_RECENT - 1) * sizeof *out->recent);
        out->nrecent--;
    }
    implicit_event_t *r = &out->recent[out->nrecent++];
    memcpy(r->root, code, 2);
    r->root[2] = '\0';
    r->src = *src;
    r->tgt[0] = '\0';
    if (tgt) util_copy(r->tgt, sizeof r->tgt, tgt->country, 3);
    r->sentence = out->sentence;
}

void implicit_remember(events_t *out)
{
    out->sentence++;
    for (size_t i = 0; i < out->nacts; i++)
        implicit_push(out, out->acts[i].root, &out->acts[i].src, NULL);
    for (size_t i = 0; i < out->n; i++) implicit_push(out, out->e[i].code, &out->e[i].src, &out->e[i].tgt);
    out->nacts = 0;
}

void implicit_story_start(events_t *out)
{
    out->nrecent = 0;
    out->sentence = 0;
    out->crisis[0] = '\0';
}

/* Is the word before the verb at token verb (or before its auxiliary:
 * "have also offered", "will also freeze") "also"? */
static int implicit_also_before(const tokens_t *tk, uint32_t verb)
{
    for (uint32_t q = verb, k = 0; q-- > 0 && k < 3; k++) {
        if (tk->t[q].flen == 4 && token_is(tk, q, "also")) return 1;
        if (!(tk->t[q].wc & WC_AUX)) return 0;
    }
    return 0;
}

/* Fills p with a country target cc placed at token at. */
static void implicit_country(const char *cc, uint32_t at, mention_t *p)
{
    memset(p, 0, sizeof *p);
    snprintf(p->code, sizeof p->code, "%.3s", cc);
    snprintf(p->country, sizeof p->country, "%.3s", cc);
    p->start = at;
    p->end = at + 1;
    p->group = -1;
    p->how = "also";
}

size_t implicit_also(const tokens_t *tk, const events_t *out, const mention_t *const *src,
                     size_t ns, const char *code, uint32_t verb, mention_t *p)
{
    if (!code[0] || !code[1] || !implicit_also_before(tk, verb)) return 0;
    /* the sentence's own acts before the verb, then the story's latest */
    const char *tgt[IMPLICIT_DOERS];
    size_t n = 0;
    for (size_t i = out->n; i-- > 0 && !n;) {
        const event_t *e = &out->e[i];
        if (e->verb_tok < verb && !memcmp(e->code, code, 2) && e->tgt.country[0])
            tgt[n++] = e->tgt.country;
    }
    uint32_t sent = 0;
    for (size_t i = out->nrecent; i-- > 0 && !n;) {
        const implicit_event_t *c = &out->recent[i];
        if (out->sentence - c->sentence > 3u) break;
        if (!memcmp(c->root, code, 2) && c->tgt[0]) {
            sent = c->sentence;
            /* each target of that sentence's acts of the root */
            for (size_t j = i + 1; j-- > 0 && n < IMPLICIT_DOERS;) {
                const implicit_event_t *o = &out->recent[j];
                if (o->sentence != sent) break;
                int seen = 0;
                for (size_t k = 0; k < n; k++) seen |= !strcmp(tgt[k], o->tgt);
                if (!seen && o->tgt[0] && !memcmp(o->root, code, 2)) tgt[n++] = o->tgt;
            }
        }
    }
    size_t np = 0;
    for (size_t k = 0; k < n; k++) {
        int own = 0;   /* "Russia condemned Ukraine. Ukraine also condemned": no */
        for (size_t j = 0; j < ns; j++) own |= !strncmp(src[j]->country, tgt[k], 3);
        if (!own) implicit_country(tgt[k], verb, &p[np++]);
    }
    return np;
}
