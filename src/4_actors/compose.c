/* compose.c -- actor codes put together: a country joined to a role
 * (NZL+GOV = NZLGOV), mentions joined into groups ("France and Germany",
 * but not the apposition "Iran, Hezbollah's main backer"), and a role shared
 * by the members of a group ("leaders of Fiji and Tonga"); a head word
 * before an actor ("the head of the UN refugee agency") is part of it. */
#include "4_actors/compose.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "3_sentences/words.h"
#include "4_actors/memory.h"
#include "lib/util.h"

/* Joins a base actor code and a role: NZL+GOV = NZLGOV; CHNGOV+GOV =
 * CHNGOV; USAGOV+MIL = USAMIL; IGO codes take no role; an armed group's
 * or the opposition's commanders and fighters stay the group's
 * (PSEREB+MIL = PSEREB: "Hamas commanders", "RSF commanders"). */
/* Is s (NUL-terminated, perhaps shorter) the three letters w, with more
 * after them when more is set, else with nothing? Its bytes compared one
 * by one: asked of every code composed. */
static inline int compose_is3(const char *s, const char w[4], int more)
{
    return s[0] == w[0] && s[1] == w[1] && s[2] == w[2] && (more || !s[3]);
}

void compose_code(char out[24], const char *base, const char *role)
{
    if (!role || !*role || !(base[0] && base[1] && base[2]) ||   /* strlen(base) < 3 */
        compose_is3(base, "IGO", 1) || compose_is3(base, "NGO", 1) || compose_is3(base, "MNC", 1)) {
        util_copy(out, 24, base, SIZE_MAX);
        return;
    }
    if (!base[3]) {   /* a bare country */
        memmove(out, base, 4);   /* its letters and NUL: util_copy */
        util_copy(out + 3, 21, role, 6);
        return;
    }
    if (strstr(base + 3, role)) {
        util_copy(out, 24, base, SIZE_MAX);
        return;
    }
    if (compose_is3(role, "GOV", 0) ||
        (compose_is3(role, "MIL", 0) &&
         words_in(base + 3, (const char *const[]){"REB", "OPP", "CRM", NULL}))) {
        util_copy(out, 24, base, SIZE_MAX);
        return;
    }
    util_copy(out, 24, base, 3);
    util_copy(out + 3, 21, role, 3);
}

void compose_code_tabari(char out[24], const char *base, const char *role)
{
    size_t bl = strlen(base), rl = strlen(role);
    for (size_t i = 0; rl && i + rl <= bl; i += 3)
        if (!strncmp(base + i, role, rl)) {
            util_copy(out, 24, base, SIZE_MAX);   /* "Tamil Tiger guerrillas": LKAREB */
            return;
        }
    char full[48];
    snprintf(full, sizeof full, "%s%s", base, role);
    util_copy(out, 24, full, SIZE_MAX);
}

/* Is token i a participle in lower case ("prompting", "accusing")? It
 * opens a clause: ", prompting Tallinn to" joins no list. */
static int compose_participle(const tokens_t *tk, uint32_t i)
{
    uint32_t n = tk->t[i].flen;
    return n >= 5 && !(tk->t[i].flags & TOK_CAP) && !strcmp(token_folded(tk, i) + n - 3, "ing");
}

int compose_joined(const tokens_t *tk, uint32_t from, uint32_t to, int petrarch)
{
    if (from >= to) return 0;
    int saw_and = 0, loose = 0;
    for (uint32_t i = from; i < to; i++) {
        if (token_is(tk, i, "and") || token_is(tk, i, "&") || token_is(tk, i, "nor")) saw_and = 1;
        else if (token_is(tk, i, ",") || token_is(tk, i, "the") || token_is(tk, i, "both")) {
            saw_and |= petrarch && token_folded(tk, i)[0] == ',';
            continue;
        } else if ((token_is(tk, i, "as") && i > from && token_is(tk, i - 1, "well")) ||
                   (token_is(tk, i, "well") && i + 1 < to && token_is(tk, i + 1, "as")) ||
                   (token_is(tk, i, "as") && i + 2 < to && token_is(tk, i + 1, "well")))
            continue;   /* "as well as"; a lone "as" opens a clause ("protesters as parliament passes") */
        else if (saw_and && tk->t[i].id == 0 && (tk->t[i].flags & TOK_WORD) && !compose_participle(tk, i) &&
                 ++loose <= 2)
            continue;
        else return 0;
    }
    return 1;
}

/* "Iran, Hezbollah's main backer, warned", "China, the North's main
 * ally, urged": after a bare comma (and "the"), an actor in the possessive
 * opens an apposition, not a list. */
static int compose_apposition(const tokens_t *tk, uint32_t from, const mention_t *m)
{
    for (uint32_t i = from; i < m->start; i++)
        if (!token_is(tk, i, ",") &&
            !(i + 1 == m->start && i > from && !m->role && token_is(tk, i, "the")))
            return 0;
    return token_is(tk, m->end, "'s") || token_is(tk, m->end, "'");
}

/* PETRARCH: a role with no actor ("---LEG") in a group with countries is
 * each country's: "Danish media and government" = DNKMED, DNKGOV;
 * "lawmakers and officials in Fornost and Gondor" = FORLEG, GONLEG, ... */
static void compose_bare_roles(mentions_t *out)
{
    size_t n0 = out->n;
    for (size_t j = 0; j < n0; j++) {
        if (strncmp(out->m[j].code, "---", 3) || !out->m[j].code[3]) continue;
        char role[8];
        util_copy(role, sizeof role, out->m[j].code + 3, 3);
        int done = 0;
        for (size_t k = 0; k < n0 && out->n < ACTOR_MAX_PER_SENTENCE; k++) {
            const mention_t *c = &out->m[k];
            if (k == j || c->group != out->m[j].group || !strncmp(c->code, "---", 3) ||
                strlen(c->code) < 3 || c->person)
                continue;
            char base[4];
            util_copy(base, sizeof base, c->code, 3);
            mention_t *t = done ? UTIL_PUSH(out->m, out->n, out->cap) : &out->m[j];
            if (done) *t = out->m[j];
            compose_code(t->code, base, role);
            util_copy(t->country, sizeof t->country, base, 3);
            done = 1;
        }
    }
}

/* "Sheikh Tamim bin Hamad al Thani, and the governments of Oman": up to four
 * words of a person's name the dictionary did not take in ("al Thani":
 * capitalized, unknown or a particle such as "al", "bin", "van"), right
 * after the mention at token from and before a comma, are passed over.
 * Returns the token after them (from when there are none). */
static uint32_t compose_name_tail(const tokens_t *tk, uint32_t from, uint32_t to)
{
    static const char *const particles[] = {"al", "el", "bin", "ibn", "bint", "de", "da",
                                            "dos", "van", "von", "der", NULL};
    uint32_t p = from;
    while (p < to && p < from + 4 && (tk->t[p].flags & TOK_WORD) && !(tk->t[p].flags & TOK_NUM) &&
           (tk->t[p].id == 0 || (tk->t[p].flags & TOK_CAP) || words_in(token_folded(tk, p), particles)) &&
           !token_is(tk, p, "and"))
        p++;
    return p > from && p < to && token_is(tk, p, ",") ? p : from;
}

/* "Russia attacked Kyiv, Ukraine's foreign ministry said", "After Israel
 * struck Beirut, Iran condemned the attack": an actor set off by a bare
 * comma (no "and" between) from an actor prev that does not open the
 * sentence or a label's colon (a headline's "Mexico, US agree", "Border
 * row: Peru, Bolivia sign pact" is a list), and followed by a
 * word in lower case that neither goes on with a list ("and", "or") nor
 * belongs to the actor ("'s"), opens a clause of its own (a speaker, a
 * subject), and is not one more of a list; a word of speech after it
 * always does, a person's name only so (the rest of a name may follow). */
static int compose_speaker(const tokens_t *tk, const mention_t *prev, uint32_t from,
                           const mention_t *m)
{
    for (uint32_t i = from; i < m->start; i++)
        if (!token_is(tk, i, ",") && !token_is(tk, i, "the")) return 0;
    uint32_t e = m->end;
    if (e >= tk->n || !(tk->t[e].flags & TOK_WORD) || (tk->t[e].flags & TOK_CAP)) return 0;
    if ((tk->t[e].wc & WC_SPEECH) && !(tk->t[e].wc & WC_NEG)) return 1;
    if (m->person) return 0;   /* the rest of a name: "Sheikh Tamim ... al Thani," */
    uint32_t p = prev->start;
    while (p > 0 && token_is(tk, p - 1, "the")) p--;
    return p > 0 && !token_is(tk, p - 1, ":") &&
           !words_in(token_folded(tk, e), (const char *const[]){"and", "or", "nor", "'s", NULL});
}

/* "In Kenya, Secretary of State Antony Blinken urged", "During a visit to
 * Nairobi, Blinken said", "Speaking in Brussels, Stoltenberg warned": the
 * comma before mention m closes a phrase that opens the sentence (with a
 * preposition, a subordinating word or a participle in -ing), and m opens
 * the clause: it joins no list with the actor inside the phrase. m goes on
 * with a list when "and", "or" or a comma and a capital follow it ("In
 * France, Germany and Italy, farmers ..."). */
static int compose_after_opening(const tokens_t *tk, uint32_t from, const mention_t *m)
{
    if (tk->n < 4 || m->end >= tk->n) return 0;
    const token_t *t0 = &tk->t[0];
    if (!(t0->wc & (WC_PREP | WC_BOUNDARY)) &&
        !(t0->flen >= 6 && token_ends(tk, 0, "ing")))
        return 0;
    uint32_t c = 0;
    while (c < m->start && !token_is(tk, c, ",")) c++;
    if (c < from || c >= m->start) return 0;   /* not the sentence's first comma */
    uint32_t e = m->end;
    if (token_is(tk, e, "and") || token_is(tk, e, "or") || token_is(tk, e, "&")) return 0;
    return !(token_is(tk, e, ",") && e + 1 < tk->n && (tk->t[e + 1].flags & TOK_CAP));
}

void compose_groups(const tokens_t *tk, mentions_t *out, int petrarch)
{
    int32_t g = 0;
    for (size_t j = 0; j < out->n; j++) {
        mention_t *m = &out->m[j];
        /* "Nurtleu, whose government offered": a clause, not a list */
        int whose = token_is(tk, m->start, "whose");
        uint32_t from = j > 0 ? out->m[j - 1].end : 0;
        if (j > 0 && out->m[j - 1].person) from = compose_name_tail(tk, from, m->start);
        if (j > 0 && (out->m[j - 1].start == m->start ||
                      (compose_joined(tk, from, m->start, petrarch) &&
                       !compose_apposition(tk, out->m[j - 1].end, m) && !whose &&
                       !compose_speaker(tk, &out->m[j - 1], from, m) &&
                       !compose_after_opening(tk, from, m))))
            m->group = out->m[j - 1].group;
        else m->group = g++;
        for (uint32_t t = m->start; t < m->end && t < tk->n; t++) out->at[t] = (int32_t)j;
    }
    /* "leaders of Fiji and Tonga": the role belongs to every bare country
     * joined after it */
    for (size_t j = 0; j + 1 < out->n; j++) {
        mention_t *m = &out->m[j];
        if (!m->role_of) continue;
        /* TABARI does not: "the ambassadors of Arnor, Osgiliath and Gondor"
         * is ARNGOV, OSG, GON (Validate.text DEMO-08) */
        if (!petrarch && m->role && !m->role->native) continue;
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
    if (petrarch) compose_bare_roles(out);
}

uint32_t compose_head_start(const tokens_t *tk, uint32_t start)
{
    static const char *const heads[] = {
        "head", "heads", "chief", "chiefs", "director", "directors", "member", "members",
        "delegation", "delegations", "representative", "representatives", "leadership", NULL};
    uint32_t p = start;
    if (p > 0 && token_is(tk, p - 1, "the")) p--;
    if (p < 2 || !(token_is(tk, p - 1, "of") || token_is(tk, p - 1, "from"))) return start;
    uint32_t h = p - 2;
    if (!words_in(token_folded(tk, h), heads)) return start;
    /* a subject only: not "deployed thousands of soldiers" */
    uint32_t b = h;
    if (b > 0 && words_in(token_folded(tk, b - 1), (const char *const[]){"the", "a", "an", NULL})) b--;
    if (b > 0 && (tk->t[b - 1].flags & TOK_WORD)) return start;
    return h;
}
