/* pipeline.h -- one story through every stage: clean, sentences, actors,
 * verbs, events, output. The dictionaries are loaded once and read-only
 * afterwards; each worker thread has its own pipeline_work_t scratch. */
#ifndef ANNALIST_PIPELINE_H
#define ANNALIST_PIPELINE_H

#include <stddef.h>

#include "1_input/input.h"
#include "2_clean/clean.h"
#include "4_actors/actor.h"
#include "4_actors/actordict.h"
#include "5_verbs/verb.h"
#include "5_verbs/verbdict.h"
#include "6_events/event.h"
#include "6_events/quotespan.h"
#include "6_events/where.h"
#include "7_output/output.h"
#include "lib/cameo.h"
#include "lib/hashset.h"
#include "lib/stats.h"
#include "lib/vocab.h"

/* Limit: tokens kept of one sentence; the rest is cut and counted. */
#define PIPELINE_MAX_TOKENS 512

/* Sentences read ahead for the names a headline uses. */
#define PIPELINE_NAME_SENTENCES 7

typedef struct {
    vocab_t vocab;
    actordict_t actors;   /* actors and agents */
    verbdict_t verbs;
    cameo_t cameo;
    actordict_t discards; /* discard phrases (code "SENT" or "STORY") */
    int have_discards;
    gazetteer_t gaz;      /* places; empty when there is no gazetteer */
} dicts_t;

typedef struct {
    const char *dir;          /* bundled dictionary folder, NULL = none */
    const char *verbs;        /* extra files, comma-separated, may be NULL */
    const char *actors;
    const char *agents;
    const char *discards;
    int stem_mode;            /* for --verbs files: -1 = detect */
} dict_opts_t;

/* Loads every dictionary. Problems are reported (file:line) and the rest
 * still loads. Returns 0, or -1 when no verb or actor dictionary at all
 * could be loaded. Free with dicts_free(). */
int dicts_load(dicts_t *d, const dict_opts_t *o);
void dicts_free(dicts_t *d);

typedef struct {
    sbuf_t clean;
    sbuf_t clean_scratch;     /* clean_text's text between its passes */
    hashset_t para_seen;      /* clean_paragraphs' hashes of paragraphs */
    span_t *paras, *sents;
    size_t cparas, csents;
    hashset_t seen;
    tokens_t tk;
    mentions_t ms;
    actor_memory_t mem;
    vmatch_t *vm;
    size_t cvm;
    events_t ev;
    output_sentence_t osent; /* what the records of a sentence share */
    char countries[16][4]; /* countries the story has named so far */
    size_t ncountries;
    /* the first sentences' tokens, read ahead for the names a headline uses
     * (pipeline.c): coded from here instead of tokenized again */
    tokens_t ahead[PIPELINE_NAME_SENTENCES];
    int ahead_cut[PIPELINE_NAME_SENTENCES];
    size_t nahead;
    quotespan_t quotes;       /* quotations that span sentences */
} pipeline_work_t;

void pipeline_work_free(pipeline_work_t *w);

/* Codes story s, appending its event records to out and adding to st.
 * Never fails: what cannot be coded is counted. Returns the number of
 * sentences coded. */
size_t pipeline_code_story(const dicts_t *d, const output_opts_t *o, const story_t *s,
                         pipeline_work_t *w, stats_t *st, sbuf_t *out);

#endif
