/* verb.h -- stage 5: find the verbs of a sentence and the pattern each one
 * matches, binding the pattern's '+' (target) and '$' (source) to actors.
 *
 * A verb found right after a determiner or a possessive ("the attack",
 * "China's visit") is read as a noun and left to the '~' noun entries. */
#ifndef ANNALIST_VERB_H
#define ANNALIST_VERB_H

#include <stddef.h>
#include <stdint.h>

#include "3_sentences/token.h"
#include "4_actors/actor.h"
#include "5_verbs/verbdict.h"

/* How many words may stand between two pattern words (not joined by '_'). */
#define VERB_PATTERN_GAP VERBDICT_GAP
/* In annalist's own files, how many words may stand before a pattern word
 * (not an actor) when those past the first VERB_PATTERN_GAP are of one noun
 * phrase (verb.c, verb_far_skippable). */
#define VERB_FAR_GAP 8
/* In PETRARCH files, where PETRARCH matched a pattern's words anywhere in
 * the verb phrase: more words, and actors, may stand between. */
#define VERB_PETRARCH_GAP 6
/* With TABARI files, how many words may stand before a pattern's actor
 * ('+', '$'): TABARI itself looks through the whole clause. */
#define VERB_TABARI_ACTOR_GAP 8

typedef struct {
    uint32_t form;          /* the verb form found */
    uint32_t start, end;    /* its tokens [start, end) */
    const vpattern_t *pat;  /* the pattern matched; NULL = the verb's default */
    int32_t target;         /* mention bound by '+', -1 none */
    int32_t source;         /* mention bound by '$', -1 none */
    uint32_t lo, hi;        /* tokens covered by the whole match [lo, hi) */
    int32_t by;             /* passive: mention after "by", else -1 */
    char code[8];           /* "" = no event */
    char code2[8];          /* paired code: target to source, "" none */
    uint8_t flags;          /* VF_* of the pattern or verb */
    int32_t compound;       /* mention of the group bound by '%', -1 none */
    uint8_t target_bare;    /* the pattern's words read the role that opens the
                               target ("- * diplomats from +" over "diplomats from
                               Argentina"): the target is the actor without it */
    uint8_t agentless;      /* a passive of annalist's own files that names no
                               agent ("was arrested in Minsk"): no other form of
                               the word matched; stage 6 gives it a source only
                               by a safe rule (6_events/agentless.h), and no
                               other rule reads it */
} vmatch_t;

/* Is token i a clause boundary (".", ";", ":", "but", ...)? */
int verb_is_boundary(const tokens_t *tk, size_t i);

/* Finds every verb of the sentence that gives a code, with its best
 * pattern. *out grows as needed (caller frees); returns the count. */
size_t verb_find(const verbdict_t *vd, const tokens_t *tk, const mentions_t *ms,
                 vmatch_t **out, size_t *cap);

#endif
