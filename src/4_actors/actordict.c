/* actordict.c -- loading actor and agent dictionaries into a phrase index. */
#include "actordict.h"

#include "4_actors/agentname.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "3_sentences/token.h"
#include "lib/diag.h"
#include "lib/util.h"

void actordict_init(actordict_t *d, vocab_t *v)
{
    memset(d, 0, sizeof *d);
    d->vocab = v;
    d->mslots = 1024;
    d->mhash = xcalloc(d->mslots, sizeof *d->mhash);
    d->mval = xcalloc(d->mslots, sizeof *d->mval);
    vocab_init(&d->stems);
}

void actordict_free(actordict_t *d)
{
    for (size_t i = 0; i < d->n; i++) {
        free(d->e[i].toks);
        free(d->e[i].phrase);
        free(d->e[i].codes);
    }
    free(d->e);
    for (size_t i = 0; i < d->nindex; i++) free(d->by_first[i]);
    free(d->by_first);
    free(d->nby);
    free(d->mhash);
    free(d->mval);
    for (size_t i = 0; i < d->nstem; i++) free(d->by_stem[i]);
    free(d->by_stem);
    free(d->nbystem);
    vocab_free(&d->stems);
    for (size_t i = 0; i < d->nfiles; i++) free(d->files[i]);
    free(d->files);
    memset(d, 0, sizeof *d);
}

/* The phrase map: hash of (kind, token ids) -> entry index + 1. */
static uint64_t actordict_key(const uint32_t *toks, uint32_t n, int kind)
{
    return XXH3_64bits_withSeed(toks, n * sizeof *toks, (uint64_t)kind + 1) | 1;
}

static size_t actordict_map_slot(const actordict_t *d, uint64_t h,
                                 const uint32_t *toks, uint32_t n, int kind)
{
    size_t mask = d->mslots - 1, i = (size_t)h & mask;
    while (d->mval[i]) {
        const actor_entry_t *e = &d->e[d->mval[i] - 1];
        if (d->mhash[i] == h && e->ntok == n && e->kind == kind &&
            memcmp(e->toks, toks, n * sizeof *toks) == 0)
            return i;
        i = (i + 1) & mask;
    }
    return i;
}

static void actordict_map_grow(actordict_t *d)
{
    size_t old = d->mslots;
    uint64_t *oh = d->mhash;
    uint32_t *ov = d->mval;
    d->mslots *= 2;
    d->mhash = xcalloc(d->mslots, sizeof *d->mhash);
    d->mval = xcalloc(d->mslots, sizeof *d->mval);
    for (size_t i = 0; i < old; i++) {
        if (!ov[i]) continue;
        size_t j = (size_t)oh[i] & (d->mslots - 1);
        while (d->mval[j]) j = (j + 1) & (d->mslots - 1);
        d->mhash[j] = oh[i];
        d->mval[j] = ov[i];
    }
    free(oh);
    free(ov);
}

size_t actordict_add(actordict_t *d, const char *phrase, size_t n,
                     const char *code, int32_t from, int32_t to, int kind,
                     const char *file, uint32_t line)
{
    tokens_t tk = {0};
    token_split(phrase, n, &tk, 64);
    token_assign_ids(&tk, d->vocab, 1);
    if (tk.n == 0) {
        token_free(&tk);
        return (size_t)-1;
    }
    uint32_t *ids = xmalloc(tk.n * sizeof *ids);
    sbuf_t folded = {0};
    for (size_t i = 0; i < tk.n; i++) {
        ids[i] = tk.t[i].id;
        if (i) sbuf_addc(&folded, ' ');
        sbuf_adds(&folded, token_folded(&tk, i));
    }
    uint32_t nt = (uint32_t)tk.n;
    token_free(&tk);
    uint64_t h = actordict_key(ids, nt, kind);
    size_t slot = actordict_map_slot(d, h, ids, nt, kind);
    size_t idx;
    if (d->mval[slot]) {
        idx = d->mval[slot] - 1;
        free(ids);
        sbuf_free(&folded);
    } else {
        actor_entry_t *e = UTIL_PUSH(d->e, d->n, d->cap);
        memset(e, 0, sizeof *e);
        e->toks = ids;
        e->ntok = nt;
        e->kind = (uint8_t)kind;
        e->phrase = folded.s;
        idx = d->n - 1;
        d->mhash[slot] = h;
        d->mval[slot] = (uint32_t)(idx + 1);
        if (d->n * 2 > d->mslots) actordict_map_grow(d);
    }
    actor_entry_t *e = &d->e[idx];
    for (size_t i = 0; i < e->ncodes; i++) {
        actor_code_t *c = &e->codes[i];
        if (strcmp(c->code, code) == 0 && c->from == from && c->to == to)
            return idx;   /* the same line twice: nothing new */
    }
    actor_code_t *c = UTIL_PUSH(e->codes, e->ncodes, e->capcodes);
    snprintf(c->code, sizeof c->code, "%s", code);
    c->from = from;
    c->to = to;
    c->file = file;
    c->line = line;
    size_t cl = strlen(code);
    if (from || to || (cl >= 6 && strcmp(code + cl - 3, "ELI") == 0)) e->person = 1;
    return idx;
}

/* ---- dates ---- */

static int32_t actordict_yymmdd(const char *s, size_t n)
{
    if (n != 6) return 0;
    for (size_t i = 0; i < 6; i++)
        if (!isdigit((unsigned char)s[i])) return 0;
    int yy = (s[0] - '0') * 10 + (s[1] - '0');
    int y = yy < 30 ? 2000 + yy : 1900 + yy;
    char buf[11];
    snprintf(buf, sizeof buf, "%04d-%c%c-%c%c", y, s[2], s[3], s[4], s[5]);
    return util_parse_date(buf, 10);
}

/* YYMMDD or YYYYMMDD as yyyymmdd, 0 when neither. */
static int32_t actordict_compact_date(const char *s, size_t n)
{
    if (n == 6) return actordict_yymmdd(s, 6);
    if (n != 8) return 0;
    char buf[11];
    snprintf(buf, sizeof buf, "%.4s-%.2s-%.2s", s, s + 4, s + 6);
    return util_parse_date(buf, 10);
}

int actordict_parse_range(const char *s, size_t n, int32_t *from, int32_t *to)
{
    *from = *to = 0;
    const char *dots = NULL;
    for (size_t i = 0; i + 1 < n; i++)
        if (s[i] == '.' && s[i + 1] == '.') { dots = s + i; break; }
    if (dots) {
        size_t a = (size_t)(dots - s), b = n - a - 2;
        if (a && !(*from = util_parse_date(s, a))) return -1;
        if (b && !(*to = util_parse_date(dots + 2, b))) return -1;
        if (a && a != 10) return -1;
        if (b && b != 10) return -1;
        return (*from && *to && *from > *to) ? -1 : 0;
    }
    /* TABARI / PETRARCH: <D, >D, D-D with D as YYMMDD or YYYYMMDD */
    if (n > 1 && (s[0] == '<' || s[0] == '>')) {
        int32_t d = actordict_compact_date(s + 1, n - 1);
        if (!d) return -1;
        if (s[0] == '<') *to = d;
        else *from = d;
        return 0;
    }
    const char *dash = memchr(s, '-', n);
    if (dash) {
        *from = actordict_compact_date(s, (size_t)(dash - s));
        *to = actordict_compact_date(dash + 1, n - (size_t)(dash - s) - 1);
        return (*from && *to && *from <= *to) ? 0 : -1;
    }
    return -1;
}

/* ---- annalist format: CODE [RANGE] : phrase; phrase ---- */

static int actordict_valid_code(const char *s, size_t n)
{
    if (n < 3 || n > 21) return 0;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)s[i]) && !isdigit((unsigned char)s[i])) return 0;
    return 1;
}

static void actordict_native_line(actordict_t *d, const char *file, uint32_t ln,
                                  char *s, int kind)
{
    char *colon = strchr(s, ':');
    if (!colon) {
        diag_error(file, ln, "expected 'CODE : phrase; phrase', found no ':'");
        d->nerrors++;
        return;
    }
    *colon = '\0';
    char *head = s, *tok[3], *strtok_save = NULL;
    int nt = 0;
    for (char *p = strtok_r(head, " \t", &strtok_save); p && nt < 3; p = strtok_r(NULL, " \t", &strtok_save)) tok[nt++] = p;
    int blocked = nt == 1 && !strcmp(tok[0], "---");   /* phrases that are not actors */
    if (nt < 1 || nt > 2 || (!blocked && !actordict_valid_code(tok[0], strlen(tok[0])))) {
        diag_error(file, ln, "bad code '%s': expected upper-case CAMEO code", nt ? tok[0] : "");
        d->nerrors++;
        return;
    }
    if (kind == ACT_AGENT && strlen(tok[0]) % 3 != 0) {
        diag_error(file, ln, "bad role code '%s'", tok[0]);
        d->nerrors++;
        return;
    }
    int32_t from = 0, to = 0;
    if (nt == 2 && actordict_parse_range(tok[1], strlen(tok[1]), &from, &to) != 0) {
        diag_error(file, ln, "bad date range '%s': expected YYYY-MM-DD..YYYY-MM-DD", tok[1]);
        d->nerrors++;
        return;
    }
    char *p = colon + 1;
    int added = 0;
    while (*p) {
        char *semi = strchr(p, ';');
        size_t len = semi ? (size_t)(semi - p) : strlen(p);
        while (len && isspace((unsigned char)*p)) p++, len--;
        while (len && isspace((unsigned char)p[len - 1])) len--;
        if (len) {
            size_t ei = actordict_add(d, p, len, tok[0], from, to, kind, file, ln);
            if (ei != (size_t)-1) {
                d->e[ei].native = 1;
                added++;
            }
        }
        if (!semi) break;
        p = semi + 1;
    }
    if (!added) {
        diag_error(file, ln, "no phrase after ':'");
        d->nerrors++;
    }
}

/* ---- TABARI / PETRARCH format ----
 * Actors:  NAME_WITH_UNDERSCORES [CODE] or NAME followed by lines
 *          "+SYNONYM" and "[CODE RANGE]" lines; comments after ';' or '#'.
 * Agents:  NAME [~GOV] (role after '~'); "!SYN! = A, B" substitution sets. */

typedef struct {
    char **names;
    size_t n, cap;
    int have_code;
    int no_plural;           /* PETRARCH "{...}" or a substitution: no -s forms */
    int petrarch;            /* a PETRARCH file: names are whole words, never stems */
    agentname_subs_t subs;   /* the file's "!NAME! = A, B" sets */
    actor_code_t *codes;     /* the entry's codes so far, for later synonyms */
    size_t ncodes, capcodes;
} actordict_block_t;

static void actordict_block_reset(actordict_block_t *b)
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
static char *actordict_tabari_phrase(const char *s, size_t n)
{
    if (n && s[n - 1] == '=') n--;   /* TABARI "MOUSE=": the name exactly */
    int stem = n && s[n - 1] != '_' && s[n] != '=' && !memchr(s, ' ', n) && !memchr(s, '_', n);
    while (n && s[n - 1] == '_') n--;   /* "POLICE_": whole, so no stem mark */
    /* words joined by spaces only (no '_'): a leading space marks the gap */
    int gap = memchr(s, ' ', n) && !memchr(s, '_', n);
    char *p = xmalloc(n + 3), *q = p + gap;
    p[0] = ' ';
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_') q[i] = ' ';
        else q[i] = (char)tolower((unsigned char)s[i]);
    }
    q[n] = stem ? ' ' : '\0';   /* a trailing space marks a stem (see actordict_mark_stem) */
    q[n + 1] = '\0';
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
        slash = strchr(code, '/');   /* "[ELR/GAL]": TABARI takes the first actor */
        if (slash) *slash = '\0';
        size_t cl = strlen(code);
        if (cl > 1 && code[cl - 1] == '~') code[cl - 1] = '\0', prefix = kind == ACT_AGENT;
    }
    if (code && (!strcmp(code, "+++") || !strcmp(code, "###") || !strcmp(code, "---")) &&
        range) {
        /* "[### <890101] [ENT]": no actor in that period */
        int32_t from = 0, to = 0;
        if (actordict_parse_range(range, strlen(range), &from, &to) == 0)
            for (size_t i = 0; i < b->n; i++) {
                size_t ei = actordict_add(d, b->names[i], strlen(b->names[i]), "---", from, to,
                                          kind, file, ln);
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
    if (slash && b->petrarch && kind == ACT_ACTOR && strlen(code) + strlen(slash + 1) < 23) {
        /* PETRARCH: "[FRO/BIL/SAM]" names several actors at once */
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
        if (kind == ACT_AGENT && !b->no_plural) {
            /* PETRARCH and TABARI make regular plurals of agent nouns */
            char *pl = actordict_plural(b->names[i]);
            if (pl) actordict_add(d, pl, strlen(pl), code, from, to, kind, file, ln);
            free(pl);
        }
    }
    b->have_code = 1;
}

/* Every "[...]" code block from br on: "[EGY <911231] [UNO >920101]". */
static void actordict_tabari_codes(actordict_t *d, actordict_block_t *b,
                                   const char *file, uint32_t ln, const char *br, int kind)
{
    for (; br; br = strchr(br + 1, '[')) actordict_tabari_code(d, b, file, ln, br, kind);
}

static void actordict_tabari_line(actordict_t *d, actordict_block_t *b,
                                  const char *file, uint32_t ln, char *s, int kind)
{
    while (*s == ' ' || *s == '\t') s++;
    if (!*s) return;
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
    size_t nn = 0, capn = 0;
    agentname_expand(&b->subs, s, strcspn(s, "["), &names, &nn, &capn, &b->no_plural);
    for (size_t i = 0; i < nn; i++) {
        *UTIL_PUSH(b->names, b->n, b->cap) = actordict_tabari_phrase(names[i], strlen(names[i]));
        free(names[i]);
    }
    free(names);
    actordict_tabari_codes(d, b, file, ln, strchr(s, '['), kind);
}

int actordict_load(actordict_t *d, const char *path, int kind)
{
    char *text;
    size_t len;
    int err = util_read_file(path, &text, &len);
    if (err) {
        diag_error(path, 0, "cannot read dictionary: %s", strerror(err));
        return -1;
    }
    char *fname = xstrdup(path);
    *UTIL_PUSH(d->files, d->nfiles, d->capfiles) = fname;
    /* Detect the format: annalist lines have "CODE ... :" before any '['. */
    int native = -1;
    actordict_block_t blk = {0};
    /* PETRARCH matched whole words: its files say so in their header */
    size_t head = len < 2000 ? len : 2000;
    blk.petrarch = memmem(text, head, "PETRARCH", 8) != NULL;
    /* PETRARCH codes an agent with no actor as "---" + its code ("---GOV") */
    if (blk.petrarch && kind == ACT_AGENT) d->convert_agents = ACT_CONVERT_PETRARCH;
    if (blk.petrarch) d->petrarch = 1;
    uint32_t ln = 0;
    char *p = text;
    while (p && p < text + len) {
        char *nl = memchr(p, '\n', (size_t)(text + len - p));
        if (nl) *nl = '\0';
        ln++;
        char *line = p;
        p = nl ? nl + 1 : NULL;
        if (strlen(line) != (size_t)((nl ? nl : text + len) - line)) {
            diag_error(fname, ln, "NUL byte in dictionary line");
            d->nerrors++;
            continue;
        }
        util_cut_hash_comment(line);
        char *t = line;
        while (*t == ' ' || *t == '\t' || *t == '\r') t++;
        size_t tl = strlen(t);
        while (tl && isspace((unsigned char)t[tl - 1])) t[--tl] = '\0';
        if (!tl) continue;
        if (native < 0) {
            size_t head = strcspn(t, ":[");
            native = (t[head] == ':' && isupper((unsigned char)t[0]) && t[0] != '+' );
        }
        if (native) {
            actordict_native_line(d, fname, ln, t, kind);
        } else {
            char *semi = strchr(t, ';');
            if (semi) *semi = '\0';
            actordict_tabari_line(d, &blk, fname, ln, t, kind);
        }
    }
    actordict_block_reset(&blk);
    agentname_free(&blk.subs);
    free(blk.names);
    free(blk.codes);
    free(text);
    return 0;
}

int actordict_load_discards(actordict_t *d, const char *path)
{
    char *text;
    size_t len;
    int err = util_read_file(path, &text, &len);
    if (err) {
        diag_error(path, 0, "cannot read dictionary: %s", strerror(err));
        return -1;
    }
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

static int actordict_cmp_len(const void *a, const void *b, void *ctx)
{
    const actordict_t *d = ctx;
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    if (d->e[x].ntok != d->e[y].ntok) return d->e[x].ntok > d->e[y].ntok ? -1 : 1;
    return x < y ? -1 : x > y;
}

/* qsort_r is a GNU extension; a small insertion sort keeps us portable and
 * lists are short. */
static void actordict_sort(uint32_t *v, uint32_t n, const actordict_t *d)
{
    for (uint32_t i = 1; i < n; i++) {
        uint32_t x = v[i];
        uint32_t j = i;
        while (j > 0 && actordict_cmp_len(&v[j - 1], &x, (void *)d) > 0) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
}

void actordict_finish(actordict_t *d)
{
    for (size_t i = 0; i < d->n; i++) {
        if (!d->e[i].stem) continue;
        const char *w = d->e[i].phrase;
        uint32_t sid = vocab_add(&d->stems, w, strlen(w));
        if (sid >= d->nstem) {
            size_t nn = d->stems.nwords + 16;
            d->by_stem = xrealloc(d->by_stem, nn * sizeof *d->by_stem);
            d->nbystem = xrealloc(d->nbystem, nn * sizeof *d->nbystem);
            for (size_t k = d->nstem; k < nn; k++) d->by_stem[k] = NULL, d->nbystem[k] = 0;
            d->nstem = nn;
        }
        d->by_stem[sid] = xrealloc(d->by_stem[sid], (d->nbystem[sid] + 1) * sizeof(uint32_t));
        d->by_stem[sid][d->nbystem[sid]++] = (uint32_t)i;
    }
    for (size_t i = 0; i < d->nindex; i++) free(d->by_first[i]);
    free(d->by_first);
    free(d->nby);
    d->nindex = d->vocab->nwords;
    d->by_first = xcalloc(d->nindex, sizeof *d->by_first);
    d->nby = xcalloc(d->nindex, sizeof *d->nby);
    for (size_t i = 0; i < d->n; i++) d->nby[d->e[i].toks[0]]++;
    uint32_t *fill = xcalloc(d->nindex, sizeof *fill);
    for (size_t i = 0; i < d->nindex; i++)
        if (d->nby[i]) d->by_first[i] = xmalloc(d->nby[i] * sizeof(uint32_t));
    for (size_t i = 0; i < d->n; i++) {
        uint32_t f = d->e[i].toks[0];
        d->by_first[f][fill[f]++] = (uint32_t)i;
    }
    free(fill);
    for (size_t i = 0; i < d->nindex; i++)
        if (d->nby[i] > 1) actordict_sort(d->by_first[i], d->nby[i], d);
}

const actor_entry_t *actordict_stem_match(const actordict_t *d, const char *w, size_t n)
{
    if (d->stems.nwords <= 1) return NULL;
    for (size_t l = n; l >= 4; l--) {
        uint32_t sid = vocab_find(&d->stems, w, l);
        if (sid && sid < d->nstem && d->nbystem[sid]) return &d->e[d->by_stem[sid][0]];
    }
    return NULL;
}

const uint32_t *actordict_candidates(const actordict_t *d, uint32_t id, uint32_t *n)
{
    if (id == 0 || id >= d->nindex) {
        *n = 0;
        return NULL;
    }
    *n = d->nby[id];
    return d->by_first[id];
}

const actor_code_t *actordict_code_on(const actor_entry_t *e, int32_t date)
{
    const actor_code_t *undated = NULL, *best = NULL;
    int64_t bestdist = INT64_MAX;
    for (size_t i = 0; i < e->ncodes; i++) {
        const actor_code_t *c = &e->codes[i];
        if (!c->from && !c->to) {
            if (!undated) undated = c;
            continue;
        }
        if (date && (!c->from || c->from <= date) && (!c->to || date <= c->to))
            return strcmp(c->code, "---") ? c : NULL;   /* a dated null code */
        if (!strcmp(c->code, "---")) continue;
        int64_t dist;
        if (!date) dist = -(int64_t)(c->to ? c->to : 99991231);   /* latest */
        else if (c->to && c->to < date) dist = date - c->to;
        else dist = (int64_t)c->from - date;
        if (dist < bestdist) bestdist = dist, best = c;
    }
    if (!date && best) return best;
    return undated ? undated : best;
}
