/* event.h -- stage 6: verbs and actors of a sentence in, events out.
 *
 * For each verb match: the source is the pattern's '$', the agent of a
 * passive ("by X"), or the nearest actor before the verb in its clause that
 * is not the object of a preposition; the target is the pattern's '+', the
 * subject of a passive, or the first actor after the match in its clause.
 * Negated verbs give nothing; plans and promises become intent codes (03x);
 * a statement (01x) is dropped when the sentence holds another event. */
#ifndef ANNALIST_EVENT_H
#define ANNALIST_EVENT_H

#include <stddef.h>
#include <stdint.h>

#include "4_actors/actor.h"
#include "5_verbs/verb.h"

typedef struct {
    mention_t src, tgt;
    char code[8];             /* the CAMEO code coded */
    char pattern_code[8];     /* the code the pattern gave, before intent */
    const vpattern_t *pat;    /* NULL = the verb's default code */
    const verb_t *verb;       /* NULL for an event no verb matched: see rule */
    const char *rule;         /* what coded it when verb is NULL (static text) */
    uint32_t verb_tok;        /* first token of the verb */
    uint8_t passive, intent;  /* intent: 1 a plan (its intent code), 2 a measure
                                 decided, coded as the act (modality_decided) */
    uint8_t flags;            /* VF_SUB, VF_DOM of the code */
    const char *intent_word;  /* the word that made it an intent */
    uint32_t intent_tok;      /* its token */
} event_t;

/* An event remembered for nouns that refer back to it ("the decision"). */
#define IMPLICIT_RECENT 16
typedef struct {
    char root[3];
    char tgt[4];            /* its target's country; "" for an act that named none */
    mention_t src;
    uint32_t sentence;
} implicit_event_t;

/* An act the story coded, by country and root (retold.c). */
#define RETOLD_MAX 64
typedef struct {
    char src[16], tgt[16], root[3];
} retold_act_t;

typedef struct {
    event_t *e;
    size_t n, cap;
    uint8_t *verbtok;       /* scratch: tokens that are verbs of a match */
    size_t verbcap;
    uint32_t *markers;      /* scratch: verbs used as intent words */
    size_t nmarkers, capmarkers;
    char place[4];          /* set by the caller: the country of the place the
                               sentence names ("" = none), tokens below; the
                               target of an attack that names no other */
    uint32_t place_start, place_end;
    uint8_t quoted;         /* set by the caller: the sentence holds a quote
                               mark or opens inside a quotation (quotespan.c) */
    implicit_event_t recent[IMPLICIT_RECENT];   /* the story's latest events */
    size_t nrecent;
    implicit_event_t acts[4];   /* the sentence's acts that named no target */
    size_t nacts;
    char crisis[4];         /* the country of the story's disaster (aid.c), "" none */
    uint32_t sentence;      /* sentences coded in the story so far */
    retold_act_t told[RETOLD_MAX];   /* the story's acts so far (retold.c) */
    size_t ntold;
    char dateline[4];       /* the country of the story's dateline, "" none
                               (agentless.c) */
} events_t;

/* Codes the events of one sentence into out (cleared first). */
void event_code_sentence(const verbdict_t *vd, const tokens_t *tk,
                         const mentions_t *ms, const vmatch_t *vm, size_t nvm,
                         events_t *out);

/* Are a and b one actor, or one country and a role of it ("EGY" and
 * "EGYGOV")? Then a's act on b is no event. Returns 1 or 0. */
int event_same_actor(const mention_t *a, const mention_t *b);

/* Appends to out an event a rule made rather than a verb pattern: src acts
 * on tgt (both copied) with code (also its pattern code, before intent),
 * the act's word at token verb_tok, and rule, the reason --explain prints
 * (a literal: kept, never freed). Every other field is zero. Returns the
 * new event for the caller to complete; never NULL (util_grow aborts when
 * memory runs out). */
event_t *event_push_rule(events_t *out, const mention_t *src, const mention_t *tgt,
                         const char *code, uint32_t verb_tok, const char *rule);

/* In a loop that drops events of out in place: keeps event i as the next
 * of those kept (*w so far), copied only when it moves (most stay). */
static inline void event_keep(events_t *out, size_t *w, size_t i)
{
    if (*w != i) out->e[*w] = out->e[i];
    (*w)++;
}

/* Frees what ev holds and clears it; ev itself is the caller's. */
void event_free(events_t *ev);

#endif
