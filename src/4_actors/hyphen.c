/* hyphen.c -- two countries joined by a hyphen in one word ("Kazakh-Uzbek",
 * "India-Pakistan", "US-China"): two actors, joined. */
#include "4_actors/hyphen.h"

#include <string.h>

#include "3_sentences/words.h"

/* The one-word entry of d naming a country alone (code of three letters
 * on date) for the folded word w[0..n), or NULL. */
static const actor_entry_t *hyphen_country(const actordict_t *d, const char *w, size_t n,
                                           int32_t date)
{
    uint32_t id = vocab_find(d->vocab, w, n), nc;
    /* "US-China", "UK-France": the abbreviation alone is read "u.s.", "u.k." */
    if (n == 2 && (!memcmp(w, "us", 2) || !memcmp(w, "uk", 2))) {
        char dotted[5] = {w[0], '.', w[1], '.', '\0'};
        id = vocab_find(d->vocab, dotted, 4);
    }
    if (!id) return NULL;
    const actordict_cand_t *c = actordict_candidates(d, id, &nc);
    for (uint32_t k = 0; k < nc; k++) {
        if (c[k].ntok != 1 || c[k].kind != ACT_ACTOR) continue;
        const actor_entry_t *e = &d->e[c[k].entry];
        const actor_code_t *code = actordict_code_on(e, date);
        if (e->person || !code || strlen(code->code) != 3 || !strcmp(code->code, "---") ||
            !strncmp(code->code, "IGO", 3))
            return NULL;
        return e;
    }
    return NULL;
}

int hyphen_pair(const actordict_t *d, const tokens_t *tk, size_t i, int32_t date,
                const actor_entry_t *pair[2])
{
    const token_t *t = &tk->t[i];
    if (!(t->flags & TOK_WORD) || t->flen < 5) return 0;
    /* opening the sentence ("Kazakh-Uzbek Council Signs"), or before a
     * noun of joint acts ("the joint Japan-Taiwan exercises", "held
     * India-Pakistan talks") */
    if ((i > 1 || (i == 1 && !token_is(tk, 0, "the"))) &&
        !(i + 1 < tk->n &&
          words_in(token_folded(tk, i + 1),
                   (const char *const[]){"talks", "exercises", "exercise", "drills", "summit",
                                         "negotiations", "consultations", "meeting", NULL})))
        return 0;
    const char *w = token_folded(tk, i);
    const char *h = memchr(w, '-', t->flen);
    if (!h || h == w || h + 1 >= w + t->flen || memchr(h + 1, '-', (size_t)(w + t->flen - h - 1)))
        return 0;
    pair[0] = hyphen_country(d, w, (size_t)(h - w), date);
    if (!pair[0]) return 0;
    const char *second = h + 1;
    size_t n2 = (size_t)(w + t->flen - second);
    /* "Turkish-Americans", "a Chinese-Australian businessman": people of
     * one country from another, not two sides */
    if ((n2 > 2 && second[n2 - 2] == 'n' && second[n2 - 1] == 's') ||
        words_in(second, (const char *const[]){"american", "canadian", "australian", "british",
                                                "briton", NULL}))
        return 0;
    /* "the Thai-Cambodian border", "the Russia-Ukraine war": a place or a
     * conflict between them, not the two acting */
    if (i + 1 < tk->n &&
        words_in(token_folded(tk, i + 1),
                 (const char *const[]){"border", "borders", "frontier", "boundary", "war", "wars",
                                       "conflict", "region", "line", "divide", "dispute",
                                       NULL}))
        return 0;
    pair[1] = hyphen_country(d, second, n2, date);
    if (!pair[1]) return 0;
    const actor_code_t *a = actordict_code_on(pair[0], date), *b = actordict_code_on(pair[1], date);
    return strcmp(a->code, b->code) != 0;
}
