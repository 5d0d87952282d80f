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
    WC_BE = 256,       /* "is", "was", "got", ...: before a past form, a passive */
    WC_PASSADV = 512,  /* "also", "reportedly", ...: read through back to WC_BE */
    WC_TIME = 1024,    /* month and day names, "yesterday", "last", ...: a word a
                          time expression may start with (but for numbers) */
    WC_ROLEMOD = 2048, /* "top", "deputy", "the", ...: may stand between a
                          country and its role ("China's top diplomat") */
    WC_SIDES = 4096,   /* "the", "both", "each", "one": the words a phrase for
                          several sides starts with (sides_phrase_at); "them" */
    WC_PERSONAL = 8192, /* "he", "she", "him" and the possessives "his", "her",
                           "its", "their", "whose": back-references (actor.c) */
    WC_VERDICT = 16384, /* "called", "described", "branded", ...: a verdict on
                           what follows ("called the sanctions illegal") */
    WC_EVAL = 32768,    /* "unacceptable", "disproportionate", "escalation",
                           "culpable", "aggression", ...: judges an actor or its
                           act when said of it (evaluative.c) */
};

/* The word lists behind the classes above (NULL-terminated). */
extern const char *const words_negations[], *const words_intents[];
extern const char *const words_aux[], *const words_speech[];
extern const char *const words_be[], *const words_passive_adverbs[];
extern const char *const words_role_modifiers[], *const words_side_starts[];
extern const char *const words_personal[], *const words_verdicts[];
extern const char *const words_evaluative[];
/* Month names, their three-letter forms and day names, in calendar order
 * (January first, Sunday first; not NULL-terminated). */
extern const char *const words_months[12], *const words_months3[12];
extern const char *const words_weekdays[7];

/* Adds every class word to v with its classes as tags (vocab_add_tags), so
 * that a token's vocabulary id gives its classes too. Call it while the
 * dictionaries load, before they are indexed. */
void words_tag_vocab(vocab_t *v);

/* Sets every token's word classes (token_t.wc) from its id in v (tagged by
 * words_tag_vocab; ids set by token_assign_ids), once per sentence, so that
 * the matchers test a bit instead of comparing strings. */
void words_classify(tokens_t *tk, const vocab_t *v);

/* Does token q name a date by itself: a year (four digits from 1000 to
 * 2999, "2016") or a month's full name ("october")? */
int words_names_date(const tokens_t *tk, uint32_t q);

/* The word classes of one folded word w (n bytes); 0 for other words. */
uint16_t words_class(const char *w, size_t n);

/* May some token of tk be of a class in mask? 0 only when words_classify
 * found none and no token was added or dropped since (tokens_t.wcs): the
 * first test of a rule that passes over every token for such a word. */
static inline int words_may_have(const tokens_t *tk, uint16_t mask)
{
    return tk->wcs_n != tk->n + 1 || (tk->wcs & mask);
}

/* Is w among the first n words of the NULL-terminated list? (words_in) */
static inline __attribute__((always_inline)) int words_in_n(const char *w,
                                                            const char *const *list, size_t n)
{
    for (size_t i = 0; i < n && list[i]; i++)
        if (w[0] == list[i][0] && !strcmp(w, list[i])) return 1;
    return 0;
}

/* Is w in the NULL-terminated list? A macro, so that an array's length is
 * known where it is written ("(const char *const[]){"a", "an", NULL}", or a
 * named array): the loop then has a constant count, which gcc unrolls,
 * testing each word's first byte as a constant without building the list
 * on the stack (-66 M instructions coding the 5 MiB bench prefix). A
 * pointer is read up to its NULL. */
#define words_in(w, ...)                                                              \
    words_in_n((w), (__VA_ARGS__),                                                    \
               __builtin_types_compatible_p(__typeof__(__VA_ARGS__),                  \
                                            __typeof__(&(__VA_ARGS__)[0]))            \
                   ? (size_t)-1                                                       \
                   : sizeof(__VA_ARGS__) / sizeof((__VA_ARGS__)[0]))

/* ".", ";", ":", "but", "while", "because", "if", "which", ... : a word that
 * ends the clause a subject or a pattern may reach across. */
int words_is_boundary(const char *w);

/* "with", "of", "to", "by", "in", ...: an actor after one is an object. */
int words_is_prep(const char *w);

/* "a", "the", "its", "'s", ...: a verb form after one is a noun. */
int words_is_determiner(const char *w);

#endif
