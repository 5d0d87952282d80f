/* reacted.c -- the act a reaction is about: the words of condemnation and
 * protest, and a relative clause on the noun they govern. */
#include "6_events/reacted.h"

#include <string.h>

#include "3_sentences/words.h"
#include "6_events/attributed.h"
#include "6_events/implicit.h"

void reacted_owned_acts(const tokens_t *tk, const mentions_t *ms, events_t *out)
{
    for (size_t i = 0; i < ms->n && tk->fold.s; i++) {
        const mention_t *m = &ms->m[i];
        uint32_t q = m->end;
        /* "Lithuania's ban", "Israel's new offensive" */
        if (q + 1 >= tk->n || tk->t[q].flen != 2 || !token_is(tk, q, "'s")) continue;
        q++;
        for (uint32_t k = q; k < q + 2 && k < tk->n; k++) {
            if (!(tk->t[k].flags & TOK_WORD) || (tk->t[k].flags & TOK_CAP) || ms->at[k] >= 0 ||
                out->verbtok[k])
                break;
            const char *roots = implicit_noun_roots(token_folded(tk, k));
            if (!roots) continue;
            if (roots[0] == '1' && roots[1] >= '3') implicit_act(out, m, roots);
            break;
        }
    }
}

int reacted_verb(const tokens_t *tk, uint32_t q)
{
    return words_in(token_folded(tk, q), (const char *const[]){
        "condemn", "condemns", "condemned", "condemning", "denounce", "denounces", "denounced",
        "denouncing", "deplore", "deplores", "deplored", "deploring", "decry", "decries",
        "decried", "decrying", "criticise", "criticises", "criticised", "criticising",
        "criticize", "criticizes", "criticized", "criticizing", "slam", "slams", "slammed",
        "slamming", "blast", "blasts", "blasted", "protest", "protests", "protested",
        "protesting", NULL});
}

/* Is token q a plain lower-case word that may stand in a noun phrase
 * (an adjective or a noun: "deadly", "strike"), no verb of the sentence
 * nor a word of a closed class? */
static int reacted_plain(const tokens_t *tk, const uint8_t *verbtok, uint32_t q)
{
    return (tk->t[q].flags & TOK_WORD) && !(tk->t[q].flags & (TOK_CAP | TOK_NUM)) && !verbtok[q] &&
           !(tk->t[q].wc & (WC_AUX | WC_PREP | WC_DET | WC_BOUNDARY | WC_NEG | WC_INTENT |
                            WC_GAPSTOP | WC_SPEECH | WC_BE));
}

/* "a strike widely attributed to Israel", "the attack carried out by
 * X": is the actor mention ending at token e named by a past participle
 * and its preposition right before it? Sets *from to the participle's
 * first token (over one adverb). */
static int reacted_named_doer(const tokens_t *tk, const mentions_t *ms, uint32_t e, uint32_t *from)
{
    uint32_t q = ms->m[ms->at[e - 1]].start;
    while (q > 0 && (tk->t[q - 1].wc & WC_DET)) q--;
    if (q < 2 || !words_in(token_folded(tk, q - 1), (const char *const[]){"to", "by", "on", NULL}))
        return 0;
    q--;
    if (token_is(tk, q - 1, "out")) q--;   /* "carried out by" */
    if (tk->t[q - 1].flen < 5 || !token_ends(tk, q - 1, "ed")) return 0;
    q--;
    if (q > 0 && tk->t[q - 1].flen > 4 && !(tk->t[q - 1].flags & TOK_CAP) &&
        token_ends(tk, q - 1, "ly"))
        q--;   /* "widely" */
    *from = q;
    return 1;
}

/* reacted_relative for a verb whose auxiliaries and adverbs start at q */
static int32_t reacted_clause(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                              uint32_t q)
{
    if (q < 3 || !words_in(token_folded(tk, q - 1), (const char *const[]){"that", "which", NULL}))
        return -1;
    uint32_t k = q - 1;
    if (token_is(tk, k - 1, ",")) k--;   /* "the attack, which wounded" */
    int32_t doer = -2;
    uint32_t from = 0;
    if (k > 0 && ms->at[k - 1] >= 0 && reacted_named_doer(tk, ms, k, &from)) {
        doer = ms->at[k - 1];
        k = from;
    }
    /* the noun, then its adjectives and article, to the verb that governs it */
    if (k == 0 || !reacted_plain(tk, verbtok, k - 1)) return -1;
    k--;
    for (int n = 0; n < 3 && k > 0 && reacted_plain(tk, verbtok, k - 1); n++) k--;
    if (k > 0 && (tk->t[k - 1].wc & WC_DET)) k--;
    while (k > 0 && ((tk->t[k - 1].wc & WC_TIME) || token_is(tk, k - 1, "on")))
        k--;   /* "condemned on Tuesday a strike" */
    return k > 0 && reacted_verb(tk, k - 1) ? doer : -1;
}

/* The first of the auxiliaries and adverbs before the verb at token lo
 * ("has", "reportedly", "also"), or lo. */
static uint32_t reacted_back(const tokens_t *tk, uint32_t lo)
{
    uint32_t q = lo;
    while (q > 0 && (tk->t[q - 1].wc & (WC_AUX | WC_PASSADV | WC_BE)) &&
           !token_is(tk, q - 1, "and") && !token_is(tk, q - 1, "\""))
        q--;
    return q;
}

int32_t reacted_relative(const tokens_t *tk, const mentions_t *ms, const uint8_t *verbtok,
                         uint32_t lo)
{
    if (!tk->fold.s) return -1;
    uint32_t q = reacted_back(tk, lo);
    if (q >= 2 && token_is(tk, q - 1, "and") && !verbtok[q - 2]) {
        /* "that demolished Iran's consulate and killed 13 people": the
         * clause's second verb, after the first one's object */
        for (uint32_t k = q - 1; k-- > 0 && k + 16 > q;) {
            if ((tk->t[k].wc & WC_BOUNDARY) || token_is(tk, k, ",")) return -1;
            if (verbtok[k] && (k == 0 || !verbtok[k - 1]))
                return reacted_clause(tk, ms, verbtok, reacted_back(tk, k));
        }
        return -1;
    }
    return reacted_clause(tk, ms, verbtok, q);
}

size_t reacted_doers_of(const tokens_t *tk, const mentions_t *ms, const events_t *out,
                        const mention_t *src, const char *code, uint32_t hi, int32_t tgt,
                        mention_t *p)
{
    uint32_t q = hi;
    while (q < tk->n && token_is(tk, q, "\"")) q++;
    if (q + 3 >= tk->n || !(tk->t[q].wc & WC_DET) || ms->at[q] >= 0 || !tk->fold.s) return 0;
    uint32_t t0 = ms->m[tgt].start;
    if (t0 <= q + 2 || t0 > q + 14) return 0;
    /* the noun within three words ('the "illegal" strikes'), no actor
     * before it ("the Russian strikes on Kyiv": Russia's) */
    for (uint32_t k = q + 1; k < q + 5 && k + 1 < t0; k++) {
        if (token_is(tk, k, "\"")) continue;
        if (ms->at[k] >= 0 || !(tk->t[k].flags & TOK_WORD) || (tk->t[k].flags & TOK_CAP)) return 0;
        const char *roots = implicit_noun_roots(token_folded(tk, k));
        if (!roots) continue;
        if (roots[0] != '1' || !((tk->t[k + 1].wc & WC_PREP) || token_is(tk, k + 1, "as")))
            return 0;
        /* "the expulsion of its diplomats by Greece", "the bombing of a
         * hospital blamed on Israel": the target named is the doer */
        for (uint32_t j = k + 1; j < t0; j++)
            if (token_is(tk, j, "by") || attributed_doer(tk, ms, j) >= 0) return 0;
        return implicit_anaphor(tk, out, src, code, hi, p);
    }
    return 0;
}
