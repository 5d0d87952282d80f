#!/usr/bin/env python3
"""make_verbs.py -- writes dict/cameo.verbs, annalist's bundled verb-pattern
dictionary (TABARI format, annalist's exact-word rules: docs/dictionaries.md),
from the verb classes below. Written for annalist (MIT).

    python3 tools/make_verbs.py dict/cameo.codes > dict/cameo.verbs

Each class is a CAMEO sense: a default code for "SOURCE verb TARGET" (None =
the verb alone codes nothing), the verbs that carry it (irregular or doubled
forms in braces), and the patterns every one of those verbs takes. The engine
handles the passive, negation, intent and reported speech: patterns are
written for the plain active act. A code must exist in dict/cameo.codes."""
import sys

# Nouns that name agreements, aid, and so on; used inside patterns.
AGREEMENT = ["agreement", "agreements", "pact", "treaty", "deal", "accord", "accords",
             "memorandum", "mou", "protocol", "contract", "framework", "partnership"]
AID = ["aid", "assistance", "support", "help", "relief"]

CLASSES = [
    # ---------------- 01 statements (only with a target) ----------------
    ("010", ["tell {told told}", "inform", "brief", "assure"], [
        ("* +", "010"), ("* + that", "010"), ("* + about", "010")]),
    (None, ["say {said said}", "state", "announce", "declare", "remark"], [
        ("* to +", "010")]),
    (None, ["decline", "refuse"], [("* to comment on +", "011")]),
    (None, ["express", "voice", "raise", "reiterate", "register", "convey"], [
        ("* concern about +", "012"), ("* concern over +", "012"), ("* concerns about +", "012"),
        ("* concerns over +", "012"), ("* concern at +", "012"), ("* concerns with +", "012"),
        ("* alarm at +", "012"), ("* alarm over +", "012"), ("* pessimism about +", "012"),
        ("* doubts about +", "012"), ("* skepticism about +", "012"),
        ("* scepticism about +", "012"),
        ("* optimism about +", "013"), ("* hope for +", "013"), ("* confidence in +", "013"),
        ("* condolences to +", "018"), ("* sympathy to +", "018"), ("* sympathy for +", "018"),
        ("* solidarity with +", "051"), ("* support for +", "051"), ("* gratitude to +", "051"),
        ("* thanks to +", "051"), ("* appreciation to +", "051"),
        ("* regret to +", "055"), ("* displeasure with +", "110"),
        ("* dissatisfaction with +", "110"), ("* anger at +", "110"), ("* anger over +", "110"),
        ("* outrage at +", "111"), ("* outrage over +", "111"), ("* opposition to +", "110"),
        ("* agreement with +", "019"), ("* willingness to talk with +", "036")]),
    (None, ["offer", "send", "extend", "convey"], [
        ("* condolences to +", "018"), ("* + condolences", "018"), ("* sympathy to +", "018")]),
    ("018", ["console", "condole"], [("* +", "018"), ("* with +", "018")]),
    (None, ["deny", "reject", "dismiss"], [
        ("* responsibility for +", "016"), ("* involvement in +", "016")]),
    (None, ["claim", "admit", "acknowledge"], [
        ("* responsibility for +", "015")]),
    (None, ["consider", "weigh", "mull", "study", "explore"], [
        ("* sanctions against +", "014"), ("* sanctions on +", "014"), ("* options on +", "014")]),

    # ---------------- 02 appeals ----------------
    ("020", ["urge", "exhort", "implore"], [
        ("* +", "020"), ("* + to", "020"), ("* + to hold talks", "026"),
        ("* + to resume talks", "026"), ("* + to negotiate", "026"), ("* + to meet", "026"),
        ("* + to release", "0253"), ("* + to free", "0253"), ("* + to lift sanctions", "0254"),
        ("* + to ease sanctions", "0254"), ("* + to withdraw", "0256"),
        ("* + to pull out", "0256"), ("* + to cease fire", "0256"), ("* + to end the fighting", "0256"),
        ("* + to show restraint", "0256"), ("* + to exercise restraint", "0256"),
        ("* + to respect", "020"), ("* + to reconsider", "020"), ("* + to hold elections", "0243"),
        ("* + to reform", "024"), ("* + to allow", "025"), ("* + for help", "023"),
        ("* + for aid", "023"), ("* + for assistance", "023"), ("* + for support", "022"),
        ("* restraint from +", "0256"), ("* calm from +", "020")]),
    ("020", ["call {called called}"], [
        ("* on + to", "020"), ("* upon + to", "020"), ("* on +", "020"), ("* upon +", "020"),
        ("* on + to hold talks", "026"), ("* on + to release", "0253"),
        ("* on + to withdraw", "0256"), ("* on + to lift sanctions", "0254"),
        ("* for talks with +", "026"), ("* for dialogue with +", "026"),
        ("* for the release of +", "0253"), ("* on + to respect", "020"),
        ("* for restraint from +", "0256")]),
    ("020", ["appeal", "plead", "petition"], [
        ("* to +", "020"), ("* to + for", "020"), ("* to + for help", "023"),
        ("* to + for aid", "023"), ("* to + for assistance", "023"),
        ("* to + for support", "022"), ("* for help from +", "023"),
        ("* for aid from +", "023"), ("* with +", "020")]),
    (None, ["ask", "request", "beg"], [
        ("* + to", "020"), ("* + for help", "023"), ("* + for aid", "023"),
        ("* + for assistance", "023"), ("* + for support", "022"),
        ("* + for economic aid", "0231"), ("* + for military aid", "0232"),
        ("* + for weapons", "0232"), ("* + for humanitarian aid", "0233"),
        ("* + for peacekeepers", "0234"), ("* + to mediate", "028"),
        ("* + to release", "0253"), ("* + to extradite", "0213"),
        ("* help from +", "023"), ("* assistance from +", "023"), ("* aid from +", "023"),
        ("* support from +", "022")]),
    ("022", ["seek {sought sought}", "solicit", "lobby"], [
        ("* + support", "022"), ("* support from +", "022"), ("* backing from +", "022"),
        ("* help from +", "023"), ("* aid from +", "023"), ("* assistance from +", "023"),
        ("* talks with +", "036"), ("* a meeting with +", "036"), ("* dialogue with +", "036"),
        ("* extradition of + from", "0213"), ("* the extradition of", "0213")]),
    (None, ["press", "push", "pressure", "prod", "nudge"], [
        ("* + to", "020"), ("* + for", "020"), ("* + over", "020"), ("* + on", "020"),
        ("* + to release", "0253"), ("* + to withdraw", "0256")]),
    ("020", ["invite"], [
        ("* + to visit", "036"), ("* + to talks", "036"), ("* + for talks", "036"),
        ("* + to join", "020"), ("* + to attend", "036")]),

    # ---------------- 03 intents (acts of promising) ----------------
    ("033", ["pledge", "promise", "vow", "commit {committed committed}"], [
        ("* aid to +", "033"), ("* assistance to +", "033"), ("* + aid", "033"),
        ("* + assistance", "033"), ("* support to +", "032"), ("* support for +", "032"),
        ("* + support", "032"), ("* economic aid to +", "0331"), ("* financial aid to +", "0331"),
        ("* loans to +", "0331"), ("* funding to +", "0331"), ("* + funding", "0331"),
        ("* military aid to +", "0332"), ("* weapons to +", "0332"), ("* arms to +", "0332"),
        ("* humanitarian aid to +", "0333"), ("* relief to +", "0333"),
        ("* troops to +", "0334"), ("* peacekeepers to +", "0334"),
        ("* to cooperate with +", "030"), ("* cooperation with +", "030"),
        ("* to work with +", "030"), ("* to defend +", "0334"), ("* to protect +", "0334")]),
    (None, ["offer"], [
        ("* to mediate between +", "039"), ("* to mediate", "039"), ("* mediation", "039"),
        ("* talks to +", "036"), ("* + talks", "036"), ("* to meet +", "036"),
        ("* + aid", "033"), ("* aid to +", "033"), ("* assistance to +", "033"),
        ("* + assistance", "033"), ("* + help", "033"), ("* help to +", "033"),
        ("* + support", "032"), ("* support to +", "032"), ("* + asylum", "0343"),
        ("* + a loan", "0331"), ("* + loans", "0331"), ("* + weapons", "0332"),
        ("* to cooperate with +", "030"), ("* cooperation to +", "030")]),

    # ---------------- 04 consult ----------------
    ("040", ["meet {met met}"], [
        ("* +", "040"), ("* with +", "040"), ("* virtually with +", "041"),
        ("* online with +", "041"), ("* + in", "040"), ("* + at", "040"),
        ("* with + on the sidelines", "044"), ("* + on the sidelines", "044"),
        ("* + at a summit", "044"), ("* with + at a summit", "044")]),
    ("040", ["talk", "confer", "consult", "parley"], [
        ("* with +", "040"), ("* to +", "040"), ("* +", "040"),
        ("* by phone with +", "041"), ("* by telephone with +", "041"),
        ("* on the phone with +", "041")]),
    (None, ["speak {spoke spoken}"], [
        ("* with +", "040"), ("* to +", "040"), ("* by phone with +", "041"),
        ("* by telephone with +", "041"), ("* to + by phone", "041"),
        ("* with + by phone", "041"), ("* to + over zoom", "041"), ("* with + by video", "041"),
        ("* out against +", "111"), ("* for +", "051")]),
    ("041", ["phone", "telephone", "ring {rang rung}"], [("* +", "041")]),
    (None, ["hold {held held}", "conduct", "have {had had}"], [
        ("* talks with +", "046"), ("* negotiations with +", "046"),
        ("* consultations with +", "040"), ("* a meeting with +", "040"),
        ("* meetings with +", "040"), ("* a summit with +", "040"),
        ("* a dialogue with +", "040"), ("* dialogue with +", "040"),
        ("* discussions with +", "040"), ("* a call with +", "041"),
        ("* a phone call with +", "041"), ("* a telephone call with +", "041"),
        ("* a video call with +", "041"), ("* a videoconference with +", "041"),
        ("* a virtual meeting with +", "041"), ("* phone talks with +", "041"),
        ("* joint exercises with +", "062"), ("* joint military exercises with +", "062"),
        ("* joint drills with +", "062"), ("* military drills with +", "062"),
        ("* exercises with +", "062"), ("* drills near +", "150"),
        ("* military exercises near +", "150"), ("* + responsible for", "112"),
        ("* + accountable for", "112")]),
    (None, ["discuss", "review", "exchange"], [
        ("* with +", "040"), ("* views with +", "040"), ("* ties with +", "040"),
        ("* cooperation with +", "040"), ("* the situation with +", "040"),
        ("* relations with +", "040"), ("* intelligence with +", "064"),
        ("* information with +", "064"), ("* prisoners with +", "0841"),
        ("* fire with +", "190")]),
    ("042", ["visit"], [
        ("* +", "042"), ("* + for talks", "042"), ("* + on", "042")]),
    (None, ["travel {travelled travelled}", "fly {flew flown}", "go {went gone}",
            "head", "journey", "come {came come}", "return"], [
        ("* to +", "042"), ("* to + for talks", "042"), ("* to + to meet", "042")]),
    (None, ["travel {traveled traveled traveling}"], [("* to +", "042")]),
    (None, ["arrive", "land", "touch {touched touched}"], [
        ("* in +", "042"), ("* down in +", "042"), ("* in + for talks", "042"),
        ("* in + on a visit", "042")]),
    (None, ["pay {paid paid}", "make {made made}"], [
        ("* a visit to +", "042"), ("* a state visit to +", "042"),
        ("* an official visit to +", "042"), ("* a trip to +", "042"),
        ("* a call on +", "040"), ("* a courtesy call on +", "040"),
        ("* peace with +", "057"), ("* a deal with +", "057"),
        ("* an agreement with +", "057"), ("* concessions to +", "080"),
        ("* an offer to +", "030"), ("* an appeal to +", "020"),
        ("* a demand of +", "100"), ("* threats against +", "130")]),
    ("043", ["host", "receive {received received}"], [
        ("* +", "043"), ("* + in", "043"), ("* + at", "043"), ("* + for talks", "043")]),
    ("051", ["welcome"], [
        ("* +", "051"), ("* + to", "043"), ("* + in", "043"), ("* + at", "043"),
        ("* + decision", "051"), ("* + move", "051"), ("* + announcement", "051"),
        ("* + offer", "051"), ("* + proposal", "051"), ("* + commitment", "051"),
        ("* + assurances", "051"), ("* the visit of +", "043")]),
    ("045", ["mediate", "broker"], [
        ("* between +", "045"), ("* talks between +", "045"),
        ("* a ceasefire between +", "045"), ("* a deal between +", "045"),
        ("* in talks between +", "045")]),
    ("046", ["negotiate", "bargain"], [
        ("* with +", "046"), ("* +", "046"), ("* a deal with +", "046"),
        ("* an agreement with +", "046"), ("* a ceasefire with +", "046")]),
    (None, ["resume", "restart", "reopen", "open", "begin {began begun beginning}",
            "start", "launch", "enter", "join"], [
        ("* talks with +", "046"), ("* negotiations with +", "046"),
        ("* dialogue with +", "040"), ("* diplomatic relations with +", "054"),
        ("* diplomatic ties with +", "054"), ("* relations with +", "054"),
        ("* flights to +", "081"), ("* trade with +", "061"),
        ("* an investigation into +", "090"), ("* a probe into +", "090"),
        ("* an inquiry into +", "090"),
        ("* an attack on +", "190"), ("* attacks on +", "190"),
        ("* an offensive against +", "190"), ("* an offensive on +", "190"),
        ("* airstrikes on +", "195"), ("* airstrikes against +", "195"),
        ("* air strikes on +", "195"), ("* strikes on +", "190"),
        ("* a war against +", "190"), ("* a war on +", "190"),
        ("* an invasion of +", "192"), ("* missiles at +", "195"),
        ("* rockets at +", "195"), ("* a cyberattack on +", "170"),
        ("* military exercises around +", "150"), ("* military drills around +", "150"),
        ("* drills around +", "150"), ("* exercises around +", "150"),
        ("* military exercises near +", "150"), ("* drills near +", "150"),
        ("* a crackdown on +", "175"), ("* fire on +", "190")]),

    # ---------------- 05 diplomatic cooperation ----------------
    ("051", ["praise", "commend", "hail", "laud", "applaud", "salute", "endorse",
             "congratulate", "thank", "compliment", "acclaim"], [
        ("* +", "051"), ("* + for", "051"), ("* + on", "051"), ("* + as", "051")]),
    ("051", ["back", "support", "champion"], [
        ("* +", "051"), ("* + bid", "051"), ("* + call", "051"), ("* + plan", "051"),
        ("* + in", "051")]),
    ("052", ["defend"], [
        ("* +", "052"), ("* + against", "052"), ("* + from", "052")]),
    ("053", ["rally"], [("* support for +", "053"), ("* behind +", "053"),
                       ("* around +", "053"), ("* against +", "141")]),
    ("054", ["recognise", "recognize"], [
        ("* +", "054"), ("* + as", "054"), ("* the independence of +", "054"),
        ("* the sovereignty of +", "054"), ("* + sovereignty", "054")]),
    (None, ["establish", "restore", "normalise", "normalize", "forge", "upgrade"], [
        ("* ties with +", "054"), ("* relations with +", "054"),
        ("* diplomatic ties with +", "054"), ("* diplomatic relations with +", "054"),
        ("* full diplomatic ties with +", "054"), ("* a partnership with +", "050"),
        ("* an alliance with +", "050"), ("* cooperation with +", "050")]),
    ("055", ["apologise", "apologize"], [("* to +", "055"), ("* +", "055")]),
    ("056", ["forgive {forgave forgiven}", "pardon"], [("* +", "056")]),
    (None, ["sign", "conclude", "ratify", "finalise", "finalize", "ink", "seal", "strike {struck struck}",
            "reach {reached reached}", "agree", "clinch"], [
        ] + [("* %s with +" % a, "057") for a in AGREEMENT] +
        [("* %s %s with +" % ("an" if a[0] in "aeiou" else "a", a), "057") for a in AGREEMENT] +
        [("* %s" % a, "057") for a in AGREEMENT] +
        [("* trade deals", "057"), ("* trade agreements", "057"), ("* a trade deal", "057"),
         ("* a deal", "057"), ("* an agreement", "057"), ("* a pact", "057"),
         ("* a treaty", "057"), ("* deals with +", "057"), ("* trade deals with +", "057"),
         ("* agreements with +", "057")] +
        [("* an agreement with +", "057"), ("* an accord with +", "057"),
         ("* a security pact with +", "057"), ("* a trade deal with +", "057"),
         ("* a trade agreement with +", "057"), ("* a defence pact with +", "057"),
         ("* a defense pact with +", "057"), ("* a security agreement with +", "057"),
         ("* a peace deal with +", "057"), ("* a peace agreement with +", "057"),
         ("* a peace treaty with +", "057"), ("* a ceasefire with +", "0871"),
         ("* a truce with +", "0871"), ("* a free trade agreement with +", "057"),
         ("* a memorandum of understanding with +", "057"), ("* a deal to", "057")]),
    ("050", ["cooperate", "co-operate", "collaborate", "align"], [
        ("* with +", "050"), ("* closely with +", "050")]),
    (None, ["step_up {stepped_up stepping_up}", "strengthen", "deepen", "boost", "enhance",
            "expand", "broaden", "bolster", "improve", "increase", "intensify", "advance",
            "promote", "develop", "build {built built}"], [
        ("* cooperation with +", "050"), ("* co-operation with +", "050"),
        ("* ties with +", "050"), ("* relations with +", "050"),
        ("* links with +", "050"), ("* partnership with +", "050"),
        ("* its partnership with +", "050"), ("* its ties with +", "050"),
        ("* bilateral ties with +", "050"), ("* bilateral relations with +", "050"),
        ("* cooperation", "050"), ("* co-operation", "050"), ("* ties", "050"),
        ("* relations", "050"), ("* bilateral ties", "050"), ("* their partnership", "050"),
        ("* economic cooperation with +", "061"), ("* trade with +", "061"),
        ("* military cooperation with +", "062"), ("* defence cooperation with +", "062"),
        ("* defense cooperation with +", "062"), ("* security cooperation with +", "062"),
        ("* pressure on +", "130"), ("* sanctions on +", "163"),
        ("* attacks on +", "190"), ("* its presence in +", "154"),
        ("* troops near +", "154"), ("* military presence near +", "154")]),

    # ---------------- 06 material cooperation ----------------
    (None, ["trade", "invest"], [("* with +", "061"), ("* in +", "061"),
                                  ("* blame", "112"), ("* accusations", "112"),
                                  ("* insults", "111"), ("* barbs", "111"), ("* fire", "190"),
                                  ("* blows", "190"), ("* prisoners", "0841")]),
    (None, ["export", "ship {shipped shipped shipping}", "sell {sold sold}"], [
        ("* weapons to +", "072"), ("* arms to +", "072"), ("* missiles to +", "072"),
        ("* oil to +", "061"), ("* gas to +", "061"), ("* grain to +", "061"),
        ("* goods to +", "061"), ("* to +", "061")]),
    (None, ["buy {bought bought}", "import", "purchase"], [
        ("* oil from +", "061"), ("* gas from +", "061"), ("* weapons from +", "061"),
        ("* arms from +", "061"), ("* from +", "061")]),
    ("063", ["extradite"], [("* + to", "063"), ("* to +", "063"), ("* +", "063")]),
    (None, ["share"], [
        ("* intelligence with +", "064"), ("* information with +", "064"),
        ("* data with +", "064"), ("* technology with +", "061")]),
    (None, ["conduct", "stage", "carry {carried carried}"], [
        ("* joint exercises with +", "062"), ("* joint military exercises with +", "062"),
        ("* joint drills with +", "062"), ("* naval drills with +", "062"),
        ("* exercises with +", "062"), ("* patrols with +", "062"),
        ("* out joint exercises with +", "062"), ("* out airstrikes on +", "195"),
        ("* out an attack on +", "190"), ("* out attacks on +", "190"),
        ("* military drills near +", "150"), ("* drills around +", "150"),
        ("* a raid on +", "190"), ("* raids on +", "190"),
        ("* a protest against +", "141"), ("* protests against +", "141"),
        ("* an investigation into +", "090")]),

    # ---------------- 07 aid ----------------
    ("070", ["help", "assist", "aid"], [
        ("* +", "070"), ("* + with", "070"), ("* + in", "070")]),
    (None, ["send {sent sent}", "provide", "give {gave given}", "deliver", "supply",
            "donate", "grant", "dispatch", "airlift", "rush {rushed rushed}", "extend",
            "channel", "transfer", "allocate", "approve"], [
        ("* aid to +", "070"), ("* assistance to +", "070"), ("* + aid", "070"),
        ("* + assistance", "070"), ("* help to +", "070"), ("* support to +", "070"),
        ("* economic aid to +", "071"), ("* financial aid to +", "071"),
        ("* financial assistance to +", "071"), ("* a loan to +", "071"),
        ("* loans to +", "071"), ("* + a loan", "071"), ("* funding to +", "071"),
        ("* funds to +", "071"), ("* + funding", "071"), ("* grants to +", "071"),
        ("* budget support to +", "071"), ("* debt relief to +", "071"),
        ("* military aid to +", "072"), ("* military assistance to +", "072"),
        ("* weapons to +", "072"), ("* arms to +", "072"), ("* + weapons", "072"),
        ("* + arms", "072"), ("* missiles to +", "072"), ("* ammunition to +", "072"),
        ("* tanks to +", "072"), ("* military equipment to +", "072"),
        ("* humanitarian aid to +", "073"), ("* humanitarian assistance to +", "073"),
        ("* relief to +", "073"), ("* relief supplies to +", "073"), ("* food to +", "073"),
        ("* food aid to +", "073"), ("* medical supplies to +", "073"),
        ("* vaccines to +", "073"), ("* + vaccines", "073"), ("* disaster relief to +", "073"),
        ("* + humanitarian aid", "073"), ("* emergency aid to +", "073"),
        ("* troops to +", "074"), ("* peacekeepers to +", "074"), ("* soldiers to +", "074"),
        ("* police to +", "074"), ("* personnel to +", "074"), ("* forces to +", "074"),
        ("* asylum to +", "075"), ("* + asylum", "075"), ("* refuge to +", "075"),
        ("* a warning to +", "130"), ("* an ultimatum to +", "139"),
        ("* a message to +", "010"), ("* a letter to +", "010"),
        ("* condolences to +", "018"), ("* envoys to +", "042"),
        ("* a delegation to +", "042"), ("* rescue teams to +", "073"),
        ("* rescuers to +", "073"), ("* search and rescue teams to +", "073"),
        ("* medical teams to +", "073"), ("* doctors to +", "073")]),
    (None, ["deploy"], [
        ("* troops to +", "074"), ("* peacekeepers to +", "074"), ("* + peacekeepers", "074"),
        ("* personnel to +", "074"), ("* police to +", "074"), ("* soldiers to +", "074"),
        ("* forces to +", "074"), ("* to +", "074"), ("* troops in +", "074"),
        ("* troops near +", "154"), ("* troops to the border with +", "154"),
        ("* troops along the border with +", "154"), ("* warships near +", "150"),
        ("* warships to +", "150"), ("* missiles near +", "154"), ("* missiles in +", "154")]),
    (None, ["extend", "prolong", "renew"], [
        ("* the deployment to +", "074"), ("* its deployment to +", "074"),
        ("* the deployment in +", "074"), ("* its deployment in +", "074"),
        ("* the mission in +", "074"), ("* the mandate in +", "074"),
        ("* sanctions on +", "163"), ("* sanctions against +", "163"),
        ("* an invitation to +", "036"), ("* a loan to +", "071"),
        ("* credit to +", "071"), ("* a credit line to +", "071")]),
    ("075", ["shelter"], [("* +", "075")]),
    (None, ["rescue", "evacuate"], [("* + from", "073"), ("* +", "073")]),
    ("074", ["protect", "guard", "escort"], [("* +", "074"), ("* + from", "074")]),

    # ---------------- 08 yield ----------------
    (None, ["ease", "relax", "loosen", "lift", "remove", "scrap", "drop", "end", "waive",
            "suspend"], [
        ("* sanctions on +", "085"), ("* sanctions against +", "085"),
        ("* restrictions on +", "081"), ("* the ban on +", "081"), ("* a ban on +", "081"),
        ("* tariffs on +", "085"), ("* the embargo on +", "085"),
        ("* the blockade of +", "0872"), ("* the siege of +", "0872"),
        ("* travel restrictions on +", "081")]),
    ("0841", ["release", "free", "freed"], [
        ("* +", "0841"), ("* + prisoners", "0841"), ("* prisoners to +", "0841"),
        ("* detainees to +", "0841"), ("* hostages to +", "0841")]),
    ("084", ["return", "hand_over {handed_over handed_over handing_over}", "repatriate"], [
        ("* + to", "084"), ("* to +", "084"), ("* + remains", "084")]),
    (None, ["allow", "permit", "let {let let letting}", "admit {admitted admitted admitting}"], [
        ("* inspectors into +", "0863"), ("* monitors into +", "0863"),
        ("* observers into +", "0863"), ("* aid into +", "0861"),
        ("* aid workers into +", "0861"), ("* peacekeepers into +", "0862")]),
    (None, ["declare", "announce", "observe", "agree"], [
        ("* a ceasefire with +", "0871"), ("* a truce with +", "0871"),
        ("* a unilateral ceasefire", "0871")]),
    ("0874", ["withdraw {withdrew withdrawn}", "pull {pulled pulled}", "retreat"], [
        ("* troops from +", "0874"), ("* forces from +", "0874"), ("* from +", "0874"),
        ("* its troops from +", "0874"), ("* out of +", "0874"), ("* soldiers from +", "0874"),
        ("* back from +", "0874"), ("* recognition of +", "161"), ("* its recognition of +", "161"),
        ("* its ambassador from +", "161"), ("* its ambassador to +", "161"),
        ("* the ambassador from +", "161"), ("* diplomats from +", "161"),
        ("* aid to +", "162"), ("* support for +", "162"), ("* its support for +", "162"),
        ("* from talks with +", "164"), ("* from the agreement with +", "160"),
        ("* from the deal with +", "160"), ("* from the treaty with +", "160")]),
    ("0874", ["surrender", "capitulate"], [("* to +", "0874")]),
    ("080", ["concede", "yield", "relent"], [("* to +", "080")]),
    ("081", ["reopen"], [("* the border with +", "081"), ("* its border with +", "081"),
                        ("* embassy in +", "081")]),
    ("081", ["exempt"], [("* + from", "081")]),

    # ---------------- 09 investigate ----------------
    ("090", ["investigate", "probe", "examine", "inspect", "audit"], [
        ("* +", "090"), ("* + for corruption", "091"), ("* + for war crimes", "094"),
        ("* + over", "090"), ("* human rights abuses by +", "092"),
        ("* abuses by +", "092"), ("* war crimes by +", "094"),
        ("* war crimes in +", "094"), ("* the attack on +", "093")]),

    # ---------------- 10 demand ----------------
    ("100", ["demand", "insist"], [
        ("* +", "100"), ("* that +", "100"), ("* + to", "100"), ("* from +", "100"),
        ("* of +", "100"), ("* an apology from +", "100"), ("* compensation from +", "101"),
        ("* the release of +", "1053"), ("* + release", "1053"),
        ("* the withdrawal of +", "1056"), ("* + withdraw", "1056"),
        ("* + pull out", "1056"), ("* the extradition of +", "1013"),
        ("* + extradite", "1013"), ("* an explanation from +", "100"),
        ("* talks with +", "106"), ("* the resignation of +", "1041"),
        ("* + resign", "1041"), ("* + lift sanctions", "1054"), ("* + stop", "100"),
        ("* + end", "100"), ("* + hand over", "1053"), ("* an end to +", "100")]),
    ("100", ["order"], [
        ("* + to leave", "174"), ("* + to withdraw", "1056"), ("* + out", "174"),
        ("* the expulsion of +", "174"), ("* an investigation into +", "090"),
        ("* an attack on +", "190"), ("* strikes on +", "190"), ("* troops into +", "190")]),
    ("139", ["give {gave given}"], [("* + an ultimatum", "139")]),

    # ---------------- 11 disapprove ----------------
    ("111", ["criticise", "criticize", "condemn", "denounce", "slam", "blast", "rebuke",
             "decry", "censure", "lambast", "lambaste", "chide", "castigate", "berate",
             "deplore", "excoriate", "assail", "scold", "reprimand", "admonish",
             ], [
        ("* +", "111"), ("* + for", "111"), ("* + over", "111"), ("* + as", "111"),
        ("* + on", "111")]),
    ("112", ["accuse", "blame", "charge {charged charged}", "fault"], [
        ("* + of", "112"), ("* + for", "112"), ("* +", "112"),
        ("* + of corruption", "1121"), ("* + of crimes", "1121"),
        ("* + of human rights abuses", "1122"), ("* + of abuses", "1122"),
        ("* + of violating human rights", "1122"), ("* + of aggression", "1123"),
        ("* + of attacking", "1123"), ("* + of launching", "1123"),
        ("* + of violating the ceasefire", "1123"), ("* + of spying", "1124"),
        ("* + of espionage", "1124"), ("* + of treason", "1124"),
        ("* + of war crimes", "1125"), ("* + of genocide", "1125"),
        ("* + of interference", "112"), ("* + of interfering", "112"),
        ("* + of meddling", "112"), ("* + with", "1121")]),
    (None, ["lodge", "file", "lodged", "register"], [
        ("* a protest with +", "114"), ("* a formal protest with +", "114"),
        ("* a complaint with +", "114"), ("* a complaint against +", "114"),
        ("* a diplomatic protest with +", "114"), ("* protests with +", "114"),
        ("* a lawsuit against +", "115"), ("* suit against +", "115"),
        ("* charges against +", "1121"), ("* a case against +", "115")]),
    ("114", ["summon"], [
        ("* + ambassador", "114"), ("* the ambassador of +", "114"), ("* + envoy", "114"),
        ("* + diplomat", "114"), ("* +", "114")]),
    ("115", ["sue"], [("* +", "115"), ("* + over", "115"), ("* + for", "115")]),
    ("116", ["convict", "sentence"], [("* +", "116")]),
    (None, ["find {found found}"], [("* + guilty", "116")]),
    ("110", ["oppose", "disapprove""object"], [
        ("* +", "110"), ("* to +", "110")]),
    ("130", ["warn"], [
        ("* +", "130"), ("* + against", "130"), ("* + of", "130"), ("* + not to", "130"),
        ("* + over", "130"), ("* + that", "130"), ("* + to stop", "130")]),

    # ---------------- 12 reject ----------------
    ("120", ["reject", "rebuff", "dismiss", "spurn", "repudiate", "snub", "brush_off {brushed_off brushed_off}"], [
        ("* +", "120"), ("* + proposal", "120"), ("* + offer", "120"), ("* + plan", "120"),
        ("* + request", "120"), ("* + demand", "120"), ("* + demands", "120"),
        ("* + call", "120"), ("* + calls", "120"), ("* + claims", "120"),
        ("* + accusations", "120"), ("* + allegations", "120"), ("* + criticism", "120"),
        ("* + invitation", "125"), ("* talks with +", "125"), ("* mediation by +", "126"),
        ("* + peace plan", "127"), ("* + ceasefire proposal", "127")]),
    (None, ["turn {turned turned}"], [("* down + offer", "120"), ("* down + request", "120"),
                                      ("* down +", "120"), ("* away +", "120")]),
    ("129", ["veto"], [("* +", "129"), ("* + resolution", "129")]),
    ("128", ["defy", "flout", "violate", "breach"], [
        ("* +", "128"), ("* + sanctions", "128"), ("* the sovereignty of +", "128"),
        ("* + sovereignty", "128"), ("* + airspace", "128"), ("* + territory", "128"),
        ("* + waters", "128"), ("* the ceasefire with +", "196")]),

    # ---------------- 13 threaten ----------------
    ("130", ["threaten", "menace", "intimidate"], [
        ("* +", "130"), ("* + with", "130"), ("* + with sanctions", "1312"),
        ("* sanctions against +", "1312"), ("* sanctions on +", "1312"),
        ("* + with tariffs", "1312"), ("* tariffs on +", "1312"),
        ("* to cut ties with +", "1313"), ("* to sever ties with +", "1313"),
        ("* to cut aid to +", "1311"), ("* + with military action", "138"),
        ("* military action against +", "138"), ("* + with war", "138"),
        ("* war with +", "138"), ("* to invade +", "138"), ("* to attack +", "138"),
        ("* to strike +", "138"), ("* + with force", "138"), ("* force against +", "138"),
        ("* + with nuclear weapons", "1384"), ("* to use nuclear weapons against +", "1384"),
        ("* retaliation against +", "138"), ("* to retaliate against +", "130"),
        ("* to expel +", "136"), ("* to boycott +", "133")]),

    # ---------------- 14 protest ----------------
    ("140", ["protest"], [("* against +", "140"), ("* +", "140"), ("* outside +", "141"),
                          ("* at +", "141")]),
    ("141", ["demonstrate", "march"], [("* against +", "141"), ("* outside +", "141"),
                                     ("* in front of +", "141")]),
    (None, ["stage", "hold {held held}", "organise", "organize"], [
        ("* a protest against +", "141"), ("* protests against +", "141"),
        ("* a demonstration against +", "141"), ("* demonstrations against +", "141"),
        ("* a rally against +", "141"), ("* rallies against +", "141"),
        ("* a protest outside +", "141"), ("* a sit-in at +", "141"),
        ("* a hunger strike", "142"), ("* a strike against +", "143")]),
    ("143", ["boycott"], [("* +", "143")]),
    ("144", ["obstruct"], [("* +", "144")]),
    ("145", ["riot"], [("* against +", "145")]),

    # ---------------- 15 force posture ----------------
    (None, ["mass", "amass", "mobilise", "mobilize", "station", "build_up {built_up built_up}"], [
        ("* troops on the border with +", "154"), ("* troops near +", "154"),
        ("* troops along +", "154"), ("* troops at +", "154"), ("* forces near +", "154"),
        ("* troops on + border", "154"), ("* troops against +", "154"),
        ("* troops in +", "154"), ("* forces on the border with +", "154")]),
    (None, ["fly {flew flown}", "sail", "send {sent sent}"], [
        ("* bombers near +", "150"), ("* warplanes near +", "150"),
        ("* warships near +", "150"), ("* warships through +", "150"),
        ("* aircraft near +", "150"), ("* jets near +", "150"),
        ("* warplanes into +", "150"), ("* aircraft into +", "150")]),
    (None, ["raise", "heighten", "put {put put putting}"], [
        ("* alert level", "152"), ("* troops on alert", "152"), ("* forces on alert", "152"),
        ("* military alert", "152"), ("* police on alert", "151")]),
    (None, ["test-fire {test-fired test-fired}", "test"], [
        ("* missiles near +", "150"), ("* a missile over +", "150"),
        ("* missiles toward +", "150")]),

    # ---------------- 16 reduce relations ----------------
    (None, ["cut {cut cut cutting}", "sever", "break {broke broken}", "suspend", "downgrade",
            "freeze", "end", "halt", "terminate", "scale_back {scaled_back scaled_back}"], [
        ("* ties with +", "161"), ("* relations with +", "161"),
        ("* diplomatic ties with +", "161"), ("* diplomatic relations with +", "161"),
        ("* off diplomatic ties with +", "161"), ("* off relations with +", "161"),
        ("* contacts with +", "160"), ("* cooperation with +", "160"),
        ("* military cooperation with +", "160"), ("* trade with +", "163"),
        ("* aid to +", "162"), ("* assistance to +", "162"),
        ("* economic aid to +", "1621"), ("* military aid to +", "1622"),
        ("* humanitarian aid to +", "1623"), ("* funding to +", "1621"),
        ("* flights to +", "163"), ("* imports from +", "163"), ("* exports to +", "163"),
        ("* talks with +", "164"), ("* negotiations with +", "164"),
        ("* off talks with +", "164"), ("* off negotiations with +", "164"),
        ("* mediation between +", "165"), ("* its mediation", "165")]),
    ("161", ["recall"], [
        ("* its ambassador from +", "161"), ("* its ambassador to +", "161"),
        ("* the ambassador from +", "161"), ("* its envoy from +", "161"),
        ("* diplomats from +", "161")]),
    (None, ["close"], [("* its embassy in +", "161"), ("* embassy in +", "161"),
                       ("* the border with +", "163"), ("* its border with +", "163"),
                       ("* its airspace to +", "163"), ("* ports to +", "163")]),
    (None, ["impose", "slap {slapped slapped}", "levy", "announce", "adopt", "approve",
            "introduce", "tighten", "expand"], [
        ("* sanctions on +", "163"), ("* sanctions against +", "163"), ("* + sanctions", "163"),
        ("* new sanctions on +", "163"), ("* tariffs on +", "163"), ("* duties on +", "163"),
        ("* an embargo on +", "163"), ("* an arms embargo on +", "163"),
        ("* a ban on imports from +", "163"), ("* a travel ban on +", "172"),
        ("* restrictions on +", "172"), ("* curbs on +", "163"),
        ("* export controls on +", "163"), ("* a blockade on +", "191"),
        ("* a no-fly zone over +", "191")]),
    ("163", ["sanction", "embargo", "blacklist"], [("* +", "163"), ("* + over", "163")]),
    ("163", ["ban"], [("* imports from +", "163"), ("* exports to +", "163"),
                     ("* flights to +", "163"), ("* flights from +", "163"),
                     ("* + from", "172"), ("* travel to +", "163")]),
    (None, ["expel {expelled expelled expelling}", "kick_out {kicked_out kicked_out}", "oust"], [
        ("* + diplomats", "161"), ("* + ambassador", "161"), ("* diplomats from +", "161"),
        ("* the ambassador of +", "161"), ("* + envoy", "161"),
        ("* aid workers from +", "1661"), ("* peacekeepers from +", "1662"),
        ("* inspectors from +", "1663"), ("* + inspectors", "1663"),
        ("* + monitors", "1663"), ("* + journalists", "174"), ("* +", "174")]),

    # ---------------- 17 coerce ----------------
    ("171", ["seize", "confiscate", "impound", "capture", "commandeer"], [
        ("* +", "171"), ("* + ship", "1711"), ("* + vessel", "1711"), ("* + assets", "1711"),
        ("* + property", "1711"), ("* + tanker", "1711"), ("* control of +", "192")]),
    ("1712", ["destroy", "demolish", "raze", "bulldoze"], [("* +", "1712")]),
    (None, ["freeze {froze frozen}"], [("* + assets", "1711"), ("* the assets of +", "1711")]),
    ("173", ["arrest", "detain", "jail", "imprison", "apprehend", "nab {nabbed nabbed}",
             "round_up {rounded_up rounded_up}", "lock_up {locked_up locked_up}"], [
        ("* +", "173"), ("* + on", "173"), ("* + for", "173")]),
    ("174", ["deport", "banish", "exile"], [("* +", "174"), ("* + to", "174")]),
    ("175", ["crack_down {cracked_down cracked_down cracking_down}", "repress", "suppress",
             "quell", "crush"], [("* on +", "175"), ("* +", "175")]),
    (None, ["hack", "breach"], [("* + networks", "170"), ("* + systems", "170")]),
    ("172", ["censor", "outlaw", "dissolve"], [("* +", "172")]),

    # ---------------- 18 assault ----------------
    ("181", ["abduct", "kidnap {kidnapped kidnapped kidnapping}", "snatch"], [
        ("* +", "181"), ("* + from", "181")]),
    (None, ["take {took taken}", "hold {held held}"], [
        ("* + hostage", "181"), ("* + captive", "181"), ("* + prisoner", "181"),
        ("* control of +", "192")]),
    ("1822", ["torture"], [("* +", "1822")]),
    ("182", ["beat {beat beaten}", "assault", "beat_up {beat_up beaten_up}"], [("* +", "182")]),
    ("186", ["assassinate"], [("* +", "186")]),
    ("1823", ["murder", "execute", "behead", "lynch"], [("* +", "1823")]),

    # ---------------- 19 fight ----------------
    ("190", ["attack", "strike {struck struck}", "hit {hit hit hitting}", "raid", "ambush",
             "ram {rammed rammed ramming}",
             "storm", "target", "pound"], [
        ("* +", "190"), ("* + in", "190"), ("* + positions", "190"),
        ("* + targets", "190"), ("* + forces", "190"), ("* + troops", "190")]),
    ("190", ["retaliate"], [("* against +", "190")]),
    ("190", ["fight {fought fought}", "battle", "combat", "wage {waged waged}"], [
        ("* +", "190"), ("* against +", "190"), ("* war on +", "190"),
        ("* war against +", "190"), ("* with +", "193")]),
    ("193", ["clash", "skirmish", "exchange"], [
        ("* with +", "193"), ("* fire with +", "193"), ("* gunfire with +", "193")]),
    ("194", ["shell", "bombard", "pound"], [("* +", "194"), ("* + positions", "194")]),
    ("195", ["bomb", "airstrike", "strafe", "drone"], [("* +", "195"), ("* + positions", "195")]),
    (None, ["fire", "launch", "lob {lobbed lobbed}"], [
        ("* missiles at +", "195"), ("* missiles into +", "195"), ("* rockets at +", "195"),
        ("* rockets into +", "195"), ("* drones at +", "195"), ("* shells at +", "194"),
        ("* artillery at +", "194"), ("* on +", "190"), ("* at +", "190"),
        ("* a missile at +", "195"), ("* a rocket at +", "195"), ("* mortars at +", "194"),
        ("* missiles toward +", "150"), ("* missiles over +", "150"),
        ("* a missile over +", "150"), ("* into + airspace", "150")]),
    (None, ["shoot {shot shot}", "down"], [("* down + drone", "190"), ("* down + plane", "190"),
                                          ("* down + jet", "190"), ("* down + aircraft", "190"),
                                          ("* down + helicopter", "190"), ("* + soldiers", "190")]),
    ("192", ["invade", "occupy", "annex", "overrun"], [("* +", "192"), ("* parts of +", "192")]),
    ("191", ["blockade", "besiege", "encircle"], [("* +", "191")]),
    ("196", ["violate"], [("* the ceasefire", "196"), ("* the truce", "196")]),
    ("190", ["kill {killed killed}", "slay {slew slain}"], [
        ("* + soldiers", "190"), ("* + troops", "190"), ("* + civilians", "190"),
        ("* + fighters", "190"), ("* + police", "190")]),

    # ---------------- 20 mass violence ----------------
    ("202", ["massacre", "slaughter", "exterminate"], [("* +", "202")]),
    (None, ["use {used used}", "deploy"], [
        ("* chemical weapons against +", "2041"), ("* chemical weapons on +", "2041"),
        ("* nuclear weapons against +", "2042"), ("* biological weapons against +", "2041")]),
    (None, ["commit {committed committed committing}", "carry_out {carried_out carried_out}",
            "perpetrate"], [
        ("* genocide against +", "202"), ("* ethnic cleansing against +", "203"),
        ("* ethnic cleansing of +", "203"), ("* massacres of +", "202"),
        ("* war crimes against +", "200"), ("* atrocities against +", "200"),
        ("* a chemical attack on +", "2041")]),
    (None, ["carry_out {carried_out carried_out}", "order"], [
        ("* the mass expulsion of +", "201"), ("* mass expulsions of +", "201")]),
]

# Event nouns: the source stands before them ("X's talks with Y", "X in talks
# with Y", "a Japan visit").
NOUNS = [
    ("talks", [("* with +", "046"), ("* between +", "046")]),
    ("negotiations", [("* with +", "046")]),
    ("meeting", [("* with +", "040"), ("+ *", "040")]),
    ("visit", [("* to +", "042"), ("+ *", "042")]),
    ("trip", [("* to +", "042"), ("+ *", "042")]),
    ("tour", [("* of +", "042")]),
    ("call", [("* with +", "041")]),
    ("summit", [("* with +", "040")]),
    ("sanctions", [("* on +", "163"), ("* against +", "163")]),
    ("attack", [("* on +", "190"), ("* against +", "190")]),
    ("attacks", [("* on +", "190"), ("* against +", "190")]),
    ("airstrikes", [("* on +", "195"), ("* against +", "195")]),
    ("invasion", [("* of +", "192")]),
    ("condemnation", [("* of +", "111")]),
    ("aid", [("* to +", "070")]),
]


def verb_line(spec, code):
    return "%s [%s]" % (spec.upper(), code or "---")


def main():
    codes = set()
    for line in open(sys.argv[1], encoding="utf-8"):
        if line[:1].isdigit():
            codes.add(line.split("\t")[0])
    out = sys.stdout
    out.write("# annalist verbs: CAMEO verb patterns, written for annalist (MIT).\n")
    out.write("# Generated by tools/make_verbs.py -- edit the script, not this file.\n")
    out.write("# Format: docs/dictionaries.md (TABARI's format; words match exactly).\n")
    out.write("# The engine handles passive voice, negation, intent and reported speech.\n")
    n = 0
    bad = []
    root_count = {}
    for default, verbs, patterns in CLASSES:
        if default and default not in codes:
            bad.append(default)
        out.write("\n")
        for v in verbs:
            out.write(verb_line(v, default) + "\n")
            for p, c in patterns:
                if c not in codes:
                    bad.append(c)
                out.write("- %s [%s]\n" % (p, c))
                n += 1
                root_count[c[:2]] = root_count.get(c[:2], 0) + 1
            if default:
                root_count[default[:2]] = root_count.get(default[:2], 0)
    out.write("\n# ---- event nouns ----\n")
    for noun, patterns in NOUNS:
        out.write("~%s [---]\n" % noun.upper())
        for p, c in patterns:
            if c not in codes:
                bad.append(c)
            out.write("- %s [%s]\n" % (p, c))
            n += 1
            root_count[c[:2]] = root_count.get(c[:2], 0) + 1
    sys.stderr.write("%d patterns; per root: %s\n" % (n, " ".join(
        "%s:%d" % (r, root_count[r]) for r in sorted(root_count))))
    if bad:
        sys.stderr.write("codes not in the CAMEO table: %s\n" % sorted(set(bad)))
        sys.exit(1)


main()
