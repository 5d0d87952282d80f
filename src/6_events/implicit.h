/* implicit.h -- targets a sentence does not name as actors (stage 6): the
 * place an attack names, the actor of an earlier event a noun refers back
 * to ("condemned the decision"). Used by event.c and event_match.c; the
 * story's recent events live in events_t. */
#ifndef ANNALIST_IMPLICIT_H
#define ANNALIST_IMPLICIT_H

#include "6_events/event.h"

/* An attack (roots 17-20) by src whose verb stands at token verb, with the
 * place out->place named after it: fills *p with the place's country (its
 * civilians when src is of that country) and returns 1; a visit (042) to a
 * place of another country than src's: that country; else 0. */
int implicit_place(const events_t *out, const mention_t *src, const char *code, uint32_t verb,
                   mention_t *p);

/* The roots of the events an event noun may refer back to ("strikes":
 * "1819", "decision": "" for any, "verdict": "J" for a court's act), or
 * NULL when the folded word w is no such noun. */
const char *implicit_noun_roots(const char *w);

/* Most doers of one act a noun refers back to (implicit_anaphor). */
#define IMPLICIT_DOERS 4

/* A reaction (roots 01, 02, 05, 10-13) by src (a group's first member)
 * followed at token after by "the decision", "the sanctions", "this
 * attack", ...: fills p[] (IMPLICIT_DOERS) with the sources of the latest
 * event or act of that kind that is not of src's country (all of its
 * sentence's sources of it: "the measures" of four countries), in the last
 * three sentences for a noun of any event ("the decision", "the move"), the
 * last eight for a noun of one kind ("the sanctions", "the launches"), and
 * returns how many; 0 when none. An act that named no target, by the
 * target of an earlier act of its kind ("returned fire"), gives that
 * earlier act's doers: it answered it. */
size_t implicit_anaphor(const tokens_t *tk, const events_t *out, const mention_t *src,
                        const char *code, uint32_t after, mention_t *p);

/* "The Kremlin said the sanctions were illegal": a speech word at token
 * say ("said", "told ... that", or a word that characterises: "described
 * the verdict as") whose speaker is mention speaker (-1: none), followed by
 * "the NOUN" of an earlier act and, within five words, a word that condemns
 * it ("illegal", "protectionism", "violated", "a farce"), adds to out a
 * criticism (111) of whoever did that act (as implicit_anaphor finds it),
 * when out holds no event coded from a verb at or after say. */
void implicit_verdict(const tokens_t *tk, const mentions_t *ms, uint32_t say, int32_t speaker,
                      events_t *out);

/* Notes an act by src (code) that named no target ("the North fired two
 * missiles"), for a later reaction to "the launches": kept with the
 * sentence's events by implicit_remember. At most four per sentence. */
void implicit_act(events_t *out, const mention_t *src, const char *code);

/* The sides of a meeting, call, visit or talks (root 04), or of an act of
 * cooperation (roots 03 to 06) a group of sides does together in a
 * sentence (tk) that names a meeting, summit, talks or visit ("During a
 * summit, A, B and C signed an agreement": its members toward each
 * other), the sentence's
 * events tell, at most max of them, into sides[]: their number (two or more:
 * "X met Y", "X met the leaders of Iraq and Iran"; a side is one of a
 * country, or one of a code when two are of one country), -1 when more than
 * max, 0 when none. Sides guessed from a place or an earlier act, and events
 * of TABARI or PETRARCH verbs, do not count. */
int implicit_meeting(const tokens_t *tk, const events_t *out, const mention_t **sides, size_t max);

/* "Britain offered aid to Nigeria. France and China have also offered
 * help": an act (code) of the ns sources src whose verb at token verb
 * follows "also" (auxiliaries between: "have also", "will also") and that
 * names no target is aimed at the targets (their countries) of the latest
 * act of its root, earlier in the sentence or in the last three sentences
 * (each target of that sentence's acts of the root, at most
 * IMPLICIT_DOERS), but at none of a source's own country. Fills p[] placed
 * at token verb and returns how many; 0 when none. */
size_t implicit_also(const tokens_t *tk, const events_t *out, const mention_t *const *src,
                     size_t ns, const char *code, uint32_t verb, mention_t *p);

/* Adds the sentence's events (out->e) and acts to the story's recent
 * events. */
void implicit_remember(events_t *out);

/* Forgets the recent events: call before each story. */
void implicit_story_start(events_t *out);

#endif
