/* vdparse.h -- the state of one verb dictionary being read, shared by the
 * verb-file parser (verbdict.c) and the synonym-set reader (synsets.c).
 * Internal to src/5_verbs: nothing outside includes it. */
#ifndef VDPARSE_H
#define VDPARSE_H
#include <stdint.h>

#include "5_verbs/verbdict.h"

typedef struct {
    verbdict_t *d;
    const char *file;
    uint32_t line;
    int stem_mode;
    int petrarch;         /* a PETRARCH file ("--- NAME [code] ---" blocks) */
    int syn_noplural;     /* the synset being read ends in '_': no plurals */
    int32_t cur_syn;      /* synset taking "+word" lines, -1 none */
    uint32_t block;       /* current block */
    int block_has_pats;   /* a verb line now opens a new block */
    char group_code[8], group_code2[8];   /* "--- NAME [032:033] ---" */
    int in_group;
    const char *source;   /* the file's "#! source LABEL" line, or NULL */
    /* the file's patterns by the text before their "[CODE]" (a sixth of the
     * bundled file's texts are new: "- * + [CODE]" stands under 268 verbs),
     * so that a text read before is not parsed again (verbdict.c) */
    struct verbdict_seen *seen;
    size_t nseen_slots, nseen;
} verbdict_parse_t;

/* Are one-word names stems in the file being read (TABARI files, not
 * PETRARCH's)? */
int verbdict_stems(const verbdict_parse_t *ps);

/* Appends to *el (n used, cap allocated; grown with realloc, owned by the
 * caller) the elements of one written word, which may hold '_' joins and
 * punctuation. In stem mode a lone word is a stem unless it ends in '_';
 * adj_first marks the first element as adjacent to the one before. */
void verbdict_word_elems(verbdict_t *d, const char *word, int stem_mode,
                         pelem_t **el, size_t *n, size_t *cap, int adj_first);

/* The index of synonym set raw ("&CURRENCY", trailing '_', '}' or ')'
 * ignored) in d; created (empty) when create is set and it is unknown.
 * Returns -1 when unknown and not created. */
int32_t verbdict_synset(verbdict_t *d, const char *raw, int create);

/* A new synonym set for the alternatives "{ A | B }" of a pattern on the
 * given line, named as verbdict_synset would name "{alt:N:LINE}" (N: the
 * sets made so far), without looking for it. Returns its index. */
int32_t verbdict_alt_synset(verbdict_t *d, uint32_t line);

/* Appends to *el the elements of a word with synsets glued in
 * ("NEW_&TIETYPES_RELATIONS"); returns how many (the pattern weight). */
uint32_t verbdict_glued_synsets(verbdict_t *d, const char *w, pelem_t **el,
                                size_t *nel, size_t *cap);

/* Adds member text ("AUSTRIAN FLORIN", "&TIETYPES_MEMOS") to synset syn,
 * with PETRARCH's regular plural where the file calls for it. */
void verbdict_member(verbdict_parse_t *ps, int32_t syn, const char *text);

/* Lower-cases s in place and turns '_' into ' '. */
void verbdict_fold(char *s);

/* Adds a form of verb `verb`: its first word and the rest ("up", or NULL);
 * stem: the first word is a TABARI stem; past, ing: the form's kind. */
void verbdict_add_form(verbdict_t *d, uint32_t verb, const char *first,
                       const char *rest, int stem, int past, int ing);

/* The irregular forms "{BROKE_ BROKEN_}" between ob and cb, added to verb
 * vi (rest: the words after a multi-word verb's first). Sets *s, *past,
 * *ing when a form of that kind was given. */
void verbdict_brace_forms(verbdict_t *d, uint32_t vi, const char *ob, const char *cb,
                          const char *rest, int *s, int *past, int *ing);

/* Adds the regular third-person, past and -ing forms of the folded lemma
 * (then rest) to verb vi, each unless s, past or ing says the braces gave
 * that kind. */
void verbdict_regular_forms(verbdict_t *d, uint32_t vi, const char *lemma, const char *rest,
                            int s, int past, int ing);

/* A synonym line "WORD {forms} = KNOWN" (s holds " = "): kept in d->syns. */
void vsynonym_line(verbdict_parse_t *ps, const char *s);

/* Adds the verbs of the synonym lines kept (verbdict_finish's first step). */
void vsynonym_resolve(verbdict_t *d);

/* The label of a "#! source LABEL" line of a file's text ("WordNet 3.0"),
 * kept in d->sources, or NULL when it has none. */
const char *vsynonym_source(verbdict_t *d, const char *text);

/* Frees the synonym lines kept and the source labels. */
void vsynonym_free(verbdict_t *d);

#endif
