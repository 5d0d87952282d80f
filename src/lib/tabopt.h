/* tabopt.h -- the coding settings of a TABARI .options file (and of the
 * "{ OPTION: ... }" records of a TABARI validation suite) that annalist
 * follows: SET: CODE BY, SET: MINIMUM WORDS, SET: CONVERT AGENTS,
 * DEFAULT:, FORWARD:, COMMA: and COMPLEX: (VERBS, CONJ, ACTORS, NOACTPRIOR). Other commands are read and ignored (docs/validation.md). */
#ifndef ANNALIST_TABOPT_H
#define ANNALIST_TABOPT_H

#include <stdint.h>

/* SET: CODE BY CLAUSE (TABARI's default), CODE BY SENTENCE, CODE ALL */
enum { TABOPT_CODE_BY_CLAUSE = 0, TABOPT_CODE_BY_SENTENCE = 1, TABOPT_CODE_ALL = 2 };

typedef struct {
    uint8_t code_by;          /* TABOPT_CODE_* */
    uint8_t convert_agents;   /* an agent with no actor is an actor "~REB" */
    uint16_t min_words;       /* sentences shorter than this are not coded; 0 none */
    char default_src[16];     /* DEFAULT: SOURCE [X]; "" none */
    char default_tgt[16];     /* DEFAULT: TARGET [Y]; "" none */
    uint8_t default_prior;    /* SOURCE ... PRIOR: whenever no actor precedes the verb */
    uint8_t default_after;    /* TARGET ... AFTER: whenever no actor follows the verb */
    uint8_t comma_on;         /* COMMA: comma-delimited clauses are cut (commas.h) */
    uint16_t comma_min, comma_max, comma_emin, comma_emax, comma_bmin, comma_bmax;
    uint8_t cplx_verbs, cplx_conj, cplx_actors;   /* COMPLEX: VERBS[n] CONJ[n] ACTORS[n], 0 off */
    uint8_t cplx_noactprior;  /* COMPLEX: NOACTPRIOR */
    char forward_fmt[32];     /* FORWARD: the record-id format "^^*****NNN*SSS" */
    uint8_t forward;          /* FORWARD is on (not OFF) */
} tabopt_t;

/* Reads the story and sentence numbers from record id by the FORWARD
 * format of o ('^' a blank before the id, '*' any character, 'N' a digit of
 * the story, 'S' a digit of the sentence). Returns 0, or -1 when FORWARD is
 * off or the id does not fit. */
int tabopt_forward_seq(const tabopt_t *o, const char *id, long *story, long *sentence);

/* annalist's own behaviour: every setting off. */
void tabopt_init(tabopt_t *o);

/* TABARI's defaults, in force once an options file is read: CODE BY
 * CLAUSE, MINIMUM WORDS = 8, COMMA: MIN = 2 MAX = 10 EMIN = 2 EMAX = 10
 * BMIN = 128 BMAX = 0. */
void tabopt_tabari_defaults(tabopt_t *o);

/* Applies one options line ("SET: CODE ALL", "DEFAULT: OFF", ...). Returns
 * 1 when annalist follows the command, 0 when it is ignored. */
int tabopt_line(tabopt_t *o, const char *line);

/* Reads a TABARI .options file: TABARI's defaults, then each line. Returns
 * 0, or an errno value when the file cannot be read. */
int tabopt_load(tabopt_t *o, const char *path);

#endif
