/* names.c -- people whose surname the story goes on to use but whom no
 * dated dictionary line names: a group's member listed in full ("Maria
 * Corina Machado", VENOPP), and a new name in apposition to a role
 * ("Milorad Dodik, the president of ...", "its spokesman, Colonel
 * Abdoulaye Maiga,"). Their surnames are remembered (memory.c), so that a
 * later "Dodik" or "Machado" is the same actor. */
#include "4_actors/names.h"

#include <string.h>

#include "3_sentences/words.h"
#include "4_actors/backref.h"
#include "4_actors/memory.h"

/* Is the word with vocabulary id a role word by itself ("court", "party")? */
static int names_role_word(const actordict_t *d, uint32_t id)
{
    uint32_t nc;
    const actordict_cand_t *c = actordict_candidates(d, id, &nc);
    for (uint32_t k = 0; k < nc; k++)
        if (c[k].kind == ACT_AGENT && c[k].ntok == 1) return 1;
    return 0;
}

void names_entry_surname(const actordict_t *d, const tokens_t *tk, const mention_t *m,
                         actor_memory_t *mem)
{
    const actor_entry_t *e = m->entry;
    if (!e || e->person || e->kind != ACT_ACTOR || e->ntok < 2 || m->end < m->start + e->ntok ||
        strlen(m->code) < 6 || !memory_role_of(m->code)[0])
        return;
    uint32_t first = m->end - e->ntok;
    for (uint32_t t = first; t < m->end; t++)
        if (!(tk->t[t].flags & TOK_CAP) || !(tk->t[t].flags & TOK_WORD)) return;
    if (names_role_word(d, tk->t[m->end - 1].id)) return;
    memory_name_add(mem, tk, first, m->end - 1, m);
}

int names_role_only(const mention_t *m)
{
    return m->role && !m->person && m->code[0] && strcmp(m->how, "surname") &&
           backref_person_role(m->role->phrase);
}

/* "the president", "a spokesman": the article before the role at start. */
static uint32_t names_article_before(const tokens_t *tk, uint32_t start)
{
    if (start > 0 && words_in(token_folded(tk, start - 1), (const char *const[]){"the", "a", "an", NULL}))
        return start - 1;
    return start;
}

int names_apposed(const tokens_t *tk, uint32_t first, uint32_t last, const mention_t *m)
{
    if (last <= first || !names_role_only(m)) return 0;
    if (last < m->start) {   /* "Milorad Dodik, the president of ..." */
        uint32_t r = names_article_before(tk, m->start);
        return r == last + 2 && token_is(tk, last + 1, ",");
    }
    if (first <= m->end) return 0;
    /* "its spokesman, Colonel Abdoulaye Maiga," and "Ukraine's ambassador
     * in Dakar, Yurii Pyvovarov," */
    uint32_t p = m->end;
    if (words_in(token_folded(tk, p), (const char *const[]){"in", "to", "at", NULL})) {
        p++;
        for (int n = 0; n < 3 && p < first && (tk->t[p].flags & TOK_CAP); n++) p++;
    }
    if (p + 1 != first || !token_is(tk, p, ",")) return 0;
    return last + 1 >= tk->n || token_is(tk, last + 1, ",") || token_is(tk, last + 1, ".");
}
