/* subject.c -- who acts: the clause around a verb, its subject (not the
 * object of a preposition or of another verb), the actor before an aside,
 * and TABARI's clause end and source rule. */
#include "6_events/subject.h"

#include <string.h>

#include "3_sentences/words.h"
#include "5_verbs/verb.h"
#include "6_events/implicit.h"
#include "6_events/modality.h"

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
    if (s < cstart + 2 || !token_is(tk, s - 1, ",") || ms->at[s - 2] < 0 ||
        ms->m[ms->at[s - 2]].group == ms->m[m].group || e >= tk->n ||
        (!token_is(tk, e, "'s") && !token_is(tk, e, "'")))
        return 0;
    for (uint32_t k = e + 1; k < tk->n && k < e + 6; k++)
        if (token_is(tk, k, ",")) return 1;
    return 0;
}

int subject_opens_clause(const tokens_t *tk, const mentions_t *ms, int32_t m,
                         const uint8_t *verbtok)
{
    uint32_t s = ms->m[m].start, e = ms->m[m].end;
    if (!verbtok || s < 2 || !token_is(tk, s - 1, "and") ||
        !token_is(tk, s - 2, ","))
        return 0;
    while (e < tk->n && (tk->t[e].wc & WC_AUX) && !token_is(tk, e, "and")) e++;
    if (e >= tk->n || !verbtok[e]) return 0;
    /* the members before it are an object ("detained migrants", "crossed
     * from Belarus"), not the opening of a list of subjects ("Lithuania,
     * Latvia, and Estonia imposed") */
    int32_t f = m;
    while (f > 0 && ms->m[f - 1].group == ms->m[m].group) f--;
    if (f == m) return 0;
    uint32_t p = ms->m[f].start;
    for (int k = 0; k < 3 && p > 0 && !verbtok[p - 1] && !(tk->t[p - 1].wc & (WC_PREP | WC_BOUNDARY)) &&
                    !token_is(tk, p - 1, ",");
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

/* "expelled two Russian diplomats", "detained 12 Kenyan nationals",
 * "expelled several of its diplomats", "meet his 29 Nato counterparts": the first token of the number or
 * quantity (three words at most) that ends right before token s, from token
 * cstart on; s when there is none. */
static uint32_t subject_count_start(const tokens_t *tk, uint32_t s, uint32_t cstart)
{
    uint32_t p = s;
    for (int k = 0; k < 3 && p > cstart; k++) {
        const token_t *t = &tk->t[p - 1];
        if (!(t->flags & TOK_NUM) && !((t->flags & TOK_WORD) && !(t->flags & TOK_CAP) &&
                                       words_in(token_folded(tk, p - 1), (const char *const[]){
                                           "two", "three", "four", "five", "six", "seven",
                                           "eight", "nine", "ten", "eleven", "twelve",
                                           "dozen", "dozens", "hundreds", "thousands",
                                           "several", "some", "many", "more", "other", "of",
                                           "least", "at", "its", "their", "his", "her",
                                           "our", NULL})))
            break;
        p--;
    }
    /* "at least", "dozens of", "several of its": not a lone "of" or "at" */
    return p < s && !words_in(token_folded(tk, p), (const char *const[]){"of", "at", NULL}) ? p : s;
}

/* ", with Washington seeking a Security Council meeting": is token w a
 * "with" opening an absolute phrase, whose actor (mention m, ending right
 * before the verb at token lo) is the subject of a verb in "-ing"? */
static int subject_with_ing(const tokens_t *tk, const mentions_t *ms, uint32_t w, int32_t m,
                            uint32_t lo)
{
    const token_t *t = &tk->t[lo];
    return token_is(tk, w, "with") && w > 0 && token_is(tk, w - 1, ",") && ms->m[m].end == lo &&
           t->flen >= 5 && !strcmp(token_folded(tk, lo) + t->flen - 3, "ing");
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
        while (s > cstart && (token_is(tk, s - 1, "the") ||
                              token_is(tk, s - 1, "a")))
            s--;
        uint32_t c = subject_count_start(tk, s, cstart);
        if (c > cstart && ((verbtok && verbtok[c - 1]) || subject_past_verb(tk, c - 1)) &&
            !(tk->t[c - 1].wc & WC_SPEECH)) {
            /* the object of another verb: "help X combat Y" has no subject
             * for "combat", but in "P rejected X's claims and called on Y"
             * the verbs share P, so look on before the other verb */
            int coordinated = 0;
            for (uint32_t k = ms->m[m].end; k < lo; k++)
                if (token_is(tk, k, "and")) coordinated = 1;
            if (!coordinated) return -1;
            q = c - 1;
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
        if (p > cstart && (tk->t[p - 1].wc & WC_PREP) && !subject_count_of(tk, p - 1, verbtok) &&
            !subject_with_ing(tk, ms, p - 1, m, lo)) {
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
    while (q > 0 && (tk->t[q - 1].wc & WC_AUX) && !token_is(tk, q - 1, "to")) q--;
    if (q < 3 || !token_is(tk, q - 1, ",")) return -1;
    for (uint32_t c = q - 1; c-- > 1;) {
        const char *w = token_folded(tk, c);
        if (words_in(w, (const char *const[]){".", ";", ":", "\"", "said", "says", NULL}))
            return -1;
        if (!strcmp(w, ",")) return ms->at[c - 1] >= 0 && ms->at[c - 1] != ms->at[q] ? ms->at[c - 1] : -1;
    }
    return -1;
}

/* The subject of the clause that token c (a comma, a preposition) closes:
 * that of its last verb of verbtok or word of speech (the speaker after
 * it, ", said the ministry,"; the speaker of a quotation it stands in);
 * -1 when the clause has no such verb. */
static int32_t subject_clause_before(const tokens_t *tk, const mentions_t *ms, uint32_t c,
                                     const uint8_t *verbtok)
{
    uint32_t cstart = subject_clause_start(tk, c);
    for (uint32_t v = c; v-- > cstart;) {
        int speech = (tk->t[v].wc & WC_SPEECH) && !(tk->t[v].wc & WC_NEG);
        if (!verbtok[v] && !speech) continue;
        while (v > cstart && verbtok[v - 1]) v--;
        /* ", said the foreign ministry, accusing": the speaker after */
        uint32_t e = v;
        while (e < c && (verbtok[e] || e == v)) e++;
        while (e < c && (tk->t[e].wc & WC_DET)) e++;
        if ((tk->t[v].wc & WC_SPEECH) && e < c && ms->at[e] >= 0 && e > v) return ms->at[e];
        int32_t a = subject_aside(tk, ms, v);
        if (a < 0) a = subject_find(tk, ms, v, cstart, -1, verbtok);
        /* '"We lodged a strong protest, urging China to," Suga said': the
         * quotation's speaker, the subject of a verb of the clause */
        uint32_t pron;
        for (uint32_t u = v + 1; a < 0 && u-- > cstart;)
            if (verbtok[u] && (u == cstart || !verbtok[u - 1])) a = subject_quoted(tk, ms, u, &pron);
        return a;
    }
    return -1;
}

int32_t subject_participle(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
                           const uint8_t *verbtok)
{
    const token_t *t = &tk->t[lo];
    if (!verbtok || t->flen < 5 || strcmp(token_folded(tk, lo) + t->flen - 3, "ing")) return -1;
    uint32_t q = lo;
    while (q > 0 && (tk->t[q - 1].wc & WC_PASSADV)) q--;   /* ", also accusing" */
    if (q < 2 || !token_is(tk, q - 1, ",")) return -1;
    return subject_clause_before(tk, ms, q - 1, verbtok);
}

int32_t subject_gerund(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
                       const uint8_t *verbtok, int *joined)
{
    const token_t *t = &tk->t[lo];
    *joined = 0;
    if (!verbtok || t->flen < 5 || strcmp(token_folded(tk, lo) + t->flen - 3, "ing")) return -1;
    uint32_t q = lo;
    while (q > 0 && (tk->t[q - 1].wc & WC_PASSADV)) q--;   /* "after also accusing" */
    if (q < 2) return -1;
    const char *p = token_folded(tk, q - 1);
    if (!strcmp(p, "in")) {
        /* "joined many world leaders in calling for": the one who joins */
        for (uint32_t k = q - 1; k-- > 0 && k + 10 > q;) {
            if (tk->t[k].wc & WC_BOUNDARY || token_is(tk, k, ",")) return -1;
            if (!strncmp(token_folded(tk, k), "join", 4) && !(tk->t[k].flags & TOK_CAP)) {
                *joined = 1;
                int32_t a = subject_aside(tk, ms, k);
                return a >= 0 ? a : subject_find(tk, ms, k, subject_clause_start(tk, k), -1, verbtok);
            }
        }
        return -1;
    }
    if (!words_in(p, (const char *const[]){"after", "before", "while", "when", "since", "without",
                                            "upon", "by", NULL}))
        return -1;
    /* "called on Brussels to go further by banning", "accused Addis Ababa
     * of interfering by signing": the phrase tells how the act of the
     * infinitive or of the "of" clause is done, whose subject is another's */
    for (uint32_t k = q - 1; k-- > subject_clause_start(tk, q - 1) && !verbtok[k];) {
        if (!token_is(tk, k, "to") && !token_is(tk, k, "of")) continue;
        uint32_t w = k + 1 + (k + 1 < q && token_is(tk, k + 1, "\""));   /* 'of "interfering' */
        if (w + 1 < q && (tk->t[w].flags & TOK_WORD) && !(tk->t[w].flags & TOK_CAP) &&
            !(tk->t[w].wc & (WC_DET | WC_PERSONAL)) && ms->at[w] < 0 &&
            (token_is(tk, k, "to") || token_ends(tk, w, "ing")))
            return -2;
    }
    return subject_clause_before(tk, ms, q - 1, verbtok);
}

int32_t subject_relative(const tokens_t *tk, const mentions_t *ms, uint32_t cstart, uint32_t lo)
{
    if (cstart < 3 || lo <= cstart || ms->at[cstart - 3] < 0 || !token_is(tk, cstart - 2, ",") ||
        !words_in(token_folded(tk, cstart - 1), (const char *const[]){"who", "which", NULL}))
        return -1;
    /* "Japan, which the North's missiles have flown over": the pronoun is
     * the object; "Turkey, which trains ...": the subject */
    uint32_t q = cstart;
    while (q < lo && (tk->t[q].wc & WC_AUX) && !token_is(tk, q, "and")) q++;
    if (ms->at[q] >= 0 || (tk->t[q].wc & (WC_DET | WC_PREP))) return -1;
    for (uint32_t k = cstart; k < lo; k++)
        if (token_is(tk, k, ",") || (tk->t[k].wc & WC_SPEECH) ||
            token_is(tk, k, "that"))
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

int32_t subject_relative_bare(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
                              const uint8_t *verbtok)
{
    uint32_t q = lo;
    for (int k = 0; k < 2 && q > 0 && (tk->t[q - 1].wc & (WC_AUX | WC_PASSADV)) &&
                    (tk->t[q - 1].flags & TOK_WORD) &&
                    !words_in(token_folded(tk, q - 1), (const char *const[]){"and", "to", "on", NULL});
         k++)
        q--;   /* "that has seized", "who reportedly attacked" */
    if (q < 2 || !words_in(token_folded(tk, q - 1), (const char *const[]){"that", "who", "which", NULL}))
        return -1;
    uint32_t b = q - 2;
    if (ms->at[b] >= 0) {
        int32_t a = ms->at[b];
        if (ms->m[a].end != b + 1) return -1;
        /* "accusing it of sheltering rebels who attacked": what the
         * accused did is alleged, and so is what it is told of */
        for (uint32_t k = ms->m[a].start; k-- > 0 && k + 8 > ms->m[a].start;) {
            if ((tk->t[k].wc & WC_BOUNDARY) || token_is(tk, k, ",")) break;
            if (tk->t[k].flen > 6 && !strncmp(token_folded(tk, k), "accus", 5)) return -1;
        }
        return a;
    }
    /* a plain noun that names no actor ("the country that invaded"), not
     * an act whose doer is another's ("an attack that killed"), nor a verb
     * or a word of speech ("said that") */
    const token_t *t = &tk->t[b];
    if (!(t->flags & TOK_WORD) || (t->flags & (TOK_CAP | TOK_NUM)) || verbtok[b] ||
        (t->wc & (WC_AUX | WC_PREP | WC_DET | WC_BOUNDARY | WC_NEG | WC_INTENT | WC_SPEECH |
                  WC_PERSONAL | WC_VERDICT | WC_BE | WC_GAPSTOP)) ||
        subject_past_verb(tk, b) || implicit_noun_roots(token_folded(tk, b)))
        return -1;
    return -2;
}

/* Does the word at token i end in the letters end? */
static int subject_ends(const tokens_t *tk, uint32_t i, const char *end)
{
    size_t n = strlen(end), l = tk->t[i].flen;
    return (tk->t[i].flags & TOK_WORD) && l > n + 2 && !strcmp(token_folded(tk, i) + l - n, end);
}

/* The first token of the verb group that ends at token lo: back over the
 * auxiliaries, "to", the plan and the adverbs ("and vowed to crack down"),
 * not past "and" or a quotation mark, nor below token lowest. */
static uint32_t subject_group_start(const tokens_t *tk, uint32_t lo, uint32_t lowest)
{
    uint32_t q = lo;
    while (q > lowest && (tk->t[q - 1].wc & (WC_AUX | WC_PASSADV | WC_INTENT)) &&
           !token_is(tk, q - 1, "and") && !token_is(tk, q - 1, "\""))
        q--;
    return q;
}

int32_t subject_speaker_and(const tokens_t *tk, const mentions_t *ms, uint32_t lo, int32_t subj,
                            const uint8_t *verbtok, uint32_t *vtok, uint32_t *stok)
{
    uint32_t q = subject_group_start(tk, lo, 0);
    if (q < 2 || !token_is(tk, q - 1, "and") || subj < 0) return -1;
    uint32_t v = q;
    while (v < lo && (tk->t[v].wc & WC_PASSADV)) v++;   /* "and also urged" */
    int32_t f = subj;
    while (f > 0 && ms->m[f - 1].group == ms->m[subj].group) f--;
    uint32_t cstart = subject_clause_start(tk, q - 1);
    for (uint32_t s = ms->m[f].start; s-- > cstart;) {
        if (!(tk->t[s].wc & WC_SPEECH) || (tk->t[s].wc & WC_NEG)) continue;
        /* the tense of the speech: "said ... and urged", "says ... and urges" */
        int past = !subject_ends(tk, s, "s");
        if (past ? !subject_ends(tk, v, "ed") : !subject_ends(tk, v, "s")) return -1;
        int32_t sp = subject_aside(tk, ms, s);
        if (sp < 0) sp = subject_find(tk, ms, s, subject_clause_start(tk, s), -1, verbtok);
        if (sp < 0 || ms->m[sp].group == ms->m[subj].group) return -1;
        *vtok = v;
        *stok = s;
        return sp;
    }
    return -1;
}

int32_t subject_over_phrase(const tokens_t *tk, const mentions_t *ms, uint32_t lo, uint32_t cstart,
                            const uint8_t *verbtok)
{
    uint32_t q = subject_group_start(tk, lo, cstart);
    if (cstart < 2 || q <= cstart + 1 || !token_is(tk, q - 1, "and") ||
        !words_in(token_folded(tk, cstart - 1), (const char *const[]){
                      "after", "before", "since", "until", "despite", NULL}))
        return -1;
    /* the phrase is a noun phrase: no verb, auxiliary, speech or past form */
    for (uint32_t k = cstart; k + 1 < q; k++)
        if ((verbtok && verbtok[k]) || (tk->t[k].wc & (WC_BE | WC_SPEECH | WC_INTENT | WC_NEG)) ||
            token_is(tk, k, ",") || token_is(tk, k, "had") || token_is(tk, k, "has") ||
            token_is(tk, k, "have") || subject_past_verb(tk, k))
            return -1;
    /* from the verb group, so that "and" tells that the verbs share the
     * subject ("expelled a diplomat after the vote and accused") */
    return subject_find(tk, ms, q, subject_clause_start(tk, cstart - 1), -1, verbtok);
}

int32_t subject_after_talks(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
                            uint32_t cstart, const uint8_t *verbtok)
{
    if (cstart < 2 || lo < cstart || lo > cstart + 6 || !token_is(tk, cstart - 1, "after"))
        return -1;
    /* "after talks", "after nine months of secret talks", "after a
     * meeting": no actor, verb or comma between "after" and the noun */
    for (uint32_t k = cstart; k < lo; k++)
        if (ms->at[k] >= 0 || (verbtok && verbtok[k]) || !(tk->t[k].flags & TOK_WORD) ||
            (tk->t[k].wc & (WC_BE | WC_SPEECH | WC_INTENT | WC_NEG | WC_AUX)) ||
            ((tk->t[k].wc & WC_PREP) && !token_is(tk, k, "of")))
            return -1;
    return subject_find(tk, ms, cstart - 1, subject_clause_start(tk, cstart - 1), -1, verbtok);
}

int32_t subject_fronted(const tokens_t *tk, const mentions_t *ms, uint32_t lo,
                        const uint8_t *verbtok)
{
    /* "Speaking to reporters, X said": the frame of what is said, no act */
    if (!subject_ends(tk, lo, "ing") ||
        words_in(token_folded(tk, lo), (const char *const[]){
                     "speaking", "talking", "addressing", "writing", "briefing", NULL}))
        return -1;
    for (uint32_t k = 0; k < lo; k++)
        if (tk->t[k].flags & TOK_WORD) return -1;   /* not the sentence's first word */
    uint32_t c = lo + 1;
    while (c < tk->n && c < lo + 20 && !token_is(tk, c, ",") && !(tk->t[c].wc & WC_BOUNDARY)) c++;
    if (c >= tk->n || !token_is(tk, c, ",")) return -1;
    uint32_t a = c + 1;
    while (a < tk->n && (tk->t[a].wc & WC_DET) && ms->at[a] < 0) a++;
    if (a >= tk->n || ms->at[a] < 0) return -1;
    int32_t m = ms->at[a];
    uint32_t e = ms->m[m].end;
    while (e < tk->n && ms->at[e] >= 0 && ms->m[ms->at[e]].group == ms->m[m].group) e++;
    while (e < tk->n && (tk->t[e].wc & (WC_AUX | WC_PASSADV)) && !token_is(tk, e, "and")) e++;
    if (e >= tk->n) return -1;
    return (verbtok && verbtok[e]) || (tk->t[e].wc & (WC_SPEECH | WC_INTENT)) ||
                   subject_past_verb(tk, e)
               ? m : -1;
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

/* The first token of the speaker named from token q on: past "the", "a"
 * or "an" ('," a State Department spokesperson said') and up to three
 * capitalized words of a title the dictionaries do not hold
 * ("Treasury Secretary Steven Mnuchin"), when an actor follows them. */
static uint32_t subject_speaker_start(const tokens_t *tk, const mentions_t *ms, uint32_t q)
{
    while (q < tk->n && (token_is(tk, q, "the") || token_is(tk, q, "a") || token_is(tk, q, "an")))
        q++;
    uint32_t k = q;
    while (k < tk->n && k < q + 3 && ms->at[k] < 0 && (tk->t[k].flags & TOK_CAP) &&
           (tk->t[k].flags & TOK_WORD) && !(tk->t[k].wc & WC_SPEECH))
        k++;
    return k < tk->n && ms->at[k] >= 0 ? k : q;
}

int32_t subject_speaker_after(const tokens_t *tk, const mentions_t *ms, uint32_t c)
{
    uint32_t q = c + 1;
    if (q < tk->n && (tk->t[q].wc & WC_SPEECH) && !(tk->t[q].wc & WC_NEG)) {
        q = subject_speaker_start(tk, ms, q + 1);   /* '," said Josep Borrell' */
        return q < tk->n ? ms->at[q] : -1;
    }
    q = subject_speaker_start(tk, ms, q);
    if (q >= tk->n || ms->at[q] < 0) return -1;
    int32_t m = ms->at[q];
    uint32_t e = ms->m[m].end;
    /* '," Yoshihide Suga, Japan's chief cabinet secretary, told': over an
     * apposition between commas */
    if (e < tk->n && token_is(tk, e, ","))
        for (uint32_t k = e + 1; k < tk->n && k < e + 10; k++) {
            if (token_is(tk, k, "\"") || (tk->t[k].wc & (WC_SPEECH | WC_BOUNDARY))) break;
            if (token_is(tk, k, ",")) {
                e = k + 1;
                break;
            }
        }
    while (e < tk->n && (tk->t[e].wc & (WC_AUX | WC_PASSADV))) e++;
    /* "said", "told reporters", or a verb of writing no list holds */
    if (e < tk->n && ((tk->t[e].wc & WC_SPEECH) ||
                      words_in(token_folded(tk, e), (const char *const[]){
                                   "tweeted", "wrote", "posted", "added", "declared", NULL})) &&
        !(tk->t[e].wc & WC_NEG))
        return m;
    return -1;
}

/* Is token i an adverb of manner ("firmly", "resolutely"): a lower-case
 * word of five letters or more ending in "ly"? */
static int subject_adverb(const tokens_t *tk, uint32_t i)
{
    const token_t *t = &tk->t[i];
    const char *w = token_folded(tk, i);
    return (t->flags & TOK_WORD) && !(t->flags & TOK_CAP) && t->flen >= 5 &&
           w[t->flen - 2] == 'l' && w[t->flen - 1] == 'y';
}

/* Is token q a verb whose act is the infinitive after it, "to" at q + 1
 * ("decided to", "will continue to raise", "want to")? */
static int subject_control(const tokens_t *tk, uint32_t q)
{
    return modality_control(tk, q) ||
           (q + 1 < tk->n && token_is(tk, q + 1, "to") &&
            words_in(token_folded(tk, q), (const char *const[]){
                         "continue", "continues", "continued", "want", "wants", "need", "needs",
                         NULL}));
}

/* The token after the subject word of the verb at token lo: auxiliaries,
 * negation, plans, adverbs of manner and a verb whose act is the
 * infinitive ("I have decided to break") passed over; 0 when none. */
static uint32_t subject_word_end(const tokens_t *tk, uint32_t lo)
{
    uint32_t q = lo;
    while (q > 0 && (((tk->t[q - 1].wc & (WC_AUX | WC_PASSADV | WC_NEG | WC_INTENT)) &&
                      !token_is(tk, q - 1, "\"")) ||
                     subject_adverb(tk, q - 1) || (q < lo && subject_control(tk, q - 1))))
        q--;
    return q;
}

int32_t subject_first_person(const tokens_t *tk, uint32_t lo)
{
    uint32_t q = subject_word_end(tk, lo);
    return q > 0 && words_in(token_folded(tk, q - 1), (const char *const[]){"i", "we", NULL})
               ? (int32_t)(q - 1)
               : -1;
}

int32_t subject_speaker_before(const tokens_t *tk, const mentions_t *ms, uint32_t open)
{
    for (uint32_t k = open; k-- > 0 && k + 6 > open;) {
        if ((tk->t[k].wc & WC_SPEECH) && !(tk->t[k].wc & WC_NEG))
            return subject_find(tk, ms, k, subject_clause_start(tk, k), -1, NULL);
        if (tk->t[k].wc & WC_BOUNDARY && !token_is(tk, k, ":")) break;
    }
    return -1;
}

int32_t subject_quoted(const tokens_t *tk, const mentions_t *ms, uint32_t lo, uint32_t *pron)
{
    uint32_t q = subject_word_end(tk, lo);
    if (q == 0) return -1;
    /* "We", or the speaker's state named as theirs: "Our country",
     * "The government" */
    if (!words_in(token_folded(tk, q - 1), (const char *const[]){"i", "we", NULL}) &&
        !(q >= 2 && words_in(token_folded(tk, q - 1), (const char *const[]){
                                 "government", "country", "administration", NULL}) &&
          words_in(token_folded(tk, q - 2), (const char *const[]){"the", "our", "my", NULL})))
        return -1;
    uint32_t open = tk->n, quotes = 0;
    for (uint32_t k = 0; k + 1 < q; k++)
        if (token_is(tk, k, "\"")) quotes++, open = k;
    if (!(quotes & 1)) return -1;   /* not inside a quotation */
    *pron = q - 1;
    for (uint32_t k = q; k < tk->n; k++)
        if (token_is(tk, k, "\"")) {
            /* the mark may follow the comma that ends the quoted words */
            int32_t a = subject_speaker_after(tk, ms, k);
            if (a >= 0) return a;
            break;
        }
    /* 'Stoltenberg said: "I ...', 'Macron told reporters, "We ...' */
    return subject_speaker_before(tk, ms, open);
}

int32_t subject_relative_object(const tokens_t *tk, const mentions_t *ms, uint32_t lo, int *pronoun)
{
    uint32_t q = lo;
    while (q > 0 && (tk->t[q - 1].wc & (WC_AUX | WC_PASSADV)) && !token_is(tk, q - 1, "to")) q--;
    *pronoun = 0;
    /* "a Spanish journalist it accuses of": the actor, a pronoun, the verb */
    if (q >= 2 && ms->at[q - 1] < 0 &&
        words_in(token_folded(tk, q - 1), (const char *const[]){"it", "they", "he", "she", "we", NULL})) {
        /* "a French citizen it accuses": the head noun after the actor */
        uint32_t a = q - 1;
        for (int k = 0; k < 2 && a > 1 && ms->at[a - 1] < 0 && (tk->t[a - 1].flags & TOK_WORD) &&
                        !(tk->t[a - 1].flags & TOK_CAP) && !(tk->t[a - 1].wc & ~0u);
             k++)
            a--;
        if (ms->at[a - 1] >= 0) {
            *pronoun = 1;
            return ms->at[a - 1];
        }
        if (a < q - 1) return -2;   /* "a researcher it accuses of": no actor */
    }
    /* "the French ambassador, whom the junta accuses of": the actor before
     * "whom" (a comma between) and the clause's subject */
    uint32_t w = q;
    for (int k = 0; k < 4 && w > 0 && !token_is(tk, w - 1, "whom"); k++) w--;
    if (w < 2 || !token_is(tk, w - 1, "whom")) return -1;
    uint32_t b = w - 1;
    if (token_is(tk, b - 1, ",")) b--;
    if (b == 0 || ms->at[b - 1] < 0) return -1;
    for (uint32_t k = w; k < q; k++)
        if (ms->at[k] < 0 && !(tk->t[k].wc & (WC_DET | WC_PERSONAL)) &&
            !words_in(token_folded(tk, k), (const char *const[]){"it", "they", "we", NULL}))
            return -1;
    *pronoun = w < q && ms->at[q - 1] < 0;
    return ms->at[b - 1];
}
