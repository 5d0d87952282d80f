/* actor.c -- the actors of a sentence: its atoms (actor_atoms.c) made
 * into mentions (actor_mention.c) in order, with pronouns opening it, pairs
 * of sides, abbreviations defined in parentheses and new names set after
 * a mention; then the groups and what the story remembers of them. */
#include "actor.h"

#include <stdlib.h>
#include <string.h>

#include "3_sentences/words.h"
#include "4_actors/abbrev.h"
#include "4_actors/actor_atoms.h"
#include "4_actors/actor_mention.h"
#include "4_actors/backref.h"
#include "4_actors/compose.h"
#include "4_actors/meeting.h"
#include "4_actors/memory.h"
#include "4_actors/names.h"
#include "4_actors/plural.h"
#include "4_actors/sides.h"
#include "lib/util.h"

/* The country of the places the sentence names ("in Nairobi", "across
 * Mali"), the most named first: the home country of a story's first
 * sentence, where "police" may come before "in Nairobi". */
static void actor_sentence_home(actor_scan_t *s)
{
    char seen[8][4];
    int count[8] = {0}, n = 0, best = -1;
    for (size_t k = 0; k < s->nat; k++) {
        if (s->at[k].kind != A_ACTOR || s->at[k].e->person || s->at[k].start == 0) continue;
        const char *before = token_folded(s->tk, s->at[k].start - 1);
        if (!words_in(before, (const char *const[]){"in", "at", "across", "throughout", NULL}))
            continue;
        const char *code = actor_role_code(s->at[k].e, s->date);
        if (strlen(code) < 3 || !strncmp(code, "---", 3) || !strncmp(code, "IGO", 3) ||
            !strncmp(code, "NGO", 3) || !strncmp(code, "MNC", 3) || !strncmp(code, "IMG", 3))
            continue;
        if (!s->sent_land[0] && strlen(code) == 3) memcpy(s->sent_land, code, 4);
        int i = 0;
        while (i < n && strncmp(seen[i], code, 3)) i++;
        if (i == n) {
            if (n == 8) continue;
            memcpy(seen[n], code, 3);   /* code has 3 letters or more */
            seen[n++][3] = '\0';
        }
        if (++count[i] > (best < 0 ? 0 : count[best])) best = i;
    }
    if (best >= 0) memcpy(s->sent_home, seen[best], 4);
}

/* Is the word at token i one that makes the place after it a venue, where
 * sides meet or arrive ("talks in Almaty", "meeting in Luxembourg", "land
 * in Doha"), or where another country has a post ("US bases in Iraq"),
 * not where the story happens? */
static int actor_venue_word(const tokens_t *tk, size_t i)
{
    return words_in(token_folded(tk, i),
                    (const char *const[]){"talks", "meet", "meets", "met", "meeting", "meetings",
                                          "summit", "visit", "visits", "visited", "visiting",
                                          "sign", "signs", "signed", "pact", "deal", "accord",
                                          "conference", "forum", "hold", "holds", "held", "host",
                                          "hosts", "hosted", "gathered", "land", "lands",
                                          "landed", "arrive", "arrives", "arrived", "arrival",
                                          "ministers", "leaders", "base", "bases", "embassy",
                                          "embassies", "consulate", NULL});
}

/* The story's focus place in one of its first sentences (s->tk): the
 * first country it names as a place ("rebels in Mali", "in central and
 * northern Mali", "captured in Abidjan"), not a venue (actor_venue_word
 * among the eight words before); "" none. */
static void actor_focus_place(const actor_scan_t *s, char place[4])
{
    place[0] = '\0';
    for (size_t k = 0; k < s->nat; k++) {
        if (s->at[k].kind != A_ACTOR || s->at[k].e->person) continue;
        uint32_t p = s->at[k].start;
        /* "in central and northern Mali": adjectives in lower case */
        while (p > 0 && p + 3 > s->at[k].start && !(s->tk->t[p - 1].flags & TOK_CAP) &&
               !(s->tk->t[p - 1].wc & WC_PREP) && (s->tk->t[p - 1].flags & TOK_WORD))
            p--;
        if (p == 0 || !words_in(token_folded(s->tk, p - 1),
                                (const char *const[]){"in", "across", "throughout", NULL}))
            continue;
        const char *code = actor_role_code(s->at[k].e, s->date);
        if (strlen(code) < 3 || !strncmp(code, "---", 3) || !strncmp(code, "IGO", 3) ||
            !strncmp(code, "NGO", 3) || !strncmp(code, "MNC", 3) || !strncmp(code, "IMG", 3))
            continue;
        int venue = 0;
        for (uint32_t b = p - 1; b-- > 0 && b + 9 >= p && !venue;) venue = actor_venue_word(s->tk, b);
        if (venue) return;
        memcpy(place, code, 3);
        place[3] = '\0';
        return;
    }
}

/* The run of new names (A_NAME atoms on consecutive tokens) from atom k:
 * its tokens [*first, *last); returns the atom after it. */
static size_t actor_name_run(const actor_scan_t *s, size_t k, uint32_t *first, uint32_t *last)
{
    *first = s->at[k].start;
    *last = s->at[k].end;
    for (k++; k < s->nat && s->at[k].kind == A_NAME && s->at[k].start == *last; k++)
        *last = s->at[k].end;
    return k;
}

/* "its spokesman, Colonel Abdoulaye Maiga,": the new names in tokens
 * [first, last) are the last role-only mention's (a place named after it,
 * "the ambassador in Dakar", aside); its surname is remembered and it
 * becomes the last person named. */
static void actor_apposed_after(const tokens_t *tk, uint32_t first, uint32_t last,
                                actor_memory_t *mem, mentions_t *out)
{
    for (size_t j = out->n; j-- > 0;) {
        mention_t *m = &out->m[j];
        if (!names_apposed(tk, first, last - 1, m)) {
            if (m->end <= first && !m->person && !m->role) continue;   /* a place */
            return;
        }
        m->person = 1;
        mem->last_person = *m;
        memory_name_add(mem, tk, first, last - 1, m);
        return;
    }
}

void actor_find(const actordict_t *d, const tokens_t *tk, int32_t date,
                actor_memory_t *mem, mentions_t *out)
{
    out->n = 0;
    mem->nsent++;
    util_grow((void **)&out->at, &out->atcap, tk->n + 1, sizeof *out->at);
    for (size_t i = 0; i < tk->n; i++) out->at[i] = -1;
    atom_t *atoms = out->scratch;   /* no allocation per sentence */
    size_t na = actor_atoms(d, tk, date, mem, &atoms, &out->scratchcap);
    out->scratch = atoms;
    out->discard = 0;
    for (size_t k = 0; k < na; k++) {
        /* only an entry with a "###" code can give it on the date */
        const actor_code_t *c = atoms[k].kind == A_ACTOR && atoms[k].e->discard
                                    ? actordict_code_on(atoms[k].e, date)
                                    : NULL;
        if (c && c->code[0] == '#' && !strcmp(c->code, "###")) {
            out->discard = 1;   /* TABARI "[###]" */
            memmove(atoms + k, atoms + k + 1, (na - k - 1) * sizeof *atoms);
            na--, k--;
        }
    }
    int subject_set = 0;
    const mention_t before[2] = {mem->last_subject, mem->last_person};   /* backref_not_subject */
    actor_scan_t s = {tk, atoms, na, date, d->convert_agents, "", d->petrarch, "", NULL};
    actor_sentence_home(&s);
    if (mem->nsent <= MEMORY_FOCUS_SENTENCES && !mem->focus[0]) {
        char place[4];
        actor_focus_place(&s, place);
        memory_focus_note(mem, place);
    }
    uint32_t nfirst = 0, nlast = 0;   /* the last run of new names, if nlast > nfirst */
    for (size_t k = 0; k < na && out->n < ACTOR_MAX_PER_SENTENCE;) {
        if (atoms[k].kind == A_NAME) {
            k = actor_name_run(&s, k, &nfirst, &nlast);
            actor_apposed_after(tk, nfirst, nlast, mem, out);
            continue;
        }
        if (atoms[k].kind == A_LEAD || atoms[k].kind == A_THEY) {
            size_t had = out->n;
            if (atoms[k].kind == A_LEAD) backref_lead(tk, atoms[k].start, atoms[k].end, mem, out);
            else if (!plural_again(atoms[k].start, atoms[k].end, out) &&
                     token_is(tk, atoms[k].start, "they"))
                backref_they(tk, atoms[k].start, atoms[k].end, out);
            /* "X met Y on Monday. They discussed trade", "During the meeting,
             * they discussed": the meeting's sides, when the sentence named no
             * one before ("rebels said they killed" are the rebels) */
            int named = 0;
            for (size_t j = 0; j < had; j++) named |= strcmp(out->m[j].how, "pronoun") != 0;
            if (out->n == had && !named && token_is(tk, atoms[k].start, "they"))
                meeting_resolve(mem, 0, atoms[k].start, atoms[k].end, SIDES_AS_NAMED, out);
            k++;
            continue;
        }
        if (atoms[k].kind == A_PAIR) {
            sides_resolve(tk, atoms[k].start, atoms[k].end, atoms[k].sides, atoms[k].alias, mem, out);
            k++;
            continue;
        }
        mention_t m;
        if (d->tabari && atoms[k].kind == A_PRON && out->n) {
            /* TABARI: HE, SHE, HIM stand for the first actor of the
             * sentence (its manual, 7.7) */
            m = out->m[0];
            m.start = atoms[k].start;
            m.end = atoms[k].end;
            m.group = -1;
            m.how = "pronoun";
            *UTIL_PUSH(out->m, out->n, out->cap) = m;
            k++;
            continue;
        }
        s.prev = out->n ? &out->m[out->n - 1] : NULL;
        size_t next = actor_compose_at(&s, k, mem, &m);
        uint32_t abbr_end;
        if (!d->tabari && m.code[0] && !m.person && (abbr_end = abbrev_after(tk, &m, mem)) != 0) {
            /* "the Philippine Coast Guard (PCG)": one mention; "PCG" later
             * is the same actor */
            m.end = abbr_end;
            while (next < s.nat && atoms[next].start < m.end) next++;
        } else if (s.petrarch && m.code[0] && m.end + 2 < tk->n && token_is(tk, m.end, "(") &&
                   token_is(tk, m.end + 2, ")") && (tk->t[m.end + 1].flags & TOK_CAP)) {
            m.end += 3;   /* "the European Union (EU)": the acronym is the same actor */
            while (next < s.nat && atoms[next].start < m.end) next++;
        }
        char *alt = strchr(m.code, '/');
        while (alt && out->n < ACTOR_MAX_PER_SENTENCE - 1) {
            /* PETRARCH "[FRO/BIL/SAM]": one mention per actor, one group */
            mention_t one = m;
            util_copy(one.code, sizeof one.code, m.code, (size_t)(alt - m.code));
            actor_set_country(&one);
            *UTIL_PUSH(out->m, out->n, out->cap) = one;
            memmove(m.code, alt + 1, strlen(alt + 1) + 1);
            alt = strchr(m.code, '/');
        }
        if (alt) *alt = '\0';
        /* "He thanked his counterparts" after a meeting: its other sides
         * than the possessor's (the sentence's last actor, else the last
         * person named) */
        if (!m.code[0] && m.how && !strcmp(m.how, "counterpart") &&
            !(m.end + 1 < tk->n && token_is(tk, m.end, ",") &&
              (tk->t[m.end + 1].flags & TOK_CAP))) {   /* not "his counterpart, President X" */
            const mention_t *owner = out->n ? &out->m[out->n - 1] : &mem->last_person;
            if (strlen(owner->country) == 3 &&
                meeting_others(mem, owner->country, m.role->phrase[11] == 's', m.start, m.end, out)) {
                k = next;
                continue;
            }
            /* "his counterparts in both capitals" */
            uint32_t pend = plural_counterparts_in(tk, m.start, m.end, mem, out);
            if (pend) {
                while (next < s.nat && atoms[next].start < pend) next++;
                k = next;
                continue;
            }
        }
        if (m.code[0]) {
            backref_not_subject(tk, out, before, &m);
            if (!m.person) m.start = compose_head_start(tk, m.start);
            actor_set_country(&m);
            int apposed = nlast > nfirst && names_apposed(tk, nfirst, nlast - 1, &m);
            if (apposed) m.person = 1;   /* "Milorad Dodik, the president of ..." */
            *UTIL_PUSH(out->m, out->n, out->cap) = m;
            memory_remember(mem, tk, &m);
            if (apposed) memory_name_add(mem, tk, nfirst, nlast - 1, &m);
            names_entry_surname(d, tk, &m, mem);
            if (m.person && !subject_set) {
                mem->last_subject = m;
                mem->subject_sent = mem->nsent;
                subject_set = 1;
            }
        }
        k = next;
    }
    backref_forward(tk, mem, out);
    compose_groups(tk, out, d->petrarch);
    sides_note_groups(out, mem);
    backref_lead_note(out, mem);
    meeting_refresh(out, mem);
}

void actor_free(mentions_t *m)
{
    free(m->m);
    free(m->at);
    free(m->scratch);
    memset(m, 0, sizeof *m);
}
