/* verb.c -- verb occurrences and TABARI-style pattern matching. */
#include "verb.h"

#include <string.h>

#include "3_sentences/words.h"
#include "5_verbs/patindex.h"
#include "lib/util.h"

int verb_is_boundary(const tokens_t *tk, size_t i)
{
    return (tk->t[i].wc & WC_BOUNDARY) != 0;
}

typedef struct {
    const verbdict_t *vd;
    const tokens_t *tk;
    const mentions_t *ms;
    int passive;
    int32_t by;             /* passive by-mention */
    uint32_t gap;           /* words allowed between two pattern words */
    int skip_actors;        /* actors may stand in a gap (PETRARCH) */
    wordbloom_t words;      /* the ids of the sentence's words */
    int native;             /* the verb is from an annalist-format file: its
                               pattern words may read an actor's role words */
    int rel;                /* the verb's object is a relative pronoun before
                               its subject ("which Venezuela has branded") */
    int32_t relobj;         /* ... standing for this actor ("Maduro, whom"), or -1 */
    int32_t agent;          /* an event noun's doer after "by" or "of" right
                               after it, -1 none (verb_noun_agent) */
    uint32_t agent_from, agent_to;   /* its tokens, the preposition included */
} verb_ctx_t;

/* The mention starting exactly at q, else -1. */
static int32_t verb_mention_at(const verb_ctx_t *c, size_t q)
{
    if (q >= c->tk->n) return -1;
    int32_t m = c->ms->at[q];
    return (m >= 0 && c->ms->m[m].start == q) ? m : -1;
}

/* The mention that opens at token q, the agent after "by": with its
 * article ("by the United States", a mention from "the") or after it ("by
 * the Israeli army"). -1 when none. */
static int32_t verb_agent_at(const verb_ctx_t *c, size_t q)
{
    int32_t m = verb_mention_at(c, q);
    while (m < 0 && q < c->tk->n && (token_is(c->tk, q, "the") || token_is(c->tk, q, "a")))
        m = verb_mention_at(c, ++q);
    return m;
}

/* The token after the last member of mention m's group. */
static uint32_t verb_group_end(const verb_ctx_t *c, int32_t m)
{
    uint32_t e = c->ms->m[m].end;
    for (size_t j = (size_t)m + 1; j < c->ms->n; j++)
        if (c->ms->m[j].group == c->ms->m[m].group) e = c->ms->m[j].end;
    return e;
}

static uint32_t verb_group_start(const verb_ctx_t *c, int32_t m)
{
    uint32_t s = c->ms->m[m].start;
    for (int32_t j = m - 1; j >= 0; j--)
        if (c->ms->m[j].group == c->ms->m[m].group) s = c->ms->m[j].start;
    return s;
}

/* Does pattern element e stand for an actor ('+', '$', '%')? */
static int verb_actor_elem(const pelem_t *e)
{
    return e->kind == PE_TARGET || e->kind == PE_SOURCE || e->kind == PE_COMPOUND;
}

/* Is mention m in a group of two or more? */
static int verb_in_group(const verb_ctx_t *c, int32_t m)
{
    for (size_t j = 0; j < c->ms->n; j++)
        if ((int32_t)j != m && c->ms->m[j].group == c->ms->m[m].group) return 1;
    return 0;
}

/* May mention m be bound by element e? '%' wants a group of two or more. */
static int verb_binds(const verb_ctx_t *c, const pelem_t *e, int32_t m)
{
    if (m < 0 || (c->passive && m == c->by)) return 0;
    return e->kind != PE_COMPOUND || verb_in_group(c, m);
}

/* "met in Beijing with", "rallied in Nairobi against": in annalist's own
 * files a country or a capital (a plain entry, no role, no person) right
 * after "in" or "at" is where the act happened, and a gap passes over it.
 * Is the actor at token q such a place? */
static int verb_place_in_gap(const verb_ctx_t *c, size_t q)
{
    const mention_t *a = &c->ms->m[c->ms->at[q]];
    if (!c->native || a->role || a->person || a->start == 0) return 0;
    if (!token_is(c->tk, a->start - 1, "in") && !token_is(c->tk, a->start - 1, "at")) return 0;
    size_t cl = strlen(a->code);
    return cl == 3 || (cl == 6 && !strcmp(a->code + 3, "GOV") && a->entry && a->entry->ntok <= 2);
}

/* May token q be skipped inside a pattern gap? (the words that are no
 * boundary, stop or actor: verb_skippable) */
static int verb_skippable_rest(const verb_ctx_t *c, size_t q)
{
    if (q >= c->tk->n || (c->tk->t[q].wc & WC_BOUNDARY)) return 0;
    /* "heavily and unjustly criticized": PETRARCH read "and" inside a phrase */
    if ((c->tk->t[q].wc & WC_GAPSTOP) &&
        !(c->skip_actors && c->ms->at[q] < 0 &&
          (token_is(c->tk, q, "and") || token_is(c->tk, q, "nor"))))
        return 0;
    if (c->ms->at[q] >= 0)
        return c->vd->tabari || c->skip_actors || (c->passive && c->ms->at[q] == c->by) ||
               verb_place_in_gap(c, q);
    return 1;   /* TABARI and PETRARCH skip over actors too ("SUGGESTED Gondor SHOULD") */
}

/* May token q be skipped inside a pattern gap? Most words may: tested
 * inline, the others by verb_skippable_rest. */
static inline int verb_skippable(const verb_ctx_t *c, size_t q)
{
    if (q < c->tk->n && !(c->tk->t[q].wc & (WC_BOUNDARY | WC_GAPSTOP)) && c->ms->at[q] < 0)
        return 1;
    return verb_skippable_rest(c, q);
}

/* "recalled its diplomats from", "withdrew its top envoy from": a role
 * after a possessive pronoun is an actor of its own ("its diplomats" is the
 * subject's envoys), which a pattern gap may not cross; a pattern word of
 * annalist's own files reads past it, or inside it (its role word). Is
 * token q inside such an actor? */
static int verb_own_role(const verb_ctx_t *c, size_t q)
{
    if (!c->native || q >= c->tk->n || c->ms->at[q] < 0) return 0;
    const mention_t *a = &c->ms->m[c->ms->at[q]];
    return a->role && !a->person && (c->tk->t[a->start].wc & WC_PERSONAL) &&
           !token_is(c->tk, a->start, "he") && !token_is(c->tk, a->start, "she") &&
           !token_is(c->tk, a->start, "him") && !token_is(c->tk, a->start, "whose");
}

/* Does the exact form of record r stand at token pos? (its first token is
 * pos's by verbdict_starts; a form of up to three tokens is told from its
 * record) */
static inline int verb_start_at(const verbdict_t *vd, const tokens_t *tk, uint32_t pos,
                                const vstart_t *r)
{
    if (pos + r->ntok > tk->n) return 0;
    if (r->ntok <= 3)
        return (r->ntok < 2 || tk->t[pos + 1].id == r->next[0]) &&
               (r->ntok < 3 || tk->t[pos + 2].id == r->next[1]);
    const vform_t *f = &vd->f[r->form];
    for (uint32_t j = 1; j < f->ntok; j++)
        if (tk->t[pos + j].id != f->toks[j]) return 0;
    return 1;
}

/* Is token q a noun of a verdict or a reaction ("condemnation",
 * "criticism", "concern", "protest")? By its length first: one or a few
 * words of each, compared inline. */
static int verb_verdict_noun(const tokens_t *tk, size_t q)
{
    switch (tk->t[q].flen) {
    case 5: return token_is(tk, q, "anger");
    case 6: return token_is(tk, q, "rebuke");
    case 7:
        return token_is(tk, q, "censure") || token_is(tk, q, "outrage") ||
               token_is(tk, q, "concern") || token_is(tk, q, "protest");
    case 8: return token_is(tk, q, "concerns") || token_is(tk, q, "protests");
    case 9: return token_is(tk, q, "criticism") || token_is(tk, q, "objection");
    case 10:
        return token_is(tk, q, "criticisms") || token_is(tk, q, "opposition") ||
               token_is(tk, q, "objections");
    case 11: return token_is(tk, q, "displeasure") || token_is(tk, q, "disapproval");
    case 12: return token_is(tk, q, "condemnation");
    case 13: return token_is(tk, q, "condemnations");
    case 15: return token_is(tk, q, "dissatisfaction");
    default: return 0;
    }
}

/* Does token q open an event noun of annalist's own files (a '~' entry:
 * "condemnation", "visit", "sanctions")? */
static int verb_event_noun_at(const verb_ctx_t *c, size_t q)
{
    size_t n;
    const vstart_t *st = verbdict_starts(c->vd, c->tk->t[q].id, &n);
    for (size_t j = 0; j < n; j++) {
        const verb_t *v = &c->vd->v[c->vd->f[st[j].form].verb];
        if (v->noun && !v->legacy && verb_start_at(c->vd, c->tk, (uint32_t)q, &st[j])) return 1;
    }
    return 0;
}

/* Past the first VERB_PATTERN_GAP words, a word of annalist's own files
 * may stand up to VERB_FAR_GAP words after the one before it over the words
 * of one noun phrase ("recalled its entire corps of diplomats from",
 * "lodged a very strongly worded formal protest with"), not over the start
 * of another clause ("a journalist it accuses of spying for", "warned X
 * that it would take countermeasures against"). May token q be skipped
 * there? */
static int verb_far_skippable(const verb_ctx_t *c, size_t q)
{
    const token_t *t = &c->tk->t[q];
    if (t->wc & (WC_BE | WC_NEG | WC_SPEECH | WC_INTENT | WC_VERDICT)) return 0;
    /* what one is kept from doing is an act of its own: "blocked marchers
     * from reaching the ombudsman's office" (but "talks on boosting trade
     * with" are one phrase) */
    if (t->flen > 5 && q > 0 && token_is(c->tk, q - 1, "from") && token_ends(c->tk, q, "ing"))
        return 0;
    /* the words below are of four letters at most: a length tells most
     * words from them */
    if (t->flen <= 4)
        return !words_in(token_folded(c->tk, q),
                         (const char *const[]){"that", "it", "he", "she", "they", "we", "i", "you",
                                               "has", "have", "had", "to", NULL});
    /* a noun that heads an act of its own, an event noun or a verdict:
     * "raise our strong condemnation of such agreement with" is no
     * agreement raised (RAISE's "- * agreement with +"), "voiced its deep
     * concern over the deal with" */
    return !verb_verdict_noun(c->tk, q) && !verb_event_noun_at(c, q);
}

/* May the words [from, to) all be skipped that far (verb_far_skippable)? */
static int verb_far_clear(const verb_ctx_t *c, size_t from, size_t to)
{
    for (; from < to; from++)
        if (!verb_far_skippable(c, from)) return 0;
    return 1;
}

/* Is the word id among tokens [pos, pos + gap] of tk? (0 is no word) */
static inline int verb_word_within(const tokens_t *tk, uint32_t id, uint32_t pos, uint32_t gap)
{
    uint32_t end = pos + gap + 1 < tk->n ? pos + gap + 1 : (uint32_t)tk->n;
    for (uint32_t q = pos; id && q < end; q++)
        if (tk->t[q].id == id) return 1;
    return 0;
}

/* Do tokens [q, end) all start with a capital (a name after a role)? */
static int verb_capitals(const tokens_t *tk, uint32_t q, uint32_t end)
{
    for (; q < end; q++)
        if (!(tk->t[q].flags & TOK_CAP)) return 0;
    return 1;
}

/* A role word is part of its actor ("the French ambassador", "diplomats
 * from Argentina"), so a pattern that spells it ("- * + ambassador", "- *
 * diplomats from +") reads it inside the actor, in annalist's own files.
 * Word element e at the tail of the actor that ends at pos, after its
 * country ("French | ambassador"), or before the name of the person who
 * holds the role ("South Africa's | ambassador | Ebrahim Rasool")? */
static int verb_role_tail(const verb_ctx_t *c, const pelem_t *e, uint32_t pos)
{
    if (!c->native || pos == 0 || c->ms->at[pos - 1] < 0) return 0;
    const mention_t *a = &c->ms->m[c->ms->at[pos - 1]];
    if (!a->role || a->role_of || a->end != pos) return 0;
    for (uint32_t q = a->start + 1; q < pos; q++) {
        uint32_t len = verbdict_elem_span(c->vd, e, c->tk, q, 0);
        if (len && (q + len == pos ||
                    (a->person && q + len < pos && verb_capitals(c->tk, q + len, pos))))
            return 1;
    }
    return 0;
}

/* The actor "ROLE of/from COUNTRY" whose role words the pattern's words
 * read from begin up to its country at q ("diplomats from | Argentina"),
 * or -1. */
static int32_t verb_role_read(const verb_ctx_t *c, uint32_t begin, uint32_t q)
{
    if (!c->native || q >= c->tk->n || c->ms->at[q] < 0) return -1;
    int32_t m = c->ms->at[q];
    const mention_t *a = &c->ms->m[m];
    return (a->role && a->role_of && a->start >= begin && a->start < q) ? m : -1;
}

/* Matches elements el[from..to) forward from token pos. Returns 1 and sets
 * *end, *target, *source on success, and *bare when '+' bound an actor
 * whose role the pattern's words read (verb_role_read). */
static int verb_match_fwd(const verb_ctx_t *c, const pelem_t *el, uint32_t from,
                          uint32_t to, uint32_t pos, uint32_t *end, int32_t *target,
                          int32_t *source, int *bare)
{
    const tokens_t *tk = c->tk;
    uint32_t begin = pos;
    for (uint32_t k = from; k < to; k++) {
        const pelem_t *e = &el[k];
        if (k > from && verb_actor_elem(&el[k - 1]) && e->kind != PE_SKIP &&
            !verb_actor_elem(e) && verb_role_tail(c, e, pos))
            continue;   /* "- * + ambassador": "the French ambassador" */
        if (e->kind == PE_SKIP) {
            if (pos >= tk->n) return 0;
            /* PETRARCH: '^' skips a noun phrase: an actor (after an article),
             * else one word */
            uint32_t q = pos;
            /* TABARI: '^' skips over an actor (a whole group) too */
            int actors = c->skip_actors || c->vd->tabari;
            while (actors && q < tk->n && (tk->t[q].wc & WC_DET) && c->ms->at[q] < 0) q++;
            /* TABARI: to the next actor ("IFTAR AT ^ ^ +" over "Iftar at
             * Osgiliath with the leaders of Gondor in Eriador") */
            for (uint32_t g = 0; c->vd->tabari && g < VERB_TABARI_ACTOR_GAP && q < tk->n &&
                                 verb_mention_at(c, q) < 0 && verb_skippable(c, q);
                 g++)
                q++;
            if (actors && q < tk->n && verb_mention_at(c, q) >= 0)
                pos = verb_group_end(c, verb_mention_at(c, q));
            else
                pos++;
            continue;
        }
        if (e->kind == PE_TARGET && c->passive) continue;   /* the subject */
        uint32_t gap = e->adj ? 0 : c->gap;
        /* a word of annalist's own files: further, over one noun phrase */
        int far = !e->adj && c->native && !c->vd->tabari && !c->skip_actors;
        if (far) gap = VERB_FAR_GAP;
        if (verb_actor_elem(e))   /* PETRARCH: "Ithilen's palace guard militia was freed" */
            gap = c->vd->tabari     ? VERB_TABARI_ACTOR_GAP
                  : c->skip_actors ? c->gap + 1
                                   : VERB_PATTERN_GAP + 1;
        /* a word that none of the tokens the gap reaches is: the loop below
         * would find none, unless a noun's doer moves the gap on */
        if (e->kind == PE_WORD && (c->agent < 0 || k != from) && !verb_word_within(tk, e->id, pos, gap))
            return 0;
        int found = 0;
        uint32_t len;
        for (uint32_t q = pos; q <= pos + gap && q < tk->n; q++) {
            /* "the visit of Turkey's president to Egypt", "an attack by
             * Houthi rebels on": the noun's doer stands in the gap */
            if (c->agent >= 0 && k == from && q == c->agent_from &&
                !(e->kind == PE_WORD && verbdict_elem_span(c->vd, e, tk, q, 0))) {
                pos += c->agent_to - c->agent_from;
                q = c->agent_to - 1;
                if (*source < 0) *source = c->agent;
                continue;
            }
            if (verb_actor_elem(e)) {
                int32_t m = verb_mention_at(c, q);
                int read = 0;
                if (m < 0 && q == pos && e->kind == PE_TARGET)
                    read = (m = verb_role_read(c, begin, q)) >= 0;
                if (verb_binds(c, e, m)) {
                    if (e->kind == PE_SOURCE) *source = m;
                    else *target = m;
                    pos = verb_group_end(c, m);
                    found = 1;
                    *bare = read;
                    break;
                }
            } else if ((len = verbdict_elem_span(c->vd, e, tk, q, 0)) != 0) {
                pos = q + len;
                found = 1;
                break;
            }
            if (!verb_skippable(c, q) && (verb_actor_elem(e) || !verb_own_role(c, q))) break;
            /* the fourth word skipped and those after it: the gap so far
             * (checked once) and then each word must be of one phrase */
            if (far && !verb_actor_elem(e) && q - pos >= VERB_PATTERN_GAP &&
                !verb_far_clear(c, q - pos == VERB_PATTERN_GAP ? pos : q, q + 1))
                break;
            if (verb_actor_elem(e) && (tk->t[q].wc & WC_PREP) && !c->vd->tabari && !c->skip_actors)
                break;   /* an actor after an unwritten preposition is its object */
        }
        if (!found && k == from && e->kind == PE_TARGET && c->rel) {
            /* "Maduro, whom Bolsonaro has branded a dictator": the object is
             * the pronoun before the subject, '+' right after the verb */
            *target = c->relobj;
            found = 1;
        }
        if (!found) return 0;
    }
    *end = pos;
    return 1;
}

/* Matches elements el[from..to) backward, ending just before token pos. */
static int verb_match_back(const verb_ctx_t *c, const pelem_t *el, uint32_t from,
                           uint32_t to, uint32_t pos, uint32_t *start, int32_t *target,
                           int32_t *source)
{
    const tokens_t *tk = c->tk;
    for (uint32_t k = to; k-- > from;) {
        const pelem_t *e = &el[k];
        if (e->kind == PE_SKIP) {
            if (pos == 0) return 0;
            int32_t m = c->ms->at[pos - 1];
            if (c->vd->tabari && m >= 0 && c->ms->m[m].end == pos)
                pos = verb_group_start(c, m);   /* "$ IN ^ *": the actor before the verb */
            else
                pos--;
            continue;
        }
        if (e->kind == PE_TARGET && c->passive) continue;
        uint32_t gap = el[k + 1].adj ? 0 : c->gap;   /* el[to] is the verb */
        if (verb_actor_elem(e))   /* PETRARCH: "Ithilen's palace guard militia was freed" */
            gap = c->vd->tabari     ? VERB_TABARI_ACTOR_GAP
                  : c->skip_actors ? c->gap + 1
                                   : VERB_PATTERN_GAP + 1;
        int found = 0;
        uint32_t len;
        for (uint32_t d = 0; d <= gap && pos > d; d++) {
            uint32_t q = pos - 1 - d;
            if (verb_actor_elem(e)) {
                int32_t m = c->ms->at[q];
                if (m >= 0 && c->ms->m[m].end == q + 1 && verb_binds(c, e, m)) {
                    if (e->kind == PE_SOURCE) *source = m;
                    else *target = m;
                    pos = verb_group_start(c, m);
                    found = 1;
                    break;
                }
            } else if ((len = verbdict_elem_span(c->vd, e, tk, q + 1, 1)) != 0) {
                pos = q + 1 - len;
                found = 1;
                break;
            }
            if (!verb_skippable(c, q)) break;
        }
        if (!found) return 0;
    }
    *start = pos;
    return 1;
}

/* Does token i end in suf (and hold more)? Inline: suf's length is then
 * known and the bytes compared without a call. */
static inline int verb_suffix(const tokens_t *tk, uint32_t i, const char *suf)
{
    size_t n = tk->t[i].flen, k = strlen(suf);
    return n > k + 1 && !memcmp(token_folded(tk, i) + n - k, suf, k);
}

/* A reduced passive in annalist's own files: a past form right after the
 * word it describes and right before "by ACTOR" ("Five Americans freed by
 * Iran", "talks mediated by Qatar", "aid sent by Japan"), not after "has"
 * or "had" ("has stood by Kyiv" is active). */
static int verb_reduced_passive(const verb_ctx_t *c, uint32_t vs, uint32_t ve)
{
    const tokens_t *tk = c->tk;
    if (!c->native || vs == 0 || ve + 1 >= tk->n || !token_is(tk, ve, "by")) return 0;
    if ((!(tk->t[vs - 1].flags & TOK_WORD) && !token_is(tk, vs - 1, ",")) ||
        (tk->t[vs - 1].wc & (WC_AUX | WC_INTENT | WC_NEG)) ||
        words_in(token_folded(tk, vs), (const char *const[]){"stood", "abided", "swore", NULL}))
        return 0;
    return verb_agent_at(c, ve + 1) >= 0;
}

/* Passive voice: a past form after a form of "be" (adverbs allowed), with
 * "by ACTOR" after it in the same clause. Returns the by-mention or -1;
 * *passive is set for any be + past form. */
static int32_t verb_passive(const verb_ctx_t *c, const vform_t *f, uint32_t vs,
                            uint32_t ve, int *passive)
{
    *passive = 0;
    const tokens_t *tk = c->tk;
    const char *w = token_folded(tk, vs);
    size_t wl = tk->t[vs].flen;
    /* a TABARI stem ("OPPOS") matches "opposed": a past form by its ending;
     * in annalist's files a verb listed as its past ("freed") is one too */
    int past = f->past || (f->stem && wl > 2 && (!memcmp(w + wl - 2, "ed", 2) ||
                                                 !memcmp(w + wl - 2, "en", 2))) ||
               (c->native && wl > 2 && !memcmp(w + wl - 2, "ed", 2));
    if (!past) return -1;
    uint32_t q = vs;
    int steps = 0;
    while (q > 0 && steps < 3) {
        uint16_t wc = tk->t[q - 1].wc;
        if (wc & WC_BE) {
            *passive = 1;
            break;
        }
        /* TABARI: WAS, WERE or BEEN one or two words before the verb */
        if (!(wc & WC_PASSADV) && !verb_suffix(tk, q - 1, "ly") &&   /* "fiercely" */
            !(c->vd->tabari && steps == 0 && c->ms->at[q - 1] < 0))
            break;
        q--;
        steps++;
    }
    if (!*passive && !verb_reduced_passive(c, vs, ve)) return -1;
    *passive = 1;
    for (uint32_t k = ve; k < tk->n && k < ve + 8; k++) {
        if (verb_is_boundary(tk, k)) break;
        if (token_is(tk, k, "by")) {
            return verb_agent_at(c, k + 1);
        }
    }
    return -1;
}

/* "Maduro, whom Bolsonaro has branded", "the veto, which Venezuela has
 * called": is the verb at token i, in annalist's own files, the verb of a
 * relative clause whose pronoun is its object, before its subject (an
 * actor group, then auxiliaries and adverbs)? Returns 1 and sets *obj to
 * the actor the pronoun stands for (the mention right before it, over a
 * comma), -1 when it stands for no actor; 0 otherwise ("the talks in
 * which Iran ...": the pronoun is a preposition's object). */
static int verb_relative_object(const verb_ctx_t *c, uint32_t i, int32_t *obj)
{
    const tokens_t *tk = c->tk;
    uint32_t q = i;
    while (q > 0 && ((tk->t[q - 1].wc & (WC_AUX | WC_PASSADV)) || verb_suffix(tk, q - 1, "ly")) &&
           c->ms->at[q - 1] < 0 && !token_is(tk, q - 1, "and"))
        q--;
    if (q < 3 || c->ms->at[q - 1] < 0 || c->ms->m[c->ms->at[q - 1]].end != q) return 0;
    uint32_t s = verb_group_start(c, c->ms->at[q - 1]);
    if (s < 2 || !words_in(token_folded(tk, s - 1), (const char *const[]){"which", "whom", "who", NULL}) ||
        (tk->t[s - 2].wc & WC_PREP))
        return 0;
    uint32_t b = s - 1;
    if (token_is(tk, b - 1, ",")) b--;
    *obj = b > 0 && c->ms->at[b - 1] >= 0 && c->ms->m[c->ms->at[b - 1]].end == b ? c->ms->at[b - 1] : -1;
    /* "closed its border with Algeria, which Algeria has branded": one
     * does not brand oneself, the pronoun stands for the act */
    if (*obj >= 0 && !strncmp(c->ms->m[*obj].country, c->ms->m[c->ms->at[q - 1]].country, 3))
        *obj = -1;
    return 1;
}

/* Does a determiner or possessive before token i make the word a noun? */
static int verb_after_determiner(const tokens_t *tk, uint32_t i)
{
    if (i == 0) return 0;
    /* "a visit", "China's attack", "with help from": nouns */
    return (tk->t[i - 1].wc & WC_DET) ||
           ((tk->t[i - 1].wc & WC_PREP) && !token_is(tk, i - 1, "to"));
}

/* "joined other leaders in calling for", "responded by expelling": is the
 * word at i a gerund in "-ing" that takes its own object after "by" or
 * after "in" with a form of "join" a few words before? Then it is a verb
 * though a preposition stands before it. */
static int verb_gerund_after_prep(const tokens_t *tk, uint32_t i)
{
    if (i < 2 || tk->t[i].flen < 6 || !token_ends(tk, i, "ing")) return 0;
    if (token_is(tk, i - 1, "by")) return 1;
    if (!token_is(tk, i - 1, "in")) return 0;
    for (uint32_t k = i - 1; k-- > 0 && k + 10 > i;) {
        if ((tk->t[k].wc & WC_BOUNDARY) || token_is(tk, k, ",")) return 0;
        if (!strncmp(token_folded(tk, k), "join", 4) && !(tk->t[k].flags & TOK_CAP)) return 1;
    }
    return 0;
}

/* Is the word at i the head of a noun phrase opened by an article a few
 * words back, over adjectives ("a brief private visit")? Words between must
 * be plain lower-case words: no actor, auxiliary, negation, preposition or
 * punctuation. */
static int verb_after_modifiers(const tokens_t *tk, const mentions_t *ms, uint32_t i)
{
    for (uint32_t q = i, k = 0; q > 0 && k < 4; q--, k++) {
        const token_t *t = &tk->t[q - 1];
        if (words_in(token_folded(tk, q - 1), (const char *const[]){"a", "an", "the", NULL}))
            return k > 0;
        int32_t m = ms->at[q - 1];
        const char *w = token_folded(tk, q - 1);
        if (t->flen > 1 && w[t->flen - 1] == '-') continue;   /* "anti-" */
        uint32_t ms0 = m >= 0 ? ms->m[m].start : 0;
        if (m >= 0 && ms0 > 0 && tk->t[ms0 - 1].flen > 1 &&
            token_folded(tk, ms0 - 1)[tk->t[ms0 - 1].flen - 1] == '-') {
            q = ms0 + 1;   /* "an anti- Gondor parade": the actor is a modifier */
            continue;
        }
        if (!(t->flags & TOK_WORD) || (t->flags & (TOK_CAP | TOK_NUM)) || m >= 0 ||
            (t->wc & (WC_AUX | WC_NEG | WC_INTENT | WC_PREP | WC_BOUNDARY | WC_GAPSTOP)))
            return 0;
    }
    return 0;
}

/* Is mention m, ending at token i, a people's adjective alone ("Chinese",
 * "Russian": actor_entry_t.demonym), so that a word in -s after it is a
 * plural noun ("Chinese exports to Russia"), not a verb as after a
 * country's name ("China exports oil to Russia", "The Vatican urges": a
 * name after "the")? */
static int verb_after_demonym(const tokens_t *tk, const mention_t *m, uint32_t i)
{
    return m->end == i && m->start + 1 == i && !m->role && m->entry &&
           m->entry->demonym == ACTORDICT_DEMONYM && !(m->start > 0 && token_is(tk, m->start - 1, "the"));
}

/* TABARI's noun rules: a verb right after THE, A or AN is a noun, and so is
 * one with a possessive ending ("Estonia donate's cash": the manual's
 * noun endings, 5.2.3, are not verb endings). */
static int verb_after_article(const tokens_t *tk, uint32_t i)
{
    if (i + 1 < tk->n && token_is(tk, i + 1, "'s")) return 1;
    return i > 0 && words_in(token_folded(tk, i - 1), (const char *const[]){"the", "a", "an", NULL});
}

/* A capitalized word inside a sentence of mixed case is a name or a title
 * ("Minister of External Trade", "Defence Force"), not a verb. */
static int verb_is_name(const tokens_t *tk, uint32_t i)
{
    if (i == 0 || !(tk->t[i].flags & TOK_CAP)) return 0;
    const char *prev = token_folded(tk, i - 1);
    if (!strcmp(prev, "\"") || !strcmp(prev, "(") || !strcmp(prev, ":")) return 0;
    size_t lower = 0, caps = 0;
    for (size_t k = 0; k < tk->n; k++) {
        if (!(tk->t[k].flags & TOK_WORD) || (tk->t[k].flags & TOK_NUM)) continue;
        if (tk->t[k].flags & TOK_CAP) caps++;
        else lower++;
    }
    return lower > caps;   /* a Title Case headline capitalizes its verbs too */
}

typedef struct {
    const verb_ctx_t *c;
    uint32_t pos;
    uint32_t forms[16], ends[16];   /* the forms that match at pos */
    int n;
} verb_form_scan_t;

/* "said" is both SAY's past and its participle, two forms of one verb
 * with the same tokens: the second would be matched as the first was, and
 * never win over it (verb_find keeps the first of equals). Is exact form r,
 * standing at s->pos, the twin of a form already found there (same verb,
 * tokens and past flag)? */
static int verb_form_twin(const verbdict_t *vd, const verb_form_scan_t *s, const vstart_t *r)
{
    const vform_t *f = &vd->f[r->form];
    for (int k = 0; k < s->n; k++) {
        const vform_t *g = &vd->f[s->forms[k]];
        if (g->verb == f->verb && s->ends[k] == s->pos + r->ntok && g->past == f->past && !g->stem)
            return 1;
    }
    return 0;
}

/* A TABARI stem form at s->pos (verbdict_stem_forms_at) */
static void verb_form_cb(uint32_t fi, void *ctx)
{
    verb_form_scan_t *s = ctx;
    const vform_t *f = &s->c->vd->f[fi];
    const tokens_t *tk = s->c->tk;
    if (s->pos + f->ntok > tk->n || s->n >= 16) return;
    for (uint32_t j = 1; j < f->ntok; j++)
        if (tk->t[s->pos + j].id != f->toks[j]) return;
    s->forms[s->n] = fi;
    s->ends[s->n] = s->pos + f->ntok;
    s->n++;
}

/* An event noun's doer named after it: "the visit of Erdogan to",
 * "an attack by Houthi rebels on" (annalist's files). Sets c->agent to the
 * mention after "by" or "of" right after the noun at token e (over an
 * article), and the tokens it spans with its group and the preposition;
 * -1 when none. "of" names the doer only where the pattern's own
 * preposition follows it (verb_match_fwd: a pattern "* of +" reads "of"
 * itself, "the invasion of Ukraine"). */
static void verb_noun_agent(verb_ctx_t *c, uint32_t e)
{
    c->agent = -1;
    if (e + 1 >= c->tk->n || !(token_is(c->tk, e, "by") || token_is(c->tk, e, "of"))) return;
    int32_t m = verb_agent_at(c, e + 1);
    if (m < 0) return;
    c->agent = m;
    c->agent_from = e;
    c->agent_to = verb_group_end(c, m);
}

/* Tries every pattern of the verb's block; fills m. */
static void verb_best_pattern(verb_ctx_t *c, const vform_t *f, vmatch_t *m, int noun_ctx)
{
    const verbdict_t *vd = c->vd;
    const verb_t *v = &vd->v[f->verb];
    const vblock_t *b = &vd->b[v->block];
    int have = 0;
    uint32_t best_w = 0;
    /* the ids of the words a pattern's first word after the verb may be
     * (a window longer than near, which no setting makes, rejects nothing) */
    uint32_t near[16];
    char near_c[16];   /* and their first letters, for stems (read only
                          when the block has a pattern keyed by one) */
    int stems = !b->idx || patindex_has_stems(b);
    size_t nnear = 0;
    int near_cut = 0;
    /* in annalist's own files as far as VERB_FAR_GAP, but no gap crosses a
     * boundary or a stop: the window ends at the first; and past a noun's
     * doer ("the visit of Erdogan | to") */
    int far = c->native && !vd->tabari && !c->skip_actors;
    uint32_t window = far ? VERB_FAR_GAP : c->gap;
    uint32_t past = c->agent >= 0 ? c->agent_to - c->agent_from : 0;
    for (uint32_t q = m->end; q < m->end + past + window + 1 && q < c->tk->n; q++) {
        if (past && q == m->end + window + 1 && q < c->agent_to) q = c->agent_to;
        if (q >= c->tk->n) break;
        if (nnear == sizeof near / sizeof *near) {
            near_cut = 1;
            break;
        }
        if (stems) near_c[nnear] = token_folded(c->tk, q)[0];
        near[nnear++] = c->tk->t[q].id;
        if (far && (c->tk->t[q].wc & (WC_BOUNDARY | WC_GAPSTOP))) break;
    }
    /* the block's patterns that may match, in block order (patindex.h);
     * every pattern when the index cannot tell */
    uint64_t cand[64];
    int use_idx = b->idx && !near_cut && b->n <= 64 * (sizeof cand / sizeof *cand);
    size_t nw = use_idx ? patindex_candidates(b, near, stems ? near_c : NULL, nnear, &c->words, cand) : 0;
    for (size_t k = 0, w = 0; use_idx ? w < nw : k < b->n; k++) {
        if (use_idx) {   /* the next set bit */
            while (w < nw && !cand[w]) w++;
            if (w == nw) break;
            k = w * 64 + (size_t)__builtin_ctzll(cand[w]);
            cand[w] &= cand[w] - 1;
        }
        /* a word of the pattern is missing from the sentence */
        if (b->idx && !patindex_bloom_covers(&c->words, &b->idx->need[k])) continue;
        const vpattern_t *p = &vd->p[b->pats[k]];
        if (!p->el || (have && p->weight < best_w)) continue;   /* every pattern has its '*' */
        /* after a determiner the word is a noun, unless the pattern itself
         * spells the determiner right before the verb ("- ITS * [042]") */
        if (noun_ctx && !(p->star > 0 && m->start > 0 &&
                          verbdict_elem_matches(vd, &p->el[p->star - 1], c->tk->t[m->start - 1].id,
                                                token_folded(c->tk, m->start - 1))))
            continue;
        /* quick reject: the first word after the verb must stand close by */
        const pelem_t *after = p->star + 1 < p->nel ? &p->el[p->star + 1] : NULL;
        if (after && after->kind == PE_WORD) {
            size_t q = 0;
            while (q < nnear && near[q] != after->id) q++;
            if (q == nnear && !near_cut) continue;
        } else if (stems && after && after->kind == PE_STEM && after->stem[0]) {
            size_t q = 0;   /* (a block with such a pattern has stem keys) */
            while (q < nnear && near_c[q] != after->stem[0]) q++;
            if (q == nnear && !near_cut) continue;
        }
        int32_t tg = -1, sr = -1;
        int bare = 0;
        uint32_t lo = m->start, hi = m->end;
        if (!verb_match_back(c, p->el, 0, p->star, m->start, &lo, &tg, &sr)) continue;
        if (!verb_match_fwd(c, p->el, p->star + 1, p->nel, m->end, &hi, &tg, &sr, &bare)) continue;
        if (have && p->weight == best_w) continue;   /* the first of equals wins */
        have = 1;
        best_w = p->weight;
        m->pat = p;
        m->target = tg;
        m->source = sr;
        m->compound = -1;
        for (uint32_t k2 = 0; k2 < p->nel; k2++)
            if (p->el[k2].kind == PE_COMPOUND) m->compound = tg, m->target = -1;
        m->lo = lo;
        m->hi = hi;
        memcpy(m->code, p->code, sizeof m->code);
        memcpy(m->code2, p->code2, sizeof m->code2);
        m->flags = p->flags;
        m->target_bare = (uint8_t)bare;
    }
    if (!have) {
        m->pat = NULL;
        m->target_bare = 0;
        m->compound = -1;
        m->code2[0] = '\0';
        m->flags = 0;
        if (noun_ctx) {
            m->code[0] = '\0';
        } else {
            memcpy(m->code, v->code, sizeof m->code);
            memcpy(m->code2, v->code2, sizeof m->code2);
            m->flags = v->flags;
        }
    }
}

size_t verb_find(const verbdict_t *vd, const tokens_t *tk, const mentions_t *ms,
                 vmatch_t **out, size_t *cap)
{
    size_t n = 0;
    verb_ctx_t c = {vd, tk, ms, 0, -1, VERB_PATTERN_GAP, 0, {{0}}, 0, 0, -1, -1, 0, 0};
    patindex_bloom_tokens(&c.words, tk);
    for (uint32_t i = 0; i < tk->n; i++) {
        if (ms->at[i] >= 0 || !(tk->t[i].flags & TOK_WORD) || !verbdict_may_start(vd, tk->t[i].id))
            continue;
        verb_form_scan_t s;
        s.c = &c;
        s.pos = i;
        s.n = 0;
        size_t nst;
        const vstart_t *st = verbdict_starts(vd, tk->t[i].id, &nst);
        for (size_t j = 0; j < nst && s.n < 16; j++)
            if (verb_start_at(vd, tk, i, &st[j]) && !verb_form_twin(vd, &s, &st[j])) {
                s.forms[s.n] = st[j].form;
                s.ends[s.n] = i + st[j].ntok;
                s.n++;
            }
        verbdict_stem_forms_at(vd, token_folded(tk, i), verb_form_cb, &s);
        /* A word may be the verb of several blocks ("give aid", "give an
         * ultimatum"): the best pattern over all of them wins, then the
         * longest form's default code. Each form's match is made in place
         * and the best one kept by its index (a copy of the struct at each
         * better match stalled on its parts still being stored). */
        vmatch_t found[16];
        int best = -1, agentless = -1;
        for (int k = 0; k < s.n; k++) {
            const vform_t *f = &vd->f[s.forms[k]];
            const verb_t *v = &vd->v[f->verb];
            int noun_ctx = !v->noun && (vd->tabari ? verb_after_article(tk, i)
                                                   : verb_after_determiner(tk, i) &&
                                                         !verb_gerund_after_prep(tk, i));
            if (!v->noun && verb_is_name(tk, i)) continue;
            const char *vw = token_folded(tk, i);
            size_t vl = tk->t[i].flen;
            int inflected = vw[vl - 1] == 's' || (vl > 2 && !memcmp(vw + vl - 2, "ed", 2)) ||
                            (vl > 3 && !memcmp(vw + vl - 3, "ing", 3)) || f->past;
            /* PETRARCH verbs: a base form heading "a brief private visit" is a
             * noun (PETRARCH took its verbs from a parse) */
            if (!v->noun && v->petrarch && !inflected && verb_after_modifiers(tk, ms, i))
                noun_ctx = 1;
            /* ... and after a degree adverb it is an adjective ("very close") */
            if (!v->noun && v->petrarch && i > 0 &&
                words_in(token_folded(tk, i - 1), (const char *const[]){
                             "very", "too", "so", "quite", "rather", "more", "most", "less", NULL}))
                noun_ctx = 1;
            if (!v->noun && i > 0 && ms->at[i - 1] >= 0 && !inflected &&
                verb_after_determiner(tk, ms->m[ms->at[i - 1]].start) &&
                !verb_in_group(&c, ms->at[i - 1]))
                continue;   /* "an Islamic State target": a base form after a named modifier
                               (but "X and the Y agree": a plural subject) */
            if (!v->noun && vw[vl - 1] == 's' && i > 0 && ms->at[i - 1] >= 0 &&
                verb_after_demonym(tk, &ms->m[ms->at[i - 1]], i))
                continue;   /* "Chinese exports to Russia": a plural noun */
            vmatch_t *m = &found[k];
            *m = (vmatch_t){s.forms[k], i, s.ends[k], NULL, -1, -1, i, s.ends[k], -1, "", "", 0, -1, 0, 0};
            int passive = 0;
            c.native = !v->legacy;
            c.by = verb_passive(&c, f, i, s.ends[k], &passive);
            /* TABARI/PETRARCH: a passive with no "by ACTOR" is coded as
             * written ("was freed from Barad-dur" by "- + * FROM $") */
            if (v->legacy && c.by < 0) passive = 0;
            /* an event noun or adjective is no passive ("was concerned about") */
            c.agent = -1;
            if (v->noun) {
                passive = 0;
                c.by = -1;
                if (c.native) verb_noun_agent(&c, s.ends[k]);
            }
            c.passive = passive;
            c.rel = !v->legacy && !v->noun && !passive && verb_relative_object(&c, i, &c.relobj);
            /* PETRARCH matched a pattern's words anywhere in the verb phrase */
            c.gap = v->petrarch ? VERB_PETRARCH_GAP : vd->tabari ? VERB_TABARI_ACTOR_GAP : VERB_PATTERN_GAP;
            c.skip_actors = v->petrarch;
            m->by = c.by;
            verb_best_pattern(&c, f, m, noun_ctx);
            /* a noun's doer named after its target ("a visit to Taipei by
             * Pelosi") */
            if (v->noun && c.native && m->pat && m->source < 0 && m->target >= 0 &&
                m->hi + 1 < tk->n && token_is(tk, m->hi, "by")) {
                int32_t a = verb_agent_at(&c, m->hi + 1);
                if (a >= 0 && c.ms->m[a].group != c.ms->m[m->target].group) m->source = a;
            }
            c.agent = -1;
            c.passive = 0;
            c.by = -1;
            c.rel = 0;
            /* "was attacked" with no agent; but "were killed in clashes with
             * X" (- + * in clashes with $) names its doer. The first such
             * form of annalist's own files is kept, flagged, for when no
             * other form matches (the rules of 6_events/agentless.c) */
            if (passive && m->by < 0 && m->source < 0) {
                if (agentless < 0 && c.native && !v->petrarch && !vd->tabari) agentless = k;
                continue;
            }
            if (best < 0) {
                best = k;
                continue;
            }
            const vmatch_t *b = &found[best];
            uint32_t wb = b->pat ? b->pat->weight + 1 : 0, wm = m->pat ? m->pat->weight + 1 : 0;
            if (wm > wb || (wm == wb && m->end > b->end) ||
                (wm == wb && m->end == b->end && !b->code[0] && m->code[0]))
                best = k;
        }
        if (best < 0 && agentless < 0) continue;
        if (best < 0) found[best = agentless].agentless = 1;
        const vmatch_t *b = &found[best];
        i = b->end - 1;
        if (!b->code[0] && !(b->flags & VF_DISCARD)) continue;
        *UTIL_PUSH(*out, n, *cap) = *b;
    }
    return n;
}
