/* subject.c -- who acts: the clause around a verb, its subject (not the
 * object of a preposition or of another verb), the actor before an aside,
 * and TABARI's clause end and source rule. */
#include "6_events/subject.h"

#include <string.h>

#include "3_sentences/words.h"
#include "5_verbs/verb.h"

/* Start of the clause holding token i. */
uint32_t subject_clause_start(const tokens_t *tk, uint32_t i)
{
    while (i > 0 && !verb_is_boundary(tk, i - 1)) i--;
    return i;
}

uint32_t subject_clause_end(const tokens_t *tk, uint32_t i)
{
    while (i < tk->n && !verb_is_boundary(tk, i)) i++;
    return i;
}

/* A verb the dictionary does not know, by its past-tense ending: "he
 * addressed the US Congress and held talks with ...": what follows is its
 * object, not the next verb's subject. Lower-case words of five letters or
 * more ending in "ed" that are no auxiliary, speech or intent word. */
static int subject_past_verb(const tokens_t *tk, uint32_t i)
{
    const token_t *t = &tk->t[i];
    if (!(t->flags & TOK_WORD) || (t->flags & TOK_CAP) || t->flen < 5) return 0;
    if (t->wc & (WC_AUX | WC_SPEECH | WC_INTENT | WC_NEG | WC_PREP)) return 0;
    const char *w = token_folded(tk, i);
    return w[t->flen - 2] == 'e' && w[t->flen - 1] == 'd' &&
           !words_in(w, (const char *const[]){"united", "armed", "based", "backed", "led",
                                               "allied", "detained", "displaced", "disputed",
                                               "occupied", "elected", "exiled", NULL});
}

/* "Turkey, Azerbaijan's main ally, has said it will ...": is mention m
 * (its group's first member) a possessive set between commas right after
 * another actor, and so a description of that one? 1 or 0. */
static int subject_in_apposition(const tokens_t *tk, const mentions_t *ms, int32_t m,
                                 uint32_t cstart)
{
    uint32_t s = ms->m[m].start, e = ms->m[m].end;
    if (s < cstart + 2 || strcmp(token_folded(tk, s - 1), ",") || ms->at[s - 2] < 0 ||
        ms->m[ms->at[s - 2]].group == ms->m[m].group || e >= tk->n ||
        (strcmp(token_folded(tk, e), "'s") && strcmp(token_folded(tk, e), "'")))
        return 0;
    for (uint32_t k = e + 1; k < tk->n && k < e + 6; k++)
        if (!strcmp(token_folded(tk, k), ",")) return 1;
    return 0;
}

int subject_opens_clause(const tokens_t *tk, const mentions_t *ms, int32_t m,
                         const uint8_t *verbtok)
{
    uint32_t s = ms->m[m].start, e = ms->m[m].end;
    if (!verbtok || s < 2 || strcmp(token_folded(tk, s - 1), "and") ||
        strcmp(token_folded(tk, s - 2), ","))
        return 0;
    while (e < tk->n && (tk->t[e].wc & WC_AUX) && strcmp(token_folded(tk, e), "and")) e++;
    if (e >= tk->n || !verbtok[e]) return 0;
    /* the members before it are an object ("detained migrants", "crossed
     * from Belarus"), not the opening of a list of subjects ("Lithuania,
     * Latvia, and Estonia imposed") */
    int32_t f = m;
    while (f > 0 && ms->m[f - 1].group == ms->m[m].group) f--;
    if (f == m) return 0;
    uint32_t p = ms->m[f].start;
    for (int k = 0; k < 3 && p > 0 && !verbtok[p - 1] && !(tk->t[p - 1].wc & (WC_PREP | WC_BOUNDARY)) &&
                    strcmp(token_folded(tk, p - 1), ",");
         k++)
        p--;
    return p > 0 && (verbtok[p - 1] || (tk->t[p - 1].wc & WC_PREP));
}

/* Is token i the "of" of a number or a crowd that a verb does not take as
 * its object ("thousands of protesters marched", "tens of thousands of",
 * "a group of", but not "has thousands of troops in Somalia")? What
 * follows it is the subject itself, not the object of a preposition. */
static int subject_count_of(const tokens_t *tk, uint32_t i, const uint8_t *verbtok)
{
    if (i < 1 || !token_is(tk, i, "of") ||
        !words_in(token_folded(tk, i - 1),
                  (const char *const[]){"thousands", "hundreds", "dozens", "scores", "millions",
                                        "tens", "dozen", "hundred", "thousand", "group", "groups",
                                        "crowd", "crowds", "busloads", "handful", "number",
                                        "hordes", "throngs", "columns", "convoy", "mob", NULL}))
        return 0;
    uint32_t h = i - 1;   /* the phrase's first word */
    if (h >= 2 && token_is(tk, h - 1, "of") && words_in(token_folded(tk, h - 2),
                                                        (const char *const[]){"tens", "hundreds", NULL}))
        h -= 2;
    if (h >= 1 && words_in(token_folded(tk, h - 1), (const char *const[]){"a", "an", "the", "some", NULL}))
        h--;
    return h == 0 || !((verbtok && verbtok[h - 1]) || (tk->t[h - 1].wc & WC_AUX));
}

/* The subject: the nearest mention before token lo, in the clause, that is
 * not the object of a preposition. -1 when none. */
int32_t subject_find(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
                     uint32_t cstart, int32_t avoid, const uint8_t *verbtok)
{
    /* "a dozen officials it accuses of ...": an actor right before a
     * pronoun and the verb is the verb's object; the pronoun its subject */
    if (lo >= cstart + 2 && ms->at[lo - 1] < 0 && ms->at[lo - 2] >= 0 &&
        words_in(token_folded(tk, lo - 1),
                 (const char *const[]){"it", "they", "he", "she", "we", NULL}))
        return -1;
    for (uint32_t q = lo; q-- > cstart;) {
        int32_t m = ms->at[q];
        if (m < 0 || m == avoid) continue;
        /* the group's first member decides whether it follows a preposition
         * (a member that opens a clause, ", and Warsaw accused", is first) */
        int32_t first = m;
        while (first > 0 && ms->m[first - 1].group == ms->m[m].group &&
               !subject_opens_clause(tk, ms, first, verbtok))
            first--;
        uint32_t s = ms->m[first].start;
        if (subject_in_apposition(tk, ms, first, cstart)) {
            q = s;   /* "Turkey, Azerbaijan's main ally, has said": Turkey */
            continue;
        }
        while (s > cstart && (!strcmp(token_folded(tk, s - 1), "the") ||
                              !strcmp(token_folded(tk, s - 1), "a")))
            s--;
        if (s > cstart && ((verbtok && verbtok[s - 1]) || subject_past_verb(tk, s - 1)) &&
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
            /* "Orban, who has courted Chinese investment, visited Beijing
             * and met Xi": the other verb closes an aside, and its subject
             * is the actor before the aside */
            int32_t aside = subject_aside(tk, ms, q);
            if (aside >= 0) return aside;
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
        if (p > cstart && (tk->t[p - 1].wc & WC_PREP) && !subject_count_of(tk, p - 1, verbtok)) {
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
int32_t subject_aside(const tokens_t *tk, const mentions_t *ms, uint32_t vs)
{
    uint32_t q = vs;
    while (q > 0 && (tk->t[q - 1].wc & WC_AUX) && strcmp(token_folded(tk, q - 1), "to")) q--;
    if (q < 3 || strcmp(token_folded(tk, q - 1), ",")) return -1;
    for (uint32_t c = q - 1; c-- > 1;) {
        const char *w = token_folded(tk, c);
        if (words_in(w, (const char *const[]){".", ";", ":", "\"", "said", "says", NULL}))
            return -1;
        if (!strcmp(w, ",")) return ms->at[c - 1] >= 0 && ms->at[c - 1] != ms->at[q] ? ms->at[c - 1] : -1;
    }
    return -1;
}

int32_t subject_relative(const tokens_t *tk, const mentions_t *ms, uint32_t cstart, uint32_t lo)
{
    if (cstart < 3 || lo <= cstart || ms->at[cstart - 3] < 0 || strcmp(token_folded(tk, cstart - 2), ",") ||
        !words_in(token_folded(tk, cstart - 1), (const char *const[]){"who", "which", NULL}))
        return -1;
    /* "Japan, which the North's missiles have flown over": the pronoun is
     * the object; "Turkey, which trains ...": the subject */
    uint32_t q = cstart;
    while (q < lo && (tk->t[q].wc & WC_AUX) && strcmp(token_folded(tk, q), "and")) q++;
    if (ms->at[q] >= 0 || (tk->t[q].wc & (WC_DET | WC_PREP))) return -1;
    for (uint32_t k = cstart; k < lo; k++)
        if (!strcmp(token_folded(tk, k), ",") || (tk->t[k].wc & WC_SPEECH) ||
            !strcmp(token_folded(tk, k), "that"))
            return -1;   /* the aside closed, or the verb is in what was said */
    /* "China, which has invested billions in Pakistan", "which backs the
     * army": what the actor has done or does is background; "which signed a
     * defence agreement with Mogadishu in February" is a dated act */
    for (uint32_t k = lo; k-- > cstart && (tk->t[k].wc & WC_AUX);)
        if (words_in(token_folded(tk, k), (const char *const[]){"has", "have", "had", NULL}))
            return -1;
    const token_t *t = &tk->t[lo];
    const char *w = token_folded(tk, lo);
    if (t->flen > 3 && w[t->flen - 1] == 's' && w[t->flen - 2] != 's') return -1;
    return ms->at[cstart - 3];
}

/* TABARI's clause end: the first conjunction AND, BUT, OR, NOR from token
 * from that does not join the members of an actor group; tk->n when none. */
uint32_t subject_conj_clause_end(const tokens_t *tk, const mentions_t *ms, uint32_t from)
{
    for (uint32_t q = from; q < tk->n; q++) {
        if ((tk->t[q].flags & TOK_NOCLAUSE) ||
            !words_in(token_folded(tk, q), (const char *const[]){"and", "but", "or", "nor", NULL}))
            continue;
        int32_t a = q > 0 ? ms->at[q - 1] : -1, b = q + 1 < tk->n ? ms->at[q + 1] : -1;
        if (!(a >= 0 && b >= 0 && ms->m[a].group == ms->m[b].group)) return q;
    }
    return (uint32_t)tk->n;
}

/* TABARI's source search before token lo: the first mention of the
 * sentence that is not avoid (nor of its code), or the actor opening the
 * last clause before lo; -1 when none. */
int32_t subject_first_actor(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
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
        if (q + 1 < lo && subject_conj_clause_end(tk, ms, q) == q) {
            /* the actor may stand after a word or two no dictionary knows
             * ("and pigs of Gondor warned", "and cool minister Calimehtar") */
            uint32_t r = q + 1;
            for (int w = 0; w < 2 && r + 1 < lo && ms->at[r] < 0 && (tk->t[r].flags & TOK_WORD) &&
                            (tk->t[r].id == 0 || (tk->t[r].wc & WC_PREP));
                 w++)
                r++;
            int32_t n = ms->at[r];
            if (n >= 0 && ms->m[n].start == r && n != avoid) src = n;
        }
    }
    return src;
}
