/* backref.c -- what a word that names no one by itself stands for: a
 * pronoun ("she", the object "her"), a role alone ("the minister", "the
 * police", "the Government"), "the two ministers", "the North", "the bloc",
 * and TABARI's FORWARD; resolved through the story's memory (memory.c). */
#include "4_actors/backref.h"

#include <stdio.h>
#include <string.h>

#include "3_sentences/words.h"
#include "4_actors/compose.h"
#include "4_actors/memory.h"
#include "lib/util.h"

int backref_body_word(const char *w)
{
    return words_in(w, (const char *const[]){"council", "commission", "agency", "committee",
                                             NULL});
}

const actor_entry_t *backref_named_before(const tokens_t *tk, size_t i, const actor_memory_t *mem)
{
    if (i == 0 || !token_is(tk, i - 1, "the") ||
        (i + 1 < tk->n && (tk->t[i + 1].flags & TOK_CAP)))
        return NULL;
    if (token_is(tk, i, "bloc") || token_is(tk, i, "alliance")) return mem->igo;
    if (mem->body[0] && !token_is(tk, i + 1, "of") && backref_body_word(token_folded(tk, i)))
        for (size_t k = 0; k < sizeof mem->body / sizeof mem->body[0] && mem->body[k]; k++)
            if (!strcmp(strrchr(mem->body[k]->phrase, ' ') + 1, token_folded(tk, i)))
                return mem->body[k];
    if (!(tk->t[i].flags & TOK_CAP)) return NULL;
    if (token_is(tk, i, "north")) return mem->north;
    if (token_is(tk, i, "south")) return mem->south;
    return NULL;
}

/* Does the word at token i describe a bloc: a region or kind ("regional",
 * "military", "West African") or a number of members ("15-nation",
 * "27-member")? */
static int backref_bloc_word(const tokens_t *tk, size_t i)
{
    static const char *const kinds[] = {
        "regional", "military", "western", "transatlantic", "economic", "trade", "defence",
        "defense", "security", "west", "east", "southern", "eastern", "northern", "african",
        "european", "asian", "arab", "atlantic", "gulf", "pacific", "continental",
        "intergovernmental", "powerful", "influential", NULL};
    const char *w = token_folded(tk, i);
    if (!(tk->t[i].flags & TOK_WORD)) return 0;
    if (w[0] >= '0' && w[0] <= '9') {
        const char *h = strchr(w, '-');
        return h && words_in(h + 1, (const char *const[]){"member", "nation", "country",
                                                          "state", NULL});
    }
    return words_in(w, kinds);
}

const actor_entry_t *backref_bloc_at(const tokens_t *tk, size_t i, const actor_memory_t *mem,
                                     size_t *end)
{
    if (!mem->igo || !token_is(tk, i, "the")) return NULL;
    size_t p = i + 1;
    while (p < tk->n && p < i + 3 && backref_bloc_word(tk, p)) p++;
    if (p == i + 1 || p >= tk->n || !(token_is(tk, p, "bloc") || token_is(tk, p, "alliance")) ||
        (p + 1 < tk->n && (tk->t[p + 1].flags & TOK_CAP)))
        return NULL;
    *end = p + 1;
    return mem->igo;
}

/* Does the word at token i describe an armed group: what it is
 * ("militant", "Islamist", "Shiite"), who backs it ("Iran-backed",
 * "Gaza-based", "al-Qaeda-linked"), a nationality ("Lebanese")? */
static int backref_group_word(const tokens_t *tk, size_t i)
{
    static const char *const kinds[] = {
        "militant", "islamist", "jihadist", "terrorist", "terror", "extremist", "armed",
        "rebel", "insurgent", "separatist", "paramilitary", "militia", "shiite", "shia",
        "sunni", "islamic", "radical", "hardline", "outlawed", "banned", "proscribed",
        "powerful", "notorious", "violent", "political", "resistance", "guerrilla", NULL};
    static const char *const links[] = {"backed", "based", "linked", "aligned", "allied",
                                        "affiliated", "led", "inspired", "funded", NULL};
    const char *w = token_folded(tk, i);
    if (!(tk->t[i].flags & TOK_WORD) || (tk->t[i].flags & TOK_NUM)) return 0;
    const char *h = strrchr(w, '-');
    if (h && words_in(h + 1, links)) return 1;
    if (words_in(w, kinds)) return 1;
    /* "Lebanese", "Palestinian", "Yemeni": a capitalized word ending as
     * nationalities do */
    size_t n = tk->t[i].flen;
    return (tk->t[i].flags & TOK_CAP) && n > 4 && !h &&
           (!strcmp(w + n - 3, "ese") || !strcmp(w + n - 3, "ian") || !strcmp(w + n - 2, "an") ||
            !strcmp(w + n - 1, "i"));
}

const actor_entry_t *backref_group_at(const tokens_t *tk, size_t i, const actor_memory_t *mem,
                                      size_t *end)
{
    static const char *const heads[] = {"group", "movement", "militia", "organisation",
                                        "organization", "faction", "outfit", NULL};
    if (!mem->group || mem->nsent - mem->group_sent > 4 || !token_is(tk, i, "the")) return NULL;
    size_t p = i + 1;
    while (p < tk->n && p < i + 4 && backref_group_word(tk, p)) p++;
    /* not a name: "the group of ...", "the Movement for the Emancipation of
     * the Niger Delta", "the Movement for Democratic Change" */
    if (p >= tk->n || !words_in(token_folded(tk, p), heads) ||
        (p + 1 < tk->n && (token_is(tk, p + 1, "of") || (tk->t[p + 1].flags & TOK_CAP) ||
                           ((tk->t[p].flags & TOK_CAP) && token_is(tk, p + 1, "for")))))
        return NULL;
    *end = p + 1;
    return mem->group;
}

int backref_person_role(const char *phrase)
{
    static const char *const heads[] = {"minister", "president", "secretary", "spokesman",
                                        "spokeswoman", "spokesperson", "leader", "premier",
                                        "chancellor", "king", "queen", "ambassador", "envoy",
                                        "general", "commander", "chief", "official", "diplomat",
                                        "governor", "mayor", "senator", "prince", "emir", NULL};
    const char *last = strrchr(phrase, ' ');
    last = last ? last + 1 : phrase;
    for (int i = 0; heads[i]; i++)
        if (last[0] == heads[i][0] && !strncmp(last, heads[i], strlen(heads[i]))) return 1;
    return 0;
}

/* Does phrase, a role, tell of one person ("pilot", "ambassador", "Air
 * Force pilot"), not of a body ("army") or of many ("soldiers")? */
static int backref_individual_role(const char *phrase)
{
    if (backref_person_role(phrase)) return phrase[strlen(phrase) - 1] != 's';
    const char *last = strrchr(phrase, ' ');
    return words_in(last ? last + 1 : phrase,
                    (const char *const[]){"pilot", "soldier", "officer", "sailor", "journalist",
                                          "reporter", "activist", "dissident", NULL});
}

/* Is the role at token i written as a name: "the Government", "the Defence
 * Force", capitalized after "the" in a sentence with a word of four letters
 * or more in lower case (not a Title Case headline)? */
static int backref_proper_role(const tokens_t *tk, size_t i)
{
    if (i == 0 || !(tk->t[i].flags & TOK_CAP) || !token_is(tk, i - 1, "the")) return 0;
    for (size_t j = 0; j < tk->n; j++)
        if ((tk->t[j].flags & TOK_WORD) && !(tk->t[j].flags & (TOK_NUM | TOK_CAP)) &&
            tk->t[j].flen >= 4)
            return 1;
    return 0;
}

/* Is role (a role code) one of people who are where they act: police,
 * protesters, civilians, rebels, workers, students, health workers? */
static int backref_place_role(const char *role)
{
    return words_in(role, (const char *const[]){"COP", "OPP", "CVL", "REB", "LAB", "EDU",
                                                "HLH", NULL});
}

/* "he", "she", "him": the person the last sentence was about (its first
 * person named), else the last person named; m->code stays "" when none. */
void backref_pronoun(const actor_memory_t *mem, uint32_t start, uint32_t end, int opens,
                     mention_t *m)
{
    const mention_t *ref = mem->last_subject.code[0] ? &mem->last_subject : &mem->last_person;
    if (!ref->code[0]) return;
    uint32_t n, nlast;
    const mention_t *main = memory_main_figure(mem, &n, &nlast);
    /* "he" or "she" opening a sentence ("On Monday he was in Suva"): the
     * story's main figure rather than a person named fewer times in the
     * last sentence */
    if (opens && main && mem->subject_sent != mem->nsent && n >= 2 && n > nlast) ref = main;
    *m = *ref;
    m->start = start;
    m->end = end;
    m->group = -1;
    m->how = "pronoun";
}

void backref_not_subject(const tokens_t *tk, const mentions_t *out, const mention_t before[2],
                         mention_t *m)
{
    if (!out->n || m->how[0] != 'p' || strcmp(m->how, "pronoun") ||
        !(token_is(tk, m->start, "him") || token_is(tk, m->start, "her")))
        return;
    const mention_t *subj = &out->m[out->n - 1];
    if (!subj->person || strcmp(subj->code, m->code)) return;   /* people of one code count as one */
    for (uint32_t p = subj->end; p < m->start; p++)
        if (words_in(token_folded(tk, p), (const char *const[]){"said", "says", "saying", "that", NULL}))
            return;
    for (int b = 0; b < 2; b++) {
        if (!before[b].code[0] || !strcmp(before[b].code, m->code)) continue;
        uint32_t start = m->start, end = m->end;
        *m = before[b];
        m->start = start;
        m->end = end;
        m->group = -1;
        m->how = "pronoun";
        return;
    }
}

void backref_role(const backref_role_t *q, const actor_memory_t *mem, mention_t *m)
{
    const mention_t *ref = NULL;
    /* "its spokesman": the last country or body named; "his", "her",
     * "whose": the last person */
    int its = q->poss && token_is(q->tk, q->start, "its") && mem->last_body.code[0];
    if (its || (q->poss && mem->last_person.code[0])) {
        ref = its ? &mem->last_body : &mem->last_person;
        m->how = "possessive";
    } else {
        /* "the minister" refers back to a named minister; "the police",
         * "protesters" to the last police or protesters of a named
         * country */
        size_t rl = q->role_e ? strlen(q->role_e->phrase) : 0;
        int plural = rl > 1 && q->role_e->phrase[rl - 1] == 's';   /* "leaders": whose? */
        int person_role = q->role_e && backref_person_role(q->role_e->phrase);
        int want_person = !plural && person_role;
        /* a new name after the role is a new person, not one named before */
        for (size_t r = 0; r < mem->nrole && !(person_role && q->names); r++)
            if (!strcmp(mem->byrole[r].code + 3, q->role) &&   /* byrole: actor.h */
                (want_person ? mem->byrole[r].person : !person_role && !mem->byrole[r].person))
                ref = &mem->byrole[r];
        /* "a captured Indian Air Force pilot ... Wing Commander Abhinandan
         * Varthaman": a new name under a title of the role of the last
         * person told of by that role alone, with a country, is that person;
         * not an official (GOV): "leader John Steenhuisen" after "the
         * ambassador" is the home country's (below) */
        int retold = person_role && q->names && strcmp(q->role, "GOV");
        for (size_t r = 0; r < mem->nrole && !ref && retold; r++)
            if (!mem->byrole[r].person && mem->byrole[r].role &&
                !strcmp(mem->byrole[r].code + 3, q->role) &&
                backref_individual_role(mem->byrole[r].role->phrase))
                ref = &mem->byrole[r];
        m->how = "role";
        /* "the Government", "the Defence Force" written as names (not
         * in a headline's Title Case) are the outlet's own country's */
        /* (its last word too: "the Islamist group" is no name) */
        int proper = !person_role && backref_proper_role(q->tk, q->start) &&
                     (!q->role_e || q->start + q->role_e->ntok > q->tk->n ||
                      (q->tk->t[q->start + q->role_e->ntok - 1].flags & TOK_CAP));
        if (proper) ref = NULL;
        /* an institution or group named nowhere before, or an office
         * holder named without a country ("President William Ruto"):
         * the story's own, its home country (an annalist convention:
         * TABARI and PETRARCH leave such roles uncoded) */
        /* so is an office holder named without a country ("Health
         * Minister Shane Reti"): journalists name foreign ones with theirs */
        const char *home = proper || (person_role && q->names) ? memory_outlet(mem) : memory_story_home(mem);
        if (!home && q->sent_home[0]) home = q->sent_home;   /* the story's first */
        /* people of a place ("In Nigeria, police arrested", "protesters
         * rallied in Niger"): the country the sentence names as a place,
         * rather than the last of their kind named or the story's home */
        /* (or its city: "protesters in Moscow", a story's focus aside) */
        if (!proper && !person_role && q->sent_land &&
            (q->sent_land[0] || (mem->focus[0] && q->sent_home[0])) &&
            backref_place_role(q->role)) {
            home = q->sent_land[0] ? q->sent_land : q->sent_home;
            if (ref && strncmp(ref->country, home, 3)) ref = NULL;
        }
        /* the opposition of a country the story does not name by it: the
         * opposition to the person it names most ("Opposition leader
         * Matthew Wale accused Manele" in a story of Manele in Beijing) */
        uint32_t nmain, nlast;
        const mention_t *main = memory_main_figure(mem, &nmain, &nlast);
        if (!ref && !proper && !strcmp(q->role, "OPP") && q->role_e &&
            strstr(q->role_e->phrase, "opposition") && main && strlen(main->country) == 3 &&
            !strcmp(memory_role_of(main->code), "GOV") && !(q->sent_land && q->sent_land[0]))
            home = main->country;
        /* a legislature or court of no country named, in a sentence whose
         * first person is a government's ("U.S. President Barack Obama ...
         * warned Congress"): that government's country's, not the home
         * country's (an Iranian story's) */
        if (!ref && !proper && !person_role && mem->subject_sent == mem->nsent &&
            (q->role[0] == 'L' || q->role[0] == 'J') &&
            (!strcmp(q->role, "LEG") || !strcmp(q->role, "JUD")) &&
            strlen(mem->last_subject.country) == 3 &&
            !strcmp(memory_role_of(mem->last_subject.code), "GOV"))
            home = mem->last_subject.country;
        if (!ref && home && q->role_e && q->role_e->native && (!person_role || q->names || plural)) {
            compose_code(m->code, home, q->role);
            m->how = "home country";
        }
    }
    if (ref) {
        char cc[4];
        util_copy(cc, sizeof cc, ref->country, 3);
        if (strlen(ref->country) == 3) compose_code(m->code, cc, q->role);
        else util_copy(m->code, sizeof m->code, ref->code, SIZE_MAX);
        m->entry = ref->entry;
        m->ecode = ref->ecode;
    } else if (q->convert_agents && !q->poss) {
        /* TABARI's CONVERT AGENTS: "guerrillas" alone is "~REB";
         * PETRARCH: "a senior official" alone is "---GOV" */
        snprintf(m->code, sizeof m->code, "%s%.20s",
                 q->convert_agents == ACT_CONVERT_PETRARCH ? "---" : "~", q->role);
        m->how = "agent";
    }
    m->person = q->names > 0;
}

int backref_lead_at(const tokens_t *tk, size_t i)
{
    if (i != 0 || i + 1 >= tk->n || !(token_is(tk, i, "it") || token_is(tk, i, "they")))
        return 0;
    return !(tk->t[i + 1].wc & WC_BE) && (tk->t[i + 1].flags & TOK_WORD) &&
           !words_in(token_folded(tk, i + 1),
                     (const char *const[]){"seems", "seemed", "appears", "appeared", "remains",
                                           "remained", "'s", "'re", NULL});
}

/* Is m a body named in the plural ("the rebels", "police")? */
static int backref_plural_body(const mention_t *m)
{
    if (m->person || !m->role) return 0;
    const char *ph = m->role->phrase;
    size_t n = strlen(ph);
    return (n > 1 && ph[n - 1] == 's') || !strcmp(ph + (n >= 6 ? n - 6 : 0), "police");
}

void backref_they(const tokens_t *tk, uint32_t start, uint32_t end, mentions_t *out)
{
    if (!out->n) return;
    size_t last = out->n, f = last - 1;   /* the first of the last run joined by "and" */
    while (f > 0 && compose_joined(tk, out->m[f - 1].end, out->m[f].start, 0)) f--;
    /* one body: named in the plural, and not civilians ("civilians ... because
     * they had been forced to help the rebels": they suffer what is told) */
    if (last - f < 2 && (out->m[f].how[0] == 'p' || !backref_plural_body(&out->m[f]) ||
                         !strcmp(memory_role_of(out->m[f].code), "CVL")))
        return;
    for (size_t j = f; j < last && out->n < ACTOR_MAX_PER_SENTENCE; j++) {
        mention_t m = out->m[j];
        m.start = start;
        m.end = end;
        m.group = -1;
        m.how = "pronoun";
        *UTIL_PUSH(out->m, out->n, out->cap) = m;
    }
}

void backref_lead(const tokens_t *tk, uint32_t start, uint32_t end, const actor_memory_t *mem,
                  mentions_t *out)
{
    if (!mem->nlead || mem->lead_sent + 1 != mem->nsent) return;
    int they = token_is(tk, start, "they");
    if (they ? mem->nlead < 2 && !backref_plural_body(&mem->lead[0])
             : mem->nlead != 1 || mem->lead[0].person || backref_plural_body(&mem->lead[0]))
        return;
    for (uint32_t k = 0; k < mem->nlead && out->n < ACTOR_MAX_PER_SENTENCE; k++) {
        mention_t m = mem->lead[k];
        m.start = start;
        m.end = end;
        m.group = -1;
        m.how = "pronoun";
        util_grow((void **)&out->m, &out->cap, out->n + 1, sizeof *out->m);
        if (!out->m) return;   /* never (util_grow exits when memory runs out): for the analyzer */
        out->m[out->n++] = m;
    }
}

void backref_lead_note(const mentions_t *out, actor_memory_t *mem)
{
    if (!out->n) return;
    mem->nlead = 0;
    mem->lead_sent = mem->nsent;
    for (size_t j = 0; j < out->n && mem->nlead < 4 && out->m[j].group == out->m[0].group; j++)
        mem->lead[mem->nlead++] = out->m[j];
}

/* TABARI's FORWARD: a pronoun before any actor stands for mem->forward
 * (the first actor of the previous sentence); notes this sentence's first
 * actor in mem->first_actor. */
void backref_forward(const tokens_t *tk, actor_memory_t *mem, mentions_t *out)
{
    mem->first_actor[0] = '\0';
    for (size_t j = 0; j < out->n && !mem->first_actor[0]; j++) {
        const mention_t *m = &out->m[j];
        /* util_copy(mem->first_actor, ..., sizeof mem->first_actor - 1), inline */
        const char *code = m->ecode ? m->ecode->code : m->code;
        size_t n = 0;
        for (; n < sizeof mem->first_actor - 1 && code[n]; n++) mem->first_actor[n] = code[n];
        mem->first_actor[n] = '\0';
    }
    if (!mem->forward[0]) return;
    uint32_t limit = out->n ? out->m[0].start : (uint32_t)tk->n;
    for (uint32_t p = 0; p < limit; p++) {
        if (!words_in(token_folded(tk, p), (const char *const[]){"he", "she", "it", "they", NULL}))
            continue;
        (void)UTIL_PUSH(out->m, out->n, out->cap);   /* room for one more */
        memmove(out->m + 1, out->m, (out->n - 1) * sizeof *out->m);
        mention_t *m = &out->m[0];
        memset(m, 0, sizeof *m);
        m->start = p;
        m->end = p + 1;
        snprintf(m->code, sizeof m->code, "%s", mem->forward);
        snprintf(m->country, sizeof m->country, "%.3s", mem->forward);
        m->how = "forwarded";
        return;
    }
}
