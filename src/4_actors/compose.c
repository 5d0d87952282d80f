/* compose.c -- actor codes put together: a country joined to a role
 * (NZL+GOV = NZLGOV), mentions joined into groups ("France and Germany",
 * but not the apposition "Iran, Hezbollah's main backer"), and a role shared
 * by the members of a group ("leaders of Fiji and Tonga"). */
#include "4_actors/compose.h"

#include <stdint.h>
#include <string.h>

#include "4_actors/memory.h"
#include "lib/util.h"

/* Joins a base actor code and a role: NZL+GOV = NZLGOV; CHNGOV+GOV =
 * CHNGOV; USAGOV+MIL = USAMIL; IGO codes take no role. */
void compose_code(char out[24], const char *base, const char *role)
{
    size_t bl = strlen(base);
    if (!role || !*role || !strncmp(base, "IGO", 3) || !strncmp(base, "NGO", 3) ||
        !strncmp(base, "MNC", 3) || bl < 3) {
        util_copy(out, 24, base, SIZE_MAX);
        return;
    }
    if (bl == 3) {
        util_copy(out, 24, base, SIZE_MAX);
        util_copy(out + bl, 24 - bl, role, 6);
        return;
    }
    if (strstr(base + 3, role)) {
        util_copy(out, 24, base, SIZE_MAX);
        return;
    }
    if (!strcmp(role, "GOV")) {
        util_copy(out, 24, base, SIZE_MAX);
        return;
    }
    util_copy(out, 24, base, 3);
    util_copy(out + 3, 21, role, 3);
}

/* Mentions separated only by "and", "," or "as well as" form a group; after
 * "and", up to two words no dictionary knows may stand ("and the evil
 * Gondor"). PETRARCH (petrarch set) read noun phrases from a parse: "nor"
 * joins too ("neither X nor Y"), and such words may follow a comma ("Evil
 * Mordor, the awful Fornost"). */
static int compose_joined(const tokens_t *tk, uint32_t from, uint32_t to, int petrarch)
{
    if (from >= to) return 0;
    int saw_and = 0, loose = 0;
    for (uint32_t i = from; i < to; i++) {
        const char *w = token_folded(tk, i);
        if (!strcmp(w, "and") || !strcmp(w, "&") || (petrarch && !strcmp(w, "nor"))) saw_and = 1;
        else if (!strcmp(w, ",") || !strcmp(w, "the") || !strcmp(w, "both")) {
            saw_and |= petrarch && w[0] == ',';
            continue;
        } else if (!strcmp(w, "as") || !strcmp(w, "well")) continue;
        else if (saw_and && tk->t[i].id == 0 && (tk->t[i].flags & TOK_WORD) && ++loose <= 2) continue;
        else return 0;
    }
    return 1;
}

/* "Iran, Hezbollah's main backer, warned": after a bare comma, an actor
 * in the possessive opens an apposition, not a list. */
static int compose_apposition(const tokens_t *tk, uint32_t from, const mention_t *m)
{
    for (uint32_t i = from; i < m->start; i++)
        if (strcmp(token_folded(tk, i), ",")) return 0;
    return m->end < tk->n && (!strcmp(token_folded(tk, m->end), "'s") || !strcmp(token_folded(tk, m->end), "'"));
}

void compose_groups(const tokens_t *tk, mentions_t *out, int petrarch)
{
    int32_t g = 0;
    for (size_t j = 0; j < out->n; j++) {
        mention_t *m = &out->m[j];
        if (j > 0 && (out->m[j - 1].start == m->start ||
                      (compose_joined(tk, out->m[j - 1].end, m->start, petrarch) &&
                       !compose_apposition(tk, out->m[j - 1].end, m))))
            m->group = out->m[j - 1].group;
        else m->group = g++;
        for (uint32_t t = m->start; t < m->end && t < tk->n; t++) out->at[t] = (int32_t)j;
    }
    /* "leaders of Fiji and Tonga": the role belongs to every bare country
     * joined after it */
    for (size_t j = 0; j + 1 < out->n; j++) {
        mention_t *m = &out->m[j];
        if (!m->role_of) continue;
        for (size_t k = j + 1; k < out->n; k++) {
            mention_t *p = &out->m[k];
            if (p->group != m->group || strlen(p->code) != 3 || p->role || p->person) break;
            char base[4];
            util_copy(base, sizeof base, p->code, 3);
            compose_code(p->code, base, memory_role_of(m->code));
            p->role = m->role;
        }
    }
    /* "Indian and Chinese troops": the head role belongs to every bare
     * country joined right before it (not "Fiji and the government of
     * Tonga": that role is Tonga's) */
    for (size_t j = out->n; j-- > 1;) {
        mention_t *m = &out->m[j];
        if (!m->role || m->role_of || strlen(m->code) < 6) continue;
        for (size_t k = j; k-- > 0;) {
            mention_t *p = &out->m[k];
            if (p->group != m->group || strlen(p->code) != 3 || p->role || p->person) break;
            if (p->end + 1 != out->m[k + 1].start && p->end + 2 != out->m[k + 1].start) break;
            char base[4];
            util_copy(base, sizeof base, p->code, 3);
            compose_code(p->code, base, memory_role_of(m->code));
            p->role = m->role;
        }
    }
}
