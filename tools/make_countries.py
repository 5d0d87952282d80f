#!/usr/bin/env python3
"""make_countries.py -- builds dict/countries.actors from the npm package
world-countries (https://www.npmjs.com/package/world-countries, data by
Mohammed Le Doze, ODbL-1.0), plus the hand-curated aliases below.

    cd /tmp && npm pack world-countries && tar xzf world-countries-*.tgz
    python3 tools/make_countries.py /tmp/package/countries.json > dict/countries.actors

For every country and territory: its common and official names, alternate
spellings, demonyms and adjectives (with plurals) -> the ISO alpha-3 code;
its capital(s) -> the code + GOV (capitals stand for governments).
A phrase that two countries claim is left with the first and reported."""
import json
import sys
import unicodedata

# CAMEO uses a few codes of its own
CODE_MAP = {"UNK": "KSV"}

# Capitals that are common words, common names or clash with places
# elsewhere: not used for governments.
CAPITAL_SKIP = {
    "male", "victoria", "hamilton", "kingston", "stanley", "jamestown", "georgetown",
    "saint john's", "st. john's", "road town", "the valley", "plymouth", "avarua",
    "adamstown", "basseterre", "castries", "roseau", "praia", "flying fish cove",
    "west island", "king edward point", "philipsburg", "marigot", "gustavia",
    "charlotte amalie", "pago pago", "hagåtña", "saipan", "kingstown", "nuuk",
    "tórshavn", "douglas", "saint helier", "st. peter port", "oranjestad",
    "willemstad", "kralendijk", "san juan", "cockburn town", "george town",
    "city of victoria", "papeetē", "mata-utu", "alofi", "sri jayawardenepura kotte",
    "diego garcia", "longyearbyen", "port-aux-français", "saint-pierre",
    "mamoudzou", "saint-denis", "cayenne", "fort-de-france", "basse-terre",
    "nouméa", "brades", "camp justice", "stanley", "edinburgh of the seven seas",
    "jerusalem", "bern", "santiago", "san josé", "victoria", "panama city",
    "the bottom",   # Saba's: "bottom" alone was Bonaire's government
    "brussels",   # news means the EU by it ("accused Brussels of blackmail"): igos.actors
}

# Aliases news uses that the package does not have.
EXTRA = {
    "NZL": ["aotearoa", "aotearoa new zealand", "new zealander", "new zealanders", "kiwi",
            "kiwis", "nz"],
    "SLB": ["solomons", "solomon island", "solomons island", "solomon islander",
            "solomon islanders"],
    "USA": ["u.s.", "u.s.a.", "america", "american", "americans", "united states of america",
            "the united states",
            # 'us' alone is read only in capitals, so the loader's hyphen
            # compounds do not make these
            "us-led", "u.s.-led", "us-based", "u.s.-based", "us-flagged", "u.s.-flagged",
            "us-owned", "u.s.-owned", "us-registered"],
    "GBR": ["uk", "u.k.", "britain", "great britain", "british", "briton", "britons",
            "brits", "scots"],
    "PNG": ["png", "papua new guinean", "papua new guineans"],
    "CHN": ["prc", "mainland china", "people's republic of china"],
    "TWN": ["republic of china", "taiwanese"],
    "KOR": ["south korea", "south korean", "south koreans", "republic of korea", "rok",
            # wire headlines: Reuters "S.Korea", AP "SKorea"
            "s.korea", "skorea", "s.korean", "s.koreans"],
    "PRK": ["north korea", "north korean", "north koreans", "dprk",
            "n.korea", "nkorea", "n.korean", "n.koreans", "hermit kingdom"],
    "RUS": ["russian federation", "russians"],
    "IRN": ["persia",
            # press forms: "the Islamic Republic" is Iran in news ("Islamic
            # Republic of Pakistan" and the like are longer and win)
            "islamic republic"],
    "ISR": ["israelis", "jewish state"],
    "JOR": ["hashemite kingdom"],
    "MMR": ["burma", "burmese"],
    "TLS": ["east timor", "timor-leste", "timorese"],
    "CIV": ["ivory coast", "cote d'ivoire", "côte d'ivoire", "ivorian", "ivorians",
            "ivoirian", "ivoirians"],
    "CZE": ["czech republic", "czechia", "czechs"],
    "NLD": ["the netherlands", "holland", "dutch"],
    "TUR": ["turkey", "türkiye", "turkiye", "turks"],
    "SWZ": ["swaziland", "eswatini"],
    "FJI": ["fijian", "fijians"],
    "TON": ["tongan", "tongans"],
    "WSM": ["samoan", "samoans"],
    "PSE": ["palestine", "palestinian", "palestinians", "gaza", "gaza strip", "west bank",
            "palestinian territories", "hamas-run", "hamas-controlled"],
    "VAT": ["holy see", "vatican"],
    "FSM": ["micronesia", "federated states of micronesia"],
    "MHL": ["marshall islands", "marshallese"],
    "COK": ["cook islands"],
    "PHL": ["filipino", "filipinos", "philippine"],
    "COD": ["drc", "dr congo", "democratic republic of congo",
            "democratic republic of the congo", "congo-kinshasa",
            # "Congo" alone: news (Reuters, AP) writes it for the DR Congo, the
            # larger and far more often reported of the two; the other is
            # "Republic of Congo" or "Congo-Brazzaville"
            "congo", "zaire", "zairean", "zaireans", "zairian", "zairians"],
    "COG": ["congo-brazzaville", "republic of congo"],
    "ARE": ["uae", "u.a.e.", "emirati", "emiratis", "united arab emirates"],
    "SAU": ["saudi", "saudis", "ksa"],
    "KSV": ["kosovo", "kosovar", "kosovars", "kosovan", "kosovans",
            # ethnic groups within Kosovo (gold: KSVSRB), not Serbia or Albania
            "kosovo serb", "kosovo serbs", "kosovo albanian", "kosovo albanians"],
    "MKD": ["macedonia", "north macedonia", "macedonian", "fyrom", "f.y.r.o.m."],
    "BIH": ["bosnia", "bosnian", "bosnians", "bosnian serb", "bosnian serbs", "bosniak",
            "bosniaks", "bosnian croat", "bosnian croats"],
    "VNM": ["vietnam", "vietnamese"],
    "LAO": ["laos", "lao", "laotian"],
    "SYR": ["syria", "syrians"],
    "AFG": ["afghan", "afghans", "taliban-run", "taliban-controlled"],
    "UKR": ["ukrainians"],
    "DEU": ["germans"],
    "FRA": ["french"],
    "JPN": ["japanese"],
    "IND": ["indians"],
    "AUS": ["aussie", "aussies", "australians"],
    "KIR": ["i-kiribati"],
    "VUT": ["ni-vanuatu"],
    "PLW": ["palauan", "palauans"],
    "NRU": ["nauruan", "nauruans"],
    "TUV": ["tuvaluan", "tuvaluans"],
    "KGZ": ["kyrgyz", "kyrgyzstani", "kyrgyzstanis", "kirghizia", "kirgizia", "kyrgyz republic"],
    "TJK": ["tajik", "tajiks", "tajikistani"],
    "UZB": ["uzbek", "uzbeks"],
    "KAZ": ["kazakh", "kazakhs"],
    "AZE": ["azeri", "azeris"],
    "ISL": ["icelandic"],
    "SVN": ["slovenian", "slovenians"],
    "DJI": ["djiboutian", "djiboutians"],
    "NPL": ["nepali", "nepalis"],
    "MDV": ["maldivian", "maldivians"],
    "ECU": ["ecuadorian", "ecuadorians"],
    "ARG": ["argentinian", "argentinians", "argentinean", "argentineans"],
    "SUR": ["surinamese"],
    # wire headlines ("SAfrica, Equatorial Guinea agree ...", "S.Sudan")
    "ZAF": ["safrica", "s.africa", "s.african", "s.africans"],
    "SSD": ["s.sudan"],
    # demonyms the package lacks
    "CPV": ["cape verdean", "cape verdeans", "cabo verde"],
    "CYP": ["greek cypriot", "greek cypriots"],
    "ESP": ["spaniard", "spaniards"],
    "KHM": ["khmer", "kampuchea"],
    "SOM": ["somalian", "somalians", "puntland"],
    "BFA": ["burkinabè", "upper volta"],
    "BWA": ["botswanan", "botswanans", "batswana", "bechuanaland"],
    "LSO": ["basotho", "basutoland"],
    "COM": ["comorian", "comorians"],
    "NCL": ["kanak", "kanaks"],
    "PYF": ["tahitian", "tahitians"],
    "SLV": ["salvadorean", "salvadoreans"],
    "BLR": ["belarussian", "belarussians", "byelorussia", "belorussia", "byelorussian",
            "belorussian", "byelorussians", "belorussians"],
    "LUX": ["luxembourgish"],
    "DNK": ["danes"],
    "FIN": ["finns"],
    "HRV": ["croats"],
    "POL": ["poles"],
    "SRB": ["serbs"],
    "SWE": ["swedes"],
    "YEM": ["houthi-run", "houthi-controlled"],
    # other spellings of adjectives and names of other eras (their successor
    # states, as TABARI's dictionaries code "Zaire")
    "SVK": ["slovakian", "slovakians"],
    "GNB": ["bissau-guinean", "bissau-guineans"],
    "GNQ": ["equatoguinean", "equatoguineans"],
    "LKA": ["ceylon"],
    "ZWE": ["rhodesia", "southern rhodesia"],
    "ZMB": ["northern rhodesia"],
    "BEN": ["dahomey"],
    "THA": ["siam"],
    "MWI": ["nyasaland"],
    "TKM": ["turkmenia"],
}
# Capitals as news spells them besides the package: older spellings
# ("Kiev", "Teheran", "Peking", "Rangoon") and seats of government
# ("La Paz", "Cotonou", "Dar es Salaam").
EXTRA_GOV = {
    "USA": ["washington", "white house", "the white house"],
    "GBR": ["downing street", "whitehall"],
    "RUS": ["kremlin", "the kremlin"],
    "CHN": ["zhongnanhai", "peking"],
    "TWN": ["taipei"],
    "UKR": ["kiev"],
    "IRN": ["teheran"],
    "KIR": ["tarawa"],
    "NPL": ["katmandu"],
    "BGD": ["dacca"],
    "BDI": ["bujumbura"],
    "BEN": ["cotonou"],
    "MMR": ["rangoon"],
    "MDA": ["kishinev"],
    "TZA": ["dar es salaam"],
    "TCD": ["ndjamena"],
    "MNG": ["ulaanbaatar"],
    "KAZ": ["nur-sultan"],
    "BOL": ["la paz"],
    "YEM": ["sanaa"],
    "KOR": ["seoul"],
    "PRK": ["pyongyang"],
    "FRA": ["elysee", "élysée", "elysee palace", "élysée palace"],
    "ISR": ["jerusalem"],
    "CHE": ["bern", "berne"],
    "CHL": ["santiago"],
    "CRI": ["san jose", "san josé"],
    "PAN": ["panama city"],
    "MMR": ["nay pyi taw", "nay pyi daw", "naypyitaw"],
    "TKM": ["ashkhabad"],
}
# States of other eras, dated (docs/dictionaries.md: the line whose range
# holds the story date wins, then an undated line; ranges must not
# overlap). Codes as CAMEO and
# TABARI write them (USR, YUG, CSK, DDR); "Yugoslavia" from 1992 to 2006
# (the Federal Republic, then Serbia and Montenegro) as its successor
# Serbia, as the gold of tests/gold codes Belgrade's acts ("Serbia and
# Montenegro" itself is left to its two names: a dated phrase names no one
# outside its range, and would hide both). Outside its range the Soviet
# Union names no one: modern news names it as history ("since the collapse
# of the Soviet Union").
DATED = [
    ("USR", "..1991-12-25", ["soviet union", "the soviet union", "ussr", "u.s.s.r.",
                             "union of soviet socialist republics", "soviet", "soviets"]),
    ("YUG", "..1992-04-26", ["yugoslavia", "yugoslav", "yugoslavs",
                             "socialist federal republic of yugoslavia"]),
    ("SRB", "1992-04-27..2006-06-04", ["yugoslavia", "yugoslav", "yugoslavs",
                                       "federal republic of yugoslavia"]),
    ("CSK", "..1992-12-31", ["czechoslovakia", "czechoslovak", "czechoslovakian",
                             "czechoslovaks"]),
    ("DDR", "1949-10-07..1990-10-02", ["east germany", "german democratic republic",
                                       "east german", "east germans", "gdr"]),
]
# ... and outside their range, what they name now: East and West Germany are
# Germany's.
UNDATED_AFTER = {
    "DEU": ["east germany", "east german", "east germans", "west germany", "west german",
            "west germans", "federal republic of germany"],
}
# Aliases that must not be used: common words or ambiguous abbreviations.
SKIP = {"us", "un", "uk.", "in", "is", "it", "no", "me", "ma", "la", "le", "de", "the",
        "ad", "am", "an", "as", "at", "be", "by", "do", "go", "he", "hi", "id", "if",
        "my", "of", "oh", "ok", "on", "or", "so", "to", "up", "we", "sa", "guinea",
        "georgia", "jersey", "chad", "turkey", "niger", "china", "jordan", "dominica",
        "island", "holland", "mainland", "republic", "kingdom", "union", "states",
        "america", "americas", "congo", "korea", "guinea-bissau"}
# Regions that contain a country name but are not that country: blocked.
REGIONS = ["north america", "south america", "latin america", "central america",
           "north american", "south american", "latin american", "central american",
           "the americas", "pan-american", "new south wales", "south china sea",
           "east china sea", "north korea", "south korea", "west papua", "papua province",
           "new england", "new mexico", "new jersey", "new york", "new guinea island",
           "georgia state", "british columbia", "indian ocean",
           "french polynesia", "new caledonia", "dutch caribbean", "south sudan",
           # seas, gulfs, lakes and valleys named after a country
           "gulf of oman", "sea of japan", "gulf of mexico", "gulf of guinea",
           "gulf of thailand", "gulf of finland", "jordan valley", "jordan river", "lake chad",
           "philippine sea", "sea of azov", "gulf of aden", "congo river", "congo basin",
           # "Guinea" is the country, but not in these
           "new guinea", "guinea pig", "guinea pigs", "guinea fowl"]
KEEP_ANYWAY = {"china", "jordan", "turkey", "chad", "niger", "georgia", "dominica", "guinea", "guinea-bissau"}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def variants(s):
    s = s.strip().lower()
    out = [s]
    f = ascii_fold(s)
    if f != s:
        out.append(f)
    if s.startswith("the "):
        out.append(s[4:])
    return out


def plural(w):
    if w.endswith("ese") or w.endswith("ss") or w.endswith("sh") or w.endswith("ch") or w.endswith("s"):
        return None
    return w + "s"


def main():
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    # sovereign states first: "french" is France, not its southern territories
    data.sort(key=lambda c: (not c.get("unMember", False), not c.get("independent", False),
                             c["cca3"]))
    seen = {}
    lines = {}
    clashes = []
    # phrases whose usual sense is not the first claimant's
    for p, code in (("dominican", "DOM"), ("dominicans", "DOM")):
        seen[p] = code
        lines.setdefault(code, []).append(p)

    def add(code, phrase, extra=False):
        for p in variants(phrase):
            if not p or (p in SKIP and p not in KEEP_ANYWAY and not extra):
                continue
            if len(p) <= 2 and p not in ("nz", "uk"):
                continue
            if p in seen:
                if seen[p] != code:
                    clashes.append((p, seen[p], code))
                continue
            seen[p] = code
            lines.setdefault(code, []).append(p)

    for c in data:
        code = CODE_MAP.get(c["cca3"], c["cca3"])
        add(code, c["name"]["common"])
        add(code, c["name"]["official"])
        for a in EXTRA.get(code, []):
            add(code, a, True)
        for a in c.get("altSpellings", []):
            if len(a) > 3 and not a.isupper():
                add(code, a)
        dem = c.get("demonyms", {}).get("eng", {})
        for g in ("m", "f"):
            d = dem.get(g)
            if d:
                add(code, d)
                p = plural(d.lower())
                if p:
                    add(code, p)
    # second pass: capitals, after every country name has its place
    for c in data:
        code = CODE_MAP.get(c["cca3"], c["cca3"])
        for cap in c.get("capital", []):
            cap = cap.split(",")[0]
            if cap.lower() in CAPITAL_SKIP or ascii_fold(cap.lower()) in CAPITAL_SKIP:
                continue
            add(code + "GOV", cap)
        for a in EXTRA_GOV.get(code, []):
            add(code + "GOV", a)
    for code, phrases in UNDATED_AFTER.items():
        for a in phrases:
            add(code, a, True)
    out = sys.stdout
    out.write("# annalist actor dictionary: countries and territories.\n")
    out.write("# Generated by tools/make_countries.py from the npm package world-countries\n")
    out.write("# (data by Mohammed Le Doze and contributors, Open Database License ODbL-1.0,\n")
    out.write("# https://github.com/mledoze/countries), plus hand-curated aliases kept in\n")
    out.write("# the script. Capitals stand for governments (CODE+GOV).\n")
    out.write("# Format: docs/dictionaries.md. Regenerate rather than edit.\n\n")
    for code in sorted(lines):
        out.write("%s : %s\n" % (code, "; ".join(lines[code])))
    out.write("# states of other eras, dated\n")
    for code, span, phrases in DATED:
        out.write("%s %s : %s\n" % (code, span, "; ".join(phrases)))
    blocked = [r for r in REGIONS if r not in seen]
    out.write("# regions and places whose names hold a country's name: not actors\n")
    out.write("--- : %s\n" % "; ".join(blocked))
    for p, a, b in clashes:
        sys.stderr.write("clash: '%s' is %s, also claimed by %s (kept %s)\n" % (p, a, b, a))


main()
