/* outlet.c -- an outlet's country from its web address or name: country
 * code domains of news sites, and national outlets on generic domains.
 * Domains used as generic names (.tv, .io, .co, .me, .fm, .ai) are not
 * listed. */
#include "4_actors/outlet.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    const char *name;   /* a domain suffix ("nz", "nytimes.com") or an outlet name */
    const char *cc;
} outlet_t;

static const outlet_t outlet_domains[] = {
    {"nz", "NZL"}, {"au", "AUS"}, {"uk", "GBR"}, {"ie", "IRL"}, {"ca", "CAN"}, {"us", "USA"},
    {"fj", "FJI"}, {"pg", "PNG"}, {"sb", "SLB"}, {"vu", "VUT"}, {"ws", "WSM"}, {"to", "TON"},
    {"ki", "KIR"}, {"ck", "COK"}, {"nc", "NCL"}, {"pf", "PYF"}, {"gu", "GUM"}, {"nr", "NRU"},
    {"in", "IND"}, {"pk", "PAK"}, {"bd", "BGD"}, {"lk", "LKA"}, {"np", "NPL"}, {"mv", "MDV"},
    {"sg", "SGP"}, {"my", "MYS"}, {"id", "IDN"}, {"ph", "PHL"}, {"th", "THA"}, {"vn", "VNM"},
    {"kh", "KHM"}, {"mm", "MMR"}, {"jp", "JPN"}, {"kr", "KOR"}, {"cn", "CHN"}, {"hk", "HKG"},
    {"tw", "TWN"}, {"mn", "MNG"}, {"za", "ZAF"}, {"ng", "NGA"}, {"ke", "KEN"}, {"gh", "GHA"},
    {"ug", "UGA"}, {"tz", "TZA"}, {"zw", "ZWE"}, {"zm", "ZMB"}, {"et", "ETH"}, {"rw", "RWA"},
    {"sn", "SEN"}, {"eg", "EGY"}, {"ma", "MAR"}, {"dz", "DZA"}, {"tn", "TUN"}, {"il", "ISR"},
    {"lb", "LBN"}, {"jo", "JOR"}, {"sa", "SAU"}, {"ae", "ARE"}, {"qa", "QAT"}, {"ir", "IRN"},
    {"iq", "IRQ"}, {"tr", "TUR"}, {"de", "DEU"}, {"fr", "FRA"}, {"es", "ESP"}, {"it", "ITA"},
    {"nl", "NLD"}, {"be", "BEL"}, {"ch", "CHE"}, {"at", "AUT"}, {"se", "SWE"}, {"no", "NOR"},
    {"dk", "DNK"}, {"fi", "FIN"}, {"pl", "POL"}, {"cz", "CZE"}, {"hu", "HUN"}, {"ro", "ROU"},
    {"gr", "GRC"}, {"pt", "PRT"}, {"ua", "UKR"}, {"ru", "RUS"}, {"by", "BLR"}, {"ee", "EST"},
    {"lv", "LVA"}, {"lt", "LTU"}, {"ge", "GEO"}, {"am", "ARM"}, {"az", "AZE"}, {"kz", "KAZ"},
    {"rs", "SRB"}, {"mx", "MEX"}, {"br", "BRA"}, {"ar", "ARG"}, {"cl", "CHL"}, {"pe", "PER"},
    {"ve", "VEN"}, {"jm", "JAM"}, {"tt", "TTO"},
    /* national outlets on generic domains */
    {"nytimes.com", "USA"}, {"washingtonpost.com", "USA"}, {"apnews.com", "USA"},
    {"cnn.com", "USA"}, {"foxnews.com", "USA"}, {"npr.org", "USA"}, {"wsj.com", "USA"},
    {"politico.com", "USA"}, {"usatoday.com", "USA"}, {"nbcnews.com", "USA"},
    {"cbsnews.com", "USA"}, {"theguardian.com", "GBR"}, {"bbc.com", "GBR"},
    {"scmp.com", "HKG"}, {"straitstimes.com", "SGP"}, {"channelnewsasia.com", "SGP"},
    {"thehindu.com", "IND"}, {"hindustantimes.com", "IND"}, {"indiatimes.com", "IND"},
    {"ndtv.com", "IND"}, {"dawn.com", "PAK"}, {"koreaherald.com", "KOR"},
    {"xinhuanet.com", "CHN"}, {"globaltimes.com", "CHN"}, {"tass.com", "RUS"}, {"rt.com", "RUS"},
    {"timesofisrael.com", "ISR"}, {"haaretz.com", "ISR"}, {"jpost.com", "ISR"},
    {"solomonstarnews.com", "SLB"}, {"fijitimes.com", "FJI"}, {"fbcnews.com", "FJI"},
    {"samoaobserver.com", "WSM"}, {NULL, NULL}};

static const outlet_t outlet_names[] = {
    {"rnz", "NZL"}, {"radio new zealand", "NZL"}, {"newshub", "NZL"}, {"stuff", "NZL"},
    {"nz herald", "NZL"}, {"new zealand herald", "NZL"}, {"1news", "NZL"}, {"tvnz", "NZL"},
    {"the spinoff", "NZL"}, {"abc australia", "AUS"}, {"sydney morning herald", "AUS"},
    {"the australian", "AUS"}, {"bbc", "GBR"}, {"bbc news", "GBR"}, {"the guardian", "GBR"},
    {"the new york times", "USA"}, {"new york times", "USA"}, {"the washington post", "USA"},
    {"washington post", "USA"}, {"associated press", "USA"}, {"npr", "USA"}, {"cnn", "USA"},
    {"yonhap", "KOR"}, {"kyodo", "JPN"}, {"xinhua", "CHN"}, {"tass", "RUS"},
    {"fiji times", "FJI"}, {"solomon star", "SLB"}, {"post-courier", "PNG"},
    {"samoa observer", "WSM"}, {NULL, NULL}};

/* The host of url, folded to lower case, into host (at most n bytes). */
static void outlet_host(const char *url, char *host, size_t n)
{
    const char *p = strstr(url, "://");
    p = p ? p + 3 : url;
    size_t k = 0;
    while (*p && *p != '/' && *p != ':' && *p != '?' && *p != '#' && k + 1 < n)
        host[k++] = (char)tolower((unsigned char)*p++);
    host[k] = '\0';
}

/* The domain names in an open-addressed table (index + 1 into
 * outlet_domains, 0 = empty), built once: every story looks its outlet
 * up, and a host is asked a few suffixes, not the whole list. */
#define OUTLET_SLOTS 512   /* a power of two, over twice the names */
static uint16_t outlet_slot[OUTLET_SLOTS];
static pthread_once_t outlet_once = PTHREAD_ONCE_INIT;

/* The first slot of the name s[0..n). */
static size_t outlet_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;   /* FNV-1a */
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h & (OUTLET_SLOTS - 1);
}

static void outlet_index(void)
{
    for (size_t i = 0; outlet_domains[i].name; i++) {
        const char *name = outlet_domains[i].name;
        size_t n = strlen(name), k = outlet_hash(name, n);
        while (outlet_slot[k] && strcmp(outlet_domains[outlet_slot[k] - 1].name, name))
            k = (k + 1) & (OUTLET_SLOTS - 1);
        if (!outlet_slot[k]) outlet_slot[k] = (uint16_t)(i + 1);   /* the first of a name */
    }
}

/* The country of a host: its longest listed suffix ("stuff.co.nz" -> "nz",
 * "www.nytimes.com" -> "nytimes.com"): the whole host or what follows one
 * of its dots, the leftmost listed; NULL when none is listed. */
static const char *outlet_of_host(const char *host)
{
    pthread_once(&outlet_once, outlet_index);
    size_t hl = strlen(host);
    for (size_t from = 0; from <= hl;) {
        const char *suffix = host + from;
        size_t n = hl - from;
        for (size_t k = outlet_hash(suffix, n); outlet_slot[k]; k = (k + 1) & (OUTLET_SLOTS - 1)) {
            const outlet_t *o = &outlet_domains[outlet_slot[k] - 1];
            if (!strcmp(o->name, suffix)) return o->cc;
        }
        const char *dot = memchr(suffix, '.', n);
        if (!dot) break;
        from = (size_t)(dot - host) + 1;
    }
    return NULL;
}

void outlet_country(const char *url, const char *source, char cc[4])
{
    char host[256] = "";   /* all set: the analyzer cannot follow outlet_host */
    const char *found = NULL;
    cc[0] = '\0';
    if (url && *url) {
        outlet_host(url, host, sizeof host);
        found = outlet_of_host(host);
    }
    if (!found && source && *source) {
        outlet_host(source, host, sizeof host);   /* "stuff.co.nz", or a name */
        if (strchr(host, '.')) found = outlet_of_host(host);
        for (const outlet_t *o = outlet_names; !found && o->name; o++)
            if (o->name[0] == host[0] && !strcmp(host, o->name)) found = o->cc;   /* first byte first */
    }
    if (found) snprintf(cc, 4, "%s", found);
}
