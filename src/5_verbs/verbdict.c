/* verbdict.c -- parsing verb dictionaries and indexing verb forms. */
#include "verbdict.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "3_sentences/token.h"
#include "3_sentences/words.h"
#include "lib/diag.h"
#include "5_verbs/inflect.h"
#include "5_verbs/patindex.h"
#include "5_verbs/synindex.h"
#include "5_verbs/vdparse.h"
#include "lib/util.h"

void verbdict_init(verbdict_t *d, vocab_t *v)
{
    memset(d, 0, sizeof *d);
    d->vocab = v;
    vocab_init(&d->stems);
}

void verbdict_free(verbdict_t *d)
{
    for (size_t i = 0; i < d->nv; i++) {
        free(d->v[i].lemma);
        free(d->v[i].forms);
        free(d->v[i].known);
    }
    free(d->v);
    free(d->f);   /* their toks and stem, and the patterns' el and text: in d->mem */
    free(d->p);
    for (size_t i = 0; i < d->nb; i++) {
        free(d->b[i].pats);
        patindex_free(&d->b[i]);
    }
    free(d->b);
    for (size_t i = 0; i < d->nsyn; i++) {
        free(d->syn[i].name);
        free(d->syn[i].w);
        synindex_free(&d->syn[i]);
    }
    free(d->syn);
    free(d->starts);
    free(d->first_off);
    for (size_t i = 0; i < d->nstemidx; i++) free(d->by_stem[i]);
    free(d->by_stem);
    free(d->nbystem);
    vocab_free(&d->stems);
    vsynonym_free(d);
    for (size_t i = 0; i < d->nfiles; i++) free(d->files[i]);
    free(d->files);
    util_arena_free(&d->mem);
    vocab_free(&d->synnames);
    token_free(&d->scratch);
    free(d->el);
    free(d->line);
    memset(d, 0, sizeof *d);
}

/* ---- elements ---- */

void verbdict_fold(char *s)
{
    for (; *s; s++) *s = (*s == '_') ? ' ' : (char)tolower((unsigned char)*s);
}

/* verbdict_word_elems for the common word, ASCII letters only
 * ("SANCTIONS", "with"), of at most 63: one word token whose folded form
 * is the word in lower case, as token_split makes it, without the copy
 * and the tokenizer's allocations (most of the dictionary load's time went
 * there). Returns 1, or 0 when word is not such a word (nothing done). */
static int verbdict_plain_elem(verbdict_t *d, const char *word, int stem_mode,
                               pelem_t **el, size_t *n, size_t *cap, int adj_first)
{
    char low[64];
    size_t k = 0;
    for (; k + 1 < sizeof low; k++) {
        unsigned c = (unsigned char)(word[k] | 0x20);   /* a NUL ends the loop: ' ' */
        if (c < 'a' || c > 'z') break;
        low[k] = (char)c;
    }
    if (k && !word[k]) {
        size_t wl = k;
        low[wl] = '\0';
        pelem_t *e = UTIL_PUSH(*el, *n, *cap);
        memset(e, 0, sizeof *e);
        e->adj = (uint8_t)(adj_first != 0);
        if (stem_mode) {   /* one word, not ended by '_': a stem */
            e->kind = PE_STEM;
            e->stem = util_arena_strndup(&d->mem, low, wl);
        } else {
            e->kind = PE_WORD;
            e->id = vocab_add(d->vocab, low, wl);
        }
        return 1;
    }
    return 0;
}

/* Appends the elements for one written word (which may hold '_' joins and
 * punctuation) to *el. In stem mode the last part is a stem unless the
 * word ends in '_'. */
void verbdict_word_elems(verbdict_t *d, const char *word, int stem_mode,
                         pelem_t **el, size_t *n, size_t *cap, int adj_first)
{
    if (verbdict_plain_elem(d, word, stem_mode, el, n, cap, adj_first)) return;
    size_t wl = strlen(word);
    int exact_end = wl && word[wl - 1] == '_';
    char *w = xstrdup(word);
    verbdict_fold(w);
    tokens_t *tk = &d->scratch;
    token_split(w, strlen(w), tk, 32);
    for (size_t i = 0; i < tk->n; i++) {
        const char *f = token_folded(tk, i);
        if (!strcmp(f, "~")) continue;   /* taken with the word before it */
        /* TABARI "BACK~_POLICY": the word before '~' may have any ending */
        int tilde = i + 1 < tk->n && token_is(tk, i + 1, "~");
        pelem_t *e = UTIL_PUSH(*el, *n, *cap);
        memset(e, 0, sizeof *e);
        e->adj = (uint8_t)(i > 0 || adj_first);
        if (tilde || (stem_mode && !exact_end && i + 1 == tk->n && tk->n == 1 &&
                      (tk->t[i].flags & TOK_WORD))) {
            e->kind = PE_STEM;
            e->stem = util_arena_strndup(&d->mem, f, strlen(f));
        } else {
            e->kind = PE_WORD;
            e->id = vocab_add(d->vocab, f, tk->t[i].flen);
        }
    }
    free(w);
}

/* One code of a "[...]" block: p[0..n). Returns 0 and fills out. */
static int verbdict_one_code(const char *p, size_t n, char out[8], int alnum)
{
    if (n == 0 || n > 6) return -1;
    /* CAMEO codes are digits; TABARI suites also use codes such as 075A
     * (isdigit and isalnum of the "C" locale, which annalist keeps) */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i], l = (unsigned char)(c | 0x20);
        if (!((unsigned)(c - '0') < 10u || (alnum && l >= 'a' && l <= 'z'))) return -1;
        out[i] = (char)c;
    }
    out[n] = '\0';
    return 0;
}

/* verbdict_code for the '[' at br. */
static int verbdict_code_at(const char *br, char out[8], char out2[8], uint8_t *flags, int alnum)
{
    out2[0] = '\0';
    *flags = 0;
    if (!br) return -1;
    /* "[040]", nearly every code: what the general reading below gives */
    if ((unsigned)(br[1] - '0') < 10u && (unsigned)(br[2] - '0') < 10u &&
        (unsigned)(br[3] - '0') < 10u && br[4] == ']') {
        memcpy(out, br + 1, 3);
        out[3] = '\0';
        return 0;
    }
    const char *end = strchr(br, ']');
    if (!end) return -1;
    const char *p = br + 1;
    while (p < end && *p == ' ') p++;
    const char *e = end;
    while (e > p && e[-1] == ' ') e--;
    if (e > p && (e[-1] == '?' || e[-1] == '!')) {
        *flags |= e[-1] == '?' ? VF_SUB : VF_DOM;
        e--;
    }
    size_t n = 0;
    while (p + n < e && p[n] != ':' && p[n] != ' ') n++;
    if (n == 0 && p < e && *p == ':') {
        /* PETRARCH-2 "[:173]": a code for the passive only; annalist's engine
         * turns the voice itself, so the code is used for the verb */
        p++;
        while (p + n < e && p[n] != ' ') n++;
    } else if (p + n < e && p[n] == ':' &&
               verbdict_one_code(p + n + 1, (size_t)(e - p - n - 1), out2, alnum) != 0) {
        return -1;
    }
    if (n == 3 && (!memcmp(p, "---", 3) || !memcmp(p, "###", 3) || !memcmp(p, "+++", 3))) {
        /* discard "###" and complex "+++" (TABARI sets the sentence aside
         * for a human coder): the sentence gives no event */
        if (!memcmp(p, "###", 3) || !memcmp(p, "+++", 3)) *flags |= VF_DISCARD;
        out[0] = '\0';
        return 0;
    }
    return verbdict_one_code(p, n, out, alnum);
}

/* Reads "[CODE]" / "[CODE:CODE]" / "[---]" / "[CODE?]" at s into out (and
 * the paired code into out2, "" when none; the marks into *flags). Returns 0
 * when found. */
static int verbdict_code(const char *s, char out[8], char out2[8], uint8_t *flags, int alnum)
{
    return verbdict_code_at(strchr(s, '['), out, out2, flags, alnum);
}

static void verbdict_new_block(verbdict_parse_t *ps)
{
    vblock_t *b = UTIL_PUSH(ps->d->b, ps->d->nb, ps->d->capb);
    memset(b, 0, sizeof *b);
    ps->block = (uint32_t)(ps->d->nb - 1);
    ps->block_has_pats = 0;
}

void verbdict_add_form(verbdict_t *d, uint32_t verb, const char *first,
                       const char *rest, int stem, int past, int ing)
{
    /* "first rest", on the stack when it fits (most forms) */
    char buf[256];
    size_t fl = strlen(first), rl = rest && *rest ? strlen(rest) : 0, len = fl + (rl ? rl + 1 : 0);
    char *s = len < sizeof buf ? buf : xmalloc(len + 1);
    memcpy(s, first, fl);
    if (rl) {
        s[fl] = ' ';
        memcpy(s + fl + 1, rest, rl);
    }
    s[len] = '\0';
    tokens_t *tk = &d->scratch;
    token_split(s, len, tk, 16);
    token_assign_ids(tk, d->vocab, 1);
    if (tk->n) {
        vform_t *f = UTIL_PUSH(d->f, d->nf, d->capf);
        memset(f, 0, sizeof *f);
        f->ntok = (uint32_t)tk->n;
        f->toks = util_arena_alloc(&d->mem, tk->n * sizeof *f->toks);
        for (size_t i = 0; i < tk->n; i++) f->toks[i] = tk->t[i].id;
        f->stem = stem ? util_arena_strndup(&d->mem, token_folded(tk, 0), strlen(token_folded(tk, 0))) : NULL;
        f->verb = verb;
        f->past = (uint8_t)past;
        f->ing = (uint8_t)ing;
    }
    if (s != buf) free(s);
}

void verbdict_brace_forms(verbdict_t *d, uint32_t vi, const char *ob, const char *cb,
                          const char *rest, int *s, int *past, int *ing)
{
    char *forms = xstrndup(ob + 1, (size_t)(cb - ob - 1)), *strtok_save = NULL;
    for (char *f = strtok_r(forms, " \t|,", &strtok_save); f; f = strtok_r(NULL, " \t|,", &strtok_save)) {
        char *ff = xstrdup(f);
        verbdict_fold(ff);
        char *frest = strchr(ff, ' ');
        if (frest) *frest++ = '\0';
        size_t fl = strlen(ff);
        int g = fl > 3 && strcmp(ff + fl - 3, "ing") == 0;
        int third = !g && fl > 1 && ff[fl - 1] == 's' && strcmp(ff, "was") != 0;
        *ing |= g;
        *s |= third;
        *past |= !g && !third;
        /* TABARI: a form without '_' is a stem too ("ACTUALITY" matches
         * "actualityss"), as a verb is */
        size_t rl = strlen(f);
        int stem = d->tabari && rl && f[rl - 1] != '_' && f[rl - 1] != '=' && !frest &&
                   !(rest && *rest);
        verbdict_add_form(d, vi, ff, frest ? frest : rest, stem, !g && !third, g);
        free(ff);
    }
    free(forms);
}

static void verbdict_pattern_line(verbdict_parse_t *ps, char *s);

/* TABARI: a root of several words not joined by '_' ("HAVE NOTHING TO DO
 * WITH [022]") codes only when all its words follow the verb: the verb
 * itself gets no code and the rest becomes its pattern "- * NOTHING TO DO
 * WITH [022]". s is the verb line, ll the length of its first word. */
static void verbdict_root_phrase(verbdict_parse_t *ps, const char *s, size_t ll, int has_code)
{
    verb_t *v = &ps->d->v[ps->d->nv - 1];
    const char *rest = s + ll;
    while (*rest == ' ' || *rest == '\t') rest++;
    size_t rl = strcspn(rest, "{[");
    while (rl && (rest[rl - 1] == ' ' || rest[rl - 1] == '\t')) rl--;
    const char *br = strchr(s, '['), *eb = br ? strchr(br, ']') : NULL;
    if (!ps->d->tabari || v->noun || !rl || !has_code || !eb) return;
    sbuf_t p = {0};
    sbuf_adds(&p, "- * ");
    sbuf_add(&p, rest, rl);
    sbuf_addc(&p, ' ');
    sbuf_add(&p, br, (size_t)(eb - br + 1));
    v->code[0] = v->code2[0] = '\0';
    v->flags = 0;
    verbdict_pattern_line(ps, p.s);
    sbuf_free(&p);
}

/* "MEET {MET} [040]", "STEP_UP {STEPPED_UP}", "~TALKS [---]" */
/* The regular forms of a multi-word verb whose word number k (from 0) is
 * the one that inflects: "wire tap" k=1 -> "wire taps", "wire taped"...
 * first is the first word, rest the others ("tap"). */
static void verbdict_marked_forms(verbdict_t *d, uint32_t vi, const char *first,
                                  const char *rest, int k)
{
    sbuf_t pre = {0}, o = {0}, tail = {0};
    sbuf_adds(&pre, first);
    const char *w = rest;
    for (int i = 1; i < k && strchr(w, ' '); i++) {
        const char *sp = strchr(w, ' ');
        sbuf_addc(&pre, ' ');
        sbuf_add(&pre, w, (size_t)(sp - w));
        w = sp + 1;
    }
    const char *after = strchr(w, ' ');
    char *word = xstrndup(w, after ? (size_t)(after - w) : strlen(w));
    void (*inflect[3])(const char *, sbuf_t *) = {inflect_third, inflect_past, inflect_ing};
    for (int f = 0; f < 3; f++) {
        inflect[f](word, &o);
        sbuf_clear(&tail);
        sbuf_adds(&tail, o.s);
        if (after) sbuf_adds(&tail, after);
        verbdict_add_form(d, vi, pre.s, tail.s, 0, f == 1, f == 2);
    }
    free(word);
    sbuf_free(&pre);
    sbuf_free(&o);
    sbuf_free(&tail);
}

void verbdict_regular_forms(verbdict_t *d, uint32_t vi, const char *lemma, const char *rest,
                            int s, int past, int ing)
{
    sbuf_t o = {0};
    if (!s) inflect_third(lemma, &o), verbdict_add_form(d, vi, o.s, rest, 0, 0, 0);
    if (!past) inflect_past(lemma, &o), verbdict_add_form(d, vi, o.s, rest, 0, 1, 0);
    if (!ing) inflect_ing(lemma, &o), verbdict_add_form(d, vi, o.s, rest, 0, 0, 1);
    sbuf_free(&o);
}

static void verbdict_verb_line(verbdict_parse_t *ps, char *s)
{
    verbdict_t *d = ps->d;
    if (ps->block_has_pats || ps->d->nb == 0) {
        verbdict_new_block(ps);
        if (!ps->in_group) ps->group_code[0] = ps->group_code2[0] = '\0';
    }
    int noun = 0;
    if (*s == '~') noun = 1, s++;
    /* PETRARCH "WIRE_+TAP {WIRE_+TAPPED}": '+' marks the word that inflects */
    int marked = 0;
    char *plus = strstr(s, "_+");
    if (plus && plus < s + strcspn(s, " \t{[")) {
        for (const char *q = s; q < plus; q++) marked += *q == '_';
        marked++;
        char *w = s;
        for (char *r = s; *r; r++)
            if (!(*r == '+' && r > s && r[-1] == '_')) *w++ = *r;
        *w = '\0';
    }
    char code[8], code2[8];
    uint8_t flags = 0;
    int has_code = verbdict_code(s, code, code2, &flags, ps->stem_mode) == 0;
    if (!has_code && strchr(s, '[')) {
        diag_error(ps->file, ps->line, "bad event code in verb line");
        d->nerrors++;
        return;
    }
    size_t ll = strcspn(s, " \t{[");
    if (ll == 0) {
        diag_error(ps->file, ps->line, "verb line without a verb");
        d->nerrors++;
        return;
    }
    char *lemma = xstrndup(s, ll);
    /* TABARI "BAN=": the word exactly, without the regular endings */
    int bare = d->tabari && lemma[ll - 1] == '=';
    if (bare) lemma[ll - 1] = '\0';
    verb_t *v = UTIL_PUSH(d->v, d->nv, d->capv);
    memset(v, 0, sizeof *v);
    v->lemma = xstrdup(lemma);
    v->noun = (uint8_t)noun;
    v->legacy = (uint8_t)(ps->stem_mode != 0);
    v->petrarch = (uint8_t)ps->petrarch;
    v->block = ps->block;
    v->file = ps->file;
    v->line = ps->line;
    snprintf(v->code, sizeof v->code, "%s", has_code ? code : ps->group_code);
    if (has_code) {
        memcpy(v->code2, code2, sizeof code2);
        v->flags = flags;
    } else {
        memcpy(v->code2, ps->group_code2, sizeof v->code2);
    }
    uint32_t vi = (uint32_t)(d->nv - 1);

    verbdict_fold(lemma);          /* "step up" */
    char *rest = strchr(lemma, ' ');
    if (rest) *rest++ = '\0';
    int exact_end = (ll && s[ll - 1] == '_') || bare;
    if (noun) {
        verbdict_add_form(d, vi, lemma, rest, 0, 0, 0);
    } else if (verbdict_stems(ps) && !exact_end && !rest) {
        verbdict_add_form(d, vi, lemma, NULL, 1, 0, 0);
    } else {
        verbdict_add_form(d, vi, lemma, rest, 0, 0, 0);
    }
    int brace_past = 0, brace_ing = 0, brace_s = 0;
    char *ob = strchr(s, '{'), *cb = ob ? strchr(ob, '}') : NULL;
    if (ob && !cb) {
        diag_error(ps->file, ps->line, "unclosed '{' in verb line");
        d->nerrors++;
    }
    if (ob && cb) {
        verbdict_brace_forms(d, vi, ob, cb, rest, &brace_s, &brace_past, &brace_ing);
        d->v[vi].forms = xstrndup(ob + 1, (size_t)(cb - ob - 1));
    }
    if (marked && rest) {
        verbdict_marked_forms(d, vi, lemma, rest, marked);
    } else if (!noun && !bare && !(verbdict_stems(ps) && !exact_end && !rest)) {
        sbuf_t o = {0};
        if (d->tabari && (!rest || !*rest)) {
            /* TABARI's regular endings, even after '_': -S -ED -ES -EN -ING
             * added as they are ("DEPART_" matches "departes") */
            static const char *const end[] = {"s", "ed", "es", "en", "ing"};
            for (int k = 0; k < 5; k++) {
                sbuf_clear(&o);
                sbuf_adds(&o, lemma);
                sbuf_adds(&o, end[k]);
                verbdict_add_form(d, vi, o.s, NULL, 0, k == 1 || k == 3, k == 4);
            }
        }
        sbuf_free(&o);
        verbdict_regular_forms(d, vi, lemma, rest, brace_s, brace_past, brace_ing);
    }
    free(lemma);
    verbdict_root_phrase(ps, s, ll, has_code);
}

/* Appends the NUL-terminated lit at *o; returns the end. */
static inline char *verbdict_put(char *o, const char *lit)
{
    while (*lit) *o++ = *lit++;
    return o;
}

/* TABARI glues markers to words with '_' ("*_BY_$", "IS_*"): put spaces
 * around * $ + % ^ so each is a word of its own. Writes the result into
 * d->line (at most four bytes for each of s's, and a NUL) and returns it. */
static char *verbdict_unglue(verbdict_t *d, const char *s, size_t n)
{
    util_grow((void **)&d->line, &d->capline, 4 * n + 1, 1);
    char *o = d->line;
    /* nearly every line has no brace, parenthesis or '_' (s goes on to its
     * "[CODE]" and a NUL): nothing to change, one copy */
    if (strcspn(s, "{}()_") >= n) {
        memcpy(o, s, n);
        o[n] = '\0';
        return o;
    }
    int plain_brace = 0;   /* PETRARCH-2 "{ARMS SHIPMENT}": a noun phrase, not alternatives */
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        /* most bytes are letters, '_' and spaces: copied as they are */
        unsigned lc = (unsigned char)(c | 0x20);
        if ((lc >= 'a' && lc <= 'z') || c == ' ' || c == '_') {
            *o++ = c;
            continue;
        }
        if (c == '{') {
            size_t j = i + 1;
            while (j < n && s[j] != '}' && s[j] != '|') j++;
            if (j < n && s[j] == '}') {
                plain_brace++;
                *o++ = ' ';
                continue;
            }
            /* alternatives: "APPLY_{ A | B }_CONVENTIONS" glues them to the
             * words around ("{_" opens adjacent; "_WORD" follows adjacent) */
            o = verbdict_put(o, i > 0 && s[i - 1] == '_' ? " {_ " : " { ");
            continue;
        }
        if (c == '}' && plain_brace) {
            plain_brace--;
            *o++ = ' ';
            continue;
        }
        if (c == '}') {
            o = verbdict_put(o, " } ");
            continue;
        }
        if (c == '(' || c == ')') {   /* PETRARCH-2 prepositional phrases: word order only */
            *o++ = ' ';
            continue;
        }
        int special = (c == '*' || c == '$' || c == '+' || c == '%' || c == '^');
        int glued = (i > 0 && s[i - 1] == '_') || (i + 1 < n && s[i + 1] == '_');
        if (special && glued) {
            /* "IN_*" -> "IN_ _*": '_' before a marker joins it to the word
             * before; "*_OUT" -> "* _OUT": the word after is joined to it */
            o = verbdict_put(o, i > 0 && s[i - 1] == '_' ? " _" : " ");
            *o++ = c;
            *o++ = ' ';
        } else {
            *o++ = c;
        }
    }
    *o = '\0';
    return d->line;
}

/* "- * with + [040]" */
/* strtok_r(.., " \t", ..) without a call at each word: the next word at
 * *p, ended with a NUL in place, *p moved past it; NULL at the end. */
static inline char *verbdict_next_word(char **p)
{
    char *s = *p;
    while (*s == ' ' || *s == '\t') s++;
    if (!*s) {
        *p = s;
        return NULL;
    }
    char *w = s;
    while (*s && *s != ' ' && *s != '\t') s++;
    if (*s) *s++ = '\0';
    *p = s;
    return w;
}

/* A slot of the patterns seen (verbdict_parse_t.seen): the hash of the
 * text before a pattern's "[CODE]" and that pattern's index + 1 (0: empty). */
struct verbdict_seen {
    uint32_t hash, pat;
};

/* The pattern of the file being read whose text before its '[' is s's
 * first n bytes (hash h), or NULL; *slot is where s would go. */
static const vpattern_t *verbdict_seen_find(const verbdict_parse_t *ps, const char *s, size_t n,
                                            uint32_t h, size_t *slot)
{
    if (!ps->nseen_slots) return NULL;
    size_t mask = ps->nseen_slots - 1, i = h & mask;
    for (; ps->seen[i].pat; i = (i + 1) & mask) {
        const vpattern_t *p = &ps->d->p[ps->seen[i].pat - 1];
        if (ps->seen[i].hash == h && p->text[n] == '[' && !memcmp(p->text, s, n)) return p;
    }
    *slot = i;
    return NULL;
}

/* Notes pattern pat (its text's first n bytes before its '[', hash h) as
 * seen at slot (verbdict_seen_find's), the table doubled past half full. */
static void verbdict_seen_add(verbdict_parse_t *ps, size_t slot, uint32_t h, uint32_t pat)
{
    if (2 * (ps->nseen + 1) > ps->nseen_slots) {
        size_t old = ps->nseen_slots;
        struct verbdict_seen *o = ps->seen;
        ps->nseen_slots = old ? 2 * old : 1024;
        ps->seen = xcalloc(ps->nseen_slots, sizeof *ps->seen);
        size_t mask = ps->nseen_slots - 1;
        for (size_t k = 0; k < old; k++) {
            if (!o[k].pat) continue;
            size_t i = o[k].hash & mask;
            while (ps->seen[i].pat) i = (i + 1) & mask;
            ps->seen[i] = o[k];
        }
        free(o);
        slot = h & mask;
        while (ps->seen[slot].pat) slot = (slot + 1) & mask;
    }
    ps->seen[slot] = (struct verbdict_seen){h, pat + 1};
    ps->nseen++;
}

static void verbdict_pattern_line(verbdict_parse_t *ps, char *s)
{
    verbdict_t *d = ps->d;
    if (d->nb == 0) {
        diag_error(ps->file, ps->line, "pattern before any verb");
        d->nerrors++;
        return;
    }
    char code[8], code2[8];
    uint8_t flags = 0;
    char *br = strchr(s, '[');
    if (br && br[1] == '+' && !strncmp(br, "[+++]", 5)) return;   /* TABARI: the verb's code */
    if (verbdict_code_at(br, code, code2, &flags, ps->stem_mode) != 0) {
        diag_error(ps->file, ps->line, "pattern without a valid [CODE]");
        d->nerrors++;
        return;
    }
    /* the elements gather in d->el (its memory kept from one pattern to the
     * next), then go to the arena */
    d->nel = 0;
    int stars = 0, in_alt = 0, fresh = 1;   /* fresh: made no synset "{ A | B }" */
    int32_t alt = -1;
    uint32_t weight = 0, star = 0;
    /* the same text before '[' gives the same elements: every word and
     * synset it names was added when it was first read */
    size_t keylen = (size_t)(br - s), slot = 0;
    uint32_t key = vocab_hash(s, keylen);
    const vpattern_t *same = verbdict_seen_find(ps, s, keylen, key, &slot);
    pelem_t *same_el = same ? same->el : NULL;   /* d->p moves when it grows */
    uint32_t same_nel = same ? same->nel : 0;
    char *rest = "";
    if (same) {
        star = same->star;
        weight = same->weight;
        stars = 1;
    } else {
        rest = verbdict_unglue(d, s + 1, keylen - 1);
    }
    for (char *w = verbdict_next_word(&rest); w; w = verbdict_next_word(&rest)) {
        if (in_alt) {
            if (strcmp(w, "}") == 0) {
                in_alt = 0;
                continue;
            }
            if (strcmp(w, "|") == 0) continue;
            verbdict_member(ps, alt, w);
            continue;
        }
        /* a word of letters (most): no marker, set or '&' to look for */
        if (verbdict_plain_elem(d, w, verbdict_stems(ps), &d->el, &d->nel, &d->capel, 0)) {
            weight++;
            continue;
        }
        pelem_t e = {0};
        if (w[0] == '_' && w[1] && strchr("*+%$^", w[1]) && !w[2]) {
            e.adj = 1;   /* "_*": right after the word before */
            w++;
        }
        /* a marker is one byte (the bytes asked, not a strcmp for each) */
        char mark = w[1] ? (w[0] == '{' && w[1] == '_' && !w[2] ? '{' : '\0') : w[0];
        if (mark == '*') {
            e.kind = PE_VERB;
            star = (uint32_t)d->nel;
            stars++;
        } else if (mark == '+') {
            e.kind = PE_TARGET;
        } else if (mark == '%') {
            e.kind = PE_COMPOUND;
        } else if (mark == '$') {
            e.kind = PE_SOURCE;
        } else if (mark == '^') {
            e.kind = PE_SKIP;
        } else if (mark == '{') {
            e.adj = e.adj || w[1] == '_';
            alt = verbdict_alt_synset(d, ps->line);
            fresh = 0;
            e.kind = PE_SYN;
            e.syn = alt;
            in_alt = 1;
            weight++;
        } else if (w[0] == '&' && !strchr(w, '_')) {
            e.kind = PE_SYN;
            e.syn = verbdict_synset(d, w, 1);
            weight++;
        } else if (strchr(w, '&')) {
            weight += verbdict_glued_synsets(d, w, &d->el, &d->nel, &d->capel);
            continue;
        } else {
            size_t before = d->nel;
            verbdict_word_elems(d, w, verbdict_stems(ps), &d->el, &d->nel, &d->capel, w[0] == '_');
            weight += (uint32_t)(d->nel - before);
            continue;
        }
        *UTIL_PUSH(d->el, d->nel, d->capel) = e;
    }
    if (stars != 1 || in_alt) {
        diag_error(ps->file, ps->line, in_alt ? "unclosed '{' in pattern"
                                               : "pattern needs exactly one '*'");
        d->nerrors++;
        return;
    }
    vpattern_t *p = UTIL_PUSH(d->p, d->np, d->capp);
    memset(p, 0, sizeof *p);
    if (same) {   /* its elements are the same pattern's: shared, not copied */
        p->el = same_el;
        p->nel = same_nel;
        p->el_shared = 1;
    } else {
        p->el = util_arena_alloc(&d->mem, d->nel * sizeof *p->el);
        memcpy(p->el, d->el, d->nel * sizeof *p->el);
        p->nel = (uint32_t)d->nel;
    }
    p->star = star;
    memcpy(p->code, code, sizeof code);
    memcpy(p->code2, code2, sizeof code2);
    p->flags = flags;
    p->weight = weight;
    p->implicit_target = (uint8_t)(ps->stem_mode != 0);
    p->block = ps->block;
    p->file = ps->file;
    p->line = ps->line;
    p->text = util_arena_strndup(&d->mem, s, strlen(s));
    vblock_t *b = &d->b[ps->block];
    *UTIL_PUSH(b->pats, b->n, b->cap) = (uint32_t)(d->np - 1);
    ps->block_has_pats = 1;
    if (!same && fresh) verbdict_seen_add(ps, slot, key, (uint32_t)(d->np - 1));
}

static void verbdict_line(verbdict_parse_t *ps, char *t)
{
    verbdict_t *d = ps->d;
    if (t[0] == '<') return;                       /* TABARI section tags */
    if (t[0] == '&') {
        size_t n = strcspn(t, " \t");
        t[n] = '\0';
        ps->cur_syn = verbdict_synset(d, t, 1);
        ps->syn_noplural = n && t[n - 1] == '_';
        return;
    }
    if (t[0] == '+' && ps->cur_syn < 0) {
        /* PETRARCH: "+CLEAR_UP {+CLEARED_UP}" is a multi-word verb of the block */
        char *v = xstrdup(t + 1), *w = v;
        for (char *r = v; *r; r++)
            if (!(*r == '+' && r > v && (r[-1] == '{' || r[-1] == ' '))) *w++ = *r;
        *w = '\0';
        verbdict_verb_line(ps, v);
        free(v);
        return;
    }
    if (t[0] == '+') {
        verbdict_member(ps, ps->cur_syn, t + 1);
        return;
    }
    ps->cur_syn = -1;
    if (!ps->stem_mode && t[0] != '-' && strstr(t, " = ")) {
        vsynonym_line(ps, t);
        return;
    }
    if (strncmp(t, "---", 3) == 0) {               /* --- GROUP [code] --- */
        verbdict_new_block(ps);
        char code[8], code2[8];
        uint8_t flags;
        ps->in_group = 1;
        if (verbdict_code(t, code, code2, &flags, ps->stem_mode) == 0) {
            memcpy(ps->group_code, code, sizeof code);
            memcpy(ps->group_code2, code2, sizeof code2);
        } else {
            ps->group_code[0] = ps->group_code2[0] = '\0';
        }
        return;
    }
    if (t[0] == '-') {
        verbdict_pattern_line(ps, t);
        return;
    }
    if (t[0] == '{' && d->nv && strchr(t, '}')) {
        /* TABARI: "{ACTING_ ACTXD_}" on its own line after the verb */
        const verb_t *v = &d->v[d->nv - 1];
        char *lemma = xstrdup(v->lemma);
        verbdict_fold(lemma);
        char *rest = strchr(lemma, ' ');
        if (rest) *rest++ = '\0';
        int bs = 0, bp = 0, bi = 0;
        verbdict_brace_forms(d, (uint32_t)(d->nv - 1), t, strchr(t, '}'), rest, &bs, &bp, &bi);
        free(lemma);
        verb_t *vw = &d->v[d->nv - 1];   /* kept for `dict convert` */
        char *forms = xstrndup(t + 1, (size_t)(strchr(t, '}') - t - 1));
        if (vw->forms) {
            char *both = xmalloc(strlen(vw->forms) + strlen(forms) + 2);
            sprintf(both, "%s %s", vw->forms, forms);
            free(forms);
            forms = both;
        }
        free(vw->forms);
        vw->forms = forms;
        return;
    }
    verbdict_verb_line(ps, t);
}

int verbdict_load(verbdict_t *d, const char *path, int stem_mode)
{
    char *text;
    size_t len;
    if (util_read_dict(path, &text, &len)) return -1;
    if (stem_mode < 0 && strstr(text, "\n#! stems")) stem_mode = 1;
    if (stem_mode < 0) {
        size_t pl = strlen(path);
        stem_mode = !(pl >= 6 && strcmp(path + pl - 6, ".verbs") == 0 &&
                      strstr(text, "annalist") != NULL);
    }
    size_t plen = strlen(path);
    if (stem_mode && plen >= 6 && !strcmp(path + plen - 6, ".verbs")) d->tabari = 1;
    char *fname = xstrdup(path);
    *UTIL_PUSH(d->files, d->nfiles, d->capfiles) = fname;
    int petrarch = stem_mode && (!strncmp(text, "--- ", 4) || strstr(text, "\n--- "));
    verbdict_parse_t ps = {d, fname, 0, stem_mode, petrarch, 0, -1, 0, 1, "", "", 0, NULL, NULL, 0, 0};
    ps.source = stem_mode ? NULL : vsynonym_source(d, text);
    char *p = text;
    while (p && p < text + len) {
        char *nl = memchr(p, '\n', (size_t)(text + len - p));
        char *end = nl ? nl : text + len;
        if (nl) *nl = '\0';
        ps.line++;
        char *line = p;
        p = nl ? nl + 1 : NULL;
        if (strlen(line) != (size_t)(end - line)) {
            diag_error(fname, ps.line, "NUL byte in dictionary line");
            d->nerrors++;
            continue;
        }
        util_cut_hash_comment(line);
        char *c = strchr(line, ';');
        if (c) *c = '\0';
        while (*line == ' ' || *line == '\t') line++;
        size_t tl = strlen(line);
        while (tl && isspace((unsigned char)line[tl - 1])) line[--tl] = '\0';
        if (!tl) continue;
        verbdict_line(&ps, line);
    }
    free(ps.seen);
    free(text);
    return 0;
}

/* Is the folded word w a negation ("not", "refused": WC_NEG)? */
static int verbdict_is_negation(const char *w)
{
    return (words_class(w, strlen(w)) & WC_NEG) != 0;
}

/* Does element e spell a negation? (a synonym set: any member; syn_neg
 * holds each set's answer, or is NULL while it is being worked out;
 * word_neg[id] each word's once asked: 0 not yet, 1 no, 2 yes) */
static int verbdict_elem_negates(const verbdict_t *d, const pelem_t *e, const uint8_t *syn_neg,
                                 uint8_t *word_neg)
{
    if (e->kind == PE_WORD) {
        if (e->id >= d->vocab->nwords) return 0;   /* vocab_word: "" */
        if (!word_neg[e->id])
            word_neg[e->id] = (uint8_t)(1 + verbdict_is_negation(vocab_word(d->vocab, e->id)));
        return word_neg[e->id] == 2;
    }
    if (e->kind == PE_STEM) return verbdict_is_negation(e->stem);
    return e->kind == PE_SYN && e->syn >= 0 && syn_neg && syn_neg[e->syn];
}

/* Sets vpattern_t.negates: does a pattern spell a negation, itself or in a
 * synonym set it names? Each set and each word is asked once. */
static void verbdict_note_negations(verbdict_t *d)
{
    uint8_t *syn_neg = xcalloc(d->nsyn + 1, 1);
    uint8_t *word_neg = xcalloc(d->vocab->nwords + 1, 1);
    for (size_t i = 0; i < d->nsyn; i++)
        for (size_t w = 0; w < d->syn[i].n && !syn_neg[i]; w++)
            syn_neg[i] = (uint8_t)verbdict_elem_negates(d, &d->syn[i].w[w], NULL, word_neg);
    for (size_t i = 0; i < d->np; i++)
        for (uint32_t k = 0; k < d->p[i].nel && !d->p[i].negates; k++)
            d->p[i].negates = (uint8_t)verbdict_elem_negates(d, &d->p[i].el[k], syn_neg, word_neg);
    free(word_neg);
    free(syn_neg);
}

void verbdict_resolve(verbdict_t *d)
{
    vsynonym_resolve(d);
    verbdict_note_negations(d);
    int empty_syn = 0;   /* the patterns are read only when some set is empty */
    for (size_t i = 0; i < d->nsyn && !empty_syn; i++) empty_syn = d->syn[i].n == 0;
    for (size_t i = 0; i < d->np && empty_syn; i++)
        for (size_t k = 0; k < d->p[i].nel; k++)
            if (d->p[i].el[k].kind == PE_SYN && d->syn[d->p[i].el[k].syn].n == 0)
                diag_warn(d->p[i].file, d->p[i].line, "synonym set %s is empty or undefined",
                          d->syn[d->p[i].el[k].syn].name);
}

void verbdict_remap(verbdict_t *d, vocab_t *v, const uint32_t *map)
{
    for (size_t i = 0; i < d->nf; i++)
        for (uint32_t k = 0; k < d->f[i].ntok; k++) d->f[i].toks[k] = map[d->f[i].toks[k]];
    for (size_t i = 0; i < d->np; i++)   /* a shared array once, with the pattern that owns it */
        for (uint32_t k = 0; k < d->p[i].nel && !d->p[i].el_shared; k++)
            d->p[i].el[k].id = map[d->p[i].el[k].id];
    for (size_t i = 0; i < d->nsyn; i++)
        for (size_t k = 0; k < d->syn[i].n; k++) d->syn[i].w[k].id = map[d->syn[i].w[k].id];
    for (size_t k = 0; k < d->nel; k++) d->el[k].id = map[d->el[k].id];
    for (size_t k = 0; k < d->scratch.n; k++) d->scratch.t[k].id = map[d->scratch.t[k].id];
    d->vocab = v;
}

void verbdict_finish(verbdict_t *d)
{
    verbdict_resolve(d);
    verbdict_index(d);
}

/* The indexes of the synonym sets and of blocks b[0..nb) of a verbdict_t,
 * built on a thread of their own (verbdict_index): each writes only its
 * own set's or block's index and reads the patterns and the vocabulary. */
typedef struct {
    verbdict_t *d;
    size_t nb;
} verbdict_part_t;

static void *verbdict_index_part(void *arg)
{
    verbdict_part_t *x = arg;
    for (size_t i = 0; i < x->d->nsyn; i++) synindex_build(&x->d->syn[i]);
    for (size_t i = 0; i < x->nb; i++) patindex_build(x->d, &x->d->b[i]);
    return NULL;
}

void verbdict_index(verbdict_t *d)
{
    /* the blocks of about half the patterns and the synonym sets on a
     * thread, the rest here: the two halves take about as long */
    size_t total = 0, half = 0;
    for (size_t i = 0; i < d->nb; i++) total += d->b[i].n;
    verbdict_part_t part = {d, 0};
    for (; part.nb < d->nb && half < total / 2; part.nb++) half += d->b[part.nb].n;
    pthread_t t;
    int threaded = pthread_create(&t, NULL, verbdict_index_part, &part) == 0;
    if (!threaded) verbdict_index_part(&part);
    for (size_t i = part.nb; i < d->nb; i++) patindex_build(d, &d->b[i]);
    if (threaded) pthread_join(t, NULL);
    free(d->starts);
    free(d->first_off);
    d->nindex = d->vocab->nwords;
    /* the exact forms counted by first token, then placed in form order */
    d->first_off = xcalloc(d->nindex + 1, sizeof *d->first_off);
    for (size_t i = 0; i < d->nf; i++)
        if (!d->f[i].stem) d->first_off[d->f[i].toks[0] + 1]++;
    for (size_t i = 0; i < d->nindex; i++) d->first_off[i + 1] += d->first_off[i];
    d->starts = xcalloc(d->first_off[d->nindex] + 1, sizeof *d->starts);
    uint32_t *fill = xmalloc((d->nindex + 1) * sizeof *fill);
    memcpy(fill, d->first_off, (d->nindex + 1) * sizeof *fill);
    for (size_t i = 0; i < d->nf; i++) {
        vform_t *f = &d->f[i];
        if (f->stem) {
            uint32_t sid = vocab_add(&d->stems, f->stem, strlen(f->stem));
            util_lists_push(&d->by_stem, &d->nbystem, &d->nstemidx, sid, d->stems.nwords + 16,
                            (uint32_t)i);
            continue;
        }
        vstart_t *r = &d->starts[fill[f->toks[0]]++];
        r->form = (uint32_t)i;
        r->ntok = f->ntok;
        r->next[0] = f->ntok > 1 ? f->toks[1] : 0;
        r->next[1] = f->ntok > 2 ? f->toks[2] : 0;
    }
    free(fill);
}

void verbdict_stem_forms_at(const verbdict_t *d, const char *w,
                            void (*fn)(uint32_t form, void *ctx), void *ctx)
{
    if (d->stems.nwords <= 1) return;
    size_t n = strlen(w);
    for (size_t l = n; l >= 2; l--) {
        uint32_t sid = vocab_find(&d->stems, w, l);
        if (sid && sid < d->nstemidx)
            for (uint32_t i = 0; i < d->nbystem[sid]; i++) fn(d->by_stem[sid][i], ctx);
    }
}

int verbdict_verb_is(const verb_t *v, const char *const *lemmas)
{
    const char *w = v->known ? v->known : v->lemma;
    for (size_t k = 0; w && lemmas[k]; k++)
        if (!strcasecmp(w, lemmas[k])) return 1;
    return 0;
}
