/* vsynonym.c -- verb synonym lines "WORD {forms} = KNOWN" (annalist's verb
 * files; dict/wordnet.verbs is made of them): WORD and its forms are read as
 * the verb KNOWN, in every block KNOWN heads, with that block's code and
 * patterns. The lines are kept while files are read and resolved when the
 * dictionary is finished, so KNOWN may be in any file loaded. */
#include <stdlib.h>
#include <string.h>

#include "5_verbs/vdparse.h"
#include "lib/diag.h"
#include "lib/util.h"
#include "lib/vocab.h"

void vsynonym_line(verbdict_parse_t *ps, const char *s)
{
    verbdict_t *d = ps->d;
    const char *eq = strstr(s, " = ");
    size_t wl = strcspn(s, " \t{");
    const char *known = eq + 3;
    while (*known == ' ' || *known == '\t') known++;
    size_t kl = strcspn(known, " \t");
    if (!wl || !kl || known[kl]) {
        diag_error(ps->file, ps->line, "synonym line is not 'WORD {forms} = KNOWN'");
        d->nerrors++;
        return;
    }
    vsynonym_t *y = UTIL_PUSH(d->syns, d->nsyns, d->capsyns);
    memset(y, 0, sizeof *y);
    y->word = xstrndup(s, wl);
    const char *ob = memchr(s, '{', (size_t)(eq - s)), *cb = ob ? memchr(ob, '}', (size_t)(eq - ob)) : NULL;
    if (ob && cb) y->forms = xstrndup(ob, (size_t)(cb - ob + 1));
    y->known = xstrndup(known, kl);
    verbdict_fold(y->known);
    y->source = ps->source;
    y->file = ps->file;
    y->line = ps->line;
}

const char *vsynonym_source(verbdict_t *d, const char *text)
{
    const char *s = !strncmp(text, "#! source ", 10) ? text : strstr(text, "\n#! source ");
    if (!s) return NULL;
    s += s[0] == '\n' ? 11 : 10;
    size_t n = strcspn(s, "\r\n");
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    if (!n) return NULL;
    return *UTIL_PUSH(d->sources, d->nsources, d->capsources) = xstrndup(s, n);
}

void vsynonym_free(verbdict_t *d)
{
    for (size_t i = 0; i < d->nsyns; i++) {
        free(d->syns[i].word);
        free(d->syns[i].forms);
        free(d->syns[i].known);
    }
    free(d->syns);
    d->syns = NULL;
    d->nsyns = d->capsyns = 0;
    for (size_t i = 0; i < d->nsources; i++) free(d->sources[i]);
    free(d->sources);
    d->sources = NULL;
    d->nsources = d->capsources = 0;
}

/* Adds verb_t copies of known verb k read through synonym y, with y's forms. */
static void vsynonym_add(verbdict_t *d, const vsynonym_t *y, uint32_t k)
{
    verb_t *v = UTIL_PUSH(d->v, d->nv, d->capv);
    *v = d->v[k];
    v->lemma = xstrdup(y->word);
    v->forms = y->forms ? xstrndup(y->forms + 1, strlen(y->forms) - 2) : NULL;
    v->file = y->file;
    v->line = y->line;
    v->known = xstrdup(d->v[k].lemma);
    v->source = y->source;
    uint32_t vi = (uint32_t)(d->nv - 1);
    char *lemma = xstrdup(y->word);
    verbdict_fold(lemma);
    char *rest = strchr(lemma, ' ');
    if (rest) *rest++ = '\0';
    verbdict_add_form(d, vi, lemma, rest, 0, 0, 0);
    int s = 0, past = 0, ing = 0;
    if (y->forms)
        verbdict_brace_forms(d, vi, y->forms, y->forms + strlen(y->forms) - 1, rest, &s, &past, &ing);
    verbdict_regular_forms(d, vi, lemma, rest, s, past, ing);
    free(lemma);
}

void vsynonym_resolve(verbdict_t *d)
{
    if (!d->nsyns) return;
    /* the verbs read from the files (not event nouns), by folded lemma */
    vocab_t names;
    vocab_init(&names);
    uint32_t **by = NULL, *nby = NULL;
    size_t nlists = 0, nv = d->nv;
    for (size_t i = 0; i < nv; i++) {
        if (d->v[i].noun) continue;
        char *l = xstrdup(d->v[i].lemma);
        verbdict_fold(l);
        uint32_t id = vocab_add(&names, l, strlen(l));
        util_lists_push(&by, &nby, &nlists, id, 64, (uint32_t)i);
        free(l);
    }
    for (size_t i = 0; i < d->nsyns; i++) {
        const vsynonym_t *y = &d->syns[i];
        char *w = xstrdup(y->word);
        verbdict_fold(w);
        uint32_t self = vocab_find(&names, w, strlen(w));
        uint32_t id = vocab_find(&names, y->known, strlen(y->known));
        free(w);
        /* a verb of its own keeps its own line; a KNOWN that is no verb
         * (the generated file lags the verbs) is passed over */
        if ((self && self < nlists && nby[self]) || !id || id >= nlists) continue;
        for (uint32_t k = 0; k < nby[id]; k++) vsynonym_add(d, y, by[id][k]);
    }
    for (size_t i = 0; i < nlists; i++) free(by[i]);
    free(by);
    free(nby);
    vocab_free(&names);
}
