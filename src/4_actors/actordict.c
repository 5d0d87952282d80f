/* actordict.c -- loading actor and agent dictionaries into a phrase index. */
#include "actordict.h"

#include "4_actors/actortabari.h"
#include "4_actors/agentname.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "3_sentences/token.h"
#include "3_sentences/words.h"
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

/* A phrase added, as written (actordict_add): its bytes and kind, their
 * hash, and its entry. A phrase is written again and again (a person under
 * each office's dates, a name in two files): a third of the bundled files'
 * 18,500 phrases; it is tokenized once. */
struct actordict_written {
    const char *text;   /* in d->writtenmem */
    uint32_t len, hash, kind, entry;   /* entry: its index + 1; 0: an empty slot */
};

/* Frees the phrases added as written (the end of loading). */
static void actordict_written_free(actordict_t *d)
{
    free(d->written);
    util_arena_free(&d->writtenmem);
    d->written = NULL;
    d->nwritten = d->writtenslots = 0;
}

/* The slot of phrase (n bytes, kind, hash h) among those added: the one
 * holding it, else the empty one where it goes. The table is made or
 * doubled first when it would pass half full. */
static size_t actordict_written_slot(actordict_t *d, const char *phrase, size_t n, int kind,
                                     uint32_t h)
{
    if (2 * (d->nwritten + 1) > d->writtenslots) {
        size_t old = d->writtenslots;
        struct actordict_written *o = d->written;
        d->writtenslots = old ? 2 * old : 4096;
        d->written = xcalloc(d->writtenslots, sizeof *d->written);
        for (size_t k = 0; k < old; k++) {
            if (!o[k].entry) continue;
            size_t i = o[k].hash & (d->writtenslots - 1);
            while (d->written[i].entry) i = (i + 1) & (d->writtenslots - 1);
            d->written[i] = o[k];
        }
        free(o);
    }
    size_t mask = d->writtenslots - 1, i = h & mask;
    for (; d->written[i].entry; i = (i + 1) & mask) {
        const struct actordict_written *w = &d->written[i];
        if (w->hash == h && w->len == n && w->kind == (uint32_t)kind && !memcmp(w->text, phrase, n))
            break;
    }
    return i;
}

void actordict_free(actordict_t *d)
{
    actordict_written_free(d);
    util_arena_free(&d->mem);   /* the entries' toks, phrase and codes */
    token_free(&d->scratch);
    free(d->e);
    free(d->repeats);
    free(d->first_off);
    free(d->cand);
    free(d->starts);
    free(d->pairs);
    free(d->pcand);
    free(d->mhash);
    free(d->mval);
    for (size_t i = 0; i < d->nstem; i++) free(d->by_stem[i]);
    free(d->by_stem);
    free(d->nbystem);
    vocab_free(&d->stems);
    for (size_t i = 0; i < d->nfiles; i++) free(d->files[i]);
    free(d->files);
    for (size_t i = 0; i < d->nnouns; i++) free(d->nouns[i]);
    free(d->nouns);
    for (size_t i = 0; i < d->nadjs; i++) free(d->adjs[i]);
    free(d->adjs);
    memset(d, 0, sizeof *d);
}

/* The phrase map: hash of (kind, spaced, token ids) -> entry index + 1.
 * TABARI's AL_GORE and AL GORE are two entries. */
static uint64_t actordict_key(const uint32_t *toks, uint32_t n, int kind, int spaced)
{
    return XXH3_64bits_withSeed(toks, n * sizeof *toks, (uint64_t)(kind + 2 * spaced) + 1) | 1;
}

static size_t actordict_map_slot(const actordict_t *d, uint64_t h,
                                 const uint32_t *toks, uint32_t n, int kind, int spaced)
{
    size_t mask = d->mslots - 1, i = (size_t)h & mask;
    while (d->mval[i]) {
        const actor_entry_t *e = &d->e[d->mval[i] - 1];
        if (d->mhash[i] == h && e->ntok == n && e->kind == kind && e->spaced == spaced &&
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

static size_t actordict_add_code(actordict_t *d, size_t idx, const char *code, int32_t from,
                                 int32_t to, const char *file, uint32_t line);

size_t actordict_add(actordict_t *d, const char *phrase, size_t n,
                     const char *code, int32_t from, int32_t to, int kind,
                     const char *file, uint32_t line)
{
    /* written before: the same tokens, the same entry */
    uint32_t wh = vocab_hash(phrase, n);
    size_t ws = actordict_written_slot(d, phrase, n, kind, wh);
    if (d->written[ws].entry) return actordict_add_code(d, d->written[ws].entry - 1, code, from, to, file, line);
    tokens_t *tk = &d->scratch;   /* its memory is kept from one phrase to the next */
    token_split(phrase, n, tk, 64);
    if (tk->n == 0) return (size_t)-1;
    token_assign_ids(tk, d->vocab, 1);
    uint32_t nt = (uint32_t)tk->n, buf[64];   /* a word and its "'s" may pass 64 */
    uint32_t *ids = nt <= 64 ? buf : xmalloc(nt * sizeof *ids);
    for (size_t i = 0; i < nt; i++) ids[i] = tk->t[i].id;
    int spaced = 0;   /* two spaces in a row: see actordict_tabari_phrase */
    /* from one space to the next (memmem: 150 instructions a phrase) */
    for (const char *q = memchr(phrase, ' ', n); q && !spaced;
         q = memchr(q + 1, ' ', (size_t)(phrase + n - q - 1)))
        spaced = q + 1 < phrase + n && q[1] == ' ';
    uint64_t h = actordict_key(ids, nt, kind, spaced);
    size_t slot = actordict_map_slot(d, h, ids, nt, kind, spaced);
    size_t idx;
    if (d->mval[slot]) {
        idx = d->mval[slot] - 1;
    } else {
        actor_entry_t *e = UTIL_PUSH(d->e, d->n, d->cap);
        memset(e, 0, sizeof *e);
        e->toks = util_arena_alloc(&d->mem, nt * sizeof *e->toks);
        memcpy(e->toks, ids, nt * sizeof *e->toks);
        e->ntok = nt;
        e->kind = (uint8_t)kind;
        e->spaced = (uint8_t)spaced;
        /* the folded tokens joined by ' ': each is followed by its NUL in
         * tk->fold, which becomes the space */
        size_t pl = 0;
        for (size_t i = 0; i < nt; i++) pl += tk->t[i].flen + 1;
        char *ph = util_arena_alloc(&d->mem, pl);
        for (size_t i = 0, at = 0; i < nt; i++) {
            memcpy(ph + at, token_folded(tk, i), tk->t[i].flen);
            at += tk->t[i].flen;
            ph[at++] = i + 1 < nt ? ' ' : '\0';
        }
        e->phrase = ph;
        idx = d->n - 1;
        d->mhash[slot] = h;
        d->mval[slot] = (uint32_t)(idx + 1);
        if (d->n * 2 > d->mslots) actordict_map_grow(d);
    }
    if (ids != buf) free(ids);
    d->written[ws] = (struct actordict_written){util_arena_strndup(&d->writtenmem, phrase, n),
                                                (uint32_t)n, wh, (uint32_t)kind, (uint32_t)idx + 1};
    d->nwritten++;
    return actordict_add_code(d, idx, code, from, to, file, line);
}

/* actordict_add's second half: code (from, to, file:line) given to entry
 * idx, unless it has it. Returns idx. */
static size_t actordict_add_code(actordict_t *d, size_t idx, const char *code, int32_t from,
                                 int32_t to, const char *file, uint32_t line)
{
    actor_entry_t *e = &d->e[idx];
    for (size_t i = 0; i < e->ncodes; i++) {
        actor_code_t *c = &e->codes[i];
        if (strcmp(c->code, code) == 0 && c->from == from && c->to == to) {
            /* the same entry twice: nothing new (one line may spell a
             * phrase twice, "U.S." and "US": not a repeat) */
            if (c->file != file || c->line != line)
                *UTIL_PUSH(d->repeats, d->nrepeats, d->caprepeats) = (actor_repeat_t){idx, i, file, line};
            return idx;
        }
    }
    if (e->ncodes == e->capcodes) {   /* most entries have one code: room for one, then doubled */
        size_t cap = e->capcodes ? 2 * e->capcodes : 1;
        actor_code_t *codes = util_arena_alloc(&d->mem, cap * sizeof *codes);
        if (e->ncodes) memcpy(codes, e->codes, e->ncodes * sizeof *codes);
        e->codes = codes;
        e->capcodes = cap;
    }
    actor_code_t *c = &e->codes[e->ncodes++];
    util_copy(c->code, sizeof c->code, code, SIZE_MAX);
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

int actordict_valid_code(const char *s, size_t n)
{
    if (n < 3 || n > 21) return 0;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)s[i]) && !isdigit((unsigned char)s[i])) return 0;
    return 1;
}

/* "Pakistan-based militants", "a British-flagged tanker", "the Saudi-led
 * coalition": a one-word name of a country (a plain three-letter code)
 * joined by a hyphen to based, flagged, registered, owned or led is that
 * country too, as one token; "Iran-backed Houthis" is not Iran (backed,
 * funded, allied are left out). Adds those phrases with the same code. */
static void actordict_add_compounds(actordict_t *d, const char *phrase, size_t n,
                                    const char *code, int32_t from, int32_t to, int kind,
                                    const char *file, uint32_t ln)
{
    static const char *const suffix[] = {"based", "flagged", "registered", "owned", "led"};
    if (kind != ACT_ACTOR || strlen(code) != 3 || n > 40 || memchr(phrase, ' ', n) ||
        memchr(phrase, '-', n) || memchr(phrase, '.', n))
        return;
    for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++) {
        char buf[64];   /* phrase "-" suffix: n <= 40, suffixes of at most 10 bytes */
        size_t sl = strlen(suffix[i]);
        memcpy(buf, phrase, n);
        buf[n] = '-';
        memcpy(buf + n + 1, suffix[i], sl + 1);
        size_t before = d->n;
        size_t ei = actordict_add(d, buf, n + 1 + sl, code, from, to, kind, file, ln);
        if (ei != (size_t)-1 && d->n > before) d->e[ei].native = d->e[ei].derived = 1;
    }
}

/* A country's line ("CHN : china; ...; chinese", "RUS : russia; ...;
 * russian; russians"): marks its one-word phrases after the first (the
 * country's name) that name its people, entries e[0..n): a word whose
 * plural the line also lists ("russian"), that plural ("russians"), or a
 * word with an adjective's ending no country's name has ("chinese",
 * "turkish", "french", "swiss"). "Chinese exports" is no verb (verb.c),
 * "Iranians protested" no state's protest (event_add.c). */
static void actordict_mark_demonyms(actordict_t *d, const size_t *e, size_t n)
{
    static const char *const ends[] = {"ese", "ish", "ch", "ss"};
    for (size_t i = 1; i < n; i++) {
        actor_entry_t *a = &d->e[e[i]];
        size_t al = strlen(a->phrase);
        if (a->ntok != 1 || al < 4 || e[i] == e[0]) continue;
        for (size_t j = 1; j < n && !a->demonym; j++) {
            const char *b = d->e[e[j]].phrase;
            size_t bl = strlen(b);
            if (bl == al + 1 && b[al] == 's' && !strncmp(a->phrase, b, al)) a->demonym = ACTORDICT_DEMONYM;
            if (al == bl + 1 && a->phrase[bl] == 's' && !strncmp(a->phrase, b, bl))
                a->demonym = ACTORDICT_PEOPLE;
        }
        for (size_t k = 0; k < sizeof ends / sizeof *ends && !a->demonym; k++) {
            size_t kl = strlen(ends[k]);
            if (!strcmp(a->phrase + al - kl, ends[k])) a->demonym = ACTORDICT_DEMONYM;
        }
    }
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
    /* "---": phrases that are not actors (in a range: no actor then);
     * "[###]": TABARI's discard actor (the sentence gives no event) */
    int blocked = nt >= 1 && (!strcmp(tok[0], "---") || (!strcmp(tok[0], "[###]") && kind == ACT_ACTOR));
    if (blocked && tok[0][0] == '[') tok[0] = "###";
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
    /* a country's phrases, for actordict_mark_demonyms */
    int country = kind == ACT_ACTOR && strlen(tok[0]) == 3 && !blocked;
    size_t line_e[128], nline = 0;
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
                if (country && nline < sizeof line_e / sizeof *line_e) line_e[nline++] = ei;
                actordict_add_compounds(d, p, len, tok[0], from, to, kind, file, ln);
            }
        }
        if (!semi) break;
        p = semi + 1;
    }
    if (nline > 1) actordict_mark_demonyms(d, line_e, nline);
    if (!added) {
        diag_error(file, ln, "no phrase after ':'");
        d->nerrors++;
    }
}

int actordict_load(actordict_t *d, const char *path, int kind)
{
    char *text;
    size_t len;
    if (util_read_dict(path, &text, &len)) return -1;
    char *fname = xstrdup(path);
    *UTIL_PUSH(d->files, d->nfiles, d->capfiles) = fname;
    /* Detect the format: annalist lines have "CODE ... :" before any '['. */
    int native = -1;
    actordict_block_t blk = {0};
    /* PETRARCH matched whole words: its files say so in their header. The
     * bundled dict/igos.actors says so on purpose (see its header). */
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
            /* a converted file may start with "--- ..." or "[###] ..." */
            size_t skip = strncmp(t, "[###]", 5) ? 0 : 5, head = skip + strcspn(t + skip, ":[");
            native = t[head] == ':' && (isupper((unsigned char)t[0]) || skip || !strncmp(t, "---", 3));
        }
        if (native) {
            actordict_native_line(d, fname, ln, t, kind);
        } else {
            char *semi = strchr(t, ';');
            if (semi) *semi = '\0';
            actordict_tabari_line(d, &blk, fname, ln, t, kind);
        }
    }
    if (native == 0 && !blk.petrarch && kind == ACT_ACTOR) d->tabari = 1;
    actordict_block_free(&blk);
    free(text);
    return 0;
}

/* Is token i a word of list (TABARI: exact, with an S, or a stem's prefix)? */
static int actordict_in_list(char *const *list, size_t n, const tokens_t *tk, size_t i)
{
    if (i >= tk->n || !(tk->t[i].flags & TOK_WORD)) return 0;
    const char *w = token_folded(tk, i);
    size_t wl = tk->t[i].flen;
    for (size_t k = 0; k < n; k++) {
        size_t l = strlen(list[k]);
        int stem = l && list[k][l - 1] == ' ';
        if (stem) l--;
        if (wl < l || strncmp(w, list[k], l)) continue;
        if (wl == l || stem || (wl == l + 1 && w[l] == 's')) return 1;
    }
    return 0;
}

void actordict_mark_compounds(const actordict_t *d, tokens_t *tk)
{
    if (!d->nnouns && !d->nadjs) return;
    static const char *const conj[] = {"and", "but", "or", "nor", NULL};
    for (size_t i = 1; i + 1 < tk->n; i++) {
        if (!words_in(token_folded(tk, i), conj)) continue;
        size_t j = i + 1;
        if (actordict_in_list(d->adjs, d->nadjs, tk, i - 1) &&
            actordict_in_list(d->adjs, d->nadjs, tk, j)) {
            tk->t[i].flags |= TOK_NOCLAUSE;   /* "awful and evil" */
            continue;
        }
        if (!actordict_in_list(d->nouns, d->nnouns, tk, i - 1)) continue;
        while (actordict_in_list(d->adjs, d->nadjs, tk, j)) j++;
        if (actordict_in_list(d->nouns, d->nnouns, tk, j))
            tk->t[i].flags |= TOK_NOCLAUSE;   /* "sheep and evil awful goats" */
    }
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

/* Is e an actor of annalist's files with no undated code (ACTORDICT_DATED)? */
static int actordict_dated_only(const actor_entry_t *e)
{
    if (!e->native || e->kind != ACT_ACTOR || !e->ncodes) return 0;
    for (size_t i = 0; i < e->ncodes; i++)
        if (!e->codes[i].from && !e->codes[i].to) return 0;
    return 1;
}

void actordict_finish(actordict_t *d)
{
    actordict_finish_at(d, d->vocab->nwords);
}

/* Adds (first, second) -> pcand[off .. off + n) to d->pairs. */
static void actordict_pair_put(actordict_t *d, uint32_t first, uint32_t second, uint32_t off,
                               uint32_t n)
{
    struct actordict_pair *p = (struct actordict_pair *)actordict_pair_slot(d, first, second);
    p->first = first, p->second = second, p->off = off, p->n = n;
}

/* Builds d->pairs and d->pcand from d->cand: for each first word of more
 * than ACTORDICT_FEW candidates, one list for each second word they need
 * (with those of any second word among them, in order) and one of those
 * of any second word only. */
static void actordict_index_pairs(actordict_t *d)
{
    free(d->pairs);
    free(d->pcand);
    d->pairs = NULL, d->pcand = NULL, d->pairmask = 0;
    /* the first words of many: their lists, at most one for each
     * candidate's second word and one of any */
    uint32_t *many = NULL;
    size_t nmany = 0, capmany = 0, nkeys = 0;
    for (size_t id = 0; id < d->nindex; id++) {
        uint32_t n = d->first_off[id + 1] - d->first_off[id];
        if (n > ACTORDICT_FEW) *UTIL_PUSH(many, nmany, capmany) = (uint32_t)id, nkeys += n + 1;
    }
    if (!nkeys) return;
    size_t slots = 16, ncand = 0, cap = 0;
    while (slots < 2 * nkeys) slots *= 2;
    d->pairs = xcalloc(slots, sizeof *d->pairs);
    d->pairmask = slots - 1;
    for (size_t m = 0; m < nmany; m++) {
        uint32_t id = many[m], b = d->first_off[id], e = d->first_off[id + 1];
        uint32_t start = (uint32_t)ncand;
        for (uint32_t k = b; k < e; k++)
            if (d->cand[k].second == ACTORDICT_ANY) *UTIL_PUSH(d->pcand, ncand, cap) = d->cand[k];
        actordict_pair_put(d, id, ACTORDICT_ANY, start, (uint32_t)ncand - start);
        for (uint32_t k = b; k < e; k++) {
            uint32_t s = d->cand[k].second, j = b;
            while (j < k && d->cand[j].second != s) j++;
            if (s == ACTORDICT_ANY || j < k) continue;   /* its list is made */
            start = (uint32_t)ncand;
            for (j = b; j < e; j++)
                if (d->cand[j].second == s || d->cand[j].second == ACTORDICT_ANY)
                    *UTIL_PUSH(d->pcand, ncand, cap) = d->cand[j];
            actordict_pair_put(d, id, s, start, (uint32_t)ncand - start);
        }
    }
    free(many);
}

void actordict_finish_at(actordict_t *d, size_t nindex)
{
    actordict_written_free(d);
    for (size_t i = 0; i < d->n; i++) {
        d->e[i].discard = 0;
        for (size_t c = 0; c < d->e[i].ncodes; c++)
            if (d->e[i].codes[c].code[0] == '#' && !strcmp(d->e[i].codes[c].code, "###"))
                d->e[i].discard = 1;
    }
    for (size_t i = 0; i < d->n; i++) {
        if (!d->e[i].stem) continue;
        const char *w = d->e[i].phrase;
        uint32_t sid = vocab_add(&d->stems, w, strlen(w));
        util_lists_push(&d->by_stem, &d->nbystem, &d->nstem, sid, d->stems.nwords + 16, (uint32_t)i);
    }
    /* the candidates of each first word in one array, by a counting sort */
    free(d->first_off);
    free(d->cand);
    free(d->starts);
    d->nindex = nindex;
    d->first_off = xcalloc(d->nindex + 1, sizeof *d->first_off);
    for (size_t i = 0; i < d->n; i++) d->first_off[d->e[i].toks[0] + 1]++;
    for (size_t i = 0; i < d->nindex; i++) d->first_off[i + 1] += d->first_off[i];
    d->starts = xcalloc((d->nindex + 63) / 64 + 1, sizeof *d->starts);
    for (size_t i = 0; i < d->nindex; i++)
        if (d->first_off[i + 1] > d->first_off[i]) d->starts[i >> 6] |= 1ull << (i & 63);
    uint32_t *order = xmalloc((d->n + 1) * sizeof *order);
    uint32_t *fill = xmalloc((d->nindex + 1) * sizeof *fill);
    memcpy(fill, d->first_off, (d->nindex + 1) * sizeof *fill);
    for (size_t i = 0; i < d->n; i++) order[fill[d->e[i].toks[0]]++] = (uint32_t)i;
    free(fill);
    for (size_t i = 0; i < d->nindex; i++)
        if (d->first_off[i + 1] - d->first_off[i] > 1)
            actordict_sort(order + d->first_off[i], d->first_off[i + 1] - d->first_off[i], d);
    d->cand = xcalloc(d->n + 1, sizeof *d->cand);
    for (size_t k = 0; k < d->n; k++) {
        const actor_entry_t *e = &d->e[order[k]];
        actordict_cand_t *c = &d->cand[k];
        int next = e->ntok >= 2 && !e->gap && !(e->gapmask & 2);
        c->entry = order[k];
        c->second = next ? e->toks[1] : ACTORDICT_ANY;
        c->ntok = e->ntok < UINT16_MAX ? (uint16_t)e->ntok : UINT16_MAX;
        c->kind = e->kind;
        int plain = e->ntok <= 3 && !e->gap && !(e->gapmask & ~1u);
        c->flags = (plain ? ACTORDICT_PLAIN : 0) | (actordict_null_entry(e) ? ACTORDICT_NULL : 0) |
                   (actordict_dated_only(e) ? ACTORDICT_DATED : 0);
        c->third = plain && e->ntok == 3 ? e->toks[2] : 0;
    }
    free(order);
    actordict_index_pairs(d);
}

const actor_entry_t *actordict_stem_match_slow(const actordict_t *d, const char *w, size_t n)
{
    for (size_t l = n; l >= 4; l--) {
        uint32_t sid = vocab_find(&d->stems, w, l);
        if (sid && sid < d->nstem && d->nbystem[sid]) return &d->e[d->by_stem[sid][0]];
    }
    return NULL;
}

/* Is code the null code "---"? (strcmp without the call: asked at every
 * dated code of a person looked up) */
static int actordict_is_null_code(const char *code)
{
    return code[0] == '-' && code[1] == '-' && code[2] == '-' && !code[3];
}

const actor_code_t *actordict_code_on_dated(const actor_entry_t *e, int32_t date)
{
    const actor_code_t *undated = NULL, *latest = NULL;
    int32_t latest_to = 0;
    for (size_t i = 0; i < e->ncodes; i++) {
        const actor_code_t *c = &e->codes[i];
        if (!c->from && !c->to) {
            if (!undated) undated = c;
            continue;
        }
        if (date && (!c->from || c->from <= date) && (!c->to || date <= c->to))
            return actordict_is_null_code(c->code) ? NULL : c;   /* a dated null code */
        int32_t to = c->to ? c->to : 99991231;
        if (!date && !actordict_is_null_code(c->code) && to > latest_to) latest_to = to, latest = c;
    }
    /* a story of known date: the undated code, else none, as
     * docs/dictionaries.md and TABARI's manual say ("if none of the
     * restrictions are satisfied and there is no default code, the null
     * code is assigned"): "Guterres" in 2006 is not the UN's (its one line
     * is dated from 2017). Of unknown date: the range that ends last. */
    return latest ? latest : undated;
}
