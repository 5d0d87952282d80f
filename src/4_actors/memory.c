/* memory.c -- a story's memory for back-references: surnames, the last



 * mention of each role, the home country, the last two sides. */
#include "4_actors/memory.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "3_sentences/words.h"
#include "4_actors/sides.h"
#include "lib/util.h"

static int memory_is_org(const char *code)
{
    if (code[0] != 'I' && code[0] != 'N' && code[0] != 'M') return 0;
    return !strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3) || !strncmp(code, "MNC", 3);
}

const char *memory_role_of(const char *code)
{
    size_t n = strlen(code);
    if (n >= 6 && !memory_is_org(code)) return code + 3;
    return "";
}

/* Is w a title written before a given name ("Sheikh", "Prince")? */
static int memory_title(const char *w)
{
    return words_in(w, (const char *const[]){"sheikh", "sheikha", "shaikh", "prince", "princess",
                                             "emir", "sultan", NULL});
}

int32_t memory_alias_at(const actor_memory_t *mem, const tokens_t *tk, size_t i)
{
    const char *w = token_folded(tk, i);
    int titled = -1;   /* is a title before it? asked once, when needed */
    for (size_t k = mem->nalias; k-- > 0;) {
        if (mem->alias[k].name[0] != w[0] || strcmp(mem->alias[k].name, w) != 0) continue;
        if (mem->alias[k].titled) {
            if (titled < 0) titled = i > 0 && memory_title(token_folded(tk, i - 1));
            if (!titled) continue;
        }
        return (int32_t)k;
    }
    return -1;
}

/* memory_alias_add for a name of n bytes, n >= 2: the short ones ("ma")
 * only as Chinese and Korean surnames (memory_name_add) */
static void memory_alias_push(actor_memory_t *mem, const char *name, size_t n, const mention_t *m)
{
    if (n >= sizeof mem->alias[0].name) return;
    if (mem->nalias >= ACTOR_MAX_ALIASES) return;   /* a hostile story cannot make lookups slow */
    actor_alias_t *a = UTIL_PUSH(mem->alias, mem->nalias, mem->capalias);
    memcpy(a->name, name, n + 1);   /* it fits: n < sizeof a->name */
    memcpy(a->code, m->code, sizeof a->code);
    memcpy(a->country, m->country, sizeof a->country);
    a->entry = m->entry;
    a->ecode = m->ecode;
    a->abbr = 0;
    a->titled = 0;
}

void memory_alias_add(actor_memory_t *mem, const char *name, const mention_t *m)
{
    size_t n = strlen(name);
    if (n >= 3) memory_alias_push(mem, name, n, m);
}

void memory_abbr_add(actor_memory_t *mem, const char *abbr, const mention_t *m)
{
    size_t n = mem->nalias;
    memory_alias_add(mem, abbr, m);
    if (mem->nalias > n) mem->alias[n].abbr = 1;
}

/* Chinese and Korean surnames, written before the given name ("Kim Jong
 * Un", "Wang Yi", "Ma Keqing") and used alone for the person ("Kim said",
 * "met Ma"); of two letters, only those that are no English word ("He" is
 * not here). By first letter, each name between spaces. */
static int memory_surname_first(const char *w)
{
    static const char *const names[26] = {
        ['a' - 'a'] = " ahn ",
        ['b' - 'a'] = " bai ",
        ['c' - 'a'] = " choi chung cho chun chen cheng cao cai cui chang choe ",
        ['d' - 'a'] = " dong deng ding dai duan ",
        ['f' - 'a'] = " feng fan fang ",
        ['g' - 'a'] = " gao guo gong ",
        ['h' - 'a'] = " han hwang hong huang hao hou hu ",
        ['j' - 'a'] = " jung jang jiang jia jin ",
        ['k' - 'a'] = " kim kang kwon kong ",
        ['l' - 'a'] = " lee lim liu lin luo liang liao lai li lu ",
        ['m' - 'a'] = " moon mao meng ma ",
        ['p' - 'a'] = " park peng pan pak paek ",
        ['q' - 'a'] = " qiu qin qian qiao ",
        ['r' - 'a'] = " roh ren ri ryu ",
        ['s' - 'a'] = " shin seo song sun shen shi shao ",
        ['t' - 'a'] = " tang tian tan ",
        ['w' - 'a'] = " wang wei wen wu ",
        ['x' - 'a'] = " xie xiao xue xia xiong xi ",
        ['y' - 'a'] = " yoon yang yuan yan yao yin yu ",
        ['z' - 'a'] = " zhang zhao zhou zhu zheng zeng zou zhong ",
    };
    size_t n = strlen(w);
    if (w[0] < 'a' || w[0] > 'z' || !names[w[0] - 'a'] || n > 6) return 0;
    /* each name of the list compared in turn (strstr with " w " did this
     * with a copy and a call) */
    for (const char *p = names[w[0] - 'a']; *p;) {
        while (*p == ' ') p++;
        const char *q = p;
        while (*q && *q != ' ') q++;
        if ((size_t)(q - p) == n && !memcmp(p, w, n)) return 1;
        p = q;
    }
    return 0;
}

void memory_name_add(actor_memory_t *mem, const tokens_t *tk, uint32_t first, uint32_t last,
                     const mention_t *m)
{
    const char *w = token_folded(tk, first);
    if (last > first && memory_surname_first(w)) memory_alias_push(mem, w, strlen(w), m);
    else memory_alias_add(mem, token_folded(tk, last), m);
    /* the given name after a title, a name after it: "Sheikh Salem
     * Abdullah", "Prince Faisal bin Farhan" (the title in the name or
     * just before it) */
    uint32_t given = memory_title(w) ? first + 1
                     : first > 0 && memory_title(token_folded(tk, first - 1)) ? first
                                                                              : last;
    if (given >= last || !(tk->t[given].flags & TOK_CAP)) return;
    size_t n = mem->nalias;
    memory_alias_add(mem, token_folded(tk, given), m);
    if (mem->nalias > n) mem->alias[n].titled = 1;
}

/* One more naming of a country; the table is small and fixed: a story
 * naming more countries than it holds keeps counting the first ones. */
static void memory_count_country(actor_memory_t *mem, const char *country)
{
    /* country has three letters and its NUL, as every home[].country */
    for (size_t i = 0; i < mem->nhome; i++)
        if (!memcmp(mem->home[i].country, country, 4)) {
            mem->home[i].n++;
            mem->home[i].last = mem->nsent;
            return;
        }
    if (mem->nhome >= sizeof mem->home / sizeof mem->home[0]) return;
    util_copy(mem->home[mem->nhome].country, sizeof mem->home[0].country, country, 3);
    mem->home[mem->nhome].last = mem->nsent;
    mem->home[mem->nhome++].n = 1;
}

/* One more naming of a person (people of one code count as one: they
 * code alike); a story naming more than the table holds counts the first. */
static void memory_count_person(actor_memory_t *mem, const mention_t *m)
{
    for (size_t i = 0; i < mem->nfigures; i++)
        if (mem->figures[i].m.code[0] == m->code[0] && !strcmp(mem->figures[i].m.code, m->code)) {
            mem->figures[i].n++;
            return;
        }
    if (mem->nfigures >= sizeof mem->figures / sizeof mem->figures[0]) return;
    mem->figures[mem->nfigures].m = *m;
    mem->figures[mem->nfigures++].n = 1;
}

const mention_t *memory_main_figure(const actor_memory_t *mem, uint32_t *n, uint32_t *nlast)
{
    size_t best = 0;
    *n = *nlast = 0;
    for (size_t i = 0; i < mem->nfigures; i++) {
        if (mem->figures[i].n > mem->figures[best].n) best = i;
        if (!strcmp(mem->figures[i].m.code, mem->last_subject.code)) *nlast = mem->figures[i].n;
    }
    if (!mem->nfigures) return NULL;
    *n = mem->figures[best].n;
    return &mem->figures[best].m;
}

void memory_remember(actor_memory_t *mem, const tokens_t *tk, const mention_t *m)
{
    if (!m->code[0]) return;
    if (!m->person && mem->body_sent != mem->nsent &&
        (m->how[0] != 'p' || strcmp(m->how, "possessive")) &&
        (m->how[0] != 't' || strcmp(m->how, "the two"))) {
        mem->last_body = *m;
        mem->body_sent = mem->nsent;
    }
    if (m->person) {
        mem->last_person = *m;
        if (m->how[0] != 'p' || (strcmp(m->how, "pronoun") && strcmp(m->how, "possessive")))
            memory_count_person(mem, m);
        /* a dictionary person's surname: "Nanaia Mahuta" -> "mahuta" */
        if (m->entry && m->entry->ntok >= 2 && m->end >= m->start + m->entry->ntok)
            memory_name_add(mem, tk, m->end - m->entry->ntok, m->end - 1, m);
    }
    if (m->country[0] && m->country[1] && m->country[2] && !m->country[3] &&
        (m->how == actor_how_dictionary || (m->how[0] == 'd' && !strcmp(m->how, "dictionary"))))
        memory_count_country(mem, m->country);
    sides_note(mem, m);
    const char *role = memory_role_of(m->code);
    if (!*role) return;
    /* every mention kept here has a role: memory_role_of(code) is code + 3 */
    for (size_t r = 0; r < mem->nrole; r++)
        if (mem->byrole[r].person == m->person && mem->byrole[r].code[3] == role[0] &&
            !strcmp(mem->byrole[r].code + 3, role)) {
            mem->byrole[r] = *m;
            return;
        }
    *UTIL_PUSH(mem->byrole, mem->nrole, mem->caprole) = *m;
}

void memory_figure(actor_memory_t *mem, const char *code)
{
    if (mem->figure[0] || strlen(code) < 3 || memory_is_org(code) || !strncmp(code, "---", 3) ||
        !isupper((unsigned char)code[0]))
        return;
    for (size_t i = 0; i < mem->nhome; i++)
        if (!strncmp(mem->home[i].country, code, 3) && mem->home[i].last + 1 >= mem->nsent)
            return;   /* "Japan condemned ... Chief Cabinet Secretary Hayashi said" */
    util_copy(mem->figure, sizeof mem->figure, code, 3);
}

const char *memory_home(const actor_memory_t *mem)
{
    size_t best = 0;
    for (size_t i = 1; i < mem->nhome; i++)
        if (mem->home[i].n > mem->home[best].n) best = i;
    return mem->nhome ? mem->home[best].country : NULL;
}

void memory_focus_note(actor_memory_t *mem, const char *land)
{
    if (mem->focus[0] || mem->nsent > MEMORY_FOCUS_SENTENCES) return;
    if (land[0]) memcpy(mem->focus, land, 4);
}

const char *memory_story_home(const actor_memory_t *mem)
{
    return mem->focus[0] ? mem->focus : memory_home(mem);
}

const char *memory_outlet(const actor_memory_t *mem)
{
    if (mem->site[0]) return mem->site;
    return mem->figure[0] ? mem->figure : memory_home(mem);
}

void memory_keep_names(actor_memory_t *mem)
{
    size_t n = mem->nalias;
    actor_memory_clear(mem);
    mem->nalias = n;
}

void memory_save(const actor_memory_t *mem, actor_memory_t *copy, mention_t **roles,
                 size_t *caproles)
{
    *copy = *mem;
    util_grow((void **)roles, caproles, mem->nrole + 1, sizeof **roles);
    if (mem->nrole) memcpy(*roles, mem->byrole, mem->nrole * sizeof **roles);
}

void memory_restore(actor_memory_t *mem, const actor_memory_t *copy, const mention_t *roles)
{
    /* the arrays may have moved as they grew: mem's own pointers stay */
    actor_alias_t *alias = mem->alias;
    mention_t *byrole = mem->byrole;
    size_t capalias = mem->capalias, caprole = mem->caprole;
    *mem = *copy;
    mem->alias = alias, mem->capalias = capalias;
    mem->byrole = byrole, mem->caprole = caprole;
    if (copy->nrole) memcpy(mem->byrole, roles, copy->nrole * sizeof *roles);
}

void actor_memory_clear(actor_memory_t *mem)
{
    mem->nalias = 0;
    mem->nrole = 0;
    mem->nhome = 0;
    mem->figure[0] = '\0';
    mem->focus[0] = '\0';
    mem->nsent = 0;
    mem->nfigures = 0;
    mem->subject_sent = 0;
    memset(&mem->last_person, 0, sizeof mem->last_person);
    memset(&mem->last_body, 0, sizeof mem->last_body);
    mem->body_sent = 0;
    memset(&mem->last_subject, 0, sizeof mem->last_subject);
    memset(mem->side, 0, sizeof mem->side);
    mem->side_head = 0;
    mem->njoined = 0;
    mem->dyad[0][0] = '\0';
    memset(mem->meet, 0, sizeof mem->meet);
    mem->meet_sent = 0;
    mem->nmeet = 0;
    mem->nlead = mem->lead_sent = 0;
    mem->north = mem->south = mem->igo = mem->group = NULL;
    mem->group_sent = 0;
    memset(mem->body, 0, sizeof mem->body);
    mem->first_actor[0] = '\0';
    mem->quoted = 0;
}

void actor_memory_free(actor_memory_t *mem)
{
    free(mem->alias);
    free(mem->byrole);
    memset(mem, 0, sizeof *mem);
}
