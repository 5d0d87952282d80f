/* words.h -- closed word classes the shallow parser leans on: clause
 * boundaries, prepositions, determiners. Words are folded (lower case). */
#ifndef ANNALIST_WORDS_H
#define ANNALIST_WORDS_H

#include "3_sentences/token.h"

enum {
    WC_BOUNDARY = 1,   /* words_is_boundary */
    WC_PREP = 2,       /* words_is_prep */
    WC_DET = 4,        /* words_is_determiner */
    WC_GAPSTOP = 8,    /* ",", "and", "or": no pattern gap crosses them */
    WC_NEG = 16,       /* "not", "never", "refused", ...: negate a verb */
    WC_INTENT = 32,    /* "will", "plans", "agreed", ...: make an act a plan */
    WC_AUX = 64,       /* words a negation or intent search reads through */
    WC_SPEECH = 128,   /* "said", "told", ...: take a clause, not an object */
};

/* The word lists behind the classes above (NULL-terminated). */
extern const char *const words_negations[], *const words_intents[];
extern const char *const words_aux[], *const words_speech[];

/* Sets every token's word classes (token_t.wc), once per sentence, so that
 * the matchers test a bit instead of comparing strings. */
void words_classify(tokens_t *tk);

/* Is w in the NULL-terminated list? */
int words_in(const char *w, const char *const *list);

/* ".", ";", ":", "but", "while", "because", "if", "which", ... : a word that
 * ends the clause a subject or a pattern may reach across. */
int words_is_boundary(const char *w);

/* "with", "of", "to", "by", "in", ...: an actor after one is an object. */
int words_is_prep(const char *w);

/* "a", "the", "its", "'s", ...: a verb form after one is a noun. */
int words_is_determiner(const char *w);

#endif
