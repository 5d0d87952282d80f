/* actor_mention.c -- one mention built from the atoms that start at one:
 * a country and its roles ("New Zealand's prime minister", "Minister of
 * Foreign Affairs of Fiji"), a person and the names after a role
 * ("Foreign Minister Jeremiah Manele", remembered), a pronoun, a surname
 * or a role alone resolved through the story's memory (backref.c). */
#include "4_actors/actor_mention.h"

#include <stdio.h>
#include <string.h>

#include "3_sentences/words.h"
#include "4_actors/backref.h"
#include "4_actors/compose.h"
#include "4_actors/memory.h"
#include "lib/util.h"

/* Is atom k right after token position p (allowing modifier words)? */
static int actor_next_adjacent(const actor_scan_t *s, size_t k, uint32_t p,
                               int allow_mods)
{
    if (k >= s->nat) return 0;
    uint32_t st = s->at[k].start;
    /* TABARI found actors and agents before it cut comma clauses: "Dagolath,
     * its biggest trading partner, officials said" does not make DAGGOV */
    if (s->tk->t[st].flags & TOK_CUT) return 0;
    /* "China's top diplomat", "the Chinese deputy foreign minister" */
    while (allow_mods && p < st && (s->tk->t[p].wc & WC_ROLEMOD)) p++;
    /* PETRARCH read the noun phrase: "Ithilen's awful and evil minister" */
    int after_poss = p > 0 && token_is(s->tk, p - 1, "'s");
    for (int n = 0; s->petrarch && after_poss && allow_mods && p < st && n < 4; n++, p++) {
        const token_t *t = &s->tk->t[p];
        if (token_is(s->tk, p, "and")) continue;
        if (!(t->flags & TOK_WORD) || (t->flags & (TOK_CAP | TOK_NUM)) ||
            (t->wc & (WC_PREP | WC_AUX | WC_BOUNDARY | WC_NEG | WC_INTENT | WC_DET)))
            break;
    }
    return p == st;
}

const char *actor_role_code(const actor_entry_t *e, int32_t date)
{
    const actor_code_t *c = actordict_code_on(e, date);
    return c ? c->code : "";
}

/* Do two entries have codes of the same country on date? */
static int actor_same_country(const actor_entry_t *a, const actor_entry_t *b, int32_t date)
{
    const actor_code_t *ca = actordict_code_on(a, date), *cb = actordict_code_on(b, date);
    return ca && cb && strlen(ca->code) >= 3 && !strncmp(ca->code, cb->code, 3);
}

/* Is rc a prefix role ("NGO~")? Then its code goes to prefix (if empty). */
static int actor_prefix_role(const char *rc, char prefix[8])
{
    size_t n = strlen(rc);
    if (!n || rc[n - 1] != '~') return 0;
    if (!prefix[0]) snprintf(prefix, 8, "%.*s", (int)(n - 1), rc);
    return 1;
}

/* Does a phrase of time or place open the sentence before token p ("On
 * Monday he", "Later, she", "In Suva, he")? A new scene, where "he" is
 * the story's main figure rather than the last sentence's subject ("He
 * added" goes on with that one). */
static int actor_scene_opens(const tokens_t *tk, size_t p)
{
    if (p == 0) return 0;
    if ((tk->t[0].wc & WC_PREP) ||
        words_in(token_folded(tk, 0), (const char *const[]){"after", "before", "later", "earlier",
                                                             "meanwhile", NULL}))
        return 1;
    return token_is(tk, p - 1, ",");
}

/* Is atom i an agent read from a TABARI file (not PETRARCH, not annalist's)? */
static int actor_tabari_agent(const actor_scan_t *s, size_t i)
{
    return i < s->nat && s->at[i].kind == A_AGENT && !s->at[i].e->native && !s->petrarch;
}

/* TABARI: "Arnor former security officials": "former" right before the
 * agent atom i, at token p. */
static int actor_former_at(const actor_scan_t *s, size_t i, uint32_t p)
{
    return actor_tabari_agent(s, i) && s->at[i].start == p + 1 && token_is(s->tk, p, "former");
}

/* "the regime" or "the junta" alone (atom k, "the" and adjectives before
 * it) is the state the sentence named last before it, a country alone,
 * not its first actor (the subject: "The US accused the regime" is
 * another state's): "NATO criticized North Korea and called on the
 * autocratic regime". Returns that country's entry, or NULL. */
static const actor_entry_t *actor_regime_of(const actor_scan_t *s, size_t k)
{
    const atom_t *a = s->at;
    if (a[k].kind != A_AGENT || a[k].end != a[k].start + 1 ||
        !words_in(token_folded(s->tk, a[k].start), (const char *const[]){"regime", "junta", NULL}))
        return NULL;
    for (size_t j = k; j-- > 1;) {
        if (a[j].kind != A_ACTOR) continue;
        if (a[j].e->person || a[j].e->kind != ACT_ACTOR) return NULL;
        const actor_code_t *c = actordict_code_on(a[j].e, s->date);
        if (!c || strlen(c->code) != 3 || !strncmp(c->code, "IGO", 3)) return NULL;
        /* the country must stand alone, not before a role ("Iran's
         * foreign minister"), and the regime must be a fresh phrase */
        if (j + 1 < s->nat && a[j + 1].kind == A_AGENT && a[j + 1].start <= a[j].end + 1) return NULL;
        return token_is(s->tk, a[k].start - 1, "the") || (a[k].start > 1 &&
               token_is(s->tk, a[k].start - 2, "the")) ? a[j].e : NULL;
    }
    return NULL;
}

/* Is atom i, at token p, a word for a state's rule ("regime",
 * "government", "administration", "junta") that a person's name may
 * stand before ("the Assad regime")? */
static int actor_regime_word(const actor_scan_t *s, size_t i, uint32_t p)
{
    return i < s->nat && s->at[i].kind == A_AGENT && s->at[i].start == p &&
           s->at[i].end == p + 1 &&
           words_in(token_folded(s->tk, p), (const char *const[]){"regime", "government",
                                                                 "administration", "junta",
                                                                 NULL});
}

/* "Interior Minister Kithure Kindiki of Kenya": the country or body
 * (atom i, not a person) named by "of" (and "the") right after the new
 * name that ends at token p, standing alone (not "of Kenya's ruling
 * party"). Returns its entry, or NULL. */
static const actor_entry_t *actor_name_of(const actor_scan_t *s, size_t i, uint32_t p)
{
    const tokens_t *tk = s->tk;
    if (i >= s->nat || !token_is(tk, p, "of")) return NULL;
    p++;
    if (token_is(tk, p, "the")) p++;
    const atom_t *a = &s->at[i];
    if (a->start != p || a->kind != A_ACTOR || a->e->person) return NULL;
    const actor_code_t *c = actordict_code_on(a->e, s->date);
    if (!c || strlen(c->code) < 3 || !strncmp(c->code, "---", 3)) return NULL;
    if (token_is(tk, a->end, "'s") || token_is(tk, a->end, "'") ||
        (i + 1 < s->nat && s->at[i + 1].start == a->end && s->at[i + 1].kind == A_AGENT))
        return NULL;
    return a->e;
}

/* Is atom i, right after a country at token p ("North Korea's", "the
 * Russian"), an organisation followed at once by a diplomat's role ("UN
 * ambassador", "EU envoy"): the post the country's envoy holds there? */
static int actor_igo_post(const actor_scan_t *s, size_t i, uint32_t p)
{
    if (i + 1 >= s->nat || s->at[i].kind != A_ACTOR || s->at[i + 1].kind != A_AGENT ||
        s->at[i + 1].start != s->at[i].end || s->at[i].e->person)
        return 0;
    const char *c = actor_role_code(s->at[i].e, s->date);
    return !strncmp(c, "IGO", 3) && actor_next_adjacent(s, i, p, 1) &&
           words_in(s->at[i + 1].e->phrase,
                    (const char *const[]){"ambassador", "ambassadors", "envoy", "envoys",
                                          "diplomat", "diplomats", NULL});
}

/* A person's name at atom *i, right where mention m ends: a known person
 * (sets *person) or a remembered surname (sets *alias); m->end and *i move
 * past it. Returns 1 when one was taken, 0 (nothing changed) otherwise. */
static int actor_take_person(const actor_scan_t *s, size_t *i, mention_t *m,
                             const actor_entry_t **person, int32_t *alias)
{
    const atom_t *a = &s->at[*i];
    if (a->kind == A_ACTOR && a->e->person) *person = a->e;
    else if (a->kind == A_ALIAS) *alias = a->alias;
    else return 0;
    m->end = a->end;
    (*i)++;
    return 1;
}

/* Is the word before a role alone at token p an adjective that makes it
 * the people of several countries ("Western governments", "foreign
 * troops", "world leaders", "Arab governments"), whom no one country's
 * code stands for? Asked only of a role with no country named. */
static int actor_of_many(const tokens_t *tk, uint32_t p)
{
    return p > 0 && (tk->t[p - 1].flags & TOK_WORD) &&
           words_in(token_folded(tk, p - 1),
                    (const char *const[]){"western", "foreign", "world", "arab", "african",
                                          "european", "asian", "gulf", "allied", "international",
                                          NULL});
}

/* "Bolivia's armed forces chief, General Williams Kaliman", "East Timor's
 * President Xanana Gusmao, Prime Minister Mari Alkatiri and ...": a title
 * and a new name with no country (atom k, mention m so far), right after
 * a comma that closes an office holder or a role of a named country (and
 * perhaps one plain word in lower case the role did not take in) (or
 * after "and" that closes one this rule gave its country: the list goes
 * on), and not a speaker (", Prime Minister X said"): that country's. */
static int actor_apposed_country(const actor_scan_t *s, size_t k, const mention_t *m)
{
    const mention_t *p = s->prev;
    uint32_t st = s->at[k].start;
    if (!p || st < 1 || strlen(p->country) != 3 || !strncmp(p->country, "---", 3)) return 0;
    /* one word the role did not take in may end it ("armed forces chief,") */
    uint32_t e = p->end;
    if (e + 2 == st && token_is(s->tk, st - 1, ",") && (s->tk->t[e].flags & TOK_WORD) &&
        !(s->tk->t[e].flags & TOK_CAP) && !(s->tk->t[e].wc & ~WC_ROLEMOD))
        e++;
    if (e + 1 != st) return 0;
    int comma = token_is(s->tk, e, ",");
    if (!comma && !(token_is(s->tk, e, "and") && p->how &&
                    !strcmp(p->how, "country before the comma")))
        return 0;
    if (!(p->person || p->role) || actor_country_guessed(p) ||
        !strncmp(p->country, "IGO", 3) || !strncmp(p->country, "NGO", 3))
        return 0;
    return m->end >= s->tk->n || !(s->tk->t[m->end].wc & WC_SPEECH);
}

const char actor_how_dictionary[] = "dictionary";

/* Builds one mention from the atoms starting at k; returns the next atom
 * index (k + 1 at least). Sets m->code to "" when nothing resolves. */
size_t actor_compose_at(const actor_scan_t *s, size_t k, actor_memory_t *mem,
                        mention_t *m)
{
    const tokens_t *tk = s->tk;
    const atom_t *a = s->at;
    memset(m, 0, sizeof *m);
    m->start = a[k].start;
    m->end = a[k].end;
    m->group = -1;
    m->how = actor_how_dictionary;
    const actor_entry_t *base = NULL, *person = NULL;
    int32_t alias = -1;
    const char *role = NULL;          /* chosen role code */
    const actor_entry_t *role_e = NULL;
    const actor_entry_t *of_person = NULL;   /* "the government of President X" */
    const actor_entry_t *holder = NULL;      /* "Hamas official Basem Naim": a member
                                                the dictionary lists without dates */
    int poss = 0, names = 0;
    uint32_t name_end = 0;            /* the token after the new names */
    int tabari = 0;                   /* the role is a TABARI agent's */
    /* TABARI: "former" right before the actor or the agent makes the agent
     * an elite, ELI (its manual, 5.4.1) */
    int former = a[k].start > 0 && token_is(tk, a[k].start - 1, "former");
    size_t i = k;
    uint32_t p;

    if (a[i].kind == A_PRON) {
        int opens = !token_is(tk, a[i].start, "him") && actor_scene_opens(tk, a[i].start);
        for (size_t j = 0; j < i && opens; j++) opens = a[j].kind == A_NAME;
        backref_pronoun(mem, a[i].start, a[i].end, opens, m);
        return k + 1;
    }
    if (a[i].kind == A_POSS && token_is(tk, a[i].start, "her") &&
        (a[i].end >= tk->n || !(tk->t[a[i].end].flags & TOK_WORD) ||
         (tk->t[a[i].end].wc & WC_PREP) ||
         words_in(token_folded(tk, a[i].end), (const char *const[]){"that", "and", "as", NULL}) ||
         (a[i].start > 0 &&
          words_in(token_folded(tk, a[i].start - 1),
                   (const char *const[]){"let", "allow", "allowed", "told", "asked", "urged",
                                         "invited", "forced", "helped", "made", NULL})))) {
        /* "met her on Monday", "told her that", "let her see": the object "her" */
        backref_pronoun(mem, a[i].start, a[i].end, 0, m);
        return k + 1;
    }
    if (a[i].kind == A_AGENT && i > 0 && a[i - 1].end + 1 == a[i].start &&
        token_is(tk, a[i - 1].end, "'s") &&
        ((a[i - 1].kind == A_ACTOR && a[i - 1].e->person) || a[i - 1].kind == A_ALIAS))
        poss = 1;   /* "President Nicolas Maduro's government": the person just named's */
    if (a[i].kind == A_POSS) {
        poss = 1;
        p = a[i].end;
        i++;
        if (!actor_next_adjacent(s, i, p, 1) ||
            (a[i].kind != A_ACTOR && a[i].kind != A_AGENT))
            return k + 1;
    }
    /* PETRARCH "[NGO~]" agents go before the actor's code: "MSF Arnor" = NGOARN */
    char prefix[8] = "";
    if (i + 1 < s->nat && a[i].kind == A_AGENT && a[i + 1].kind == A_ACTOR &&
        !a[i + 1].e->person && actor_next_adjacent(s, i + 1, a[i].end, 0) &&
        actor_prefix_role(actor_role_code(a[i].e, s->date), prefix)) {
        m->end = a[i].end;
        i++;
    }
    if (i < s->nat && a[i].kind == A_ACTOR) {
        if (a[i].e->person) person = a[i].e;
        else base = a[i].e;
        m->end = a[i].end;
        i++;
        p = m->end;
        if (token_is(tk, p, "'s") || token_is(tk, p, "'")) p++;
        if (!person && actor_next_adjacent(s, i, p, 1) && a[i].kind == A_AGENT) {
            /* falls through to the roles below */
        } else if (!person && actor_igo_post(s, i, p)) {
            /* "North Korea's UN ambassador", "the Russian UN envoy": the
             * organisation names the post; the actor is the country's */
            m->end = a[i].end;
            i++;
        } else if (!person && actor_next_adjacent(s, i, p, 0) && a[i].kind == A_ACTOR &&
                   a[i].e->person) {
            person = a[i].e;
            m->end = a[i].end;
            i++;
        } else if (person && p == m->end && actor_regime_word(s, i, p)) {
            /* "the Assad regime", "the Maduro government": the person's
             * country's, as "the government of President X" is */
            of_person = person, person = NULL;
            role = actor_role_code(a[i].e, s->date), role_e = a[i].e;
            m->end = a[i++].end;
        }
    } else if (i < s->nat && a[i].kind == A_ALIAS) {
        alias = a[i].alias;
        m->end = a[i].end;
        i++;
    }
    /* roles */
    p = m->end;
    if (token_is(tk, p, "'s") || token_is(tk, p, "'")) p++;
    if (base || poss || (k == i && i < s->nat && a[i].kind == A_AGENT)) {
        while (!person && alias < 0 && i < s->nat && a[i].kind == A_AGENT &&
               (actor_next_adjacent(s, i, (k == i) ? a[i].start : p, 1) ||
                (k != i && actor_former_at(s, i, p)))) {
            const char *rc = actor_role_code(a[i].e, s->date);
            if (k != i && actor_former_at(s, i, p)) former = 1;
            tabari |= actor_tabari_agent(s, i);
            if (actor_prefix_role(rc, prefix)) {
                /* "Arnor MSF": a prefix role all the same */
            } else if (!role || (!strcmp(role, "GOV") && strcmp(rc, "GOV")) ||
                       (!strcmp(rc, "GOV") && a[i].e->native && strstr(a[i].e->phrase, "minist"))) {
                role = rc, role_e = a[i].e;   /* "Police Minister": a minister, GOV */
            } else if (!strcmp(rc, role)) {
                role_e = a[i].e;   /* "Air Force pilot": the head of one role, a pilot */
            }
            m->end = a[i].end;
            p = m->end;
            i++;
        }
    }
    /* "minister of foreign affairs of Fiji", "president of France" */
    if ((role || prefix[0]) && !base && !person && !of_person) {
        uint32_t q = m->end;
        /* "soldiers from Gondor", but not "withdrew its troops from Afghanistan";
         * "a spokesman for the German government" (an official speaks for);
         * "officials with China's foreign ministry" */
        if (token_is(tk, q, "of") || (!poss && token_is(tk, q, "from")) ||
            ((s->petrarch || tabari) && !poss && token_is(tk, q, "in")) ||
            (!poss && role_e && token_is(tk, q, "for") &&
             backref_person_role(role_e->phrase)) ||
            (!poss && role_e && token_is(tk, q, "with") &&
             words_in(role_e->phrase, (const char *const[]){"officials", "official", NULL}))) {
            q++;
            if (token_is(tk, q, "the")) q++;
            /* "the government of (Prime Minister) Narendra Modi", "the
             * administration of President Donald Trump": the person's country */
            size_t j = i;
            while (!tabari && j < s->nat && a[j].kind == A_AGENT &&
                   a[j].start == q && token_is(tk, a[i].start - 1, "of"))
                q = a[j++].end;
            if (j > i && (j >= s->nat || a[j].start != q || a[j].kind != A_ACTOR ||
                          !a[j].e->person))
                q = a[i].start;   /* agents not followed by a known person: as before */
            else if (j < s->nat && a[j].start == q && a[j].kind == A_ACTOR && a[j].e->person &&
                     !tabari && token_is(tk, a[i].start - 1, "of") &&
                     actordict_code_on(a[j].e, s->date)) {
                of_person = a[j].e;
                m->end = a[j].end;
                m->role_of = 1;
                i = j + 1;
            }
            if (!of_person && i < s->nat && a[i].start == q && a[i].kind == A_ACTOR &&
                !a[i].e->person) {
                base = a[i].e;
                m->end = a[i].end;
                m->role_of = 1;
                i++;
                /* "the head of the Kenyan police": the institution's role */
                while (i < s->nat && a[i].kind == A_AGENT &&
                       actor_next_adjacent(s, i, m->end, 1) &&
                       !actor_prefix_role(actor_role_code(a[i].e, s->date), prefix)) {
                    role = actor_role_code(a[i].e, s->date), role_e = a[i].e;
                    m->end = a[i].end;
                    i++;
                }
            }
        }
    }
    /* a name after the role: a known person, a remembered surname, or new */
    if ((role || base) && !person && !of_person && alias < 0 && i < s->nat &&
        a[i].start == m->end) {
        if (actor_take_person(s, &i, m, &person, &alias)) {
            /* taken */
        } else if (a[i].kind == A_ACTOR && !base && role && tabari) {
            /* TABARI: an agent before its actor, "PRESIDENT PERES" (its
             * manual, 5.4) */
            base = a[i].e;
            m->end = a[i].end;
            i++;
        } else if (a[i].kind == A_ACTOR && base && role &&
                   (s->petrarch || actor_same_country(base, a[i].e, s->date))) {
            /* "Bree Prime Minister Romendacil" with Romendacil a plain actor
             * of the same country: the name of the office holder */
            holder = a[i].e;
            m->end = a[i].end;
            i++;
        } else if (role) {
            while (i < s->nat && a[i].kind == A_NAME && a[i].start == m->end && names < 4) {
                m->end = a[i].end;
                names++;
                i++;
            }
            /* a known surname after new first names: "Nanaia Mahuta" */
            if (names && i < s->nat && a[i].start == m->end)
                actor_take_person(s, &i, m, &person, &alias);
            /* "Interior Minister Kithure Kindiki of Kenya": the country after
             * the new name */
            name_end = m->end;
            if (names && !person && alias < 0 && !base && (base = actor_name_of(s, i, m->end)))
                m->end = a[i++].end;
        }
    }
    m->role = role_e;
    if (tabari && former && role) role = "ELI";
    if (person) {
        const actor_code_t *c = actordict_code_on(person, s->date);
        if (!c) return i > k ? i : k + 1;
        util_copy(m->code, sizeof m->code, c->code, SIZE_MAX);
        m->entry = person;
        m->ecode = c;
        m->person = 1;
        if (!base) memory_figure(mem, c->code);
    } else if (of_person) {
        const actor_code_t *c = actordict_code_on(of_person, s->date);
        char country[4];
        util_copy(country, sizeof country, c->code, 3);
        compose_code(m->code, country, role);
        m->entry = of_person;
        m->ecode = c;
    } else if (alias >= 0) {
        const actor_alias_t *al = &mem->alias[alias];
        memcpy(m->code, al->code, sizeof m->code);
        m->entry = al->entry;
        m->ecode = al->ecode;
        m->person = !al->abbr;
        m->how = al->abbr ? "abbreviation" : "surname";
    } else if (base) {
        const actor_code_t *c = actordict_code_on(base, s->date);
        if (!c) return i > k ? i : k + 1;
        if (tabari && role) compose_code_tabari(m->code, c->code, role);
        else compose_code(m->code, c->code, role);
        if (prefix[0] && strncmp(m->code, prefix, strlen(prefix))) {   /* not NGM+NGM */
            char full[40];
            snprintf(full, sizeof full, "%s%s", prefix, m->code);
            util_copy(m->code, sizeof m->code, full, SIZE_MAX);
        }
        m->entry = base;
        m->ecode = c;
        m->person = names > 0;
    } else if (role && role_e && strstr(role_e->phrase, "counterpart")) {
        /* "her counterpart" is the other side's official: unknown here
         * (after a meeting, its other side: actor_find) */
        if (poss && !names) m->how = "counterpart";
    } else if (role && (base = actor_regime_of(s, k)) != NULL) {
        /* "NATO criticized North Korea and called on the autocratic regime" */
        const actor_code_t *c = actordict_code_on(base, s->date);
        compose_code(m->code, c->code, role);
        m->entry = base;
        m->ecode = c;
        m->how = "regime named before";
    } else if (role && names && !poss && a[k].kind == A_AGENT && actor_apposed_country(s, k, m)) {
        /* "Bolivia's armed forces chief, General Williams Kaliman": the
         * country of the mention the comma follows */
        compose_code(m->code, s->prev->country, role);
        m->how = "country before the comma";
    } else if (role && !poss && a[k].kind == A_AGENT && actor_of_many(tk, a[k].start)) {
        /* "Western governments", "world leaders": no one country's */
        m->how = "of many countries";
    } else if (role) {
        backref_role_t q = {tk, a[k].start, role_e, role, poss, names, s->sent_home,
                            s->convert_agents, s->sent_land};
        backref_role(&q, mem, m);
        m->person = names > 0;
    }
    if (m->code[0]) actor_set_country(m);
    if (m->code[0] && names) {
        /* remember the new name's surname */
        memory_name_add(mem, tk, name_end - (uint32_t)names, name_end - 1, m);
    } else if (m->code[0] && holder && holder->ntok >= 2 && m->end >= holder->ntok &&
               (tk->t[m->end - 1].flags & TOK_CAP)) {
        /* "Hamas official Basem Naim": a later "Naim" is the same */
        memory_name_add(mem, tk, m->end - holder->ntok, m->end - 1, m);
        m->person = 1;
    }
    return i > k ? i : k + 1;
}
