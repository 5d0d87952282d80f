/* actortabari.c -- reading actor, agent and discard dictionaries in
 * TABARI's and PETRARCH's formats (annalist's own format is read by
 * actordict.c, which also holds the phrase index they all load into).
 *
 * Actors:  NAME_WITH_UNDERSCORES [CODE] or NAME followed by lines
 *          "+SYNONYM" and "[CODE RANGE]" lines; comments after ';' or '#'.
 * Agents:  NAME [~GOV] (role after '~'); "!SYN! = A, B" substitution sets. */
#include "4_actors/actortabari.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lib/diag.h"
#include "lib/util.h"

void actordict_block_reset(actordict_block_t *b)
{
    for (size_t i = 0; i < b->n; i++) free(b->names[i]);
    b->n = 0;
    b->have_code = 0;
    b->no_plural = 0;
    b->ncodes = 0;
}

/* A "+SYNONYM" line: the name gets every code its entry has so far. */
/* TABARI names end in '_' when they must match whole; a one-word name
 * without it matches as a stem ("ARGENTIN" covers "Argentine"). The phrase
 * keeps a trailing space as the mark (set by actordict_tabari_phrase). */
static void actordict_mark_stem(actordict_t *d, const actordict_block_t *b, size_t ei,
                                const char *name)
{
    /* a leading space marks words written with spaces, "ITHILEN TELEVISION"
     * (set by actordict_tabari_phrase): a word may stand between them */
    if (ei != (size_t)-1 && name[0] == ' ' && d->e[ei].kind == ACT_ACTOR && d->e[ei].ntok > 1)
        d->e[ei].gap = 1;
    if (b->petrarch) return;
    /* TABARI: a space (written "  " by actordict_tabari_phrase) lets any
     * words stand before the next word, "PRINCE DOL_AMROTH" */
    if (ei != (size_t)-1 && d->e[ei].kind == ACT_ACTOR) {
        uint32_t w = 0;
        for (const char *p = name; *p && w < 32; p++) {
            if (*p != ' ' || p == name || p[-1] == ' ') continue;
            w++;
            if (p[1] == ' ' && w < 32) d->e[ei].gapmask |= 1u << w;
        }
    }
    size_t n = strlen(name);
    if (ei == (size_t)-1 || n < 4 || name[n - 1] != ' ' || d->e[ei].ntok != 1) return;
    d->e[ei].stem = 1;
}

static void actordict_block_synonym(actordict_t *d, actordict_block_t *b, char *name, int kind)
{
    *UTIL_PUSH(b->names, b->n, b->cap) = name;
    for (size_t i = 0; i < b->ncodes; i++) {
        const actor_code_t *c = &b->codes[i];
        size_t ei = actordict_add(d, name, strlen(name), c->code, c->from, c->to, kind, c->file, c->line);
        actordict_mark_stem(d, b, ei, name);
    }
}

/* Turns a TABARI name (NEW_ZEALAND_) into a phrase ("new zealand"). */
char *actordict_tabari_phrase(const char *s, size_t n)
{
    if (n && s[n - 1] == '=') n--;   /* TABARI "MOUSE=": the name exactly */
    int stem = n && s[n - 1] != '_' && s[n] != '=' && !memchr(s, ' ', n) && !memchr(s, '_', n);
    while (n && s[n - 1] == '_') n--;   /* "POLICE_": whole, so no stem mark */
    /* words joined by spaces only (no '_'): a leading space marks the gap */
    int gap = memchr(s, ' ', n) && !memchr(s, '_', n);
    char *p = xmalloc(2 * n + 3), *q = p + gap;
    p[0] = ' ';
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ' && k && q[k - 1] != ' ') q[k++] = ' ';   /* "  ": written with a space */
        q[k++] = s[i] == '_' ? ' ' : (char)tolower((unsigned char)s[i]);
    }
    q[k] = stem ? ' ' : '\0';   /* a trailing space marks a stem (see actordict_mark_stem) */
    q[k + 1] = '\0';
    return p;
}

/* The regular plural of a phrase's last word ("soldier" -> "soldiers",
 * "militia" -> "militias", "party" -> "parties"); NULL when it already
 * ends in s. Caller frees. */
static char *actordict_plural(const char *p)
{
    size_t n = strlen(p);
    while (n && p[n - 1] == ' ') n--;   /* the stem mark */
    if (n < 2 || p[n - 1] == 's' || !isalpha((unsigned char)p[n - 1])) return NULL;
    sbuf_t b = {0};
    if (p[n - 1] == 'y' && !strchr("aeiou", p[n - 2])) {
        sbuf_add(&b, p, n - 1);
        sbuf_adds(&b, "ies");
    } else if (p[n - 1] == 'x' || p[n - 1] == 'z' || (p[n - 1] == 'h' && strchr("cs", p[n - 2]))) {
        sbuf_add(&b, p, n);
        sbuf_adds(&b, "es");
    } else if (n > 3 && !strncmp(p + n - 3, "man", 3)) {
        sbuf_add(&b, p, n - 3);
        sbuf_adds(&b, "men");
    } else {
        sbuf_add(&b, p, n);
        sbuf_addc(&b, 's');
    }
    return b.s;
}

static void actordict_tabari_code(actordict_t *d, actordict_block_t *b,
                                  const char *file, uint32_t ln, const char *br,
                                  int kind)
{
    /* br points at '['; "[CODE]" "[CODE RANGE]" "[~ROLE]" */
    const char *end = strchr(br, ']');
    if (!end) {
        diag_error(file, ln, "unclosed '[' in code");
        d->nerrors++;
        return;
    }
    char buf[128];
    size_t len = (size_t)(end - br - 1);
    if (len >= sizeof buf) len = sizeof buf - 1;
    memcpy(buf, br + 1, len);
    buf[len] = '\0';
    char *strtok_save = NULL;
    char *code = strtok_r(buf, " \t", &strtok_save), *range = NULL;
    int prefix = 0;   /* PETRARCH "[NGO~]": the role goes before the actor's code */
    char *slash = NULL;
    char rbuf[64] = "";
    for (char *r = strtok_r(NULL, " \t", &strtok_save); r; r = strtok_r(NULL, " \t", &strtok_save))
        strncat(rbuf, r, sizeof rbuf - strlen(rbuf) - 1);
    if (rbuf[0]) range = rbuf;
    if (code && (isdigit((unsigned char)code[0]) || code[0] == '<' || code[0] == '>') && !range) {
        b->have_code = 1;   /* "[950601-990815]" with no code: nothing to add */
        return;
    }
    if (code) {
        slash = strchr(code, '/');   /* "[ELR/GAL]": a coded compound (see below) */
        if (slash) *slash = '\0';
        size_t cl = strlen(code);
        if (cl > 1 && code[cl - 1] == '~') code[cl - 1] = '\0', prefix = kind == ACT_AGENT;
    }
    /* TABARI: an actor coded "[###]" discards the sentence ("REAGAN [###
     * >890120] [USA]"); PETRARCH has no such actor code */
    int discard = code && !strcmp(code, "###") && !b->petrarch && kind == ACT_ACTOR;
    if (code && (!strcmp(code, "+++") || !strcmp(code, "###") || !strcmp(code, "---")) &&
        (range || discard)) {
        /* "[### <890101] [ENT]": no actor in that period */
        int32_t from = 0, to = 0;
        if (!range || actordict_parse_range(range, strlen(range), &from, &to) == 0)
            for (size_t i = 0; i < b->n; i++) {
                size_t ei = actordict_add(d, b->names[i], strlen(b->names[i]),
                                          discard ? "###" : "---", from, to, kind, file, ln);
                actordict_mark_stem(d, b, ei, b->names[i]);
            }
        b->have_code = 1;
        return;
    }
    if (code && (!strcmp(code, "+++") || !strcmp(code, "###"))) {
        b->have_code = 1;
        return;
    }
    if (!code) {
        diag_error(file, ln, "empty code '[]'");
        d->nerrors++;
        return;
    }
    if (code[0] == '~') code++;
    if (strcmp(code, "---") == 0 || code[0] == '\0') {
        b->have_code = 1;   /* a "do not code" entry */
        return;
    }
    int32_t from = 0, to = 0;
    if (range && actordict_parse_range(range, strlen(range), &from, &to) != 0) {
        diag_error(file, ln, "bad date range '%s'", range);
        d->nerrors++;
        return;
    }
    if (!actordict_valid_code(code, strlen(code))) {
        diag_error(file, ln, "bad code '%s'", code);
        d->nerrors++;
        return;
    }
    if (kind == ACT_AGENT && strlen(code) > 6) code[6] = '\0';
    if (prefix) strcat(code, "~");   /* kept as the mark (buf has room) */
    if (slash && kind == ACT_ACTOR && strlen(code) + strlen(slash + 1) < 23) {
        /* "[FRO/BIL/SAM]" names several actors at once (TABARI's coded
         * compound actors, PETRARCH's too) */
        int ok = 1;
        for (char *p = slash + 1, *q; *p && ok; p = *q ? q + 1 : q) {
            q = p + strcspn(p, "/");
            ok = actordict_valid_code(p, (size_t)(q - p));
        }
        if (ok) *slash = '/';
    }
    actor_code_t *bc = UTIL_PUSH(b->codes, b->ncodes, b->capcodes);
    memset(bc, 0, sizeof *bc);
    snprintf(bc->code, sizeof bc->code, "%s", code);
    bc->from = from;
    bc->to = to;
    bc->file = file;
    bc->line = ln;
    for (size_t i = 0; i < b->n; i++) {
        size_t ei = actordict_add(d, b->names[i], strlen(b->names[i]), code, from, to, kind, file, ln);
        actordict_mark_stem(d, b, ei, b->names[i]);
        if (b->no_plural) continue;
        char *pl = NULL;
        if (kind == ACT_AGENT) {
            /* PETRARCH and TABARI make regular plurals of agent nouns */
            pl = actordict_plural(b->names[i]);
        } else if (!b->petrarch && ei != (size_t)-1 && !d->e[ei].stem) {
            /* TABARI: and an S on an actor's last word ("Libyas") */
            size_t nl = strlen(b->names[i]);
            pl = xmalloc(nl + 2);
            memcpy(pl, b->names[i], nl);
            memcpy(pl + nl, "s", 2);
            if (nl && b->names[i][nl - 1] == 's') pl[0] = '\0';
        }
        if (pl && *pl) actordict_add(d, pl, strlen(pl), code, from, to, kind, file, ln);
        free(pl);
    }
    b->have_code = 1;
}

/* Every "[...]" code block from br on: "[EGY <911231] [UNO >920101]". */
static void actordict_tabari_codes(actordict_t *d, actordict_block_t *b,
                                   const char *file, uint32_t ln, const char *br, int kind)
{
    for (; br; br = strchr(br + 1, '[')) actordict_tabari_code(d, b, file, ln, br, kind);
}

/* TABARI's <NOUN> and <ADJECTIVE> sections: their tags, and one word a
 * line ("GOATS", "FORCES_"; a word without '_' is a stem). Returns 1 when
 * the line belonged to them. */
static int actordict_tabari_lists(actordict_t *d, actordict_block_t *b, const char *s)
{
    static const char *const tags[] = {"</NOUN>", "</ADJECTIVE>", "<NOUN>", "<ADJECTIVE>"};
    for (int k = 0; k < 4; k++)
        if (!strncmp(s, tags[k], strlen(tags[k]))) {
            b->section = k < 2 ? 0 : k - 1;
            return 1;
        }
    if (!b->section) return 0;
    size_t n = strcspn(s, " \t");
    int stem = n && s[n - 1] != '_';
    while (n && s[n - 1] == '_') n--;
    if (!n || memchr(s, '_', n)) return 1;   /* one word only ("POLITICAL_SCIENTISTS" is not read) */
    char *w = xmalloc(n + 2);
    for (size_t i = 0; i < n; i++) w[i] = (char)tolower((unsigned char)s[i]);
    w[n] = stem ? ' ' : '\0';
    w[n + 1] = '\0';
    if (b->section == 1) *UTIL_PUSH(d->nouns, d->nnouns, d->capnouns) = w;
    else *UTIL_PUSH(d->adjs, d->nadjs, d->capadjs) = w;
    return 1;
}

void actordict_tabari_line(actordict_t *d, actordict_block_t *b,
                           const char *file, uint32_t ln, char *s, int kind)
{
    while (*s == ' ' || *s == '\t') s++;
    if (!*s) return;
    if (kind == ACT_ACTOR && !b->petrarch && actordict_tabari_lists(d, b, s)) return;
    if (agentname_define(&b->subs, s)) return;   /* "!PERSON! = MAN, MEN" */
    if (*s == '[') {
        actordict_tabari_codes(d, b, file, ln, s, kind);
        return;
    }
    if (*s == '+') {
        s++;
        char **names = NULL;
        size_t nn = 0, capn = 0;
        agentname_expand(&b->subs, s, strcspn(s, "["), &names, &nn, &capn, &b->no_plural);
        for (size_t i = 0; i < nn; i++) {
            actordict_block_synonym(d, b, actordict_tabari_phrase(names[i], strlen(names[i])), kind);
            free(names[i]);
        }
        free(names);
        const char *br = strchr(s, '[');
        actordict_tabari_codes(d, b, file, ln, br, kind);
        return;
    }
    /* a new entry */
    if (b->n && !b->have_code && kind == ACT_ACTOR) {
        /* an entry with synonyms but no code yet is still open */
    }
    actordict_block_reset(b);
    char **names = NULL;
    size_t nn = 0, capn = 0, nl = strcspn(s, "[");
    agentname_expand(&b->subs, s, nl, &names, &nn, &capn, &b->no_plural);
    while (nl && (s[nl - 1] == ' ' || s[nl - 1] == '\t')) nl--;
    if (nl && s[nl - 1] == '=') b->no_plural = 1;   /* "MOUSE=": no endings */
    for (size_t i = 0; i < nn; i++) {
        *UTIL_PUSH(b->names, b->n, b->cap) = actordict_tabari_phrase(names[i], strlen(names[i]));
        free(names[i]);
    }
    free(names);
    actordict_tabari_codes(d, b, file, ln, strchr(s, '['), kind);
}

void actordict_block_free(actordict_block_t *b)
{
    actordict_block_reset(b);
    agentname_free(&b->subs);
    free(b->names);
    free(b->codes);
    memset(b, 0, sizeof *b);
}

int actordict_load_discards(actordict_t *d, const char *path)
{
    char *text;
    size_t len;
    if (util_read_dict(path, &text, &len)) return -1;
    char *fname = xstrdup(path);
    *UTIL_PUSH(d->files, d->nfiles, d->capfiles) = fname;
    uint32_t ln = 0;
    for (char *line = text, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        ln++;
        line[strcspn(line, "#;[<")] = '\0';
        while (*line == ' ' || *line == '\t') line++;
        size_t n = strlen(line);
        while (n && isspace((unsigned char)line[n - 1])) line[--n] = '\0';
        if (!n) continue;
        int story = line[0] == '+';
        char *phrase = actordict_tabari_phrase(line + story, n - (size_t)story);
        if (actordict_add(d, phrase, strlen(phrase), story ? "STORY" : "SENT", 0, 0, ACT_ACTOR,
                          fname, ln) == (size_t)-1) {
            diag_error(fname, ln, "empty discard phrase");
            d->nerrors++;
        }
        free(phrase);
    }
    free(text);
    return 0;
}
