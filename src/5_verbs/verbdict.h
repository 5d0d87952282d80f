/* verbdict.h -- the verb-pattern dictionary: verbs (and event nouns), their
 * inflected forms, and the patterns that give CAMEO codes.
 *
 * One parser reads annalist's own files and TABARI / PETRARCH-1 verb files
 * (docs/dictionaries.md). In TABARI files a word without a trailing '_'
 * matches as a stem (a prefix); in annalist's files words match exactly. */
#ifndef ANNALIST_VERBDICT_H
#define ANNALIST_VERBDICT_H

#include <stddef.h>
#include <stdint.h>

#include "3_sentences/token.h"
#include "lib/tabopt.h"
#include "lib/util.h"
#include "lib/vocab.h"

/* How many words may stand between two pattern words not joined by '_'. */
#define VERBDICT_GAP 3

/* TABARI code marks: "[023?]" subordinate (coded only when nothing else
 * is), "[031!]" dominant (only dominant events are kept), "[###]" discard
 * (the sentence gives no event). */
enum { VF_SUB = 1, VF_DOM = 2, VF_DISCARD = 4 };

/* PE_COMPOUND: '%', an actor group whose members act on each other */
enum { PE_WORD, PE_STEM, PE_VERB, PE_TARGET, PE_SOURCE, PE_SKIP, PE_SYN, PE_COMPOUND };

typedef struct {
    uint8_t kind;
    uint8_t adj;     /* must stand right after the previous element */
    uint8_t first;   /* in a synonym set: the first element of a member */
    uint32_t id;     /* PE_WORD: vocabulary id */
    char *stem;      /* PE_STEM: folded prefix (in the dictionary's arena) */
    int32_t syn;     /* PE_SYN: synset index */
} pelem_t;

typedef struct {
    pelem_t *el;         /* in the dictionary's arena; an earlier pattern's when
                            el_shared (the same text before its "[CODE]") */
    uint32_t nel, star;  /* star: index of the verb element */
    char code[8];        /* "" = matches but gives no event ("---") */
    char code2[8];       /* paired code "[032:033]": target to source, "" none */
    uint8_t flags;       /* VF_* */
    uint32_t weight;     /* words matched: the most specific pattern wins */
    uint8_t implicit_target; /* TABARI files: no '+' still takes the next actor */
    uint8_t el_shared;   /* el is an earlier pattern's (read only; verbdict_remap
                            maps it there) */
    uint8_t negates;     /* a word it spells, or a member of a synonym set it
                            names, is a negation (WC_NEG: "refused", "no"):
                            set by verbdict_finish() */
    uint32_t block;
    const char *file;
    uint32_t line;
    char *text;          /* the pattern line as written, for --explain */
} vpattern_t;

typedef struct {
    uint32_t *toks;      /* the form's token ids */
    uint32_t ntok;
    char *stem;          /* first token is this prefix (TABARI stems), or NULL */
    uint32_t verb;
    uint8_t past;        /* a past or past-participle form (for the passive) */
    uint8_t ing;         /* an -ing form */
} vform_t;

/* An exact form as the verb finder reads it at a token: its first token is
 * the token's (verbdict_starts), the next two beside it, so that most
 * forms are told from the record alone, without the form and its tokens */
typedef struct {
    uint32_t form;       /* index in verbdict_t.f */
    uint32_t ntok;       /* the form's tokens */
    uint32_t next[2];    /* the ids of its second and third tokens (0 past
                            its end; a form of four or more is read whole) */
} vstart_t;

typedef struct {
    char *lemma;         /* as written */
    char *forms;         /* the irregular forms as written between '{' and
                            '}' ("BROKE_ BROKEN_"), or NULL; owned */
    uint8_t noun;        /* '~' head: an event noun, not inflected */
    uint8_t legacy;      /* from a TABARI/PETRARCH file: its codes are final
                            (plans and promises are not turned into 03x) */
    uint8_t petrarch;    /* from a PETRARCH file: PETRARCH took verbs from a
                            parse, so a noun-phrase head is not one */
    char code[8];        /* default code, "" = none */
    char code2[8];       /* paired code, "" = none */
    uint8_t flags;       /* VF_* */
    uint32_t block;
    const char *file;
    uint32_t line;
    char *known;         /* read through a synonym line "WORD = KNOWN"
                            (vsynonym.c): the lemma of the verb KNOWN whose
                            block it shares (owned); NULL = its own verb line */
    const char *source;  /* the synonym file's "#! source LABEL" ("WordNet
                            3.0"), or NULL; owned by the verbdict_t */
} verb_t;

/* Is verb v one of the NULL-terminated list of lemmas (any case): by its
 * own lemma, or by the lemma of the verb a synonym line reads it as
 * ("fled = LEAVE")? 0 when it has neither. */
int verbdict_verb_is(const verb_t *v, const char *const *lemmas);

/* A synonym line "WORD {forms} = KNOWN" kept until verbdict_finish() */
typedef struct {
    char *word;          /* as written ("INK") */
    char *forms;         /* "{...}" as written, or NULL */
    char *known;         /* folded ("sign", "cut off") */
    const char *source;  /* the file's "#! source" label, or NULL */
    const char *file;
    uint32_t line;
} vsynonym_t;

typedef struct {
    uint32_t *pats;
    size_t n, cap;
    struct patindex *idx;    /* its patterns by their first word after the
                                verb (patindex.h), built by verbdict_finish() */
} vblock_t;

typedef struct {
    char *name;
    pelem_t *w;
    size_t n, cap;
    struct synindex *idx;    /* its members by first/last word (synindex.h),
                                built by verbdict_finish(); NULL before */
} vsynset_t;

typedef struct {
    vocab_t *vocab;          /* shared, not owned */
    verb_t *v;
    size_t nv, capv;
    vform_t *f;
    size_t nf, capf;
    vpattern_t *p;
    size_t np, capp;
    vblock_t *b;
    size_t nb, capb;
    vsynset_t *syn;
    size_t nsyn, capsyn;
    vstart_t *starts;        /* the exact forms by their first token's id, in
                                form order: those of id are starts[first_off[id]]
                                to starts[first_off[id + 1]] */
    uint32_t *first_off;     /* nindex + 1 offsets, built by verbdict_finish() */
    size_t nindex;
    vocab_t stems;           /* stem string -> stem list index + 1 */
    uint32_t **by_stem;
    uint32_t *nbystem;
    size_t nstemidx;
    vsynonym_t *syns;        /* synonym lines read, resolved by verbdict_finish() */
    size_t nsyns, capsyns;
    char **sources;          /* the files' "#! source" labels (owned) */
    size_t nsources, capsources;
    char **files;
    size_t nfiles, capfiles;
    size_t nerrors;
    uint8_t tabari;          /* a TABARI ".verbs" file was loaded: TABARI's
                                rules apply (docs/validation.md) */
    tabopt_t opt;            /* TABARI .options settings (all off unless read) */
    util_arena_t mem;        /* the forms' toks and stem, the patterns' el and
                                text, the elements' stems: freed with d */
    tokens_t scratch;        /* tokens of a form or a word being read, reused */
    pelem_t *el;             /* the elements of the pattern being read */
    size_t nel, capel;
    char *line;              /* a pattern line being read, unglued */
    size_t capline;
    vocab_t synnames;        /* the synsets' names: the id of syn[i]'s is i + 1
                                (made by the first synset, synsets.c) */
} verbdict_t;

void verbdict_init(verbdict_t *d, vocab_t *v);
void verbdict_free(verbdict_t *d);

/* Loads a verb file. stem_mode: 1 = TABARI/PETRARCH stems, 0 = exact words,
 * -1 = decide from the file name (".verbs" or "annalist" in the first line
 * means exact). Lines that do not parse are reported and skipped. Returns 0,
 * or -1 when the file cannot be read (reported). */
int verbdict_load(verbdict_t *d, const char *path, int stem_mode);

/* Builds the form index; call once after loading. Reports patterns that
 * name an unknown synset. Resolves the synonym lines first: each adds, for
 * every verb line of KNOWN, a verb WORD sharing its block, code and
 * patterns (a WORD that is a verb of its own is left as it is; a KNOWN
 * that is no verb is passed over: a generated file of synonyms may lag the
 * verb files it was made from). */
void verbdict_finish(verbdict_t *d);

/* verbdict_finish in two steps: verbdict_resolve reads d's words and
 * their vocabulary only (the synonym lines, the negations, the empty
 * synonym sets reported); verbdict_index builds the indexes by vocabulary
 * id, which must be final by then (it sizes by the vocabulary). */
void verbdict_resolve(verbdict_t *d);
void verbdict_index(verbdict_t *d);

/* Moves d, loaded over a vocabulary of its own, to vocabulary v: every
 * vocabulary id id that d holds becomes map[id] (vocab_merge's map of
 * every id of the old vocabulary). */
void verbdict_remap(verbdict_t *d, vocab_t *v, const uint32_t *map);

/* The exact forms whose first token has this id, in form order: *n
 * records from the result (none for id 0 or an id that starts no form). */
static inline const vstart_t *verbdict_starts(const verbdict_t *d, uint32_t id, size_t *n)
{
    if (!id || id >= d->nindex) {
        *n = 0;
        return NULL;
    }
    *n = d->first_off[id + 1] - d->first_off[id];
    return d->starts + d->first_off[id];
}

/* May a form start at a token with this id? 0 for most words, told inline
 * (a dictionary with stems may match any). */
static inline int verbdict_may_start(const verbdict_t *d, uint32_t id)
{
    return d->stems.nwords > 1 ||
           (id && id < d->nindex && d->first_off[id + 1] != d->first_off[id]);
}

/* The TABARI stem forms that may start at a token with folded text w (the
 * exact ones are verbdict_starts'). Calls fn(form index, ctx) for each. */
void verbdict_stem_forms_at(const verbdict_t *d, const char *w,
                            void (*fn)(uint32_t form, void *ctx), void *ctx);

/* verbdict_elem_span for stems and synonym sets (elemmatch.c); a word is
 * matched inline, without a call: most elements are words */
uint32_t verbdict_elem_span_slow(const verbdict_t *d, const pelem_t *e, const tokens_t *tk,
                                 size_t q, int back);

/* How many tokens of tk element e (PE_WORD, PE_STEM, PE_SYN) matches,
 * starting at token q (back = 0) or ending just before it (back = 1); 0 =
 * no match. A synonym-set member of several words ("+AUSTRIAN FLORIN")
 * matches them one right after the other; the longest member wins. */
static inline uint32_t verbdict_elem_span(const verbdict_t *d, const pelem_t *e,
                                          const tokens_t *tk, size_t q, int back)
{
    if (e->kind != PE_WORD) return verbdict_elem_span_slow(d, e, tk, q, back);
    if (back ? q < 1 : q >= tk->n) return 0;
    return e->id != 0 && tk->t[back ? q - 1 : q].id == e->id;
}

/* Does folded word w (id) match element e? (PE_WORD, PE_STEM; PE_SYN: any
 * one-word member, or any word of a longer one) */
int verbdict_elem_matches(const verbdict_t *d, const pelem_t *e, uint32_t id,
                          const char *w);

#endif
