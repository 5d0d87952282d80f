/* pipeline.c -- loading the dictionaries and coding one story. */
#include "pipeline.h"

#include <dirent.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "3_sentences/sentence.h"
#include "3_sentences/words.h"
#include "4_actors/abbrev.h"
#include "4_actors/meeting.h"
#include "4_actors/memory.h"
#include "4_actors/outlet.h"
#include "4_actors/plural.h"
#include "6_events/commas.h"
#include "6_events/implicit.h"
#include "6_events/retold.h"
#include "6_events/when.h"
#include "lib/diag.h"
#include "lib/util.h"

static int pipeline_cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Loads every file in dir ending in ext, in name order, into a (kind 0:
 * actors, 1: agents) or v (kind 2: verbs). Returns how many. */
static int pipeline_load_dir(actordict_t *a, verbdict_t *v, const char *dir, const char *ext,
                             int kind)
{
    DIR *dp = opendir(dir);
    if (!dp) return 0;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    size_t el = strlen(ext);
    while ((de = readdir(dp))) {
        size_t l = strlen(de->d_name);
        if (l > el && !strcmp(de->d_name + l - el, ext)) {
            sbuf_t p = {0};
            sbuf_printf(&p, "%s/%s", dir, de->d_name);
            *UTIL_PUSH(names, n, cap) = p.s;
        }
    }
    closedir(dp);
    if (n) qsort(names, n, sizeof *names, pipeline_cmp_str);
    int loaded = 0;
    for (size_t i = 0; i < n; i++) {
        int r = -1;
        if (kind == 0) r = actordict_load(a, names[i], ACT_ACTOR);
        else if (kind == 1) r = actordict_load(a, names[i], ACT_AGENT);
        else r = verbdict_load(v, names[i], 0);
        loaded += r == 0;
        free(names[i]);
    }
    free(names);
    return loaded;
}

/* The verb files of the dictionary folder, loaded on a thread of their own
 * while the calling thread loads the actors, agents, CAMEO codes and
 * places (dicts_load). They are read over a vocabulary of their own, whose
 * ids follow the order in which the files first use each word; dicts_load
 * then adds those words to the shared vocabulary in that order and moves
 * the verbs to it (vocab_merge, verbdict_remap), so that every id is the
 * one loading the files one after the other gives. Their diagnostics are
 * held back and printed where that order puts them. */
typedef struct {
    verbdict_t *verbs;
    const char *dir;
    int resolve;               /* also verbdict_resolve: no other verb file comes */
    vocab_t vocab;
    uint32_t nloaded;          /* ids below it: the files' words; from it: the words
                                  verbdict_resolve added */
    int loaded;                /* files loaded */
    diag_held_t load_diag, resolve_diag;
} pipeline_verbjob_t;

/* The actors' and discards' indexes, built on a thread beside the verbs'
 * (dicts_load) for the vocabulary as it was before the verbs' last words. */
typedef struct {
    actordict_t *actors, *discards;
    size_t nindex;
} pipeline_actjob_t;

static void *pipeline_actjob_run(void *arg)
{
    pipeline_actjob_t *j = arg;
    actordict_finish_at(j->actors, j->nindex);
    actordict_finish_at(j->discards, j->nindex);
    return NULL;
}

static void *pipeline_verbjob_run(void *arg)
{
    pipeline_verbjob_t *j = arg;
    diag_hold(&j->load_diag);
    j->loaded = pipeline_load_dir(NULL, j->verbs, j->dir, ".verbs", 2);
    j->nloaded = (uint32_t)j->vocab.nwords;
    if (j->resolve) {
        diag_hold(&j->resolve_diag);
        verbdict_resolve(j->verbs);
    }
    diag_unhold();
    return NULL;
}

/* Loads each file of a comma-separated list. */
static int pipeline_load_list(dicts_t *d, const char *list, int kind, int stem_mode)
{
    int loaded = 0;
    char *copy = xstrdup(list), *strtok_save = NULL;
    for (char *p = strtok_r(copy, ",", &strtok_save); p; p = strtok_r(NULL, ",", &strtok_save)) {
        int r;
        if (kind == 0) r = actordict_load(&d->actors, p, ACT_ACTOR);
        else if (kind == 1) r = actordict_load(&d->actors, p, ACT_AGENT);
        else if (kind == 3) r = actordict_load_discards(&d->discards, p);
        else r = verbdict_load(&d->verbs, p, stem_mode);
        loaded += r == 0;
    }
    free(copy);
    return loaded;
}

int dicts_load(dicts_t *d, const dict_opts_t *o)
{
    memset(d, 0, sizeof *d);
    vocab_init(&d->vocab);
    actordict_init(&d->actors, &d->vocab);
    actordict_init(&d->discards, &d->vocab);
    int nact = 0, nverb = 0;
    pipeline_verbjob_t job = {0};
    uint32_t *map = NULL;   /* job.vocab's ids -> d->vocab's */
    if (o->dir) {
        job.verbs = &d->verbs;
        job.dir = o->dir;
        job.resolve = !o->verbs;
        vocab_init(&job.vocab);
        verbdict_init(&d->verbs, &job.vocab);
        pthread_t t;
        int threaded = pthread_create(&t, NULL, pipeline_verbjob_run, &job) == 0;
        if (!threaded) pipeline_verbjob_run(&job);
        nact += pipeline_load_dir(&d->actors, NULL, o->dir, ".actors", 0);
        pipeline_load_dir(&d->actors, NULL, o->dir, ".agents", 1);
        diag_held_t after = {0};   /* the CAMEO codes' and places': after the verbs' */
        diag_hold(&after);
        sbuf_t p = {0};
        sbuf_printf(&p, "%s/cameo.codes", o->dir);
        cameo_load(&d->cameo, p.s);
        sbuf_clear(&p);
        sbuf_printf(&p, "%s/gazetteer.tsv", o->dir);
        gazetteer_load(&d->gaz, p.s);
        sbuf_free(&p);
        diag_unhold();
        if (threaded) pthread_join(t, NULL);
        diag_release(&job.load_diag);
        diag_release(&after);
        nverb += job.loaded;
        map = xmalloc(job.vocab.nwords * sizeof *map);
        map[0] = 0;
        vocab_merge(&d->vocab, &job.vocab, 1, job.nloaded, map);
        if (!job.resolve) verbdict_remap(&d->verbs, &d->vocab, map);   /* before --verbs files */
    } else {
        verbdict_init(&d->verbs, &d->vocab);
    }
    if (o->actors) nact += pipeline_load_list(d, o->actors, 0, 0);
    if (o->agents) pipeline_load_list(d, o->agents, 1, 0);
    if (o->verbs) nverb += pipeline_load_list(d, o->verbs, 2, o->stem_mode);
    if (o->discards) d->have_discards = pipeline_load_list(d, o->discards, 3, 0) > 0;
    words_tag_vocab(&d->vocab);   /* before the indexes, which size by the vocabulary */
    if (job.resolve) {
        /* the actors' indexes on a thread, meanwhile the words the synonym
         * lines added, which come after the tagged ones, and the verbs' */
        pipeline_actjob_t aj = {&d->actors, &d->discards, d->vocab.nwords};
        pthread_t t;
        int threaded = pthread_create(&t, NULL, pipeline_actjob_run, &aj) == 0;
        if (!threaded) pipeline_actjob_run(&aj);
        vocab_merge(&d->vocab, &job.vocab, job.nloaded, (uint32_t)job.vocab.nwords, map);
        verbdict_remap(&d->verbs, &d->vocab, map);
        diag_release(&job.resolve_diag);
        verbdict_index(&d->verbs);
        if (threaded) pthread_join(t, NULL);
    } else {
        actordict_finish(&d->actors);
        actordict_finish(&d->discards);
        verbdict_finish(&d->verbs);
    }
    free(map);
    if (o->dir) vocab_free(&job.vocab);
    if (!nact || !nverb) {
        diag_error(NULL, 0, "no %s dictionary could be loaded", !nact ? "actor" : "verb");
        return -1;
    }
    return 0;
}

void dicts_free(dicts_t *d)
{
    actordict_free(&d->actors);
    actordict_free(&d->discards);
    verbdict_free(&d->verbs);
    cameo_free(&d->cameo);
    gazetteer_free(&d->gaz);
    vocab_free(&d->vocab);
}

void pipeline_work_free(pipeline_work_t *w)
{
    sbuf_free(&w->clean);
    sbuf_free(&w->clean_scratch);
    hashset_free(&w->para_seen);
    free(w->paras);
    free(w->sents);
    hashset_free(&w->seen);
    token_free(&w->tk);
    for (size_t i = 0; i < PIPELINE_NAME_SENTENCES; i++) token_free(&w->ahead[i]);
    actor_free(&w->ms);
    actor_memory_free(&w->mem);
    free(w->vm);
    event_free(&w->ev);
    output_sentence_free(&w->osent);
    quotespan_free(&w->quotes);
    memset(w, 0, sizeof *w);
}

/* Does a verb or pattern with TABARI's discard code "[###]" (or complex
 * "[+++]") stand in the sentence? Uses w's verb matches as scratch. */
static int pipeline_discarded_verb(const dicts_t *d, pipeline_work_t *w)
{
    size_t n = verb_find(&d->verbs, &w->tk, &w->ms, &w->vm, &w->cvm);
    for (size_t k = 0; k < n; k++)
        if (w->vm[k].flags & VF_DISCARD) return 1;
    return 0;
}

/* Words as TABARI counts them for SET: MINIMUM WORDS: words and numbers
 * ("Gondor's" is one) and commas. */
static size_t pipeline_words(const tokens_t *tk)
{
    size_t n = 0;
    for (size_t i = 0; i < tk->n; i++) {
        const char *w = token_folded(tk, i);
        if (((tk->t[i].flags & TOK_WORD) && strcmp(w, "'s")) || !strcmp(w, ",")) n++;
    }
    return n;
}

/* The discard entry found in the tokens ("SENT" or "STORY"), or NULL. */
static const char *pipeline_discard(const dicts_t *d, const tokens_t *tk)
{
    const char *found = NULL;
    for (size_t i = 0; i < tk->n; i++) {
        uint32_t nc;
        const actordict_cand_t *c = actordict_candidates(&d->discards, tk->t[i].id, &nc);
        for (uint32_t k = 0; k < nc; k++) {
            const actor_entry_t *e = &d->discards.e[c[k].entry];
            if (i + e->ntok > tk->n) continue;
            uint32_t j = 1;
            while (j < e->ntok && tk->t[i + j].id == e->toks[j]) j++;
            if (j < e->ntok) continue;
            if (!strcmp(e->codes[0].code, "STORY")) return "STORY";
            found = "SENT";
        }
    }
    return found;
}

/* May the headline hold names the story introduces later ("Wong, Marsudi
 * sign pact"): a capitalized word after the first, or all lower case? */
static int pipeline_headline_has_names(const tokens_t *tk)
{
    int caps = 0;
    for (size_t i = 0; i < tk->n; i++) {
        if (!(tk->t[i].flags & TOK_WORD)) continue;
        if (tk->t[i].flags & TOK_CAP) caps = 1;
        if ((tk->t[i].flags & TOK_CAP) && i > 0) return 1;
    }
    return !caps;
}

/* Tokenizes sentence i into tk, with ids and word classes. Returns 1 when
 * it was cut at PIPELINE_MAX_TOKENS. */
static int pipeline_tokenize(const dicts_t *d, const pipeline_work_t *w, size_t i, tokens_t *tk)
{
    int cut = token_split_ids(w->sents[i].s, w->sents[i].n, tk, PIPELINE_MAX_TOKENS, &d->vocab);
    words_classify(tk, &d->vocab);
    return cut;
}

/* A headline names people before the story introduces them: read the next
 * few sentences first for the names they introduce, so that "Wong" in the
 * headline is the foreign minister of sentence 2. Only the names are kept,
 * and the sentences' tokens (w->ahead), which the coding reuses. */
static void pipeline_learn_names(const dicts_t *d, const story_t *s, pipeline_work_t *w,
                                 size_t ns)
{
    w->nahead = 0;
    if (ns < 2) return;
    w->ahead_cut[0] = pipeline_tokenize(d, w, 0, &w->ahead[0]);
    w->nahead = 1;
    if (!pipeline_headline_has_names(&w->ahead[0])) return;
    for (size_t i = 1; i < ns && i < PIPELINE_NAME_SENTENCES; i++) {
        w->ahead_cut[i] = pipeline_tokenize(d, w, i, &w->ahead[i]);
        w->nahead = i + 1;
        actor_find(&d->actors, &w->ahead[i], s->date, &w->mem, &w->ms);
    }
    memory_keep_names(&w->mem);
}

/* The tokens of sentence i in w->tk (ids and word classes set): those read
 * ahead when there are (swapped in, so each is used once), else tokenized.
 * Returns 1 when the sentence was cut at PIPELINE_MAX_TOKENS. */
static int pipeline_sentence_tokens(const dicts_t *d, pipeline_work_t *w, size_t i)
{
    if (i >= w->nahead) return pipeline_tokenize(d, w, i, &w->tk);
    tokens_t t = w->tk;
    w->tk = w->ahead[i];
    w->ahead[i] = t;
    return w->ahead_cut[i];
}

size_t pipeline_code_story(const dicts_t *d, const output_opts_t *o, const story_t *s,
                         pipeline_work_t *w, stats_t *st, sbuf_t *out)
{
    st->stories_coded++;
    sbuf_clear(&w->clean);
    if (s->title && *s->title) {
        clean_text(s->title, strlen(s->title), st, &w->clean, &w->clean_scratch);
        sbuf_addc(&w->clean, '\n');
        st->bytes += strlen(s->title);
    }
    if (s->text) {
        clean_text(s->text, strlen(s->text), st, &w->clean, &w->clean_scratch);
        st->bytes += strlen(s->text);
    }
    size_t np = clean_paragraphs(w->clean.s, w->clean.len, st, &w->paras, &w->cparas,
                                 &w->para_seen);
    size_t ns = 0;
    for (size_t i = 0; i < np; i++) sentence_split(w->paras[i], &w->sents, &ns, &w->csents);
    if (d->have_discards) {
        for (size_t i = 0; i < ns; i++) {
            token_split_ids(w->sents[i].s, w->sents[i].n, &w->tk, PIPELINE_MAX_TOKENS, &d->vocab);
            const char *dc = pipeline_discard(d, &w->tk);
            if (dc && !strcmp(dc, "STORY")) {
                st->stories_discarded++;
                return 0;
            }
        }
    }
    hashset_clear(&w->seen);
    outlet_country(s->url, s->source, w->mem.site);
    actor_memory_clear(&w->mem);
    implicit_story_start(&w->ev);
    retold_story_start(&w->ev);
    pipeline_learn_names(d, s, w, ns);
    quotespan_story_start(&w->quotes);
    const quotespan_story_t quoted = {&d->actors, &d->vocab, s->date, &w->mem, w->sents, ns};
    const int quotes = !d->verbs.tabari;   /* not TABARI's rules */
    w->ncountries = 0;
    size_t index = 0;
    for (size_t i = 0; i < ns; i++) {
        span_t sp = w->sents[i];
        if (hashset_add(&w->seen, sentence_key(sp.s, sp.n))) {
            st->repeated_sentences++;
            continue;
        }
        index++;
        if (clean_is_caption(sp.s, sp.n)) {   /* "... in this undated photo." */
            st->captions++;
            continue;
        }
        st->sentences++;
        if (pipeline_sentence_tokens(d, w, i)) st->sentences_cut++;
        actordict_mark_compounds(&d->actors, &w->tk);   /* TABARI "sheep and goats" */
        if (d->have_discards && pipeline_discard(d, &w->tk)) {
            st->sentences_discarded++;
            continue;
        }
        if (d->verbs.opt.min_words && pipeline_words(&w->tk) < d->verbs.opt.min_words) {
            st->sentences_no_event++;   /* TABARI's SET: MINIMUM WORDS */
            continue;
        }
        w->mem.quoted = (uint8_t)(w->quotes.open && quotespan_opens(&w->quotes, &quoted, i, &w->tk));
        actor_find(&d->actors, &w->tk, s->date, &w->mem, &w->ms);
        abbrev_unbound(&w->tk, &w->ms);   /* "the Philippine Coast Guard (PCG) said" */
        if (w->ms.discard) {
            st->sentences_discarded++;   /* TABARI: an actor coded "[###]" */
            continue;
        }
        if (d->verbs.opt.comma_on && pipeline_discarded_verb(d, w)) {
            st->sentences_discarded++;   /* TABARI: "[###]" anywhere, before clauses are cut */
            continue;
        }
        if (commas_cut(&w->tk, &w->ms, &d->verbs.opt))   /* TABARI's COMMA: */
            actor_find(&d->actors, &w->tk, s->date, &w->mem, &w->ms);
        w->ev.quoted = (uint8_t)(quotes && quotespan_sentence(&w->quotes, &quoted, i, &w->tk, &w->ms));
        size_t nvm = verb_find(&d->verbs, &w->tk, &w->ms, &w->vm, &w->cvm);
        where_t where = {0};
        int have_where = nvm && where_find(&d->gaz, &w->tk, &w->ms, (const char(*)[4])w->countries,
                                           w->ncountries, &where);
        /* "Russian missiles struck Odesa": an attack whose object is a
         * place, not an actor, happened there (implicit_place aims it) */
        for (size_t k = 0; !have_where && k < nvm; k++) {
            const vmatch_t *v = &w->vm[k];
            if (v->target < 0 &&
                ((v->code[0] == '1' && v->code[1] >= '7' && v->code[1] <= '9') ||
                 !strcmp(v->code, "042")) &&   /* "visited Shanghai" */
                v->end < w->tk.n && w->ms.at[v->end] < 0)
                have_where = where_object(&d->gaz, &w->tk, (const char(*)[4])w->countries,
                                          w->ncountries, v->end, &where);
        }
        if (nvm)
            where_role_in_place(&d->gaz, &w->tk, (const char(*)[4])w->countries, w->ncountries,
                                &w->ms);
        w->ev.place[0] = '\0';
        if (have_where) {
            memcpy(w->ev.place, where.country, 4);
            w->ev.place_start = where.start;
            w->ev.place_end = where.end;
        }
        event_code_sentence(&d->verbs, &w->tk, &w->ms, w->vm, nvm, &w->ev);
        if (w->ev.n == 0) st->sentences_no_event++;
        const mention_t *met[MEETING_MAX];   /* "they discussed" next: the meeting's sides */
        int meeting = implicit_meeting(&w->tk, &w->ev, met, MEETING_MAX);
        if (meeting) meeting_note(&w->mem, met, meeting > 0 ? (size_t)meeting : 0);
        for (size_t k = 0; k < w->ev.n; k++)   /* "both sides" next: this event's */
            if (plural_note_dyad(&w->mem, &w->ev.e[k].src, &w->ev.e[k].tgt)) break;
        for (size_t k = 0; k < w->ms.n && w->ncountries < 16; k++) {
            const char *c = w->ms.m[k].country;
            /* strlen(c) != 3, in bytes: else c and countries[j] are 3 letters and a NUL */
            int seen = !(c[0] && c[1] && c[2] && !c[3]);
            for (size_t j = 0; j < w->ncountries && !seen; j++) seen = !memcmp(w->countries[j], c, 4);
            if (!seen) memcpy(w->countries[w->ncountries++], c, 4);
        }

        when_t found = {0}, story_day = {s->date, s->date ? WHEN_DAY : WHEN_NONE, 0, 0, NULL};
        int have_when = w->ev.n && when_resolve(&w->tk, 0, (uint32_t)w->tk.n, s->date, &found);
        if (w->ev.n) output_sentence(&w->osent, o, s, index, sp.s, sp.n);
        for (size_t k = 0; k < w->ev.n; k++) {
            /* a plan is dated when it was stated: the story's date */
            const when_t *when = (have_when && !w->ev.e[k].intent) ? &found : &story_day;
            output_event(out, &w->osent, &w->tk, &w->ev.e[k], when, &where);
            st->events++;
        }
    }
    return index;
}
