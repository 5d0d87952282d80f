/* actor.c -- actor recognition, composition and back-references. */
#include "actor.h"

#include <stdlib.h>
#include <string.h>

#include "3_sentences/words.h"
#include "4_actors/abbrev.h"
#include "4_actors/backref.h"
#include "4_actors/compose.h"
#include "4_actors/hyphen.h"
#include "4_actors/meeting.h"
#include "4_actors/memory.h"
#include "4_actors/names.h"
#include "4_actors/sides.h"
#include "lib/util.h"

enum { A_ACTOR, A_AGENT, A_NAME, A_PRON, A_POSS, A_ALIAS, A_PAIR, A_LEAD, A_THEY };

typedef struct {
    uint32_t start, end;
    int kind;
    const actor_entry_t *e;
    int32_t alias;           /* index into the story's aliases (which may move), or -1;
                                A_PAIR: 1 when the sides are officials */
    int sides;               /* A_PAIR: how many sides (sides_phrase_at) */
} atom_t;

/* Do the words of entry e stand at token i, as the dictionary allows
 * (TABARI and PETRARCH gaps)? Returns the token after them, or 0. */
static size_t actor_match_words(const actor_entry_t *e, const tokens_t *tk, size_t i)
{
    size_t p = i + 1, skipped = 0;
    uint32_t j = 1;
    for (; j < e->ntok; j++) {
        if (p < tk->n && tk->t[p].id == e->toks[j]) { p++; continue; }
        if (j < 32 && (e->gapmask >> j & 1)) {
            /* TABARI: "the Prince of Dol_Amroth", "Durthang and an Orc";
             * not past a comma ("Radagast, the Brown wizard") */
            size_t q = p;
            while (q < tk->n && tk->t[q].id != e->toks[j] &&
                   !token_is(tk, q, ",") && !token_is(tk, q, ";"))
                q++;
            if (q < tk->n && tk->t[q].id != e->toks[j]) break;
            if (q >= tk->n) break;
            skipped += q - p;
            p = q + 1;
            continue;
        }
        if (!e->gap || p + 1 >= tk->n || !(tk->t[p].flags & TOK_WORD) ||
            tk->t[p + 1].id != e->toks[j]) break;
        p += 2;
    }
    if (j < e->ntok) return 0;
    /* an actor whose words stand far apart is named at its first word;
     * the words between keep their own meaning */
    return skipped > 1 ? i + 1 : p;
}

/* Longest dictionary entry starting at token i, or NULL: its candidate
 * record. Actors beat roles of the same length. Always inline: its one
 * caller, actor_atoms, asks at most tokens (gcc stopped inlining it when
 * actor.c grew: +5 M instructions on the 5 MiB bench prefix). A candidate
 * is read from its packed record (actordict_cand_t); the entry only for a
 * phrase with gaps or of more than three words. */
static inline __attribute__((always_inline)) const actordict_cand_t *
actor_match_at(const actordict_t *d, const tokens_t *tk, size_t i, size_t *end)
{
    uint32_t nc;
    const actordict_cand_t *c = actordict_candidates(d, tk->t[i].id, &nc);
    if (!nc) return NULL;
    uint32_t next = i + 1 < tk->n ? tk->t[i + 1].id : ACTORDICT_ANY - 1;
    uint32_t next2 = i + 2 < tk->n ? tk->t[i + 2].id : ACTORDICT_ANY - 1;
    const actordict_cand_t *best = NULL;
    for (uint32_t k = 0; k < nc; k++) {
        /* a phrase whose second word is not the next token: unread (those
         * after it are no longer, so the break below is not missed) */
        if (c[k].second != ACTORDICT_ANY && c[k].second != next) continue;
        if (best && c[k].ntok < best->ntok) break;
        size_t p;
        if (c[k].flags & ACTORDICT_PLAIN) {   /* its second word, if any, is next: tested above */
            if (c[k].ntok == 3 && c[k].third != next2) continue;
            p = i + c[k].ntok;
        } else if ((p = actor_match_words(&d->e[c[k].entry], tk, i)) == 0) {
            continue;
        }
        if (!best || (best->kind == ACT_AGENT && c[k].kind == ACT_ACTOR)) best = &c[k], *end = p;
    }
    return best;
}

/* Does the sentence end a quotation an earlier sentence opened ("I know he
 * has ...," she said)? Its first quotation mark is then a closing one:
 * followed by the end, punctuation or a lower-case word. Sets *lower_text
 * to 1 when no token is capitalized (in the same pass). */
static int actor_starts_quoted(const tokens_t *tk, int *lower_text)
{
    size_t nq = 0, first = tk->n;
    unsigned caps = 0;
    for (size_t i = 0; i < tk->n; i++) {
        caps |= tk->t[i].flags & TOK_CAP;
        if (tk->t[i].flen == 1 && token_folded(tk, i)[0] == '"') {
            if (!nq) first = i;
            nq++;
        }
    }
    *lower_text = !caps;
    if (nq % 2 == 0) return 0;
    size_t j = first + 1;
    while (j < tk->n && !(tk->t[j].flags & TOK_WORD)) j++;
    return j >= tk->n || !(tk->t[j].flags & TOK_CAP) || j > first + 1;
}

/* "North Korea", "North Korean leader": what "the North" will mean;
 * "NATO": what "the alliance" will (backref_named_before). */
static void actor_note_named(const actor_entry_t *e, int32_t date, actor_memory_t *mem)
{
    const actor_code_t *c = actordict_code_on(e, date);
    if (!c) return;
    if (c->code[0] == 'I' && !strncmp(c->code, "IGO", 3)) mem->igo = e;
    const char *last = e->ntok >= 2 ? strrchr(e->phrase, ' ') : NULL;
    if (last && backref_body_word(last + 1) && mem->body[0] != e) {
        memmove(mem->body + 1, mem->body, sizeof mem->body - sizeof mem->body[0]);
        mem->body[0] = e;   /* "the UN Security Council": what "the council" is */
    }
    if (strlen(c->code) != 3) return;
    if (e->phrase[0] == 'n' && !strncmp(e->phrase, "north ", 6)) mem->north = e;
    if (e->phrase[0] == 's' && !strncmp(e->phrase, "south ", 6)) mem->south = e;
}

/* What the entries of atoms [*noted, n) tell the story's memory
 * (actor_note_named), in their order; *noted becomes n. actor_atoms notes
 * them only before what reads those notes (backref_named_before,
 * backref_bloc_at) and at its end, not as it finds each: by then the
 * entries it fetched (a cache miss each) have come, and the tokens after
 * were read meanwhile. Also fetches their codes, which actor_compose_at
 * reads next. */
static void actor_note_atoms(const atom_t *atoms, size_t *noted, size_t n, int32_t date,
                             actor_memory_t *mem)
{
    for (size_t k = *noted; k < n; k++) {
        const actor_entry_t *e = atoms[k].e;
        if (!e) continue;
        __builtin_prefetch(e->codes);
        if (e->kind == ACT_ACTOR && !e->person) actor_note_named(e, date, mem);
    }
    *noted = n;
}

static size_t actor_atoms(const actordict_t *d, const tokens_t *tk, int32_t date,
                          actor_memory_t *mem, atom_t **out, size_t *cap)
{
    size_t n = 0, noted = 0;
    int lower_text;
    /* inside quotation marks "he" and "his" are the speaker's: unknown; a
     * sentence that closes a quotation opened before it starts inside it */
    int quoted = actor_starts_quoted(tk, &lower_text);
    int stems = d->stems.nwords > 1;   /* as actordict_stem_match tests */
    for (size_t i = 0; i < tk->n;) {
        /* most words are none of what is tested below (each test is repeated
         * here, cheapest first): a lower-case word of a sentence with
         * capitals that starts no phrase, is no pronoun, no side, no quotation
         * mark, not "they" and not after "the" */
        const token_t *t = &tk->t[i];
        uint32_t nc;
        if (i > 0 && !(t->flags & TOK_CAP) && !lower_text && !(t->wc & (WC_SIDES | WC_PERSONAL)) &&
            (actordict_candidates(d, t->id, &nc), nc == 0) && !stems &&
            !(t->flen == 1 && token_folded(tk, i)[0] == '"') &&
            !token_is(tk, i, "they") && !token_is(tk, i - 1, "the")) {
            i++;
            continue;
        }
        atom_t a = {(uint32_t)i, (uint32_t)i + 1, -1, NULL, -1, 0};
        if (tk->t[i].flen == 1 && token_folded(tk, i)[0] == '"') quoted = !quoted;
        if (i == 0 && !d->tabari && backref_lead_at(tk, i)) {   /* opening the sentence */
            a.kind = A_LEAD;   /* "It accused Addis Ababa" */
            *UTIL_PUSH(*out, n, *cap) = a;
            i++;
            continue;
        }
        int gov, nsides;
        size_t pair = (tk->t[i].wc & WC_SIDES) ? sides_phrase_at(tk, i, &nsides, &gov) : 0;
        /* "the leaders", "the nations" after a meeting of two sides */
        if (!pair && !d->tabari && (tk->t[i].wc & WC_SIDES)) {
            pair = meeting_phrase_at(tk, i, mem, &gov);
            nsides = SIDES_MEETING;
        }
        if (pair) {
            a.kind = A_PAIR;
            a.end = (uint32_t)(i + pair);
            a.alias = gov;
            a.sides = nsides;
            if (n >= 4 * ACTOR_MAX_PER_SENTENCE) break;
            *UTIL_PUSH(*out, n, *cap) = a;
            i = a.end;
            continue;
        }
        size_t end = i + 1;
        const actordict_cand_t *c = actor_match_at(d, tk, i, &end);
        const actor_entry_t *e = c ? &d->e[c->entry] : NULL;
        int kind = c ? c->kind : 0, null = c && (c->flags & ACTORDICT_NULL);
        const char *w = token_folded(tk, i);
        if (e) {
            /* its fields are read later (actor_note_atoms, actor_compose_at) */
            __builtin_prefetch(e);
            __builtin_prefetch((const char *)(e + 1) - 1);
        } else {
            if (tk->t[i].flags & TOK_WORD) e = actordict_stem_match(d, w, tk->t[i].flen);
            if (!e && i > 0 && token_is(tk, i - 1, "the")) {   /* its contract: after "the" */
                actor_note_atoms(*out, &noted, n, date, mem);
                e = backref_named_before(tk, i, mem);
            }
            if (!e && (tk->t[i].wc & WC_SIDES)) {
                actor_note_atoms(*out, &noted, n, date, mem);
                e = backref_bloc_at(tk, i, mem, &end);
            }
            if (e) kind = e->kind, null = actordict_null_entry(e);
        }
        if (null) {
            i = end;   /* "North America", "South China Sea": not actors */
            continue;
        }
        const actor_entry_t *hpair[2];
        if (!e && !d->tabari && hyphen_pair(d, tk, i, date, hpair)) {
            /* "Kazakh-Uzbek talks": two actors on one word, joined */
            if (n + 2 > 4 * ACTOR_MAX_PER_SENTENCE) break;
            actor_note_atoms(*out, &noted, n, date, mem);   /* the notes before theirs */
            for (int h = 0; h < 2; h++) {
                a.kind = A_ACTOR;
                a.e = hpair[h];
                actor_note_named(hpair[h], date, mem);
                *UTIL_PUSH(*out, n, *cap) = a;
            }
            noted = n;
            i++;
            continue;
        }
        if (e) {
            a.kind = kind == ACT_AGENT ? A_AGENT : A_ACTOR;
            a.e = e;
            a.end = (uint32_t)end;
        } else if (!quoted && (tk->t[i].wc & WC_PERSONAL) &&
                   (token_is(tk, i, "he") || token_is(tk, i, "she") || token_is(tk, i, "him"))) {
            a.kind = A_PRON;
        } else if (!quoted && i > 0 && !d->tabari && token_is(tk, i, "they")) {
            a.kind = A_THEY;   /* "since they fought": backref_they */
        } else if (!quoted && (tk->t[i].wc & WC_PERSONAL)) {   /* his, her, its, their, whose */
            a.kind = A_POSS;
        } else if ((tk->t[i].flags & TOK_WORD) && !(tk->t[i].flags & TOK_NUM) &&
                   ((tk->t[i].flags & TOK_CAP) || lower_text)) {
            int32_t al = memory_alias_find(mem, w);
            if (al >= 0) {
                a.kind = A_ALIAS;
                a.alias = al;
            } else if ((tk->t[i].flags & TOK_CAP) && !(d->petrarch && (tk->t[i].wc & WC_ROLEMOD))) {
                a.kind = A_NAME;   /* PETRARCH: "Deputy" of "Deputy Prime Minister" is none */
            }
        }
        if (a.kind >= 0) {
            if (n >= 4 * ACTOR_MAX_PER_SENTENCE) {
                *UTIL_PUSH(*out, n, *cap) = a;   /* noted, not kept */
                actor_note_atoms(*out, &noted, n--, date, mem);
                break;
            }
            *UTIL_PUSH(*out, n, *cap) = a;
        }
        i = a.end;
    }
    actor_note_atoms(*out, &noted, n, date, mem);
    return n;
}

/* m's country from its code: an IGO, NGO or MNC code whole, else its first
 * three letters. Inline tests: called for every mention, twice. */
static void actor_set_country(mention_t *m)
{
    const char *c = m->code;
    if ((c[0] == 'I' && c[1] == 'G' && c[2] == 'O') || (c[0] == 'N' && c[1] == 'G' && c[2] == 'O') ||
        (c[0] == 'M' && c[1] == 'N' && c[2] == 'C')) {
        util_copy(m->country, sizeof m->country, c, 15);
        return;
    }
    /* util_copy(m->country, sizeof m->country, c, 3) without memmove */
    if (c[0] && c[1] && c[2]) {   /* the usual: three letters or more */
        memcpy(m->country, c, 3);
        m->country[3] = '\0';
        return;
    }
    size_t n = 0;
    for (; n < 3 && c[n]; n++) m->country[n] = c[n];
    m->country[n] = '\0';
}

typedef struct {
    const tokens_t *tk;
    const atom_t *at;
    size_t nat;
    int32_t date;
    int convert_agents;   /* TABARI SET: CONVERT AGENTS */
    char sent_home[4];    /* the country this sentence names most, "" if none */
    int petrarch;         /* PETRARCH files: "lawmakers in Fornost" are Fornost's */
    char sent_land[4];    /* the first country it names by name ("in Nigeria", not
                             "in Abuja", where talks may be held), "" if none */
} actor_scan_t;

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

static const char *actor_role_code(const actor_entry_t *e, int32_t date)
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

/* Builds one mention from the atoms starting at k; returns the next atom
 * index (k + 1 at least). Sets m->code to "" when nothing resolves. */
static size_t actor_compose_at(const actor_scan_t *s, size_t k, actor_memory_t *mem,
                               mention_t *m)
{
    const tokens_t *tk = s->tk;
    const atom_t *a = s->at;
    memset(m, 0, sizeof *m);
    m->start = a[k].start;
    m->end = a[k].end;
    m->group = -1;
    m->how = "dictionary";
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
        if (a[i].kind == A_ACTOR && a[i].e->person) {
            person = a[i].e;
            m->end = a[i].end;
            i++;
        } else if (a[i].kind == A_ALIAS) {
            alias = a[i].alias;
            m->end = a[i].end;
            i++;
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
            if (names && i < s->nat && a[i].start == m->end) {
                if (a[i].kind == A_ACTOR && a[i].e->person) {
                    person = a[i].e;
                    m->end = a[i].end;
                    i++;
                } else if (a[i].kind == A_ALIAS) {
                    alias = a[i].alias;
                    m->end = a[i].end;
                    i++;
                }
            }
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
        /* "her counterpart" is the other side's official: unknown here */
    } else if (role && (base = actor_regime_of(s, k)) != NULL) {
        /* "NATO criticized North Korea and called on the autocratic regime" */
        const actor_code_t *c = actordict_code_on(base, s->date);
        compose_code(m->code, c->code, role);
        m->entry = base;
        m->ecode = c;
        m->how = "regime named before";
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
    actor_scan_t s = {tk, atoms, na, date, d->convert_agents, "", d->petrarch, ""};
    actor_sentence_home(&s);
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
            else backref_they(tk, atoms[k].start, atoms[k].end, out);
            /* "X met Y on Monday. They discussed trade", "During the meeting,
             * they discussed": the meeting's sides, when the sentence named no
             * one before ("rebels said they killed" are the rebels) */
            int named = 0;
            for (size_t j = 0; j < had; j++) named |= strcmp(out->m[j].how, "pronoun") != 0;
            if (out->n == had && !named && token_is(tk, atoms[k].start, "they"))
                meeting_resolve(mem, atoms[k].start, atoms[k].end, SIDES_AS_NAMED, out);
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
