/* vocab.c -- word <-> id table (open addressing, keyed by vocab_hash). */
#include "vocab.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* A copy of word (n bytes) with its NUL, padded with NULs to a multiple of
 * 8 bytes, as vocab_same reads it. */
static char *vocab_dup(const char *word, size_t n)
{
    char *x = xcalloc((n + 8) & ~(size_t)7, 1);
    memcpy(x, word, n);
    return x;
}

void vocab_init(vocab_t *v)
{
    memset(v, 0, sizeof *v);
    v->slots = 1024;
    v->tab = xcalloc(v->slots, sizeof *v->tab);
    UTIL_PUSH(v->words, v->nwords, v->capwords);
    v->words[0] = vocab_dup("", 0);
    util_grow((void **)&v->tags, &v->captags, 1, sizeof *v->tags);
    v->tags[0] = 0;
}

void vocab_free(vocab_t *v)
{
    for (size_t i = 0; i < v->nwords; i++) free(v->words[i]);
    free(v->words);
    free(v->tab);
    free(v->tags);
    memset(v, 0, sizeof *v);
}

static void vocab_rehash(vocab_t *v)
{
    size_t old = v->slots;
    vocab_slot_t *ot = v->tab;
    v->slots *= 2;
    v->tab = xcalloc(v->slots, sizeof *v->tab);
    for (size_t i = 0; i < old; i++) {
        if (!ot[i].id) continue;
        size_t j = (size_t)ot[i].hash & (v->slots - 1);
        while (v->tab[j].id) j = (j + 1) & (v->slots - 1);
        v->tab[j] = ot[i];
    }
    free(ot);
}

uint32_t vocab_add(vocab_t *v, const char *word, size_t n)
{
    uint32_t h = vocab_hash(word, n);
    size_t i = vocab_slot(v, h, word, n);
    if (v->tab[i].id) return v->tab[i].id;
    uint32_t id = (uint32_t)v->nwords;
    char *x = vocab_dup(word, n);
    *UTIL_PUSH(v->words, v->nwords, v->capwords) = x;
    util_grow((void **)&v->tags, &v->captags, v->nwords, sizeof *v->tags);
    v->tags[id] = 0;
    v->tab[i].hash = h;
    v->tab[i].id = id;
    memcpy(v->tab[i].pre, x, 8);   /* x is NUL-padded to 8 bytes at least */
    if (v->nwords * 2 > v->slots) vocab_rehash(v);
    return id;
}

uint32_t vocab_find(const vocab_t *v, const char *word, size_t n)
{
    return vocab_find_hashed(v, vocab_hash(word, n), word, n);
}

uint32_t vocab_add_tags(vocab_t *v, const char *word, size_t n, uint16_t tags)
{
    uint32_t id = vocab_add(v, word, n);
    v->tags[id] |= tags;
    return id;
}

const char *vocab_word(const vocab_t *v, uint32_t id)
{
    return id < v->nwords ? v->words[id] : "";
}
