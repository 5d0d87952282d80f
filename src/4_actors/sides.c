/* sides.c -- words that stand for several sides named before: "the two
 * ministers", "both countries", "both capitals", "the pair" (the last two
 * sides), "the three countries", "the four nations" (the last countries
 * joined, as many of them), "each other" and
 * "one another" (the group acting in the same sentence, each member
 * again, so that "Bishkek and Dushanbe accused each other" gives both
 * directions). */
#include "4_actors/sides.h"

#include <string.h>

#include "3_sentences/words.h"
#include "4_actors/compose.h"
#include "4_actors/meeting.h"
#include "4_actors/plural.h"
#include "lib/util.h"

#define SIDES_MAX (sizeof ((actor_memory_t *)0)->side / sizeof ((actor_memory_t *)0)->side[0])

size_t sides_phrase_at(const tokens_t *tk, size_t i, int *n, int *gov)
{
    static const char *const people[] = {"leaders", "ministers", "governments", "presidents",
                                         "premiers", "men", "women", "officials",
                                         "delegations", "capitals", NULL};
    static const char *const lands[] = {"countries", "nations", "sides", "neighbours",
                                        "neighbors", "states", "allies", "armies",
                                        "militaries", "koreas", "members", "camps", NULL};
    size_t len;
    if (!(tk->t[i].wc & WC_SIDES)) return 0;   /* no compare */
    *n = 2;
    *gov = 0;
    if ((token_is(tk, i, "each") && token_is(tk, i + 1, "other")) ||
        (token_is(tk, i, "one") && token_is(tk, i + 1, "another"))) {
        *n = SIDES_EACH_OTHER;
        return 2;
    }
    if (token_is(tk, i, "the") && token_is(tk, i + 1, "pair")) return 2;
    if (token_is(tk, i, "the") && token_is(tk, i + 1, "two")) len = 2;
    else if (token_is(tk, i, "the") && token_is(tk, i + 1, "three")) len = 2, *n = 3;
    else if (token_is(tk, i, "both")) len = 1;
    else if (token_is(tk, i, "the") && (len = (size_t)plural_number(tk, i + 1)) != 0) *n = (int)len, len = 2;
    else return 0;
    for (size_t extra = 0; extra < 2 && i + len + extra < tk->n; extra++) {
        const char *noun = token_folded(tk, i + len + extra);
        *gov = words_in(noun, people);
        if (*gov || words_in(noun, lands)) return len + extra + 1;
    }
    return 0;
}

/* Where the k-th of the last sides is, the oldest first (k < SIDES_MAX):
 * mem->side is a ring that starts at mem->side_head. */
static size_t sides_slot(const actor_memory_t *mem, size_t k)
{
    return (mem->side_head + k) % SIDES_MAX;
}

void sides_note(actor_memory_t *mem, const mention_t *m)
{
    size_t i = 0;
    while (i < SIDES_MAX && (mem->side[sides_slot(mem, i)].country[0] != m->country[0] ||
                             strcmp(mem->side[sides_slot(mem, i)].country, m->country)))
        i++;
    /* drop the same country's older mention (or the oldest side): the ring
     * turns by one when that is the oldest, the usual case */
    if (i == SIDES_MAX || i == 0) {
        mem->side_head = (uint8_t)((mem->side_head + 1) % SIDES_MAX);
    } else {
        for (; i + 1 < SIDES_MAX; i++) mem->side[sides_slot(mem, i)] = mem->side[sides_slot(mem, i + 1)];
    }
    mem->side[sides_slot(mem, SIDES_MAX - 1)] = *m;
}

/* Are the n mentions from m on of n different countries? */
static int sides_distinct(const mention_t *m, size_t n)
{
    for (size_t a = 0; a < n; a++)
        for (size_t b = a + 1; b < n; b++)
            if (!strcmp(m[a].country, m[b].country)) return 0;
    return 1;
}

void sides_note_groups(const mentions_t *out, actor_memory_t *mem)
{
    enum { MAXJ = sizeof mem->joined / sizeof mem->joined[0] };
    for (size_t j = 0; j + 2 < out->n;) {
        size_t k = j + 1;   /* the group is [j, k) */
        while (k < out->n && out->m[k].group == out->m[j].group) k++;
        /* its last three to eight members, of as many countries */
        size_t f = k - j > MAXJ ? k - MAXJ : j;
        while (k - f >= 3 && !sides_distinct(&out->m[f], k - f)) f++;
        if (k - f >= 3) {
            memcpy(mem->joined, &out->m[f], (k - f) * sizeof *mem->joined);
            mem->njoined = (uint32_t)(k - f);
        }
        j = k;
    }
}

void sides_push(const mention_t *side, uint32_t start, uint32_t end, int gov, mentions_t *out)
{
    if (out->n >= ACTOR_MAX_PER_SENTENCE) return;
    mention_t m = *side;
    m.start = start;
    m.end = end;
    m.group = -1;
    m.how = "the two";
    if (strlen(m.country) == 3 && gov != SIDES_AS_NAMED) {
        char cc[4];
        util_copy(cc, sizeof cc, m.country, 3);
        if (gov) compose_code(m.code, cc, "GOV");
        else if (!m.person) util_copy(m.code, sizeof m.code, cc, SIZE_MAX);
    }
    util_grow((void **)&out->m, &out->cap, out->n + 1, sizeof *out->m);
    if (!out->m) return;   /* never (util_grow exits when memory runs out): for the analyzer */
    out->m[out->n++] = m;
}

/* sides_push of the country cc (its first three letters). */
static void sides_push_country(const char *cc, uint32_t start, uint32_t end, int gov, mentions_t *out)
{
    mention_t m;
    memset(&m, 0, sizeof m);
    util_copy(m.code, sizeof m.code, cc, 3);
    util_copy(m.country, sizeof m.country, cc, 3);
    sides_push(&m, start, end, gov, out);
}

/* Is m a state's (its country three letters), not an organisation's? */
static int sides_is_state(const mention_t *m)
{
    return m->country[0] && m->country[1] && m->country[2] && !m->country[3];
}

/* The one country the sentence names before the phrase (organisations such
 * as ASEAN in "Malaysia, which chairs ASEAN, called on both countries" not
 * counted), or NULL when it names none or several; *nstate: how many
 * mentions of states it names. */
static const char *sides_sentence_country(const mentions_t *out, size_t *nstate)
{
    const char *one = NULL;
    *nstate = 0;
    for (size_t j = 0; j < out->n; j++) {
        if (!sides_is_state(&out->m[j])) continue;
        ++*nstate;
        if (one && strcmp(one, out->m[j].country)) return NULL;
        one = out->m[j].country;
    }
    return one;
}

/* "mediates between Kinshasa and Kigali ..., urged both governments": the
 * last two mentions of the sentence joined as a pair (of two countries),
 * appended as standing at [start, end); 1 when done, 0 when none. */
static int sides_sentence_pair(const tokens_t *tk, uint32_t start, uint32_t end, int gov,
                               mentions_t *out)
{
    for (size_t j = out->n; j-- > 1;) {
        const mention_t *a = &out->m[j - 1], *b = &out->m[j];
        if (!compose_joined(tk, a->end, b->start, 0) || !strcmp(a->country, b->country)) continue;
        if (j >= 2 && compose_joined(tk, out->m[j - 2].end, a->start, 0)) continue;   /* three */
        if (j + 1 < out->n && compose_joined(tk, b->end, out->m[j + 1].start, 0)) continue;
        sides_push(a, start, end, gov, out);          /* copies before it grows out->m */
        sides_push(&out->m[j], start, end, gov, out);
        return 1;
    }
    return 0;
}

/* Fills best with the story's two countries named most (twice or more
 * each), other than self (may be NULL); best[1] is -1 when there are not
 * two such. */
static void sides_best_two(const actor_memory_t *mem, const char *self, int best[2])
{
    best[0] = best[1] = -1;
    for (size_t i = 0; i < mem->nhome; i++) {
        if (mem->home[i].n < 2 || (self && !strcmp(mem->home[i].country, self))) continue;
        if (best[0] < 0 || mem->home[i].n > mem->home[best[0]].n) {
            best[1] = best[0];
            best[0] = (int)i;
        } else if (best[1] < 0 || mem->home[i].n > mem->home[best[1]].n) {
            best[1] = (int)i;
        }
    }
}

/* The story's two countries named most (twice or more each), other than
 * self (may be NULL) unless self is one of them ("Indian Foreign Secretary
 * Vikram Misri said the military chiefs of the two countries had spoken",
 * in a story about India and Pakistan), appended as standing at [start,
 * end); 1 when done, 0 (nothing appended) when there are not two such. */
static int sides_main_two(const actor_memory_t *mem, const char *self, uint32_t start, uint32_t end,
                          int gov, mentions_t *out)
{
    int best[2];
    sides_best_two(mem, NULL, best);
    if (self && best[1] >= 0 && strcmp(mem->home[best[0]].country, self) &&
        strcmp(mem->home[best[1]].country, self))
        sides_best_two(mem, self, best);
    if (best[1] < 0) return 0;
    for (int k = 0; k < 2; k++) sides_push_country(mem->home[best[k]].country, start, end, gov, out);
    return 1;
}

/* "both sides" when one country is left: the two sides of its civil war,
 * the last of its armed forces or government and the last of its rebels or
 * opposition named ("the RSF ... the army ... called on both sides"),
 * appended as standing at [start, end); 1 when done, 0 when the story named
 * not both. */
static int sides_civil_war(const actor_memory_t *mem, const char *country, uint32_t start,
                           uint32_t end, mentions_t *out)
{
    static const char *const state[] = {"MIL", "GOV", "COP", NULL};
    static const char *const armed[] = {"REB", "OPP", NULL};
    const mention_t *a = NULL, *b = NULL;
    for (size_t r = 0; r < mem->nrole; r++) {
        const mention_t *m = &mem->byrole[r];
        if (m->person || strncmp(m->country, country, 4)) continue;
        if (!a && words_in(m->code + 3, state)) a = m;
        if (!b && words_in(m->code + 3, armed)) b = m;
    }
    if (!a || !b) return 0;
    sides_push(a, start, end, SIDES_AS_NAMED, out);
    sides_push(b, start, end, SIDES_AS_NAMED, out);
    return 1;
}

void sides_resolve(const tokens_t *tk, uint32_t start, uint32_t end, int n, int gov,
                   const actor_memory_t *mem, mentions_t *out)
{
    if (n == SIDES_EACH_OTHER) {
        size_t last = out->n;
        if (last < 2) return;
        size_t f = last - 1;   /* the first member of the last group */
        /* joined by "and" or a comma, or standing for one phrase ("Both
         * sides accused each other": the sides pushed at its tokens) */
        while (f > 0 && (compose_joined(tk, out->m[f - 1].end, out->m[f].start, 0) ||
                         (out->m[f - 1].start == out->m[f].start &&
                          out->m[f - 1].end == out->m[f].end)))
            f--;
        if (f + 1 >= last) return;
        for (size_t j = f; j < last; j++) sides_push(&out->m[j], start, end, 0, out);
        for (size_t j = last; j < out->n; j++) out->m[j].how = "each other";
        return;
    }
    if (n == SIDES_MEETING) {
        meeting_resolve(mem, 0, start, end, gov, out);
        return;
    }
    if (n >= 3) {
        /* "the three countries": the last three of those joined; "the four
         * countries": the last four joined, no fewer, no more */
        if (mem->njoined < 3 || (n > 3 && mem->njoined != (uint32_t)n)) return;
        for (uint32_t k = n == 3 ? mem->njoined - 3 : 0; k < mem->njoined; k++)
            sides_push(&mem->joined[k], start, end, gov, out);
        return;
    }
    /* a sentence naming two countries before the phrase means those ("the
     * presidents of Kyrgyzstan and Tajikistan signed a treaty that settles
     * the border between the two countries"); otherwise the story's two
     * main countries, not the one acting on them ("Malaysia called on both
     * countries") */
    if (token_is(tk, end - 1, "koreas")) {   /* "urged both Koreas": by its name */
        sides_push_country("PRK", start, end, gov, out);
        sides_push_country("KOR", start, end, gov, out);
        return;
    }
    if (sides_sentence_pair(tk, start, end, gov, out)) return;
    size_t nstate;
    const char *self = sides_sentence_country(out, &nstate);
    /* "Kuwait's foreign minister met his Turkish counterpart ... The two
     * sides expressed": the sides of the meeting just told */
    if (!nstate && meeting_resolve(mem, 2, start, end, gov, out)) return;
    /* the object of a verb after several countries ("The United States, a
     * treaty ally of Manila, called on both sides"): the story's two too */
    int object = nstate > 1 && start > 0 && (tk->t[start - 1].flags & TOK_WORD) &&
                 !(tk->t[start - 1].flags & TOK_CAP) &&
                 !(tk->t[start - 1].wc & (WC_GAPSTOP | WC_BOUNDARY));
    if ((self || !nstate || object) && (sides_main_two(mem, self, start, end, gov, out) ||
                                        plural_dyad(mem, self, start, end, gov, out)))
        return;
    /* else the last two sides, but not the one country acting on them */
    const mention_t *pick[2] = {NULL, NULL};
    int got = 0;
    for (size_t i = SIDES_MAX; i-- > 0 && got < 2;) {
        const mention_t *side = &mem->side[sides_slot(mem, i)];
        if (!side->code[0] || !sides_is_state(side) || (self && !strcmp(side->country, self)))
            continue;
        pick[got++] = side;
    }
    if (got < 2 && self) {   /* the sentence's country is one of the two after all */
        pick[0] = &mem->side[sides_slot(mem, SIDES_MAX - 1)];
        pick[1] = &mem->side[sides_slot(mem, SIDES_MAX - 2)];
        if (!pick[1]->code[0]) return;
    } else if (got == 1 && !gov) {
        sides_civil_war(mem, pick[0]->country, start, end, out);
        return;
    } else if (got < 2) return;
    for (int k = 2; k-- > 0;) sides_push(pick[k], start, end, gov, out);
}
