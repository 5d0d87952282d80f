/* tabopt.c -- reading TABARI .options commands. */
#include "tabopt.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void tabopt_init(tabopt_t *o)
{
    memset(o, 0, sizeof *o);
}

void tabopt_tabari_defaults(tabopt_t *o)
{
    tabopt_init(o);
    o->code_by = TABOPT_CODE_BY_CLAUSE;
    o->min_words = 8;
    o->comma_on = 1;
    o->comma_min = 2, o->comma_max = 10;
    o->comma_emin = 2, o->comma_emax = 10;
    o->comma_bmin = 128, o->comma_bmax = 0;
}

/* The number after key= in squeezed line l, or keep when absent. */
static uint16_t tabopt_num(const char *l, const char *key, uint16_t keep)
{
    const char *k = l;
    size_t kl = strlen(key);
    while ((k = strstr(k, key)) != NULL) {
        /* "MIN=" must not be read inside "EMIN=" or "BMIN=" */
        if ((k == l || (k[-1] != 'E' && k[-1] != 'B')) && k[kl] == '=')
            return (uint16_t)atoi(k + kl + 1);
        k += kl;
    }
    return keep;
}

/* Upper-cases s into out without blanks: "set: code by clause" -> "SET:CODEBYCLAUSE". */
static void tabopt_squeeze(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    for (; *s && n + 1 < cap; s++)
        if (!isspace((unsigned char)*s)) out[n++] = (char)toupper((unsigned char)*s);
    out[n] = '\0';
}

/* The code in "[...]" after key in squeezed line l, into out ("" none). */
static void tabopt_code_after(const char *l, const char *key, char *out, size_t cap)
{
    out[0] = '\0';
    const char *k = strstr(l, key);
    if (!k) return;
    const char *b = strchr(k, '['), *e = b ? strchr(b, ']') : NULL;
    if (!b || !e || (size_t)(e - b - 1) >= cap) return;
    memcpy(out, b + 1, (size_t)(e - b - 1));
    out[e - b - 1] = '\0';
}

static int tabopt_true(const char *v)
{
    return !strncmp(v, "TRUE", 4) || !strncmp(v, "ON", 2) || !strncmp(v, "YES", 3);
}

int tabopt_line(tabopt_t *o, const char *line)
{
    char l[256];
    tabopt_squeeze(line, l, sizeof l);
    if (!strncmp(l, "SET:", 4)) {
        const char *v = l + 4;
        if (!strcmp(v, "CODEBYCLAUSE")) o->code_by = TABOPT_CODE_BY_CLAUSE;
        else if (!strcmp(v, "CODEBYSENTENCE")) o->code_by = TABOPT_CODE_BY_SENTENCE;
        else if (!strcmp(v, "CODEALL")) o->code_by = TABOPT_CODE_ALL;
        else if (!strncmp(v, "MINIMUMWORDS=", 13)) o->min_words = (uint16_t)atoi(v + 13);
        else if (!strncmp(v, "CONVERTAGENTS=", 14)) o->convert_agents = (uint8_t)tabopt_true(v + 14);
        else if (!strncmp(v, "CONVERTAGENT=", 13)) o->convert_agents = (uint8_t)tabopt_true(v + 13);
        else return 0;
        return 1;
    }
    if (!strncmp(l, "FORWARD:", 8)) {
        /* FORWARD: ^^*****NNN*SSS [DOC] [OFF] */
        const char *f = strchr(line, ':') + 1;
        while (isspace((unsigned char)*f)) f++;
        size_t n = strcspn(f, " \t\r\n");
        if (n >= sizeof o->forward_fmt) n = sizeof o->forward_fmt - 1;
        memcpy(o->forward_fmt, f, n);
        o->forward_fmt[n] = '\0';
        o->forward = strstr(l + 8, "OFF") == NULL;
        return 1;
    }
    if (!strncmp(l, "COMPLEX:", 8)) {
        /* COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN: a sentence past a
         * limit is set aside (not coded); each command replaces the last */
        const char *v = l + 8, *k;
        o->cplx_verbs = (uint8_t)((k = strstr(v, "VERBS[")) ? atoi(k + 6) : 0);
        o->cplx_conj = (uint8_t)((k = strstr(v, "CONJ[")) ? atoi(k + 5) : 0);
        o->cplx_actors = (uint8_t)((k = strstr(v, "ACTORS[")) ? atoi(k + 7) : 0);
        o->cplx_noactprior = strstr(v, "NOACTPRIOR") != NULL;
        return 1;
    }
    if (!strncmp(l, "COMMA:", 6)) {
        const char *v = l + 6;
        if (!strncmp(v, "OFF", 3)) {
            o->comma_on = 0;
            return 1;
        }
        o->comma_on = 1;
        o->comma_min = tabopt_num(v, "MIN", o->comma_min);
        o->comma_max = tabopt_num(v, "MAX", o->comma_max);
        o->comma_emin = tabopt_num(v, "EMIN", o->comma_emin);
        o->comma_emax = tabopt_num(v, "EMAX", o->comma_emax);
        o->comma_bmin = tabopt_num(v, "BMIN", o->comma_bmin);
        o->comma_bmax = tabopt_num(v, "BMAX", o->comma_bmax);
        return 1;
    }
    if (!strncmp(l, "DEFAULT:", 8)) {
        const char *v = l + 8;
        if (!strcmp(v, "OFF")) {
            o->default_src[0] = o->default_tgt[0] = '\0';
            o->default_prior = o->default_after = 0;
            return 1;
        }
        /* SOURCE [X] PRIOR TARGET [Y] AFTER; either half may be missing */
        const char *t = strstr(v, "TARGET");
        char src[64] = "";
        if (strstr(v, "SOURCE")) {
            size_t n = t ? (size_t)(t - v) : strlen(v);
            if (n >= sizeof src) n = sizeof src - 1;
            memcpy(src, v, n);
            src[n] = '\0';
            tabopt_code_after(src, "SOURCE", o->default_src, sizeof o->default_src);
            o->default_prior = strstr(src, "PRIOR") != NULL;
        }
        if (t) {
            tabopt_code_after(t, "TARGET", o->default_tgt, sizeof o->default_tgt);
            o->default_after = strstr(t, "AFTER") != NULL;
        }
        return 1;
    }
    return 0;
}

int tabopt_load(tabopt_t *o, const char *path)
{
    char *text;
    size_t len;
    int err = util_read_file(path, &text, &len);
    if (err) return err;
    tabopt_tabari_defaults(o);
    for (char *line = text, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        char *c = strstr(line, "//");
        if (c) *c = '\0';
        c = strchr(line, '#');
        if (c) *c = '\0';
        tabopt_line(o, line);
    }
    free(text);
    return 0;
}

int tabopt_forward_seq(const tabopt_t *o, const char *id, long *story, long *sentence)
{
    if (!o->forward) return -1;
    *story = *sentence = 0;
    int ns = 0, nn = 0;
    const char *p = id;
    for (const char *f = o->forward_fmt; *f; f++) {
        if (*f == '^') continue;   /* the blanks before the id are already skipped */
        if (!*p) return -1;
        if (*f == 'N' || *f == 'S') {
            if (!isdigit((unsigned char)*p)) return -1;
            if (*f == 'N') *story = *story * 10 + (*p - '0'), nn++;
            else *sentence = *sentence * 10 + (*p - '0'), ns++;
        }
        p++;
    }
    return nn && ns ? 0 : -1;
}
