/* quotespan.c -- who speaks in a quotation that spans sentences: its
 * speaker found where it opens, where it closes (read ahead) or in the
 * sentence before, and made the mention of its "I" and "we". */
#include "6_events/quotespan.h"

#include <stdlib.h>
#include <string.h>

#include "3_sentences/words.h"
#include "4_actors/memory.h"
#include "6_events/subject.h"
#include "lib/util.h"

/* Sentences a quotation may stay open, and may be read ahead for its close. */
#define QUOTESPAN_MAX_AGE 6

const char quotespan_how[] = "quotation";

void quotespan_story_start(quotespan_t *q)
{
    q->open = 0;
    q->age = 0;
    q->speaker.code[0] = '\0';
    q->said.code[0] = '\0';
    q->said_for = 0;
}

void quotespan_free(quotespan_t *q)
{
    token_free(&q->tk);
    actor_free(&q->ms);
    free(q->roles);
    memset(q, 0, sizeof *q);
}

/* Does sentence i open a paragraph (no sentence before it in its own)? */
static int quotespan_para_start(const quotespan_story_t *s, size_t i)
{
    if (i == 0) return 1;
    const char *a = s->sents[i - 1].s, *b = s->sents[i].s;
    if (!a || !b) return 1;
    a += s->sents[i - 1].n;
    return a > b || (a < b && memchr(a, '\n', (size_t)(b - a)) != NULL);
}

/* The speaker named where the quotation open at the end of sentence i
 * closes, a later sentence of its paragraph or of the paragraphs that
 * reopen it ('," Foreign Minister X said', '," he said'): that sentence is
 * read ahead (its actors found, the memory restored after) into *who;
 * code "" when none is named. */
static void quotespan_ahead(quotespan_t *q, const quotespan_story_t *s, size_t i, mention_t *who)
{
    who->code[0] = '\0';
    for (size_t j = i + 1; j < s->n && j <= i + QUOTESPAN_MAX_AGE; j++) {
        const span_t *sp = &s->sents[j];
        const char *mark = sp->n ? memchr(sp->s, '"', sp->n) : NULL;
        int reopens = mark == sp->s;
        if (quotespan_para_start(s, j) && !reopens) return;   /* it was left open */
        if (reopens) mark = sp->n > 1 ? memchr(sp->s + 1, '"', sp->n - 1) : NULL;
        if (!mark) continue;
        token_split_ids(sp->s, sp->n, &q->tk, 512, s->vocab);
        words_classify(&q->tk, s->vocab);
        memory_save(s->mem, &q->saved, &q->roles, &q->caproles);
        s->mem->quoted = 1;
        actor_find(s->actors, &q->tk, s->date, s->mem, &q->ms);
        memory_restore(s->mem, &q->saved, q->roles);
        for (uint32_t k = reopens; k < q->tk.n; k++)
            if (token_is(&q->tk, k, "\"")) {
                int32_t a = subject_speaker_after(&q->tk, &q->ms, k);
                if (a >= 0) *who = q->ms.m[a];
                return;
            }
        return;
    }
}

/* Makes who the mention of each "I" and "we" of tokens [from, to) that is
 * no mention yet, in token order among ms's mentions, a group of its own. */
static void quotespan_mark(const tokens_t *tk, mentions_t *ms, const mention_t *who, uint32_t from,
                           uint32_t to)
{
    for (uint32_t k = from; k < to; k++) {
        if (ms->at[k] >= 0 || ms->n >= ACTOR_MAX_PER_SENTENCE ||
            !(token_is(tk, k, "we") || token_is(tk, k, "i")))
            continue;
        int32_t group = 0;
        size_t p = ms->n;
        for (size_t j = 0; j < ms->n; j++) {
            if (ms->m[j].group >= group) group = ms->m[j].group + 1;
            if (ms->m[j].start > k && p == ms->n) p = j;
        }
        (void)UTIL_PUSH(ms->m, ms->n, ms->cap);
        memmove(ms->m + p + 1, ms->m + p, (ms->n - 1 - p) * sizeof *ms->m);
        for (uint32_t t = 0; t < tk->n; t++)
            if (ms->at[t] >= (int32_t)p) ms->at[t]++;
        mention_t *m = &ms->m[p];
        *m = *who;
        m->start = k;
        m->end = k + 1;
        m->group = group;
        m->how = quotespan_how;
        ms->at[k] = (int32_t)p;
    }
}

/* The speaker of a sentence that names one outside quotation marks: the
 * subject of its last word of speech ("Mahuta said ..."); -1 when none.
 * in: the sentence opens inside a quotation. */
static int32_t quotespan_speech(const tokens_t *tk, const mentions_t *ms, int in)
{
    uint32_t last = tk->n;
    for (uint32_t k = 0; k < tk->n; k++) {
        if (token_is(tk, k, "\"")) in = !in;
        else if (!in && (tk->t[k].wc & WC_SPEECH) && !(tk->t[k].wc & WC_NEG)) last = k;
    }
    if (last == tk->n) return -1;
    int32_t a = subject_aside(tk, ms, last);
    return a >= 0 ? a : subject_find(tk, ms, last, subject_clause_start(tk, last), -1, NULL);
}

int quotespan_opens(quotespan_t *q, const quotespan_story_t *s, size_t i, const tokens_t *tk)
{
    if (q->open && (++q->age > QUOTESPAN_MAX_AGE ||
                    (quotespan_para_start(s, i) && !(tk->n && token_is(tk, 0, "\"")))))
        q->open = 0;   /* its closing mark was lost */
    return q->open;
}

void quotespan_read(quotespan_t *q, const quotespan_story_t *s, size_t i, const tokens_t *tk,
                    mentions_t *ms, int marks, int next_opens)
{
    /* the speaker of the sentence before, when this one opens with a quote */
    int have_before = q->said_for == i + 1 && q->said.code[0];
    mention_t before = q->said;
    q->said.code[0] = '\0';
    mention_t last = {0};   /* the speaker of this sentence's last quotation */
    const int in0 = q->open;
    int in = in0;
    int32_t open = -1;   /* the quotation's opening mark; -1: an earlier sentence's */
    uint32_t from = 0;
    for (uint32_t k = 0; marks && k <= tk->n; k++) {
        int mark = k < tk->n && token_is(tk, k, "\"");
        if (k < tk->n && !mark) continue;
        if (mark && in && k == 0) {   /* a paragraph that goes on with the quotation */
            from = 1;
            continue;
        }
        if (in) {
            /* the quoted words [from, k), closed at k (k == n: not in this sentence) */
            int closes = k < tk->n;
            int32_t a = closes ? subject_speaker_after(tk, ms, k) : -1;
            if (a < 0 && open >= 0) a = subject_speaker_before(tk, ms, (uint32_t)open);
            mention_t who = {0};
            if (a >= 0) who = ms->m[a];
            else if (open < 0) who = q->speaker;
            if (!who.code[0] && !closes) quotespan_ahead(q, s, i, &who);
            if (!who.code[0] && open == 0 && have_before) who = before;
            if (!closes) {
                q->speaker = who;
                if (open >= 0) q->age = 0;
            }
            if (who.code[0]) {
                last = who;
                if (open < 0 || a < 0) quotespan_mark(tk, ms, &who, from, k);
            }
        }
        if (k == tk->n) break;
        if (!in) open = (int32_t)k, from = k + 1;
        in = !in;
    }
    q->open = (uint8_t)in;
    if (!next_opens) return;
    q->said_for = i + 2;
    q->said = last;
    if (!last.code[0]) {
        int32_t a = quotespan_speech(tk, ms, in0);
        if (a >= 0) q->said = ms->m[a];
    }
}
