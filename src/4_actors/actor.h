/* actor.h -- stage 4: find the actors of a sentence.
 *
 * Dictionary phrases are matched longest first; a country joined to a role
 * ("New Zealand's prime minister", "the Chinese navy", "Minister of Foreign
 * Affairs of Fiji") becomes one actor with the role's code; names after a
 * role are taken in ("Foreign Minister Jeremiah Manele") and remembered, so
 * that a later "Manele" or "she" resolves to the same actor. Actors joined
 * by "and" or commas form a group: each member gets its own event. */
#ifndef ANNALIST_ACTOR_H
#define ANNALIST_ACTOR_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "3_sentences/token.h"
#include "4_actors/actordict.h"

/* Limits: a sentence keeps at most this many actors; more are ignored. */
#define ACTOR_MAX_PER_SENTENCE 64
/* Limit: names remembered per story for back-references. */
#define ACTOR_MAX_ALIASES 256

typedef struct {
    uint32_t start, end;          /* tokens [start, end) */
    char code[24];                /* CAMEO code; "" = unresolved */
    char country[16];             /* ISO alpha-3, or the IGO code */
    uint8_t person;
    uint8_t role_of;              /* composed as "ROLE of COUNTRY" */
    int32_t group;                /* mentions joined by "and" share a group */
    const actor_entry_t *entry;   /* the actor entry used, or NULL */
    const actor_code_t *ecode;    /* its code line */
    const actor_entry_t *role;    /* the role entry used, or NULL */
    const char *how;              /* "dictionary", "surname", "pronoun", ... */
} mention_t;

/* Was mention m's country only guessed (backref.c): a role no country was
 * named with, given the story's home country ("protesters") or that of the
 * role's last mention ("the activists")? */
static inline int actor_country_guessed(const mention_t *m)
{
    return m->how && (!strcmp(m->how, "home country") || !strcmp(m->how, "role"));
}

/* mention_t.how of a mention composed from dictionary entries: one shared
 * string, so that a test for it compares pointers before strings. */
extern const char actor_how_dictionary[];

typedef struct {
    mention_t *m;
    size_t n, cap;
    int32_t *at;                  /* at[token] = mention index, or -1 */
    size_t atcap;
    int discard;                  /* TABARI: an actor coded "###" on the date
                                     was named: the sentence is discarded */
    void *scratch;                /* actor.c's work space, kept from one sentence
                                     to the next (freed by actor_free) */
    size_t scratchcap;
} mentions_t;

/* What a story remembers for back-references. */
typedef struct {
    char name[48];                /* folded surname */
    char code[24];
    char country[16];
    const actor_entry_t *entry;
    const actor_code_t *ecode;
    uint8_t abbr;                 /* an abbreviation of a body ("PCG"), not a
                                     person's surname (abbrev.c) */
    uint8_t titled;               /* a given name that stands for its person
                                     only after a title ("Sheikh Salem") */
} actor_alias_t;

typedef struct {
    actor_alias_t *alias;
    size_t nalias, capalias;
    mention_t last_person;        /* code "" = none yet */
    mention_t last_body;          /* the first country, institution or group (not
                                     a person) of the last sentence naming one:
                                     what "its" stands for */
    uint32_t body_sent;           /* the sentence (nsent) last_body is from */
    mention_t last_subject;       /* the first person named in the last sentence
                                     that named one: what "she" usually means */
    uint32_t subject_sent;        /* the sentence (nsent) last_subject is from */
    struct {
        mention_t m;
        uint32_t n;
    } figures[16];                /* people named (by code) and how often */
    size_t nfigures;
    mention_t *byrole;            /* last mention with each role; each has one
                                     (memory_role_of(code) is code + 3) */
    size_t nrole, caprole;
    struct {
        char country[4];
        uint32_t n;
        uint32_t last;            /* the sentence (nsent) that named it last */
    } home[16];                   /* countries named and how often */
    uint32_t nsent;               /* sentences seen (actor_find calls) */
    size_t nhome;
    char focus[4];                /* the story's focus country (memory_focus_note):
                                     the country of the place its title or lede
                                     names ("strike rebels in Mali"), not a venue
                                     ("talks in Almaty"); "" none (yet) */
    char figure[4];               /* the country of the story's home figure: the
                                     first person it names without a country
                                     ("Foreign Minister Nanaia Mahuta", "Ardern
                                     said"), whom its readers know; "" none */
    const actor_entry_t *north;   /* the last country named "North ..." ("North
                                     Korea"): what "the North" stands for */
    const actor_entry_t *south;   /* likewise "South Korea", "the South" */
    const actor_entry_t *igo;     /* the last organisation named: "the bloc" */
    uint32_t igo_sent;            /* the sentence (nsent) that named it */
    const actor_entry_t *group;   /* the last armed group named (REB, IMG...) if no
                                     other organisation since: "the militant group" */
    uint32_t group_sent;          /* the sentence (nsent) that named it */
    const actor_entry_t *body[4]; /* the last bodies named by a name of two words
                                     or more ending in "council", "commission",
                                     "agency" or "committee", the latest first:
                                     "the council" (backref_named_before) */
    mention_t side[4];            /* the last sides of different countries, the
                                     latest last: "the two ministers" (sides.c);
                                     a ring that starts at side[side_head] */
    uint8_t side_head;
    mention_t meet[4];            /* the sides of the last meeting or talks told
                                     (meeting.c), nmeet of them (0 none) */
    uint32_t nmeet;
    uint32_t meet_sent;           /* the sentence (nsent) that told it, or the last
                                     one since naming only its two countries */
    mention_t joined[8];          /* the last three to eight countries joined ("A,
                                     B, C and D cut ties"): "the three
                                     countries", "the four countries" (sides.c) */
    uint32_t njoined;             /* how many (0 none) */
    char dyad[2][4];              /* the countries of the last event between two
                                     ("Azerbaijani forces shelled Armenian
                                     positions"): "both sides" (plural.c);
                                     dyad[0] "" none */
    uint32_t dyad_sent;           /* the sentence (nsent) that told it */
    char forward[24];             /* TABARI FORWARD: the actor a pronoun opening the
                                     next sentence stands for; set by the caller,
                                     "" none, kept by actor_memory_clear */
    uint8_t quoted;               /* the sentence opens inside a quotation an earlier
                                     one opened (quotespan.c): its "he" and "his"
                                     before the closing mark are the speaker's
                                     words; set by the caller */
    char site[4];                 /* the outlet's country from the story's url or
                                     source (outlet.c); set by the caller, ""
                                     none, kept by actor_memory_clear */
    char first_actor[24];         /* out: the first actor (its code without the
                                     role) of the last sentence, "" none */
    mention_t lead[4];            /* the first group of the last sentence that
                                     named an actor: what "It" or "They" opening
                                     the next one stands for (backref_lead) */
    uint32_t nlead, lead_sent;    /* its members; the sentence (nsent) */
} actor_memory_t;

/* Finds the actors in tk (ids assigned) for a story dated date (yyyymmdd,
 * 0 = unknown), resolving back-references through mem and updating it.
 * out is cleared first; memory is owned by out (free with actor_free). */
void actor_find(const actordict_t *d, const tokens_t *tk, int32_t date,
                actor_memory_t *mem, mentions_t *out);

void actor_free(mentions_t *m);
void actor_memory_clear(actor_memory_t *mem);  /* forget the story, keep memory */
void actor_memory_free(actor_memory_t *mem);

#endif
