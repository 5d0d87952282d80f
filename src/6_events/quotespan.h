/* quotespan.h -- who speaks in a quotation that spans sentences (stage 6):
 * '"We will not accept this. Our sovereignty is not negotiable. We will
 * respond," Foreign Minister X said.', 'X said: "We ... . We ..."', and a
 * quoted paragraph after its speaker's ('X said ... .' then '"We will
 * ..."'). Inside such a quotation "I" and "we" are its speaker: they
 * become mentions of it, so that the verbs after them have the speaker as
 * their subject. A quotation opened and closed in one sentence with its
 * speaker in it is subject_quoted's (subject.c). */
#ifndef ANNALIST_QUOTESPAN_H
#define ANNALIST_QUOTESPAN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "2_clean/clean.h"
#include "3_sentences/token.h"
#include "4_actors/actor.h"
#include "4_actors/actordict.h"
#include "lib/vocab.h"

/* What quotespan_sentence reads of the story: its sentences (to read the
 * closing one of a quotation ahead), the dictionaries and memory. */
typedef struct {
    const actordict_t *actors;
    const vocab_t *vocab;
    int32_t date;
    actor_memory_t *mem;
    const span_t *sents;
    size_t n;
} quotespan_story_t;

typedef struct {
    uint8_t open;          /* a quotation is open after the sentence last read */
    uint8_t age;           /* sentences it has stayed open */
    mention_t speaker;     /* its speaker; code "" when none is known */
    mention_t said;        /* the speaker of the sentence before sentence
                              said_for - 1 (its last quotation's or word of
                              speech's), read as that one opens with a quote
                              mark; said_for 0: none */
    size_t said_for;
    tokens_t tk;           /* scratch: the sentence that closes a quotation */
    mentions_t ms;
    actor_memory_t saved;  /* the memory before that sentence was read */
    mention_t *roles;
    size_t caproles;
} quotespan_t;

/* mention_t.how of the mentions quotespan_sentence makes ("quotation"):
 * one shared string, compared by pointer. */
extern const char quotespan_how[];

/* Forgets the last story's quotations. */
void quotespan_story_start(quotespan_t *q);

/* Does sentence i of s (tokens tk) open inside a quotation an earlier
 * sentence opened? Asked before its actors are found (actor_memory_t's
 * quoted), and before quotespan_sentence; 1 or 0. A quotation left open
 * past a paragraph that does not reopen it with a quote mark, or for more
 * than six sentences, is taken as closed. */
int quotespan_opens(quotespan_t *q, const quotespan_story_t *s, size_t i, const tokens_t *tk);

/* quotespan_sentence's work, for a sentence that holds a quote mark or
 * opens inside a quotation (marks), or is followed by one that opens with
 * a quote mark (next_opens). */
void quotespan_read(quotespan_t *q, const quotespan_story_t *s, size_t i, const tokens_t *tk,
                    mentions_t *ms, int marks, int next_opens);

/* Sentence i of s (tokens tk, its actors ms found): a sentence inside a
 * quotation or holding a quote mark (else it returns at once, but to note
 * its speaker when the next sentence opens with a quote mark) gets a
 * mention of the quotation's speaker on each "I" and "we" in quoted words
 * whose speaker subject_quoted cannot find in the sentence: the
 * quotation opened or closes in another sentence, or it names no speaker
 * and opens the sentence, after a sentence that has one. The speaker is
 * the one named after the closing mark ('," X said', read ahead when it
 * closes in a later sentence), else before the opening one ('X said:
 * "'), else the speaker of the sentence before. Returns 1 when the
 * sentence holds a quote mark or opens inside a quotation, else 0. Inline:
 * most sentences hold no quote mark, and cost a memchr. */
static inline int quotespan_sentence(quotespan_t *q, const quotespan_story_t *s, size_t i,
                                     const tokens_t *tk, mentions_t *ms)
{
    const span_t *sp = &s->sents[i];
    int marks = q->open || memchr(sp->s, '"', sp->n) != NULL;
    int next_opens = i + 1 < s->n && s->sents[i + 1].n && s->sents[i + 1].s[0] == '"';
    if (marks || next_opens) quotespan_read(q, s, i, tk, ms, marks, next_opens);
    return marks;
}

void quotespan_free(quotespan_t *q);

#endif
