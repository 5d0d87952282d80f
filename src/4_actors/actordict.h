/* actordict.h -- the actor and agent (role) dictionaries: phrases that name
 * countries, organisations, people and roles, with their CAMEO codes.
 *
 * Reads annalist's own format (docs/dictionaries.md) and, for users coming
 * from the older coders, the TABARI/PETRARCH actor and agent formats. */
#ifndef ANNALIST_ACTORDICT_H
#define ANNALIST_ACTORDICT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "3_sentences/token.h"
#include "lib/util.h"
#include "lib/vocab.h"

enum { ACT_ACTOR = 0, ACT_AGENT = 1 };
enum { ACT_CONVERT_OFF = 0, ACT_CONVERT_TABARI = 1, ACT_CONVERT_PETRARCH = 2 };

typedef struct {
    char code[24];       /* NZLGOV, IGOWSTNAT, or a role (GOV) for agents */
    int32_t from, to;    /* yyyymmdd range, 0 = open */
    const char *file;    /* owned by the dictionary's file list */
    uint32_t line;
} actor_code_t;

typedef struct {
    uint32_t *toks;      /* vocabulary ids of the phrase's tokens */
    uint32_t ntok;
    uint8_t kind;        /* ACT_ACTOR or ACT_AGENT */
    uint8_t person;      /* names a person (dated codes or ELI) */
    uint8_t stem;        /* TABARI: a one-word name matching as a prefix */
    uint8_t native;      /* read from an annalist-format file (not TABARI/PETRARCH) */
    uint8_t derived;     /* made by the loader from another phrase ("pakistan-based"
                          * from "pakistan"); `dict convert` does not write it */
    uint8_t gap;         /* TABARI/PETRARCH "ITHILEN TELEVISION": a word may stand
                          * between two words written with a space */
    uint8_t spaced;      /* TABARI/PETRARCH: written with a space somewhere */
    uint8_t discard;     /* one of its codes is TABARI's "###" (set by
                          * actordict_finish) */
    uint8_t demonym;     /* a country's people, not its name (annalist's files):
                          * ACTORDICT_DEMONYM ("chinese", "russian"), or
                          * ACTORDICT_PEOPLE, the plural ("russians"); 0 */
    uint32_t gapmask;    /* TABARI: bit j, any words may stand before word j
                          * (written after a space: "PRINCE DOL_AMROTH") */
    char *phrase;        /* the phrase as folded tokens joined by ' ' */
    actor_code_t *codes;
    size_t ncodes, capcodes;
} actor_entry_t;

/* A phrase listed again with a code it already had (kept once; `dict
 * check` reports it): entry e, its code c, the place of the repeat. */
typedef struct {
    size_t e, c;
    const char *file;
    uint32_t line;
} actor_repeat_t;

/* One entry as a candidate at a token that is its first word: what the
 * matcher reads of it, packed, so that a candidate is passed over or (a
 * phrase of up to three words written one after the other, most) matched
 * from this record alone, one cache line holding four, without reading
 * the entry and its word list. */
typedef struct {
    uint32_t entry;      /* index in actordict_t.e */
    uint32_t second;     /* the id of its second word when a match needs it as
                            the very next token (no gap there), else
                            ACTORDICT_ANY */
    uint32_t third;      /* plain: the id of its third word (0 when none) */
    uint16_t ntok;       /* its words (UINT16_MAX for more) */
    uint8_t kind;        /* ACT_ACTOR or ACT_AGENT, as the entry's */
    uint8_t flags;       /* ACTORDICT_PLAIN, ACTORDICT_NULL, ACTORDICT_DATED */
} actordict_cand_t;

enum { ACTORDICT_DEMONYM = 1, ACTORDICT_PEOPLE = 2 };   /* actor_entry_t.demonym */

enum {
    ACTORDICT_PLAIN = 1, /* one, two or three words that must stand one right
                            after the other (no gap, no stem) */
    ACTORDICT_NULL = 2,  /* actordict_null_entry: the matcher need not read
                            the entry to pass over it */
    ACTORDICT_DATED = 4, /* annalist's files: an actor with no undated code,
                            no actor on a date none of its ranges holds
                            ("Guterres" in 2006: actor_atoms) */
};

typedef struct {
    vocab_t *vocab;                /* shared, not owned */
    actor_entry_t *e;
    size_t n, cap;
    uint32_t *first_off;           /* by vocabulary id: the candidates starting with
                                      it are cand[first_off[id] .. first_off[id + 1]) */
    actordict_cand_t *cand;        /* every entry by its first word, longest first */
    size_t nindex;                 /* ids below it have an offset (first_off has
                                      nindex + 1) */
    uint64_t *starts;              /* bit id: id starts a phrase (has candidates);
                                      (nindex + 63) / 64 words */
    struct actordict_pair *pairs;  /* a first word of more than ACTORDICT_FEW
                                      candidates by (first, second) word: its
                                      candidates a match may need there, in their
                                      order (actordict_pair_candidates) */
    size_t pairmask;               /* slots - 1 (0: no table) */
    actordict_cand_t *pcand;       /* the lists the pairs point into */
    uint64_t *mhash;               /* phrase map used while loading */
    uint32_t *mval;
    size_t mslots;
    vocab_t stems;                 /* one-word stems -> stem list index + 1 */
    uint32_t **by_stem;
    uint32_t *nbystem;
    size_t nstem;
    char **files;                  /* names of the files loaded */
    size_t nfiles, capfiles;
    size_t nerrors;                /* lines that did not parse */
    actor_repeat_t *repeats;       /* phrases listed twice with one code */
    size_t nrepeats, caprepeats;
    uint8_t petrarch;              /* a PETRARCH actor or agent file was loaded */
    uint8_t tabari;                /* a TABARI actor file was loaded */
    char **nouns, **adjs;          /* TABARI <NOUN> and <ADJECTIVE> lists (folded
                                      words; a trailing ' ': a stem) */
    size_t nnouns, capnouns, nadjs, capadjs;
    uint8_t convert_agents;        /* ACT_CONVERT_*: an agent with no actor is an
                                      actor of its own: TABARI's SET: CONVERT
                                      AGENTS ("~REB"), PETRARCH's agents ("---GOV") */
    util_arena_t mem;              /* the entries' toks, phrase and codes */
    tokens_t scratch;              /* actordict_add's tokens, reused while loading */
    struct actordict_written *written;   /* loading only: the phrases added, as
                                      written, by hash (actordict.c) */
    size_t nwritten, writtenslots;
    util_arena_t writtenmem;       /* their bytes */
} actordict_t;

/* Initializes an empty dictionary over the shared vocabulary v. */
void actordict_init(actordict_t *d, vocab_t *v);
void actordict_free(actordict_t *d);

/* Loads one file; kind is ACT_ACTOR or ACT_AGENT. The format is detected
 * from the content (annalist "CODE : a; b" lines, or TABARI/PETRARCH
 * "NAME [CODE]" entries). A line that does not parse is reported with file
 * and line and skipped. Returns 0, or -1 when the file cannot be read
 * (reported). */
int actordict_load(actordict_t *d, const char *path, int kind);

/* Loads a discard list (PETRARCH/TABARI): one phrase a line; a leading
 * '+' makes it discard the whole story (code "STORY"), else only the
 * sentence (code "SENT"). Returns 0, or -1 when unreadable (reported). */
int actordict_load_discards(actordict_t *d, const char *path);

/* The longest entry of d matching tokens at position i (ids assigned), or
 * NULL. Actors win over agents of the same length. */
/* Adds one phrase with one code (date range may be 0). Returns the entry
 * index. Used by the loaders and by tests. */
size_t actordict_add(actordict_t *d, const char *phrase, size_t n,
                     const char *code, int32_t from, int32_t to, int kind,
                     const char *file, uint32_t line);

/* TABARI's compound noun and adjective phrases (its manual, 7.5.1):
 * "sheep and evil goats" (<noun> <conj> <adjective>* <noun>), "awful and
 * evil" (<adjective> <conj> <adjective>), with the words of d's <NOUN> and
 * <ADJECTIVE> lists. Sets TOK_NOCLAUSE on such a conjunction: it does not
 * start a clause. Does nothing when d has no such lists. */
void actordict_mark_compounds(const actordict_t *d, tokens_t *tk);

/* Builds the lookup index; call once after loading, before matching. */
void actordict_finish(actordict_t *d);

/* actordict_finish for a vocabulary of nindex words (its ids below nindex
 * indexed), which is not read: another thread may add to it meanwhile. */
void actordict_finish_at(actordict_t *d, size_t nindex);

/* The longest stem entry (TABARI one-word names without a trailing '_')
 * that is a prefix of the folded word w, or NULL. Inline for the common
 * dictionary with no stems, asked at most tokens. */
const actor_entry_t *actordict_stem_match_slow(const actordict_t *d, const char *w, size_t n);
static inline const actor_entry_t *actordict_stem_match(const actordict_t *d, const char *w,
                                                        size_t n)
{
    return d->stems.nwords <= 1 ? NULL : actordict_stem_match_slow(d, w, n);
}

/* Does some entry start with token id? One bit read from a table small
 * enough to stay in the L1 cache (first_off is not): asked at most tokens
 * before their candidates are (actor_atoms). */
static inline int actordict_starts(const actordict_t *d, uint32_t id)
{
    return id < d->nindex && (d->starts[id >> 6] >> (id & 63) & 1);
}

/* The entries that start with token id, longest phrase first (of the
 * same length, in the order they were added). Inline: asked at every
 * token. */
#define ACTORDICT_ANY UINT32_MAX
static inline const actordict_cand_t *actordict_candidates(const actordict_t *d, uint32_t id,
                                                           uint32_t *n)
{
    if (id == 0 || id >= d->nindex) {
        *n = 0;
        return NULL;
    }
    *n = d->first_off[id + 1] - d->first_off[id];
    return d->cand + d->first_off[id];
}

/* A first word with more candidates than this has them by its next word
 * too (actordict_t.pairs). */
#define ACTORDICT_FEW 6

/* One slot of actordict_t.pairs: the candidates of first word `first`
 * whose second word is `second` or any (second == ACTORDICT_ANY: those of
 * any second word only), pcand[off .. off + n), in the order of cand.
 * first == 0: an empty slot. */
struct actordict_pair {
    uint32_t first, second, off, n;
};

/* The slot of (first, second) in d->pairs, or an empty one. */
static inline const struct actordict_pair *actordict_pair_slot(const actordict_t *d,
                                                               uint32_t first, uint32_t second)
{
    uint64_t h = ((uint64_t)first << 32 | second) * 0x9e3779b97f4a7c15ull;
    size_t i = (size_t)(h >> 40) & d->pairmask;
    while (d->pairs[i].first && (d->pairs[i].first != first || d->pairs[i].second != second))
        i = (i + 1) & d->pairmask;
    return &d->pairs[i];
}

/* The candidates of id (of *n, more than ACTORDICT_FEW) that a match may
 * need when the token after it is next: those whose second word is next or
 * any, in their order, as a subsequence of actordict_candidates (those
 * passed over there for their second word are left out). Updates *n. */
static inline const actordict_cand_t *actordict_pair_candidates(const actordict_t *d,
                                                                uint32_t id, uint32_t next,
                                                                uint32_t *n)
{
    const struct actordict_pair *p = actordict_pair_slot(d, id, next);
    if (!p->first) p = actordict_pair_slot(d, id, ACTORDICT_ANY);
    *n = p->n;
    return d->pcand + p->off;
}

/* Is e a name that is no actor: its first code the undated null code "---"
 * ("North America", "South China Sea")? */
static inline int actordict_null_entry(const actor_entry_t *e)
{
    return e->ncodes && e->codes[0].code[0] == '-' && !strcmp(e->codes[0].code, "---") &&
           !e->codes[0].from && !e->codes[0].to;
}

/* actordict_code_on for any entry (the inline one below for most). */
const actor_code_t *actordict_code_on_dated(const actor_entry_t *e, int32_t date);

/* The code of entry e that holds on date (yyyymmdd, 0 = unknown): the one
 * whose range holds the date, else an undated one; NULL when none does (a
 * person's dated office outside its dates and no undated line: "Guterres"
 * in 2006) or the code that holds is a dated null code ("[### <890101]").
 * On an unknown date: the range that ends last, else the undated one. */
static inline const actor_code_t *actordict_code_on(const actor_entry_t *e, int32_t date)
{
    /* most entries have one undated code: it holds on every date */
    if (e->ncodes == 1 && !e->codes[0].from && !e->codes[0].to) return &e->codes[0];
    return actordict_code_on_dated(e, date);
}

/* Parses "YYYY-MM-DD..YYYY-MM-DD" or TABARI's "YYMMDD-YYMMDD", "<YYMMDD",
 * ">YYMMDD". Returns 0 on success. */
int actordict_parse_range(const char *s, size_t n, int32_t *from, int32_t *to);

#endif
