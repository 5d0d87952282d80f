/* event_add.c -- an act between two mentions recorded in a sentence's
 * events: one side's own act on itself dropped, police and crowds acting on
 * their own country recoded (175, 145), and an act the sentence already
 * holds (same kind, same sides) kept once, at its most precise code; a
 * state's protest is a formal complaint (114). */
#include "6_events/event_add.h"

#include <stdio.h>
#include <string.h>

#include "lib/util.h"

int event_same_actor(const mention_t *a, const mention_t *b)
{
    /* asked of every pair coded: the first bytes told inline, most
     * differ there */
    if (a->code[0] == b->code[0] && !strcmp(a->code, b->code)) return 1;
    const char *ac = a->country, *bc = b->country;
    return ac[0] && ac[0] == bc[0] && ac[1] && ac[1] == bc[1] && ac[2] && ac[2] == bc[2] &&
           !ac[3] && !bc[3] && (strlen(a->code) == 3 || strlen(b->code) == 3);
}

/* Was t only guessed from the place the sentence names (implicit_place)? */
static int event_place_guess(const mention_t *t)
{
    return t->how && !strcmp(t->how, "place");
}

static void event_fill(event_t *e, const mention_t *s, const mention_t *t, const char *code,
                       const char *pcode, const vmatch_t *m, const verb_t *v, int passive,
                       const char *intent, uint32_t itok)
{
    memset(e, 0, sizeof *e);
    e->src = *s;
    e->tgt = *t;
    /* codes of a few bytes into the zeroed event: no call */
    for (size_t k = 0; k + 1 < sizeof e->code && code[k]; k++) e->code[k] = code[k];
    for (size_t k = 0; k + 1 < sizeof e->pattern_code && pcode[k]; k++) e->pattern_code[k] = pcode[k];
    e->pat = m->pat;
    e->verb = v;
    e->verb_tok = m->start;
    e->passive = (uint8_t)passive;
    e->intent = intent != NULL;
    e->intent_word = intent;
    e->intent_tok = itok;
    e->flags = m->flags;
}

/* How precise a CAMEO code is: its length, then a third digit that is
 * not 0 ("0312" > "031" > "030"). */
static int event_precision(const char *code)
{
    size_t n = strlen(code);
    return (int)n * 2 + (n >= 3 && code[2] != '0');
}

/* Is t the target of an earlier act of the sentence, taken by a verb joined
 * to it that names none ("summoned the ambassador and accused the country
 * of")? That verb is another act, even of the same kind (code), but for a
 * meeting and the talks held at it ("met Sisi and held talks": one 04). */
static int event_joined(const mention_t *t, const char *code)
{
    return t->how && !strcmp(t->how, "joined act") && strncmp(code, "04", 2);
}

/* Does mention s stand for a state: its government ("Beijing", "the
 * Indian foreign ministry") or the country named by its name ("China"),
 * not its people ("Iranians", "Chinese": actor_entry_t.demonym)? */
static int event_state(const mention_t *s)
{
    size_t n = strlen(s->code);
    if (n >= 6) return !strncmp(s->code + 3, "GOV", 3);
    return n == 3 && !s->role && !s->person && s->entry && !s->entry->demonym &&
           !strcmp(s->code, s->country);
}

void event_add(events_t *out, const mention_t *s, const mention_t *t,
               const char *code, const char *pcode, const vmatch_t *m,
               const verb_t *v, int passive, const char *intent, uint32_t itok)
{
    /* "Rabuka told Fiji ...": a country's own people or government acting on
     * the country itself is no event; two roles of one country are
     * ("Kenyan police" against "protesters") */
    if (event_same_actor(s, t)) return;
    /* police shooting or beating their own country's people: CAMEO's
     * violent repression (175), not war */
    if ((code[0] == '1' && (code[1] == '8' || code[1] == '9')) &&
        !strcmp(s->country, t->country) && strlen(s->code) >= 6 && !strcmp(s->code + 3, "COP"))
        code = "175";
    /* a state protesting against or over another country's act
     * ("Ankara protests against acts of US personnel", "China protested
     * against the drills"): a formal complaint (114), as "protested to",
     * not the dissent of a crowd (PROTEST's default, 140) */
    if (!strcmp(code, "140") && strcmp(s->country, t->country) && event_state(s)) code = "114";
    /* protesters, crowds or a party's supporters storming or fighting their
     * own country's institutions: a riot (145); they have no army */
    if (code[0] == '1' && code[1] == '9' && !strcmp(s->country, t->country) &&
        strlen(s->code) >= 6 && strstr(" OPP CVL ELI PTY EDU LAB MED BUS REL ", s->code + 3) &&
        strlen(s->code + 3) == 3)
        code = "145";
    event_t *e = NULL;   /* an event of the same act this one replaces */
    for (size_t i = 0; i < out->n; i++) {
        const event_t *o = &out->e[i];
        /* "met her counterpart in Jakarta, the first visit by an Australian
         * minister to the Indonesian capital": an event noun retelling an
         * act of the same kind between the same sides is that act */
        if (v->noun && !v->legacy && !strncmp(o->code, code, 2) && event_same_actor(&o->src, s) &&
            event_same_actor(&o->tgt, t))
            return;
        /* "troops fought with tanks, artillery and drones", "raided and
         * closed five offices": two verbs of one kind between the same
         * words of the sentence are one act (annalist's files) */
        if (!v->legacy && !v->petrarch && !strncmp(o->code, code, 2) && !event_joined(t, code) &&
            o->src.start == s->start &&
            o->src.end == s->end && o->tgt.start == t->start && o->tgt.end == t->end &&
            !strcmp(o->src.code, s->code) && !strcmp(o->tgt.code, t->code)) {
            /* the more precise code stays ("vowed to deepen security
             * cooperation": 0312, not 030) */
            if (event_precision(code) <= event_precision(o->code)) return;
            e = &out->e[i];
            break;
        }
        if (strcmp(o->code, code)) continue;
        if (!strcmp(o->src.code, s->code) && !strcmp(o->tgt.code, t->code)) return;
        /* "police fired tear gas and stun grenades late on Saturday to
         * disperse protesters": an act on a target guessed from the place
         * and the same act by the same source on someone of that place's
         * country are one act, on the one named */
        if (!strcmp(o->src.code, s->code) && !strcmp(o->tgt.country, t->country) &&
            event_place_guess(&o->tgt) != event_place_guess(t)) {
            if (event_place_guess(&o->tgt))
                event_fill(&out->e[i], s, t, code, pcode, m, v, passive, intent, itok);
            return;
        }
        /* "arrived in Cairo on his first state visit to Egypt": a country
         * alone is the same actor named less precisely */
        if (!v->petrarch && !v->legacy && event_same_actor(&o->src, s) &&
            event_same_actor(&o->tgt, t))
            return;
    }
    if (!e) e = UTIL_PUSH(out->e, out->n, out->cap);
    event_fill(e, s, t, code, pcode, m, v, passive, intent, itok);
}

event_t *event_push_rule(events_t *out, const mention_t *src, const mention_t *tgt,
                         const char *code, uint32_t verb_tok, const char *rule)
{
    event_t *e = UTIL_PUSH(out->e, out->n, out->cap);
    memset(e, 0, sizeof *e);
    e->src = *src;
    e->tgt = *tgt;
    snprintf(e->code, sizeof e->code, "%s", code);
    snprintf(e->pattern_code, sizeof e->pattern_code, "%s", code);
    e->verb_tok = verb_tok;
    e->rule = rule;
    return e;
}
