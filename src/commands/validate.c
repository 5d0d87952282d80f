/* validate.c -- running TABARI and PETRARCH validation suites. */
#include "validate.h"

#include <ctype.h>
#include <getopt.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lib/diag.h"
#include "lib/util.h"
#include "pipeline.h"

typedef struct {
    char *id, *category, *text;
    int32_t date;
    char **want;          /* "SRC/TGT/CODE" */
    size_t nwant, capwant;
    int skip;             /* an OPTION record or a header: not counted */
    int partial;          /* "-{": the events listed must be coded, others may be */
    char *options;        /* TABARI "{ OPTION: ... }" commands, one a line, or NULL */
    int bad_date;         /* TABARI: a header whose date does not read; skipped */
} vrecord_t;

typedef struct {
    vrecord_t *r;
    size_t n, cap;
    char *verbs, *actors, *agents, *discards;   /* dictionary paths */
    char *options;                              /* TABARI .options file, or NULL */
} vsuite_t;

static void validate_free(vsuite_t *s)
{
    for (size_t i = 0; i < s->n; i++) {
        free(s->r[i].id);
        free(s->r[i].category);
        free(s->r[i].text);
        free(s->r[i].options);
        for (size_t k = 0; k < s->r[i].nwant; k++) free(s->r[i].want[k]);
        free(s->r[i].want);
    }
    free(s->r);
    free(s->verbs);
    free(s->actors);
    free(s->agents);
    free(s->discards);
    free(s->options);
}

/* dir of path + name: the suites name their files relative to themselves */
static char *validate_sibling(const char *path, const char *name)
{
    while (*name == ' ' || *name == '\t') name++;
    size_t n = strlen(name);
    while (n && isspace((unsigned char)name[n - 1])) n--;
    const char *slash = strrchr(path, '/');
    sbuf_t b = {0};
    if (slash && name[0] != '/') sbuf_add(&b, path, (size_t)(slash - path + 1));
    sbuf_add(&b, name, n);
    return b.s;
}

static void validate_add_want(vrecord_t *r, const char *src, const char *tgt, const char *code)
{
    sbuf_t b = {0};
    sbuf_printf(&b, "%s/%s/%s", src, tgt, code);
    *UTIL_PUSH(r->want, r->nwant, r->capwant) = b.s;
}

/* ---- TABARI ---- */

/* The whole file at PATH, NUL-terminated, for the caller to free; NULL (and
 * "PATH: cannot read: REASON" on standard error) when it cannot be read. */
static char *validate_slurp(const char *path)
{
    char *text;
    size_t len;
    int err = util_read_file(path, &text, &len);
    if (!err) return text;
    diag_error(path, 0, "cannot read: %s", strerror(err));
    return NULL;
}

static int validate_read_project(vsuite_t *s, const char *path, char **textfile)
{
    char *text = validate_slurp(path);
    if (!text) return -1;
    for (char *line = text, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        char *gt = strchr(line, '>');
        if (line[0] != '<' || !gt) continue;
        char **slot = NULL;
        if (!strncmp(line, "<actorsfile>", 12)) slot = &s->actors;
        else if (!strncmp(line, "<verbsfile>", 11)) slot = &s->verbs;
        else if (!strncmp(line, "<agentsfile>", 12)) slot = &s->agents;
        else if (!strncmp(line, "<textfile>", 10)) slot = textfile;
        else if (!strncmp(line, "<optionsfile>", 13)) slot = &s->options;
        if (slot) {
            free(*slot);
            *slot = validate_sibling(path, gt + 1);
        }
    }
    free(text);
    return 0;
}

/* Is the line at p (ll bytes) a record header "YYMMDD  ID"? */
static int validate_is_header(const char *p, size_t ll)
{
    if (ll < 8) return 0;
    for (int i = 0; i < 6; i++)
        if (!isdigit((unsigned char)p[i])) return 0;
    return p[6] == ' ' || p[6] == '\t';
}

/* Is the line at p (ll bytes) blank? */
static int validate_is_blank(const char *p, size_t ll)
{
    for (size_t i = 0; i < ll; i++)
        if (!isspace((unsigned char)p[i])) return 0;
    return 1;
}

/* The record's id: the first word after the date that is not a date
 * ("950101  950101  AGENTS-11" is AGENTS-11). */
static char *validate_header_id(const char *p, size_t ll)
{
    const char *q = p + 6, *end = p + ll;
    for (;;) {
        while (q < end && (*q == ' ' || *q == '\t')) q++;
        size_t il = 0;
        while (q + il < end && !isspace((unsigned char)q[il])) il++;
        int digits = il > 0;
        for (size_t i = 0; i < il; i++) digits &= isdigit((unsigned char)q[i]) != 0;
        if (!digits || q + il >= end) return xstrndup(q, il);
        q += il;
    }
}

/* Reads the "{...}" blocks of a record's comment (body: from its "/ *" to
 * its "* /" or the end of the record): expected events, {---} {+++} {###} for none, "-{" ends
 * the list (events after it are not checked), OPTION commands. */
static void validate_tabari_expect(vrecord_t *r, const char *body)
{
    int any = 0;
    for (const char *b = strchr(body, '{'); b; b = strchr(b + 1, '{')) {
        const char *o = strstr(b, "OPTION:");
        const char *e = strchr(b, '}');
        if (o && (!e || o < e)) {
            /* "{ OPTION: SET: CODE ALL }" -- the brace may be missing */
            size_t n = strcspn(o + 7, "}\n");
            const char *close = strstr(o + 7, "*/");
            if (close && (size_t)(close - o - 7) < n) n = (size_t)(close - o - 7);
            sbuf_t ob = {0};
            if (r->options) sbuf_adds(&ob, r->options);
            sbuf_add(&ob, o + 7, n);
            sbuf_addc(&ob, '\n');
            free(r->options);
            r->options = ob.s;
            r->skip = 1;
            continue;
        }
        if (!e) break;
        if (b > body && b[-1] == '-') {
            /* "-{...}": do not check additional events (TABARI's rule) */
            if (any) r->partial = 1;
            else r->skip = 1;
            break;
        }
        char inner[256];
        size_t bl = (size_t)(e - b - 1) < sizeof inner - 1 ? (size_t)(e - b - 1) : sizeof inner - 1;
        memcpy(inner, b + 1, bl);
        inner[bl] = '\0';
        char a[64], t[64], c[64];
        if (sscanf(inner, " %63[^/ ] / %63[^/ ] / %63s", a, t, c) == 3) {
            validate_add_want(r, a, t, c);
            any = 1;
        } else if (strstr(inner, "---") || strstr(inner, "+++") || strstr(inner, "###")) {
            any = 1;
        }
    }
    if (!any) r->skip = 1;
}

/* TABARI records (TABARI's own reading): a line starting with a digit
 * opens a record, "YYMMDD  ID" (a record whose date does not read is
 * skipped, as TABARI does), and a blank line ends it. The text runs to the
 * comment "/ * ... * /" that holds the expected events; a comment left
 * unclosed runs to the end of the record. */
/* "Prince of Dol_Amroth": in a record's text '_' joins a name's words, as
 * in the suites' dictionaries (DOL_AMROTH); read as a space. */
static void validate_join_underscores(char *text)
{
    for (char *u = text; *u; u++)
        if (*u == '_') *u = ' ';
}

static int validate_read_tabari(vsuite_t *s, const char *path)
{
    char *text = validate_slurp(path);
    if (!text) return -1;
    char *p = text;
    vrecord_t *r = NULL;
    char *body = NULL;   /* where the current record's lines start */
    for (;;) {
        char *eol = strchr(p, '\n');
        size_t ll = eol ? (size_t)(eol - p) : strlen(p);
        if (r && (!*p || validate_is_blank(p, ll))) {
            /* the blank line closes the record */
            char *rec = xstrndup(body, (size_t)(p - body));
            char *cstart = strstr(rec, "/*");
            r->text = xstrndup(rec, cstart ? (size_t)(cstart - rec) : strlen(rec));
            validate_join_underscores(r->text);
            if (cstart) {
                char *cend = strstr(cstart, "*/");
                if (cend) *cend = '\0';
                validate_tabari_expect(r, cstart);
            }
            if (!cstart || r->bad_date) r->skip = 1;
            free(rec);
            if (strstr(r->text, "This is the end of the standard validation records")) {
                r->skip = 1;
                break;
            }
            r = NULL;
        } else if (!r && isdigit((unsigned char)*p)) {
            r = UTIL_PUSH(s->r, s->n, s->cap);
            memset(r, 0, sizeof *r);
            if (validate_is_header(p, ll)) {
                int yy = (p[0] - '0') * 10 + (p[1] - '0');
                char yymmdd[7];
                memcpy(yymmdd, p, 6);
                yymmdd[6] = '\0';
                r->date = (yy < 30 ? 20000000 : 19000000) + atoi(yymmdd);
                r->id = validate_header_id(p, ll);
            } else {
                r->id = xstrndup(p, strcspn(p, " \t\r\n"));
                r->bad_date = 1;
            }
            r->category = xstrndup(r->id, strcspn(r->id, "-"));
            body = eol ? eol + 1 : p + ll;
        }
        if (!*p) break;
        p = eol ? eol + 1 : p + ll;
    }
    free(text);
    return 0;
}

/* ---- PETRARCH XML ---- */

static char *validate_xml_text(xmlNode *n)
{
    xmlChar *c = xmlNodeGetContent(n);
    char *s = xstrdup(c ? (const char *)c : "");
    xmlFree(c);
    return s;
}

static char *validate_attr(xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v) return NULL;
    char *s = xstrdup((const char *)v);
    xmlFree(v);
    return s;
}

/* A PETRARCH <Config> holds from there on. annalist follows require_dyad,
 * as TABARI's DEFAULT: a missing side is coded "---"; the comma-clause
 * lengths and new_actor_length are not followed (docs/validation.md). */
static void validate_petrarch_config(xmlNode *n, sbuf_t *pending)
{
    char *opt = validate_attr(n, "option"), *val = validate_attr(n, "value");
    if (opt && val && !strcasecmp(opt, "require_dyad"))
        sbuf_adds(pending, !strcasecmp(val, "false")
                               ? "DEFAULT: SOURCE [---] PRIOR TARGET [---] AFTER\n"
                               : "DEFAULT: OFF\n");
    free(opt);
    free(val);
}

/* Does word w stand in the blank-separated list? */
static int validate_in_list(const char *list, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = list; (p = strstr(p, w)) != NULL; p += n)
        if ((p == list || isspace((unsigned char)p[-1])) && (!p[n] || isspace((unsigned char)p[n])))
            return 1;
    return 0;
}

/* Does the suite's <Include> run this record? Its list names the categories
 * to run, and "valid" runs only records not marked sentence="false" (or
 * valid="false"): those PETRARCH itself does not code. No list runs all. */
static int validate_included(const char *include, xmlNode *sn, const char *category)
{
    if (!include) return 1;
    int ok = 1;
    if (validate_in_list(include, "valid")) {
        char *v = validate_attr(sn, "sentence"), *v2 = validate_attr(sn, "valid");
        ok = !(v && !strcasecmp(v, "false")) && !(v2 && !strcasecmp(v2, "false"));
        free(v);
        free(v2);
    }
    int cats = 0;   /* does the list name any category? */
    for (const char *p = include; *p;) {
        while (isspace((unsigned char)*p)) p++;
        size_t k = strcspn(p, " \t\r\n");
        if (k && !(k == 5 && !strncmp(p, "valid", 5))) cats = 1;
        p += k;
    }
    return ok && (!cats || validate_in_list(include, category));
}

static int validate_read_petrarch(vsuite_t *s, const char *path)
{
    xmlDoc *doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) {
        diag_error(path, 0, "not a well-formed XML file");
        return -1;
    }
    xmlNode *root = xmlDocGetRootElement(doc);
    char *include = NULL;   /* <Include>: the categories run, "valid" = valid records only */
    for (xmlNode *n = root ? root->children : NULL; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (!xmlStrcmp(n->name, (const xmlChar *)"Environment")) {
            for (xmlNode *e = n->children; e; e = e->next) {
                if (e->type != XML_ELEMENT_NODE) continue;
                if (!xmlStrcmp(e->name, (const xmlChar *)"Include")) {
                    free(include);
                    include = validate_xml_text(e);
                }
                char **slot = NULL;
                if (!xmlStrcmp(e->name, (const xmlChar *)"Verbfile")) slot = &s->verbs;
                else if (!xmlStrcmp(e->name, (const xmlChar *)"Actorfile")) slot = &s->actors;
                else if (!xmlStrcmp(e->name, (const xmlChar *)"Agentfile")) slot = &s->agents;
                else if (!xmlStrcmp(e->name, (const xmlChar *)"Discardfile")) slot = &s->discards;
                if (slot) {
                    char *v = validate_xml_text(e);
                    free(*slot);
                    *slot = validate_sibling(path, v);
                    free(v);
                }
            }
        }
        if (xmlStrcmp(n->name, (const xmlChar *)"Sentences")) continue;
        sbuf_t pending = {0};   /* <Config> seen since the last record */
        for (xmlNode *sn = n->children; sn; sn = sn->next) {
            if (sn->type != XML_ELEMENT_NODE) continue;
            if (!xmlStrcmp(sn->name, (const xmlChar *)"Stop")) break;
            if (!xmlStrcmp(sn->name, (const xmlChar *)"Config")) validate_petrarch_config(sn, &pending);
            if (xmlStrcmp(sn->name, (const xmlChar *)"Sentence")) continue;
            vrecord_t *r = UTIL_PUSH(s->r, s->n, s->cap);
            memset(r, 0, sizeof *r);
            r->options = pending.s;
            memset(&pending, 0, sizeof pending);
            r->id = validate_attr(sn, "id");
            if (!r->id) r->id = xstrdup("?");
            r->category = validate_attr(sn, "category");
            if (!r->category) r->category = xstrndup(r->id, strcspn(r->id, "-"));
            char *date = validate_attr(sn, "date");
            if (date && strlen(date) == 8) r->date = atoi(date);
            free(date);
            for (xmlNode *c = sn->children; c; c = c->next) {
                if (c->type != XML_ELEMENT_NODE) continue;
                if (!xmlStrcmp(c->name, (const xmlChar *)"Text")) {
                    free(r->text);
                    r->text = validate_xml_text(c);
                    validate_join_underscores(r->text);
                } else if (!xmlStrcmp(c->name, (const xmlChar *)"EventCoding")) {
                    char *a = validate_attr(c, "sourcecode"), *t = validate_attr(c, "targetcode"),
                         *e = validate_attr(c, "eventcode"), *err = validate_attr(c, "error");
                    if (a && t && e) validate_add_want(r, a, t, e);
                    if (err) r->skip = 1;
                    free(a);
                    free(t);
                    free(e);
                    free(err);
                } else if (!xmlStrcmp(c->name, (const xmlChar *)"Skip")) {
                    r->skip = 1;
                }
            }
            if (!r->text) r->skip = 1;
            if (!validate_included(include, sn, r->category)) r->skip = 1;
        }
        sbuf_free(&pending);
    }
    free(include);
    xmlFreeDoc(doc);
    return 0;
}

/* ---- running ---- */

static int validate_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Codes one record; fills got (sorted, unique "SRC/TGT/CODE"). */
static size_t validate_code(const dicts_t *d, const vrecord_t *r, pipeline_work_t *w,
                            char ***got, size_t *cap, int explain, sbuf_t *json)
{
    story_t s = {0};
    s.id = r->id;
    s.text = r->text;
    for (char *c = r->text; *c; c++)
        if (*c == '\n' || *c == '\r') *c = ' ';   /* records are hard-wrapped */
    s.date = r->date;
    output_opts_t o = {OUT_TSV, 0, &d->cameo};
    stats_t st = {0};
    sbuf_t out = {0};
    pipeline_code_story(d, &o, &s, w, &st, &out);
    size_t n = 0;
    for (char *line = out.s; line && *line;) {
        char *nl = strchr(line, '\n');
        *nl = '\0';
        char *f[16];
        int nf = 0;
        for (char *p = line; nf < 16;) {
            f[nf++] = p;
            char *t = strchr(p, '\t');
            if (!t) break;
            *t = '\0';
            p = t + 1;
        }
        if (nf > 9) {
            sbuf_t b = {0};
            sbuf_printf(&b, "%s/%s/%s", f[3], f[6], f[9]);
            *UTIL_PUSH(*got, n, *cap) = b.s;
        }
        line = nl + 1;
    }
    sbuf_free(&out);
    if (explain) {
        output_opts_t oj = {OUT_JSON, 1, &d->cameo};
        sbuf_clear(json);
        pipeline_code_story(d, &oj, &s, w, &st, json);
    }
    if (n) qsort(*got, n, sizeof **got, validate_cmp);
    size_t u = 0;
    for (size_t i = 0; i < n; i++) {
        if (u && !strcmp((*got)[u - 1], (*got)[i])) free((*got)[i]);
        else (*got)[u++] = (*got)[i];
    }
    return u;
}

typedef struct {
    char *name;
    size_t pass, fail;
} vcat_t;

int validate_main(int argc, char **argv)
{
    static const struct option lo[] = {{"explain", no_argument, 0, 'x'},
                                       {"quiet", no_argument, 0, 'q'},
                                       {0, 0, 0, 0}};
    int explain = 0, quiet = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "q", lo, NULL)) != -1) {
        if (c == 'x') explain = 1;
        else if (c == 'q') quiet = 1;
        else {
            fputs("usage: annalist validate [--explain] [-q] FILE (.project, TABARI text, or PETRARCH .xml)\n", stderr);
            return 2;
        }
    }
    if (optind >= argc) {
        fputs("usage: annalist validate [--explain] [-q] FILE (.project, TABARI text, or PETRARCH .xml)\n", stderr);
        return 2;
    }
    const char *path = argv[optind];
    vsuite_t s = {0};
    size_t pl = strlen(path);
    int r;
    if (pl > 4 && !strcmp(path + pl - 4, ".xml")) {
        r = validate_read_petrarch(&s, path);
    } else {
        char *textfile = NULL, *project = NULL;
        if (pl > 8 && !strcmp(path + pl - 8, ".project")) project = xstrdup(path);
        else project = validate_sibling(path, "Validate.project");
        r = validate_read_project(&s, project, &textfile);
        if (r == 0) r = validate_read_tabari(&s, textfile && project != path && pl > 8 &&
                                                        !strcmp(path + pl - 8, ".project")
                                                    ? textfile : path);
        free(textfile);
        free(project);
    }
    if (r != 0 || !s.verbs || !s.actors) {
        if (r == 0) diag_error(path, 0, "the suite names no verb or actor dictionary");
        validate_free(&s);
        return 2;
    }
    dict_opts_t dopt = {NULL, s.verbs, s.actors, s.agents, s.discards, 1};
    dicts_t d;
    diag_quiet_warnings(1);
    if (dicts_load(&d, &dopt) != 0) {
        dicts_free(&d);
        validate_free(&s);
        return 2;
    }
    if (s.options && (r = tabopt_load(&d.verbs.opt, s.options)) != 0)
        diag_error(s.options, 0, "cannot read: %s", strerror(r));
    vcat_t *cats = NULL;
    size_t ncat = 0, capcat = 0, pass = 0, fail = 0, skipped = 0;
    pipeline_work_t w = {0};
    long prev_story = -1, prev_sent = -1;   /* TABARI FORWARD: the record before */
    char prev_first[24] = "";
    char **got = NULL;
    size_t capgot = 0;
    sbuf_t json = {0};
    uint8_t convert0 = d.actors.convert_agents;   /* as the agent files asked */
    for (size_t i = 0; i < s.n; i++) {
        vrecord_t *rec = &s.r[i];
        for (char *o = rec->options, *nl; o && *o; o = nl + 1) {
            nl = strchr(o, '\n');
            *nl = '\0';
            tabopt_line(&d.verbs.opt, o);
            *nl = '\n';
        }
        d.actors.convert_agents = d.verbs.opt.convert_agents ? ACT_CONVERT_TABARI : convert0;
        if (rec->skip) {
            skipped++;
            continue;
        }
        if (rec->nwant) qsort(rec->want, rec->nwant, sizeof *rec->want, validate_cmp);
        /* FORWARD: the next sentence of the same story may open with a
         * pronoun for the first actor of this one */
        long story, sent;
        int seq = tabopt_forward_seq(&d.verbs.opt, rec->id, &story, &sent) == 0;
        w.mem.forward[0] = '\0';
        if (seq && story == prev_story && sent == prev_sent + 1)
            snprintf(w.mem.forward, sizeof w.mem.forward, "%s", prev_first);
        size_t ng = validate_code(&d, rec, &w, &got, &capgot, explain, &json);
        prev_story = seq ? story : -1;
        prev_sent = seq ? sent : -1;
        snprintf(prev_first, sizeof prev_first, "%s", w.mem.first_actor);
        int ok = ng == rec->nwant;
        for (size_t k = 0; ok && k < ng; k++) ok = !strcmp(got[k], rec->want[k]);
        if (rec->partial) {
            /* TABARI's "-{": the events listed are coded, others may be too */
            ok = 1;
            for (size_t k = 0; ok && k < rec->nwant; k++) {
                int found = 0;
                for (size_t j = 0; j < ng && !found; j++) found = !strcmp(got[j], rec->want[k]);
                ok = found;
            }
        }
        vcat_t *cat = NULL;
        for (size_t k = 0; k < ncat; k++)
            if (!strcmp(cats[k].name, rec->category)) cat = &cats[k];
        if (!cat) {
            cat = UTIL_PUSH(cats, ncat, capcat);
            cat->name = rec->category;
            cat->pass = cat->fail = 0;
        }
        if (ok) {
            pass++;
            cat->pass++;
        } else {
            fail++;
            cat->fail++;
            if (!quiet) {
                printf("FAIL %s: expected", rec->id);
                if (!rec->nwant) printf(" (none)");
                for (size_t k = 0; k < rec->nwant; k++) printf(" %s", rec->want[k]);
                printf("; coded");
                if (!ng) printf(" (none)");
                for (size_t k = 0; k < ng; k++) printf(" %s", got[k]);
                printf("\n");
                if (explain && json.len) printf("%s", json.s);
            }
        }
        for (size_t k = 0; k < ng; k++) free(got[k]);
    }
    printf("%-16s %6s %6s\n", "category", "passed", "failed");
    for (size_t k = 0; k < ncat; k++)
        printf("%-16s %6zu %6zu\n", cats[k].name, cats[k].pass, cats[k].fail);
    printf("(%zu option, header or optional records not counted)\n", skipped);
    printf("%zu passed, %zu failed\n", pass, fail);
    free(got);
    free(cats);
    sbuf_free(&json);
    pipeline_work_free(&w);
    dicts_free(&d);
    validate_free(&s);
    xmlCleanupParser();
    return 0;
}
