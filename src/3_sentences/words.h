/* words.h -- closed word classes the shallow parser leans on: clause
 * boundaries, prepositions, determiners. Words are folded (lower case). */
#ifndef ANNALIST_WORDS_H
#define ANNALIST_WORDS_H

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
