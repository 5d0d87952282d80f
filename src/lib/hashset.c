/* hashset.c -- open-addressing set of 64-bit hashes. */
#include "hashset.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static void hashset_put(uint64_t *slots, size_t cap, uint64_t h)
{
    size_t i = (size_t)h & (cap - 1);
    while (slots[i] && slots[i] != h) i = (i + 1) & (cap - 1);
    slots[i] = h;
}

int hashset_add(hashset_t *s, uint64_t h)
{
    if (h == 0) h = 1;
    if ((s->n + 1) * 2 > s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 64;
        uint64_t *ns = xcalloc(nc, sizeof *ns);
        for (size_t i = 0; i < s->cap; i++)
            if (s->slots[i]) hashset_put(ns, nc, s->slots[i]);
        free(s->slots);
        s->slots = ns;
        s->cap = nc;
    }
    size_t i = (size_t)h & (s->cap - 1);
    while (s->slots[i]) {
        if (s->slots[i] == h) return 1;
        i = (i + 1) & (s->cap - 1);
    }
    s->slots[i] = h;
    s->n++;
    return 0;
}

void hashset_clear(hashset_t *s)
{
    if (s->slots) memset(s->slots, 0, s->cap * sizeof *s->slots);
    s->n = 0;
}

void hashset_free(hashset_t *s)
{
    free(s->slots);
    memset(s, 0, sizeof *s);
}
