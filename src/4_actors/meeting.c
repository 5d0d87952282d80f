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
    return mem->meet[1].code[0] && mem->meet_sent && mem->nsent - mem->meet_sent <= MEETING_RECENT;
}

void meeting_note(actor_memory_t *mem, const mention_t *a, const mention_t *b)
{
    if (!a || !b) {
        memset(mem->meet, 0, sizeof mem->meet);
        return;
    }
    mem->meet[0] = *a;
    mem->meet[1] = *b;
    mem->meet_sent = mem->nsent;
}

/* Is m a state's mention (its country three letters)? */
static int meeting_state(const mention_t *m)
{
    return m->country[0] && m->country[1] && m->country[2] && !m->country[3];
}

void meeting_refresh(const mentions_t *out, actor_memory_t *mem)
{
    if (!mem->meet[1].code[0]) return;
    size_t states = 0;
    for (size_t j = 0; j < out->n; j++) {
        const mention_t *m = &out->m[j];
        if (!meeting_state(m)) continue;
        if (strcmp(m->country, mem->meet[0].country) && strcmp(m->country, mem->meet[1].country))
            return;   /* a third country: the story moves on */
        states++;
    }
    if (states) mem->meet_sent = mem->nsent;
}

size_t meeting_phrase_at(const tokens_t *tk, size_t i, const actor_memory_t *mem, int *gov)
{
    static const char *const people[] = {"leaders", "ministers", "presidents", "premiers",
                                         "delegations", "heads", NULL};
    static const char *const lands[] = {"nations", "countries", "parties", "sides", NULL};
    if (!meeting_recent(mem) || i + 1 >= tk->n) return 0;
    size_t len;
    if (token_is(tk, i, "both")) len = 1;
    else if (token_is(tk, i, "the")) len = 1 + token_is(tk, i + 1, "two");
    else return 0;
    /* "the foreign ministers", "the prime ministers" */
    if (i + len + 1 < tk->n && token_is(tk, i + len + 1, "ministers") &&
        words_in(token_folded(tk, i + len), (const char *const[]){"foreign", "prime", NULL}))
        len++;
    if (i + len >= tk->n) return 0;
    const char *noun = token_folded(tk, i + len);
    *gov = words_in(noun, people);
    if (!*gov && !words_in(noun, lands)) return 0;
    len++;
    /* "the leaders of Japan and Australia", "the nations' ties": named */
    if (i + len < tk->n && (token_is(tk, i + len, "of") || (tk->t[i + len].flags & TOK_CAP)))
        return 0;
    return len;
}

int meeting_resolve(const actor_memory_t *mem, uint32_t start, uint32_t end, int gov,
                    mentions_t *out)
{
    if (!meeting_recent(mem)) return 0;
    sides_push(&mem->meet[0], start, end, gov, out);
    sides_push(&mem->meet[1], start, end, gov, out);
    return 1;
}
