/* actor_atoms.c -- the atoms of a sentence, what each span of tokens may
 * be before mentions are built: a dictionary phrase (longest first), a
 * pronoun, a remembered surname, a new name, a phrase for two sides, a
 * pronoun opening the sentence; and what the phrases found tell the
 * story's memory ("the North", "the alliance", "the council"). */
#include "4_actors/actor_atoms.h"

#include <string.h>

#include "3_sentences/words.h"
#include "4_actors/backref.h"
#include "4_actors/hyphen.h"
#include "4_actors/meeting.h"
#include "4_actors/memory.h"
#include "4_actors/plural.h"
#include "4_actors/sides.h"
#include "lib/util.h"

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
    if (!actordict_starts(d, tk->t[i].id)) return NULL;
    uint32_t nc;
    const actordict_cand_t *c = actordict_candidates(d, tk->t[i].id, &nc);
    uint32_t next = i + 1 < tk->n ? tk->t[i + 1].id : ACTORDICT_ANY - 1;
    uint32_t next2 = i + 2 < tk->n ? tk->t[i + 2].id : ACTORDICT_ANY - 1;
    /* a word that starts many phrases ("the", "republic"): those its next
     * word allows only (the others would be passed over below) */
    if (nc > ACTORDICT_FEW) c = actordict_pair_candidates(d, tk->t[i].id, next, &nc);
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
    if (token_told(tk)) {   /* as the tokenizer counted them: no pass */
        nq = tk->nquote;
        first = nq ? tk->quote1 : tk->n;
        caps = tk->caps & TOK_CAP;
    } else {
        for (size_t i = 0; i < tk->n; i++) {
            caps |= tk->t[i].flags & TOK_CAP;
            if (tk->t[i].flen == 1 && token_folded(tk, i)[0] == '"') {
                if (!nq) first = i;
                nq++;
            }
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
/* Do the first three bytes of code (24 bytes, NUL-terminated) spell w? */
static inline int actor_code3(const char *code, const char w[4])
{
    return code[0] == w[0] && code[1] == w[1] && code[2] == w[2];
}

static void actor_note_named(const actor_entry_t *e, int32_t date, actor_memory_t *mem)
{
    const actor_code_t *c = actordict_code_on(e, date);
    if (!c) return;
    const char *code = c->code;   /* its bytes compared one by one: no call */
    int three = code[0] && code[1] && code[2];   /* strlen(code) >= 3 */
    if (actor_code3(code, "IGO")) mem->igo = e, mem->igo_sent = mem->nsent;
    /* "Hamas", "Islamic State": what "the militant group" will mean; any
     * other organisation named since may be "the group" */
    if (actor_code3(code, "IMG") || (three && actor_code3(code + 3, "REB") && !code[6])) {
        mem->group = e;
        mem->group_sent = mem->nsent;
    } else if (actor_code3(code, "IGO") || actor_code3(code, "NGO") || actor_code3(code, "MNC")) {
        mem->group = NULL;
    }
    const char *last = e->ntok >= 2 ? strrchr(e->phrase, ' ') : NULL;
    if (last && backref_body_word(last + 1) && mem->body[0] != e) {
        memmove(mem->body + 1, mem->body, sizeof mem->body - sizeof mem->body[0]);
        mem->body[0] = e;   /* "the UN Security Council": what "the council" is */
    }
    if (!three || code[3]) return;   /* strlen(code) != 3 */
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

size_t actor_atoms(const actordict_t *d, const tokens_t *tk, int32_t date,
                   actor_memory_t *mem, atom_t **out, size_t *cap)
{
    size_t n = 0, noted = 0;
    int lower_text;
    /* inside quotation marks "he" and "his" are the speaker's: unknown; a
     * sentence that closes a quotation opened before it starts inside it */
    int quoted = actor_starts_quoted(tk, &lower_text) ||
                 (mem->quoted && tk->n && !token_is(tk, 0, "\""));   /* not a paragraph reopening it */
    int stems = d->stems.nwords > 1;   /* as actordict_stem_match tests */
    /* the candidates of every token that starts a phrase fetched into the
     * cache first: here, where no branch waits on them, their misses
     * overlap (in the loop below each waited in turn); the starts bit
     * first, from a table that stays in the L1 cache, so that a word that
     * starts none does not load its first_off, a miss of its own */
    for (size_t i = 0; i < tk->n; i++)
        if (actordict_starts(d, tk->t[i].id))
            __builtin_prefetch(&d->cand[d->first_off[tk->t[i].id]]);
    for (size_t i = 0; i < tk->n;) {
        /* most words are none of what is tested below (each test is repeated
         * here, cheapest first): a lower-case word of a sentence with
         * capitals that starts no phrase, is no pronoun, no side, no quotation
         * mark, not "they" and not after "the" */
        const token_t *t = &tk->t[i];
        if (i > 0 && !(t->flags & TOK_CAP) && !lower_text && !(t->wc & (WC_SIDES | WC_PERSONAL)) &&
            !actordict_starts(d, t->id) && !stems &&
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
        if (pair && nsides > 3) {   /* "the 27 leaders" after "EU leaders" */
            actor_note_atoms(*out, &noted, n, date, mem);
            a.e = plural_body(mem, nsides);
        }
        if (pair && a.e) {
            a.kind = A_ACTOR;
            a.end = (uint32_t)(i + pair);
            if (n >= 4 * ACTOR_MAX_PER_SENTENCE) break;
            *UTIL_PUSH(*out, n, *cap) = a;
            i = a.end;
            continue;
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
        /* a person of dated offices only, on a date none holds, is no one
         * known: "parliament speaker Francisco Guterres" in 2006 is a new
         * name, not the UN's Secretary-General (dated from 2017) */
        if (c && (c->flags & ACTORDICT_DATED) && !actordict_code_on(&d->e[c->entry], date))
            c = NULL, end = i + 1;
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
                if (!e) e = backref_group_at(tk, i, mem, &end);
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
        } else if (!quoted && i > 0 && !d->tabari &&
                   (token_is(tk, i, "they") || token_is(tk, i, "them"))) {
            a.kind = A_THEY;   /* "since they fought": backref_they; "urged them" */
        } else if (!quoted && (tk->t[i].wc & WC_PERSONAL)) {   /* his, her, its, their, whose */
            a.kind = A_POSS;
        } else if ((tk->t[i].flags & TOK_WORD) && !(tk->t[i].flags & TOK_NUM) &&
                   ((tk->t[i].flags & TOK_CAP) || lower_text)) {
            int32_t al = memory_alias_at(mem, tk, i);
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
