/* outlet.c -- an outlet's country from its web address or name: country
 * code domains of news sites, and national outlets on generic domains.
 * Domains used as generic names (.tv, .io, .co, .me, .fm, .ai) are not
 * listed. */
#include "4_actors/outlet.h"

#include <ctype.h>
#include <pthread.h>
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

/* The lengths of the domain names, measured once (every story looks its
 * outlet up). */
static size_t outlet_domain_len[sizeof outlet_domains / sizeof outlet_domains[0]];
static pthread_once_t outlet_once = PTHREAD_ONCE_INIT;

static void outlet_measure(void)
{
    for (size_t i = 0; outlet_domains[i].name; i++)
        outlet_domain_len[i] = strlen(outlet_domains[i].name);
}

/* The country of a host: its longest listed suffix ("stuff.co.nz" -> "nz",
 * "www.nytimes.com" -> "nytimes.com"); NULL when none is listed. */
static const char *outlet_of_host(const char *host)
{
    size_t hl = strlen(host);
    const char *best = NULL;
    size_t bestl = 0;
    pthread_once(&outlet_once, outlet_measure);
    for (const outlet_t *o = outlet_domains; o->name; o++) {
        size_t l = outlet_domain_len[o - outlet_domains];
        if (l > hl || l <= bestl || host[hl - l] != o->name[0] || strcmp(host + hl - l, o->name))
            continue;
        if (l < hl && host[hl - l - 1] != '.') continue;
        best = o->cc;
        bestl = l;
    }
    return best;
}

void outlet_country(const char *url, const char *source, char cc[4])
{
    char host[256];
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
            if (!strcmp(host, o->name)) found = o->cc;
    }
    if (found) snprintf(cc, 4, "%s", found);
}
