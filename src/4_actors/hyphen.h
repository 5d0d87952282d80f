/* hyphen.h -- stage 4: two countries joined by a hyphen in one word
 * ("Kazakh-Uzbek talks", "the India-Pakistan border", "US-China trade
 * talks") are two actors joined, as "Kazakhstan and Uzbekistan" are.
 * Used by actor_atoms.c only. */
#ifndef ANNALIST_HYPHEN_H
#define ANNALIST_HYPHEN_H

#include <stdint.h>

#include "3_sentences/token.h"
#include "4_actors/actordict.h"

/* Is token i one word "X-Y" (one hyphen) whose two parts are each a
 * one-word name of a country in d (a plain three-letter code on date:
 * "kazakh", "uzbekistan", "us"), of two different countries, opening the
 * sentence (first, or after "the": mid-sentence such a word mostly
 * describes a noun, "along the Afghan-Pakistan frontier"), not people of
 * one country from another ("Turkish-Americans", "Chinese-Australian")
 * nor before "border", "war", "conflict" and the like? Sets pair[0] and
 * pair[1] to their entries and returns 1; 0 otherwise. */
int hyphen_pair(const actordict_t *d, const tokens_t *tk, size_t i, int32_t date,
                const actor_entry_t *pair[2]);

#endif
