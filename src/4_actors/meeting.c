/* meeting.c -- the two sides of the last meeting, call or talks a story
 * told, for "they", "the two sides", "the leaders" and "the nations" in the
 * next sentences (after "X met Y", "the two sides expressed their wish to
 * hold talks" is X and Y, not the story's two most named countries). */
#include "4_actors/meeting.h"

#include <string.h>

#include "3_sentences/words.h"
#include "4_actors/sides.h"

/* How many sentences after the meeting (or after the last sentence naming
 * only its two countries) a plural may still stand for its sides. */
#define MEETING_RECENT 2

static int meeting_recent(const actor_memory_t *mem)
{
    return mem->nmeet >= 2 && mem->meet_sent && mem->nsent - mem->meet_sent <= MEETING_RECENT;
}

void meeting_note(actor_memory_t *mem, const mention_t *const *sides, size_t n)
{
    if (n > MEETING_MAX) n = 0;
    mem->nmeet = (uint32_t)n;
    for (size_t k = 0; k < n; k++) mem->meet[k] = *sides[k];
    mem->meet_sent = mem->nsent;
}

/* Is country (three letters) one of the meeting's sides'? */
static int meeting_has(const actor_memory_t *mem, const char *country)
{
    for (uint32_t k = 0; k < mem->nmeet; k++)
        if (!strcmp(country, mem->meet[k].country)) return 1;
    return 0;
}

/* Is m a state's mention (its country three letters)? */
static int meeting_state(const mention_t *m)
{
    return m->country[0] && m->country[1] && m->country[2] && !m->country[3];
}

void meeting_refresh(const mentions_t *out, actor_memory_t *mem)
{
    if (mem->nmeet < 2) return;
    size_t states = 0;
    for (size_t j = 0; j < out->n; j++) {
        const mention_t *m = &out->m[j];
        if (!meeting_state(m)) continue;
        if (!meeting_has(mem, m->country)) return;   /* another country: the story moves on */
        states++;
    }
    if (states) mem->meet_sent = mem->nsent;
}

/* "heads of state", "heads of government", "heads of state and
 * government" at token i: its length in tokens, else 0. */
static size_t meeting_heads_at(const tokens_t *tk, size_t i)
{
    if (i + 2 >= tk->n || !token_is(tk, i, "heads") || !token_is(tk, i + 1, "of")) return 0;
    if (token_is(tk, i + 2, "government")) return 3;
    if (!token_is(tk, i + 2, "state")) return 0;
    if (i + 4 < tk->n && token_is(tk, i + 3, "and") && token_is(tk, i + 4, "government"))
        return 5;
    return 3;
}

size_t meeting_phrase_at(const tokens_t *tk, size_t i, const actor_memory_t *mem, int *gov)
{
    static const char *const people[] = {"leaders", "ministers", "presidents", "premiers",
                                         "delegations", NULL};
    static const char *const lands[] = {"nations", "countries", "parties", "sides", NULL};
    if (!meeting_recent(mem) || i + 1 >= tk->n) return 0;
    size_t len;
    uint32_t want = 0;   /* the sides the phrase counts, 0 any */
    if (token_is(tk, i, "both")) len = 1, want = 2;
    else if (token_is(tk, i, "the") && token_is(tk, i + 1, "two")) len = 2, want = 2;
    else if (token_is(tk, i, "the") && token_is(tk, i + 1, "three")) len = 2, want = 3;
    else if (token_is(tk, i, "the")) len = 1;
    else return 0;
    if (want && want != mem->nmeet) return 0;
    /* "the Heads of State", "the two heads of government" */
    size_t heads = meeting_heads_at(tk, i + len);
    if (heads) {
        *gov = 1;
        len += heads;
    } else {
        /* "the foreign ministers", "the prime ministers" */
        if (i + len + 1 < tk->n && token_is(tk, i + len + 1, "ministers") &&
            words_in(token_folded(tk, i + len), (const char *const[]){"foreign", "prime", NULL}))
            len++;
        if (i + len >= tk->n) return 0;
        const char *noun = token_folded(tk, i + len);
        *gov = words_in(noun, people);
        if (!*gov && !words_in(noun, lands)) return 0;
        len++;
    }
    /* "the leaders of Japan and Australia", "the nations' ties": named */
    if (i + len < tk->n && (token_is(tk, i + len, "of") || (tk->t[i + len].flags & TOK_CAP)))
        return 0;
    return len;
}

int meeting_resolve(const actor_memory_t *mem, uint32_t n, uint32_t start, uint32_t end, int gov,
                    mentions_t *out)
{
    if (!meeting_recent(mem) || (n && n != mem->nmeet)) return 0;
    for (uint32_t k = 0; k < mem->nmeet; k++) sides_push(&mem->meet[k], start, end, gov, out);
    return 1;
}

int meeting_others(const actor_memory_t *mem, const char *country, int plural, uint32_t start,
                   uint32_t end, mentions_t *out)
{
    if (!meeting_recent(mem) || !meeting_has(mem, country) || (!plural && mem->nmeet != 2))
        return 0;
    for (uint32_t k = 0; k < mem->nmeet; k++)
        if (strcmp(mem->meet[k].country, country)) sides_push(&mem->meet[k], start, end, 1, out);
    return 1;
}

