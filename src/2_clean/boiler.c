/* boiler.c -- which lines of a scraped page are not the story: lines that
 * open with a marker ("READ MORE", "Related stories", "Watch:", "Share
 * this article", "Copyright", "Reporting by"), bullets, bylines, datelines
 * and reading times alone on a line, photo credits and captions, author
 * bios, tag and navigation lists, and lines that read as headlines. Only
 * lines whose first byte can start a marker are compared with the markers;
 * the other tests look at a line's ends or at short lines only. */
#include "boiler.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "lib/util.h"

enum { K_BLOCK, K_LINE, K_CREDIT };

/* A marker: its words (lower case) at the start of a line; what the line
 * is; and from how many words a line that ends with a stop is prose after
 * all (0: never, when the line has at most 40 words; BOILER_NOT_PROSE_WORD:
 * only when a lower-case word follows the marker, "Copyright laws were
 * changed ..." but not "Copyright 2025 BBC. All rights reserved.";
 * BOILER_LABELLED_HEADLINE: when a headline follows it). */
#define BOILER_NOT_PROSE_WORD 255
/* prose: a headline of at least four words follows the marker ("LIVE: US
 * strikes three Iranian nuclear sites"): the page's label on its title */
#define BOILER_LABELLED_HEADLINE 254
typedef struct {
    const char *lead;
    unsigned char kind, prose;
} boiler_marker_t;

static boiler_marker_t boiler_markers[] = {
    /* link blocks: the marker alone (or with a few words) opens a list */
    {"read more", K_BLOCK, 5}, {"related", K_BLOCK, 5}, {"also read", K_BLOCK, 5},
    {"read also", K_BLOCK, 5}, {"see also", K_BLOCK, 5}, {"more from", K_BLOCK, 5},
    {"more on this", K_BLOCK, 5}, {"more stories", K_BLOCK, 5}, {"more news", K_BLOCK, 5},
    {"recommended", K_BLOCK, 5}, {"most read", K_BLOCK, 5}, {"most popular", K_BLOCK, 5},
    {"most viewed", K_BLOCK, 5}, {"most watched", K_BLOCK, 5}, {"popular now", K_BLOCK, 5},
    {"you may also like", K_BLOCK, 5}, {"you might also like", K_BLOCK, 5},
    {"you may be interested", K_BLOCK, 5}, {"trending", K_BLOCK, 5},
    {"top stories", K_BLOCK, 5}, {"top news", K_BLOCK, 5}, {"latest news", K_BLOCK, 5},
    {"latest stories", K_BLOCK, 5}, {"further reading", K_BLOCK, 5},
    {"read next", K_BLOCK, 5}, {"keep reading", K_BLOCK, 5}, {"up next", K_BLOCK, 5},
    {"editor's picks", K_BLOCK, 5}, {"editors' picks", K_BLOCK, 5},
    {"don't miss", K_BLOCK, 5}, {"in other news", K_BLOCK, 5}, {"key points", K_BLOCK, 5},
    {"explore more", K_BLOCK, 5}, {"more on these topics", K_BLOCK, 5},
    {"related topics", K_BLOCK, 5}, {"in case you missed", K_BLOCK, 5},
    /* one line each: media links, page furniture, share and subscribe */
    {"read |", K_LINE, 0}, {"read:", K_LINE, 0}, {"watch |", K_LINE, 0},
    {"listen |", K_LINE, 0}, {"watch:", K_LINE, 5}, {"watch live", K_LINE, 5}, {"watch now", K_LINE, 5},
    {"watch the video", K_LINE, 5}, {"listen:", K_LINE, 5}, {"listen live", K_LINE, 5},
    {"listen to this", K_LINE, 5}, {"listen to the", K_LINE, 5}, {"live:", K_LINE, BOILER_LABELLED_HEADLINE},
    {"live updates", K_LINE, 5}, {"video:", K_LINE, 5}, {"audio:", K_LINE, 5},
    {"breaking:", K_LINE, BOILER_LABELLED_HEADLINE}, {"gallery:", K_LINE, 5}, {"in pictures", K_LINE, 5},
    {"photos:", K_LINE, 5}, {"loading", K_LINE, 5}, {"sponsored", K_LINE, 5},
    {"advertisement", K_LINE, 5}, {"advertising", K_LINE, 5},
    {"story continues", K_LINE, 5}, {"article continues", K_LINE, 5},
    {"continue reading", K_LINE, 5}, {"scroll to continue", K_LINE, 5},
    {"skip to", K_LINE, 5}, {"jump to", K_LINE, 5}, {"back to top", K_LINE, 5},
    {"comments", K_LINE, 5}, {"view comments", K_LINE, 5}, {"show comments", K_LINE, 5},
    {"join the conversation", K_LINE, 5}, {"have your say", K_LINE, 5},
    {"print this", K_LINE, 5}, {"email this", K_LINE, 5}, {"copy link", K_LINE, 5},
    {"facebook", K_LINE, 5}, {"twitter", K_LINE, 5}, {"whatsapp", K_LINE, 5},
    {"linkedin", K_LINE, 5}, {"telegram", K_LINE, 5}, {"tweet", K_LINE, 5},
    {"topics:", K_LINE, 0}, {"topics", K_LINE, 5}, {"tags:", K_LINE, 0},
    {"tagged:", K_LINE, 0}, {"filed under", K_LINE, 0}, {"posted in", K_LINE, 5},
    {"categories:", K_LINE, 0}, {"source:", K_LINE, 0}, {"sources:", K_LINE, 5},
    {"we use cookies", K_LINE, 0}, {"this site uses", K_LINE, 0},
    {"this website uses", K_LINE, 0}, {"by continuing to", K_LINE, 0},
    {"accept all", K_LINE, 0}, {"accept cookies", K_LINE, 0}, {"cookie", K_LINE, 8},
    {"manage preferences", K_LINE, 0}, {"privacy policy", K_LINE, 0},
    {"terms of use", K_LINE, 0}, {"terms and conditions", K_LINE, 8},
    {"contact us", K_LINE, 0}, {"open in app", K_LINE, 0}, {"download the", K_LINE, 0}, {"catch all the", K_LINE, 0}, {"catch the latest", K_LINE, 0},
    {"join our", K_LINE, 0}, {"ad feedback", K_LINE, 0}, {"video ad feedback", K_LINE, 0},
    {"download our", K_LINE, 0}, {"get the app", K_LINE, 0}, {"get the latest", K_LINE, 0},
    {"get our", K_LINE, 8}, {"newsletter", K_LINE, 8}, {"sign up", K_LINE, 0},
    {"sign-up", K_LINE, 0}, {"subscribe", K_LINE, 0}, {"follow us", K_LINE, 0},
    {"follow @", K_LINE, 0}, {"like us on", K_LINE, 0}, {"join us on", K_LINE, 0},
    {"share this", K_LINE, 0}, {"share on", K_LINE, 0}, {"share:", K_LINE, 0},
    {"share via", K_LINE, 0}, {"share", K_LINE, 5}, {"click here", K_LINE, 0},
    {"tap here", K_LINE, 0}, {"our standards", K_LINE, 0}, {"copyright", K_LINE, BOILER_NOT_PROSE_WORD},
    {"(c) ", K_LINE, 10},
    {"\xC2\xA9", K_LINE, 0}, {"all rights reserved", K_LINE, 0},
    /* credits: who wrote it, where it appeared first, whose photo */
    {"additional reporting", K_CREDIT, 0}, {"reporting by", K_CREDIT, 0},
    {"reporting from", K_CREDIT, 8}, {"with inputs from", K_CREDIT, 0}, {"(with inputs", K_CREDIT, 0},
    {"editing by", K_CREDIT, 0}, {"writing by", K_CREDIT, 0}, {"written by", K_CREDIT, 0},
    {"compiled by", K_CREDIT, 0}, {"produced by", K_CREDIT, 0}, {"edited by", K_CREDIT, 0},
    {"with reporting by", K_CREDIT, 0}, {"with additional reporting", K_CREDIT, 0},
    {"contributing:", K_CREDIT, 0}, {"this article first appeared", K_CREDIT, 0},
    {"this story first appeared", K_CREDIT, 0}, {"this article was first", K_CREDIT, 0},
    {"this story was first", K_CREDIT, 0}, {"this article was originally", K_CREDIT, 0},
    {"this story was originally", K_CREDIT, 0}, {"this article originally", K_CREDIT, 0},
    {"this story originally", K_CREDIT, 0}, {"this article is republished", K_CREDIT, 0},
    {"first published", K_CREDIT, 8}, {"originally published", K_CREDIT, 0},
    {"republished from", K_CREDIT, 0}, {"photo:", K_CREDIT, 0}, {"photo credit", K_CREDIT, 0},
    {"photograph:", K_CREDIT, 0}, {"picture:", K_CREDIT, 0}, {"pictured:", K_CREDIT, 0},
    {"image:", K_CREDIT, 0}, {"image credit", K_CREDIT, 0}, {"caption:", K_CREDIT, 0},
    {"credit:", K_CREDIT, 0}, {"file photo", K_CREDIT, 0}, {"file picture", K_CREDIT, 0},
    {"file image", K_CREDIT, 0}, {"(file photo", K_CREDIT, 0}, {"(ap photo", K_CREDIT, 0},
    {"reuters/", K_CREDIT, 0}, {"getty images", K_CREDIT, 0},
};
#define BOILER_NMARKERS (sizeof boiler_markers / sizeof boiler_markers[0])

/* Line endings (lower case) that make a line a credit or a notice
 * (boiler_ending), with their lengths, measured once by boiler_init: every
 * line's end is compared with them. */
typedef struct {
    const char *w;
    size_t n;
} boiler_ending_t;
#define BOILER_COUNT(list) (sizeof list / sizeof list[0])

/* A list of endings (32 at most) with, by a line's last byte (lower
 * case), the bit set of the entries that end with it (boiler_init): a line
 * is compared only with those, most lines with none. */
typedef struct {
    boiler_ending_t *e;
    size_t n;
    uint32_t by_last[256];
} boiler_endings_t;

/* an agency's name alone after a caption's stop (boiler_agency_after_stop) */
static boiler_ending_t boiler_agencies[] = {
    {". afp", 0}, {". reuters", 0}, {". ap", 0}, {". epa", 0}, {". aap", 0},
    {". xinhua", 0}, {". getty images", 0}, {". anadolu", 0},
};
/* photo credits (boiler_credit_tail); "... on Sunday. Jane Smith /AFP",
 * "[File: Jane Smith/Reuters]": the agency after the photographer's name */
static boiler_ending_t boiler_credit_endings[] = {
    {"getty images", 0}, {"(supplied)", 0}, {"/ supplied", 0}, {"file photo", 0},
    {"/ afp", 0}, {"/ ap", 0}, {"/ reuters", 0}, {"/ getty", 0}, {"/ rnz", 0},
    {"/ epa", 0}, {"/ aap", 0}, {"/afp", 0}, {"/reuters", 0}, {"/ap", 0}, {"/epa", 0},
    {"/aap", 0}, {"/xinhua", 0}, {"/anadolu", 0}, {"/bloomberg", 0}, {"/afp]", 0},
    {"/reuters]", 0}, {"/ap]", 0}, {"/epa]", 0}, {"/aap]", 0}, {"/getty]", 0},
    {"/afp)", 0}, {"/reuters)", 0}, {"/epa)", 0},
};
/* credits and notices (boiler_notice_tail) */
static boiler_ending_t boiler_notice_endings[] = {
    {"contributed to this report", 0}, {"contributed reporting", 0},
    {"all rights reserved", 0}, {"required for reproduction", 0},
    {"news and must-reads", 0}, {"inputs from agencies", 0},
};

#define BOILER_ENDINGS(list) {list, BOILER_COUNT(list), {0}}
static boiler_endings_t boiler_agency_list = BOILER_ENDINGS(boiler_agencies);
static boiler_endings_t boiler_credit_list = BOILER_ENDINGS(boiler_credit_endings);
static boiler_endings_t boiler_notice_list = BOILER_ENDINGS(boiler_notice_endings);

static void boiler_measure(boiler_endings_t *l)
{
    if (l->n > 32) abort();   /* the bit sets hold 32 entries */
    for (size_t k = 0; k < l->n; k++) {
        l->e[k].n = strlen(l->e[k].w);
        l->by_last[(unsigned char)l->e[k].w[l->e[k].n - 1]] |= 1u << k;
    }
}

/* The words of a dateline or a reading time (boiler_date_word), lower
 * case, sorted by first byte once (boiler_init): boiler_date_first[c] ..
 * boiler_date_first[c + 1] are those that start with byte c. */
static const char *boiler_date_words[] = {
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun",
    "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
    "october", "nov", "november", "dec", "december", "mon", "monday", "tue", "tues",
    "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday",
    "sat", "saturday", "sun", "sunday", "am", "pm", "a.m", "p.m", "at", "on", "of",
    "the", "by", "updated", "published", "posted", "last", "first", "modified",
    "edited", "min", "mins", "minute", "minutes", "read", "reading", "time", "hour",
    "hours", "hr", "hrs", "ago", "day", "days", "today", "yesterday", "just", "now",
    "gmt", "utc", "bst", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "nzt",
    "nzst", "nzdt", "aest", "aedt", "acst", "awst", "ist", "sgt", "hkt", "jst", "kst",
    "cet", "cest", "eat", "wat", "sast", "wib", "pht",
};
static unsigned char boiler_date_first[257];

/* The markers sorted by first byte; boiler_first[c] .. boiler_first[c+1]
 * are those that start with byte c (lower case), so a line is compared only
 * with the markers that start with its own first letter. */
static unsigned short boiler_first[257];
static pthread_once_t boiler_once = PTHREAD_ONCE_INIT;

static int boiler_cmp_marker(const void *a, const void *b)
{
    return strcmp(((const boiler_marker_t *)a)->lead, ((const boiler_marker_t *)b)->lead);
}

static int boiler_cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void boiler_init(void)
{
    qsort(boiler_markers, BOILER_NMARKERS, sizeof boiler_markers[0], boiler_cmp_marker);
    size_t k = 0;
    for (int c = 0; c < 256; c++) {
        boiler_first[c] = (unsigned short)k;
        while (k < BOILER_NMARKERS && (unsigned char)boiler_markers[k].lead[0] == c) k++;
    }
    boiler_first[256] = (unsigned short)k;
    boiler_measure(&boiler_agency_list);
    boiler_measure(&boiler_credit_list);
    boiler_measure(&boiler_notice_list);
    qsort(boiler_date_words, BOILER_COUNT(boiler_date_words), sizeof boiler_date_words[0],
          boiler_cmp_str);
    k = 0;
    for (int c = 0; c < 256; c++) {
        boiler_date_first[c] = (unsigned char)k;
        while (k < BOILER_COUNT(boiler_date_words) && (unsigned char)boiler_date_words[k][0] == c)
            k++;
    }
    boiler_date_first[256] = (unsigned char)k;
}

static inline int boiler_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int boiler_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* The words of s[0..n) (runs of non-spaces), counted up to max + 1. A
 * word starts at a byte that is no space after a space (or the start),
 * found 8 bytes at a time: the high bit of each such byte set, the bits
 * summed by one multiplication. */
static size_t boiler_words(const char *s, size_t n, size_t max)
{
    size_t w = 0;
    uint64_t before = UTIL_HIGHS;   /* a space before the text: a word may start */
    for (size_t i = 0; i < n && w <= max; i += 8) {
        uint64_t v;
        if (i + 8 <= n) {
            memcpy(&v, s + i, 8);
        } else {   /* the last bytes, padded with spaces: they start nothing */
            char pad[8];
            memset(pad, ' ', 8);
            memcpy(pad, s + i, n - i);
            memcpy(&v, pad, 8);
        }
        uint64_t sp = util_eq8(v, ' ');
        uint64_t starts = ~sp & UTIL_HIGHS & ((sp << 8) | (before >> 56));
        w += (size_t)(((starts >> 7) * UTIL_ONES) >> 56);
        before = sp & 0x8000000000000000ull;
    }
    return w > max ? max + 1 : w;
}

/* Does the line end with a stop (. ! ?), perhaps inside quotes or brackets? */
static int boiler_ends_stop(const char *s, size_t n)
{
    while (n && (s[n - 1] == '"' || s[n - 1] == '\'' || s[n - 1] == ')' || s[n - 1] == ']'))
        n--;
    return n && (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?');
}

/* Does s[0..n) start with lead, in any case, as whole words? */
static size_t boiler_starts(const char *s, size_t n, const char *lead)
{
    size_t m = 0;
    for (; lead[m]; m++)
        if (m >= n || util_lower((unsigned char)s[m]) != (unsigned char)lead[m]) return 0;
    if (m < n && boiler_alnum((unsigned char)lead[m - 1]) && boiler_alnum((unsigned char)s[m]))
        return 0;   /* "Related" but not "Relatedly", "share" but not "shares" */
    return m;
}

/* A bullet: "- ", "* ", "> ", or one of the bullet signs. */
static int boiler_bullet(const char *s, size_t n)
{
    if (n < 2) return 0;
    unsigned char a = (unsigned char)s[0], b = (unsigned char)s[1];
    if ((a == '-' || a == '*' || a == '>' || a == '+') && b == ' ') return 1;
    if (a == 0xC2 && (b == 0xB7 || b == 0xBB)) return 1;   /* middle dot, >> */
    if (a == 0xE2 && n >= 3) {
        unsigned char c = (unsigned char)s[2];
        if (b == 0x80 && (c == 0xA2 || c == 0xBA)) return 1;   /* bullet, > */
        if (b == 0x96 && (c == 0xB6 || c == 0xBA || c == 0xA0 || c == 0xAA)) return 1;
        if (b == 0x86 && c == 0x92) return 1;   /* arrow */
    }
    return 0;
}

/* Is the (lower-cased, bare) word one of the words of a dateline or a
 * reading time: a month, a weekday, am/pm, a time zone, "updated", "min
 * read", "ago"? */
static int boiler_date_word(const char *w, size_t n)
{
    char low[16];
    if (n == 0) return 1;   /* a lone separator */
    if (n >= sizeof low) return 0;
    for (size_t i = 0; i < n; i++) low[i] = (char)util_lower((unsigned char)w[i]);
    low[n] = '\0';
    unsigned char c = (unsigned char)low[0];
    for (size_t i = boiler_date_first[c]; i < boiler_date_first[c + 1]; i++)
        if (!strcmp(low, boiler_date_words[i])) return 1;
    return 0;
}

/* A line that holds only a date, a time or a reading time ("Updated: 3:45
 * PM", "Posted Tue 5 Nov 2024 at 6:12pm", "5 min read", "3 hours ago"). */
static int boiler_dateline_only(const char *s, size_t n)
{
    int digit = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && s[i] == ' ') i++;
        size_t b = i;
        int d = 0;
        while (i < n && s[i] != ' ') d |= (s[i] >= '0' && s[i] <= '9'), i++;
        size_t e = i;
        if (d) {
            digit = 1;
            continue;
        }
        while (b < e && !boiler_alnum((unsigned char)s[b])) b++;
        while (e > b && !boiler_alnum((unsigned char)s[e - 1])) e--;
        if (!boiler_date_word(s + b, e - b)) return 0;
    }
    return digit;
}

/* Is one of the lower-case words of a journalist's role in s[0..n)? */
static int boiler_role_word(const char *s, size_t n)
{
    static const char *const roles[] = {
        "reporter", "correspondent", "editor", "journalist", "writer", "columnist",
        "producer", "presenter", "contributor", "agencies", "staff",
    };
    for (size_t i = 0; i < n; i++) {
        if (i && boiler_alnum((unsigned char)s[i - 1])) continue;   /* a word's start */
        unsigned char c = util_lower((unsigned char)s[i]);
        for (size_t k = 0; k < sizeof roles / sizeof roles[0]; k++) {
            if ((unsigned char)roles[k][0] != c) continue;
            size_t m = strlen(roles[k]);
            if (i + m <= n && util_ieq(s + i, m, roles[k])) return 1;
        }
    }
    return 0;
}

/* A short line naming a journalist's role, after a comma or a bar
 * ("Jane Smith, political reporter") or last ("Guardian staff and
 * agencies"). */
static int boiler_role_line(const char *s, size_t n)
{
    if (memchr(s, ',', n) || memchr(s, '|', n)) return boiler_role_word(s, n);
    size_t b = n;
    while (b && s[b - 1] != ' ') b--;
    return boiler_role_word(s + b, n - b);
}

/* "Jane Smith is a political reporter for RNZ." */
static int boiler_bio(const char *s, size_t n)
{
    static const char *const verbs[] = {"is ", "was ", "covers ", "writes "};
    size_t i = 0, caps = 0;
    while (i < n && caps < 5) {
        if (!boiler_upper((unsigned char)s[i])) break;
        while (i < n && s[i] != ' ') i++;
        caps++;
        i++;
        if (i >= n || (s[i] != 'i' && s[i] != 'w' && s[i] != 'c')) continue;
        for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++) {
            size_t m = strlen(verbs[k]);
            if (i + m < n && !memcmp(s + i, verbs[k], m)) return boiler_role_word(s + i, n - i);
        }
    }
    return 0;
}

/* Does s[0..n) end with one of the lower-case endings, as whole words? Only
 * the endings whose last letter is the line's are compared. */
static int boiler_ending(const char *s, size_t n, const boiler_endings_t *l)
{
    if (!n) return 0;
    for (uint32_t bits = l->by_last[util_lower((unsigned char)s[n - 1])]; bits; bits &= bits - 1) {
        const boiler_ending_t *e = &l->e[__builtin_ctz(bits)];
        size_t m = e->n;
        if (n < m) continue;
        if (util_ieq(s + n - m, m, e->w) &&
            (n == m || !boiler_alnum((unsigned char)s[n - m - 1]) ||
             !boiler_alnum((unsigned char)e->w[0])))
            return 1;
    }
    return 0;
}

/* "Police detain a man as a crowd gathers in Hong Kong. AFP": a caption of
 * one sentence (at most 35 words, no other stop) whose credit, an agency's
 * name alone, follows its stop. A paragraph of prose tagged "... - AFP" or
 * "(AFP)" is not one. */
static int boiler_agency_after_stop(const char *s, size_t n)
{
    if (!boiler_ending(s, n, &boiler_agency_list)) return 0;
    size_t e = n;
    while (e > 0 && s[e - 1] != '.') e--;   /* the caption's stop */
    if (e < 2 || boiler_words(s, e, 36) > 35) return 0;
    for (size_t i = 0; i + 2 < e; i++)
        if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ' &&
            boiler_upper((unsigned char)s[i + 2]))
            return 0;   /* two sentences: prose */
    return 1;
}

/* Does the line end with a photo credit ("... Photo: RNZ / Samuel
 * Rillstone", "REUTERS/Sergei Karpukhin/File Photo", "AFP via Getty
 * Images", "(Supplied)")? Only the last 80 bytes are read. */
static int boiler_credit_tail(const char *s, size_t n)
{
    static const char *const before_colon[] = {"photo", "image", "picture", "photograph",
                                               "credit", "pictured", "photos"};
    static const char *const before_slash[] = {"reuters", "afp", "ap photo", "epa", "aap",
                                               "xinhua", "anadolu", "getty", "ap"};
    if (boiler_ending(s, n, &boiler_credit_list)) return 1;
    if (boiler_agency_after_stop(s, n)) return 1;
    size_t from = n > 80 ? n - 80 : 0;
    if (!memchr(s + from, ':', n - from) && !memchr(s + from, '/', n - from)) return 0;
    for (size_t i = from; i < n; i++) {
        if (s[i] != ':' && s[i] != '/') continue;
        size_t e = i;
        while (e > from && s[e - 1] == ' ') e--;
        const char *const *list = s[i] == ':' ? before_colon : before_slash;
        size_t nl = s[i] == ':' ? sizeof before_colon / sizeof *before_colon
                                : sizeof before_slash / sizeof *before_slash;
        for (size_t k = 0; k < nl; k++) {
            size_t m = strlen(list[k]);
            if (e >= from + m && util_ieq(s + e - m, m, list[k]) &&
                (e == m || !boiler_alnum((unsigned char)s[e - m - 1])))
                return 1;
        }
    }
    return 0;
}

/* Does the line end with the words of a credit or a notice ("CNN's Kosta
 * Gak contributed to this report.", "All rights reserved.", "Permission
 * required for reproduction.")? */
static int boiler_notice_tail(const char *s, size_t n)
{
    while (n && (s[n - 1] == '.' || s[n - 1] == ')' || s[n - 1] == ' ')) n--;
    return boiler_ending(s, n, &boiler_notice_list);
}

/* Does a short line give a time after "Updated" or "Published" ("TOI News
 * Desk / Updated: Oct 21, 2024, 16:05 IST")? */
static int boiler_updated_tail(const char *s, size_t n)
{
    for (size_t i = 0; i + 8 < n; i++) {
        if (i && s[i - 1] != ' ') continue;
        size_t m = util_ieq(s + i, 7, "updated") ? 7 : util_ieq(s + i, 9, "published") ? 9
                 : util_ieq(s + i, 6, "posted") ? 6 : 0;
        if (m && boiler_dateline_only(s + i, n - i)) return 1;
    }
    return 0;
}

/* A list of short fields between separators ("Politics | World | Pacific",
 * "Home > News > World", "Facebook | X | Email"). */
static int boiler_separated(const char *s, size_t n, size_t words)
{
    size_t seps = 0, field = 0, longest = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '|' || c == '>' || ((unsigned char)c == 0xC2 && i + 1 < n &&
                                     (unsigned char)s[i + 1] == 0xBB)) {
            seps++;
            field = 0;
            in = 0;
        } else if (c == ' ') {
            in = 0;
        } else if (!in) {
            in = 1;
            if (++field > longest) longest = field;
        }
    }
    return (seps >= 2 && longest <= 4 && words <= 4 * (seps + 1)) || (seps == 1 && longest <= 2);
}

/* Can the line be a headline: it starts with a capital, a digit or a quote,
 * does not end like a clause (':', ',', a closing double quote), and holds
 * no second sentence. */
static int boiler_headline(const char *s, size_t n)
{
    unsigned char c0 = (unsigned char)s[0], last = (unsigned char)s[n - 1];
    if (!(boiler_upper(c0) || (c0 >= '0' && c0 <= '9') || c0 == '\'' || c0 == '"' || c0 >= 0x80))
        return 0;
    if (last == ':' || last == ',' || last == ';' || last == '"' || last == '-') return 0;
    for (size_t i = 1; i + 1 < n; i++)
        if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ' && s[i - 1] != '.' &&
            i > 2 && !boiler_upper((unsigned char)s[i - 1]))
            return 0;
    return 1;
}

static int boiler_marker(const char *s, size_t n, boiler_class_t *out)
{
    unsigned char c0 = util_lower((unsigned char)s[0]);
    for (size_t k = boiler_first[c0]; k < boiler_first[c0 + 1]; k++) {
        const boiler_marker_t *mk = &boiler_markers[k];
        size_t m = boiler_starts(s, n, mk->lead);
        if (!m) continue;
        size_t w = boiler_words(s, n, 40);
        if (w > 40) return 0;
        int stop = boiler_ends_stop(s, n);
        if (mk->prose == BOILER_NOT_PROSE_WORD) {
            size_t r = m;
            while (r < n && s[r] == ' ') r++;
            if (r < n && s[r] >= 'a' && s[r] <= 'z') return 0;
        } else if (mk->prose == BOILER_LABELLED_HEADLINE) {
            size_t r = m;
            while (r < n && s[r] == ' ') r++;
            if (r < n && w >= 5 && boiler_headline(s + r, n - r)) return 0;
        } else if (mk->prose && stop && w >= mk->prose) {
            return 0;   /* prose after all */
        }
        if (mk->kind == K_CREDIT) {
            *out = BOILER_CREDIT;
            return 1;
        }
        if (mk->kind == K_LINE) {
            *out = BOILER_LINE;
            return 1;
        }
        /* a block marker alone, or with a few words and no stop, opens a
         * list; with a separator and a headline it is one link */
        size_t r = m;
        int sep = 0;
        while (r < n && (s[r] == ' ' || s[r] == ':' || s[r] == '|' || s[r] == '-' || s[r] == '>'))
            sep |= s[r] != ' ', r++;
        *out = (r == n || (!sep && !stop && w <= 6)) ? BOILER_BLOCK : BOILER_LINE;
        return 1;
    }
    return 0;
}

/* An embedded post ("... pic.twitter.com/Ym29 — Jane Doe (@jdoe) May 4,
 * 2023"): the page shows the post, the story tells it in its own words. */
static int boiler_embedded_post(const char *s, size_t n)
{
    /* its '/' first: a line of prose seldom has one (memmem alone took 370
     * instructions a line) */
    if (n >= 16 && memchr(s, '/', n) && memmem(s, n, "pic.twitter.com/", 16)) return 1;
    /* "(@handle) Month D, YYYY" at the end */
    if (n < 12 || s[n - 5] != ' ' || s[n - 6] != ',') return 0;
    for (size_t i = n - 4; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    size_t from = n > 48 ? n - 48 : 0;
    for (size_t i = from; i + 2 < n; i++)
        if (s[i] == '(' && s[i + 1] == '@') return memchr(s + i, ')', n - i) != NULL;
    return 0;
}

boiler_class_t boiler_classify(const char *s, size_t n)
{
    if (!n) return BOILER_LINE;
    pthread_once(&boiler_once, boiler_init);   /* the markers' index, the endings' lengths */
    boiler_class_t c;
    if (boiler_marker(s, n, &c)) return c;
    if (boiler_embedded_post(s, n)) return BOILER_LINE;
    int stop = boiler_ends_stop(s, n);
    if (boiler_bullet(s, n))
        return (stop && boiler_words(s, n, 8) >= 8) ? BOILER_PROSE : BOILER_LINE;
    if (boiler_credit_tail(s, n) && boiler_words(s, n, 60) <= 60) return BOILER_CREDIT;
    if (n > 3 && (s[0] == 'B' || s[0] == 'b') && s[1] == 'y' && s[2] == ' ' &&
        boiler_upper((unsigned char)s[3])) {
        size_t w = boiler_words(s, n, 12);
        if (w <= 12 && (!stop || w <= 5)) return BOILER_CREDIT;   /* byline */
    }
    if (n > 240) return BOILER_PROSE;   /* the short-line tests below need not run */
    if (stop) {   /* most lines: words are counted only when a test needs them */
        if ((boiler_notice_tail(s, n) || boiler_bio(s, n)) && boiler_words(s, n, 40) <= 40)
            return BOILER_CREDIT;
        if (boiler_words(s, n, 8) <= 8 && boiler_dateline_only(s, n)) return BOILER_CREDIT;
        return BOILER_PROSE;
    }
    size_t w = boiler_words(s, n, 40);
    if (w <= 40 && boiler_notice_tail(s, n)) return BOILER_CREDIT;
    if (w <= 14 && boiler_dateline_only(s, n)) return BOILER_CREDIT;
    if (w <= 20 && boiler_updated_tail(s, n)) return BOILER_CREDIT;
    if (w <= 2) return BOILER_SHORT;
    if (w <= 30 && boiler_separated(s, n, w)) return BOILER_LINE;
    if (w <= 8 && boiler_role_line(s, n))
        return BOILER_CREDIT;   /* "Jane Smith, political reporter", "staff and agencies" */
    if (w <= 16 && n <= 140 && boiler_headline(s, n)) return BOILER_HEAD;
    return BOILER_PROSE;
}

int boiler_is_link_line(const char *s, size_t n)
{
    if (n == 0 || boiler_bullet(s, n)) return 1;
    char last = s[n - 1];
    if (boiler_ends_stop(s, n) || last == '"' || last == ':') return 0;
    return boiler_words(s, n, 20) <= 20;
}

size_t boiler_cut_tail(const char *s, size_t n)
{
    size_t e = n;
    while (e && (s[e - 1] == ' ' || s[e - 1] == ':' || s[e - 1] == '>' || s[e - 1] == '.' ||
                 (unsigned char)s[e - 1] == 0xBB || (unsigned char)s[e - 1] == 0xC2))
        e--;
    if (e < 10 || !util_ieq(s + e - 9, 9, "read more")) return n;
    e -= 9;
    while (e && s[e - 1] == ' ') e--;
    if (!e) return n;
    char c = s[e - 1];
    return (c == '.' || c == '!' || c == '?' || c == '"' || c == ')' || c == '\'') ? e : n;
}

size_t boiler_cut_site(const char *s, size_t n)
{
    for (size_t i = n; i > 3; i--) {
        if (!(s[i - 1] == ' ' && (s[i - 2] == '|' || s[i - 2] == '-') && s[i - 3] == ' '))
            continue;
        const char *t = s + i;
        size_t tn = n - i;
        size_t w = boiler_words(t, tn, 4);
        if (w == 0 || w > 4 || boiler_ends_stop(t, tn)) return n;
        for (size_t k = 0; k < tn; k++)   /* each word capitalised */
            if ((k == 0 || t[k - 1] == ' ') && !boiler_upper((unsigned char)t[k]) &&
                !(t[k] >= '0' && t[k] <= '9'))
                return n;
        return boiler_words(s, i - 3, 3) >= 3 ? i - 3 : n;
    }
    return n;
}
