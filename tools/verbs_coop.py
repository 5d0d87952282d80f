"""verbs_coop.py -- annalist's verb classes for the cooperative CAMEO roots
01-08 (statements, appeals, intents, consultation, diplomatic and material
cooperation, aid, yielding), read by tools/make_verbs.py. Written for
annalist (MIT).

A class is (default code or None, verbs, patterns): see make_verbs.py."""

# Nouns that name agreements; used inside patterns.
AGREEMENT = ["agreement", "agreements", "pact", "pacts", "treaty", "treaties", "deal", "deals",
             "accord", "accords", "memorandum", "memorandums", "memoranda", "mou", "mous",
             "protocol", "contract", "framework", "partnership", "roadmap", "road map",
             "joint declaration", "joint communique", "charter", "convention", "programme", "program"]
# Kinds of agreement named in two or three words.
AGREEMENT_KINDS = ["free trade agreement", "free trade deal", "trade agreement", "trade deal",
                   "peace agreement", "peace deal", "peace treaty", "defence pact", "defense pact",
                   "security pact", "security agreement", "defence agreement",
                   "defense agreement", "cooperation agreement", "partnership agreement",
                   "investment agreement", "ceasefire agreement", "strategic partnership",
                   "reciprocal access agreement", "access agreement", "status of forces agreement",
                   "visiting forces agreement"]
# Sums of money as news writes them: "$5 million", "500,000 euros", "2 billion pesos".
MONEY = ["million", "billion", "trillion", "euros", "dollars", "pounds", "crore"]
# Goods sent as aid ("sent relief supplies to", "flew tents to").
RELIEFGOODS = ["supplies", "relief supplies", "relief goods", "relief items", "tents", "blankets",
                "food", "food parcels", "rice", "medicine", "medicines", "medical supplies",
                "drinking water", "water", "kits", "shelter kits", "hygiene kits", "generators",
                "vaccines", "vaccine doses", "doses"]
# Carriers of goods: "flew two planes loaded with relief goods to".
CARRIERS = ["planes", "plane", "aircraft", "flights", "ships", "ship", "vessels", "trucks", "lorries",
            "convoys", "convoy"]
# Weapons delivered as military aid.
ARMS = ["weapons", "arms", "missiles", "ammunition", "tanks", "fighter jets", "jets", "drones",
        "artillery", "shells", "air defence systems", "air defense systems", "systems", "rockets",
        "howitzers", "armoured vehicles", "armored vehicles", "military equipment", "helicopters",
        "warplanes", "munitions", "rifles", "bombs", "guided bombs", "air defence system",
        "air defense system", "missile systems", "interceptors", "patriot missiles"]
# What a ceasefire is said to be: "a full and immediate ceasefire".
CEASEFIRE_KINDS = ["immediate", "full", "complete", "comprehensive", "permanent", "temporary",
                   "humanitarian", "nationwide", "unconditional", "lasting", "durable"]
# What a country is called in praise: "called Russia a great friend".
FRIENDS = ["friend", "friends", "partner", "partners", "ally", "allies", "brother", "brothers",
           "friendly nation", "friendly country", "brotherly nation", "brotherly country"]
# Synonym sets written once in the dictionary and named in patterns (&MONEY).
# What a concern is about when the actor stands after it: "concern over the
# presence of Chinese vessels".
WHATOF = ["presence of", "actions of", "activities of", "conduct of", "behaviour of", "behavior of",
          "deployment of", "situation in", "developments in", "decision of", "treatment of",
          "moves by", "actions by", "activities by", "policies of", "build-up of", "buildup of",
          "surge in", "rise in", "increase in", "spike in", "expansion of", "escalation of",
          # "concern over the drone attacks on Port Sudan": the concern is the act
          "attacks on", "attack on", "strikes on", "drone attacks on", "airstrikes on",
          "air strikes on", "shelling of", "bombing of", "killing of", "killings of"]
# Acts named by a noun whose actor stands after it ("regretted the decision
# of Peru", "criticised the withdrawal of the Peruvian ambassador", "the
# attacks by Hamas"): not "the arrest of", whose actor suffers it.
ACTBY = ["decision of", "decision by", "decisions of", "actions of", "actions by", "action by",
         "conduct of", "behaviour of", "behavior of", "policies of", "policy of", "moves by",
         "move by", "attack by", "attacks by", "strikes by", "measures by", "measures of",
         "withdrawal of", "remarks by", "remarks of", "statement by", "statements by",
         "use of force by", "use of violence by"]

SYNSETS = {"MONEY": MONEY, "ACTBY": ACTBY, "RELIEFGOODS": RELIEFGOODS, "CARRIERS": CARRIERS, "ARMS": ARMS,
           "WHATOF": WHATOF}


def money_patterns(codes):
    """ "* million in aid to +", "* million to +", ... for a verb of giving
    (codes: plain, economic, military, humanitarian, to-help)."""
    plain, econ, mil, hum, helpc = codes
    m = "&MONEY"
    return [("* %s in aid to +" % m, plain), ("* %s in aid for +" % m, plain),
                ("* %s in assistance to +" % m, plain), ("* %s in support to +" % m, plain),
                ("* %s in support for +" % m, plain), ("* %s to +" % m, econ),
                ("* %s for +" % m, econ), ("* %s in loans to +" % m, econ),
                ("* %s in funding to +" % m, econ), ("* %s in funding for +" % m, econ),
                ("* %s in financial aid to +" % m, econ), ("* %s in economic aid to +" % m, econ),
                ("* %s in military aid to +" % m, mil), ("* %s in weapons to +" % m, mil),
                ("* %s in military assistance to +" % m, mil),
                ("* %s in humanitarian aid to +" % m, hum), ("* %s in humanitarian aid for +" % m, hum),
                ("* %s in emergency aid to +" % m, hum), ("* %s in emergency aid for +" % m, hum),
                ("* %s in relief to +" % m, hum), ("* %s in disaster relief to +" % m, hum),
                ("* %s in humanitarian funding for +" % m, hum),
                ("* %s in humanitarian assistance to +" % m, hum),
                ("* %s of aid to +" % m, plain), ("* %s of aid for +" % m, plain),
                ("* %s of assistance to +" % m, plain), ("* %s of military aid to +" % m, mil),
                ("* %s of humanitarian aid to +" % m, hum), ("* %s of humanitarian aid for +" % m, hum),
                ("* %s of emergency aid to +" % m, hum), ("* %s of emergency aid for +" % m, hum),
                ("* %s to help +" % m, helpc),
                ("* %s aid package for +" % m, plain), ("* %s aid package to +" % m, plain),
                ("* %s military aid package for +" % m, mil),
                ("* %s military aid package to +" % m, mil),
                ("* %s humanitarian aid package for +" % m, hum), ("* %s package for +" % m, econ),
                ("* %s assistance package for +" % m, plain),
                ("* %s assistance package to +" % m, plain),
                ("* %s loan for +" % m, econ), ("* %s loan to +" % m, econ),
                ("* %s bailout for +" % m, econ), ("* %s grant to +" % m, econ),
                ("* %s grant for +" % m, econ), ("* %s credit line to +" % m, econ),
                ("* %s line of credit to +" % m, econ), ("* %s in debt relief to +" % m, econ)] + [
                # "$500 million in military aid for Ukraine"
                ("* %s in %s +" % (m, what), code) for what, code in [
                    ("military aid for", mil), ("military assistance for", mil),
                    ("security assistance for", mil), ("security assistance to", mil),
                    ("weapons for", mil), ("economic aid for", econ), ("financial aid for", econ),
                    ("loans for", econ), ("assistance for", plain),
                    ("humanitarian assistance for", hum), ("relief for", hum)]]

# Borders and embassies opened again.
# An embassy opened again restores relations (054): "reopened its embassy in Honiara".
REOPEN = [("* their embassies", "054"), ("* embassies", "054"), ("* the border with +", "081"),
          ("* its border with +", "081"), ("* embassy in +", "054"), ("* its embassy in +", "054"),
          ("* an embassy in +", "054"), ("* its consulate in +", "054"), ("* a consulate in +", "054"),
          ("* + embassy", "054")]
# Promises of aid, support and cooperation.
PLEDGE = [
    ("* aid to +", "033"), ("* assistance to +", "033"), ("* + aid", "033"),
    ("* + assistance", "033"), ("* support to +", "032"), ("* support for +", "032"),
    ("* + support", "032"), ("* economic aid to +", "0331"), ("* financial aid to +", "0331"),
    ("* loans to +", "0331"), ("* funding to +", "0331"), ("* + funding", "0331"),
    ("* military aid to +", "0332"), ("* weapons to +", "0332"), ("* arms to +", "0332"),
    ("* humanitarian aid to +", "0333"), ("* relief to +", "0333"),
    ("* troops to +", "0334"), ("* peacekeepers to +", "0334"),
    ("* to cooperate with +", "030"), ("* cooperation with +", "030"),
    ("* to work with +", "030"), ("* to defend +", "0334"), ("* to protect +", "0334"),
    ("* to stand with +", "030"), ("* to stand by +", "030"), ("* to back +", "030"),
    ("* to support +", "030"), ("* help for +", "033"),
    ("* aid for +", "033"), ("* humanitarian aid for +", "0333"),
    ("* to help +", "033"), ("* to rebuild +", "033"), ("* funds to +", "0331"),
    ("* funds for +", "0331"), ("* to open its markets to +", "0311"),
    ("* to open its market to +", "0311"), ("* market access to +", "0311"),
    ("* to boost trade with +", "0311"), ("* to invest in +", "0311"),
    ("* &ARMS to +", "0332"), ("* &RELIEFGOODS to +", "0333")] + money_patterns(
        ("033", "0331", "0332", "0333", "033"))

CLASSES = [
    # ---------------- 01 statements (only with a target) ----------------
    ("010", ["tell {told told}", "inform", "assure"], [
        ("* +", "010"), ("* + that", "010"), ("* + about", "010")]),
    (None, ["say {said said}", "state", "announce", "declare", "remark"], [
        ("* to +", "010")]),
    # "said Iran was behind the attack": an accusation, whatever verb reports it
    (None, ["say {said said}", "claim", "allege", "insist", "assert", "believe", "suspect",
            "conclude", "find {found found}"], [
        ("* + %s %s" % (be, what), "112") for be in ["was", "were", "is", "are", "had been"]
        for what in ["behind", "responsible for", "to blame for", "guilty of"]] + [
        ("* + violated", "112"), ("* + had violated", "112"), ("* + broke", "112"),
        ("* + had broken", "112"), ("* + lied", "112"), ("* + had lied", "112")]),
    (None, ["decline", "refuse"], [("* to comment on +", "011")]),
    (None, ["express", "voice", "raise", "reiterate", "register", "convey", "reaffirm", "affirm",
            "show", "signal"], [
        ("* concern about +", "012"), ("* concern over +", "012"), ("* concerns about +", "012"),
        ("* concerns over +", "012"), ("* concern at +", "012"), ("* concerns with +", "012"),
        ("* alarm at +", "012"), ("* alarm over +", "012"), ("* pessimism about +", "012"),
        ("* doubts about +", "012"), ("* skepticism about +", "012"),
        ("* scepticism about +", "012"),
        ("* optimism about +", "013"), ("* hope for +", "013"), ("* confidence in +", "051"),
        ("* condolences to +", "018"), ("* sympathy to +", "018"), ("* sympathy for +", "018"),
        ("* solidarity with +", "051"), ("* support for +", "051"), ("* gratitude to +", "051"),
        ("* thanks to +", "051"), ("* appreciation to +", "051"),
        ("* regret to +", "055"), ("* displeasure with +", "110"),
        ("* dissatisfaction with +", "110"), ("* anger at +", "110"), ("* anger over +", "110"),
        ("* outrage at +", "111"), ("* outrage over +", "111"), ("* opposition to +", "110"),
        ("* agreement with +", "019"), ("* willingness to talk with +", "036"),
        ("* hope for better ties with +", "013"), ("* hope for better relations with +", "013"),
        ("* hope for improved ties with +", "013"), ("* hope for closer ties with +", "013"),
        ("* readiness to talk with +", "036"), ("* willingness to meet +", "036"),
        ("* readiness to meet +", "036"), ("* willingness to negotiate with +", "036"),
        ("* readiness to negotiate with +", "036"), ("* willingness to cooperate with +", "030"),
        ("* readiness to help +", "033"), ("* commitment to +", "051"),
        ("* backing for +", "051"), ("* full support for +", "051"),
        ("* firm support for +", "051"), ("* strong support for +", "051"),
        ("* unwavering support for +", "051"), ("* frustration with +", "110"),
        ("* disappointment with +", "110"), ("* disappointment at +", "110"),
        ("* indignation at +", "111"), ("* strong opposition to +", "110")] + [
        ("* %s %s &WHATOF +" % (n, p), "012") for n in ["concern", "concerns", "alarm"]
        for p in ["over", "about", "at"]]),
    (None, ["offer", "send {sent sent}", "extend", "convey"], [
        ("* condolences to +", "018"), ("* + condolences", "018"), ("* sympathy to +", "018"),
        ("* sympathies to +", "018"), ("* + sympathies", "018"), ("* a message of condolence to +", "018"),
        ("* a message of sympathy to +", "018"), ("* a condolence message to +", "018"),
        ("* messages of condolence to +", "018"), ("* a message of support to +", "051"),
        ("* a message of solidarity to +", "051"), ("* a message of congratulations to +", "051"),
        ("* congratulations to +", "051")]),
    ("018", ["console", "condole"], [("* +", "018"), ("* with +", "018")]),
    (None, ["deny", "reject", "dismiss"], [
        ("* responsibility for +", "016"), ("* involvement in +", "016")]),
    (None, ["claim", "admit", "acknowledge"], [
        ("* responsibility for +", "015")]),
    (None, ["consider", "weigh", "mull", "study", "explore"], [
        ("* sanctions against +", "014"), ("* sanctions on +", "014"), ("* options on +", "014"),
        ("* tariffs on +", "014"), ("* duties on +", "014"), ("* curbs on +", "014"),
        ("* restrictions on +", "014"), ("* a ban on +", "014"), ("* an embargo on +", "014")]),

    # ---------------- 02 appeals ----------------
    ("020", ["urge", "exhort", "implore"], [
        ("* +", "020"), ("* + to", "020"), ("* + to hold talks", "026"),
        ("* + to resume talks", "026"), ("* + to return to talks", "026"),
        ("* + to return to the negotiating table", "026"), ("* + to resume dialogue", "026"), ("* + to negotiate", "026"), ("* + to meet", "026"),
        ("* + to release", "0253"), ("* + to free", "0253"), ("* + to lift sanctions", "0254"),
        ("* + to resign", "0241"), ("* + to step down", "0241"),
        ("* + to ease sanctions", "0254"), ("* + to withdraw", "0256"),
        ("* + to pull out", "0256"), ("* + to cease fire", "0256"), ("* + to end the fighting", "0256"),
        ("* + to show restraint", "0256"), ("* + to exercise restraint", "0256"),
        ("* + to respect", "020"), ("* + to reconsider", "020"), ("* + to hold elections", "0243"),
        ("* + to reform", "024"), ("* + to allow", "025"), ("* + for help", "023"),
        ("* + for aid", "023"), ("* + for assistance", "023"), ("* + for support", "022"),
        ("* restraint from +", "0256"), ("* calm from +", "020")]),
    # "called his counterpart" is a telephone call; "called on X to" an appeal
    (None, ["call {called called}"], [
        ("* +", "041"), ("* + by phone", "041"), ("* + to discuss", "041"),
        # "calling it 'a Russian plan'": a name given to a thing, no call
        ("* it +", "---"), ("* them +", "---"), ("* this +", "---"), ("* that +", "---"),
        ("* + illegal", "111"), ("* + illegitimate", "111"), ("* + unacceptable", "111"),
        ("* + a threat", "111"), ("* + a provocation", "111"), ("* + an aggressor", "111"),
        ("* + a terrorist", "111"), ("* + a liar", "111"), ("* + racist", "111"),
        ("* on + to", "020"), ("* upon + to", "020"), ("* on +", "020"), ("* upon +", "020"),
        ("* on + to hold talks", "026"), ("* on + to resume talks", "026"),
        ("* on + to return to talks", "026"), ("* on + to negotiate", "026"),
        ("* on + to return to the negotiating table", "026"), ("* on + to resume dialogue", "026"), ("* on + to release", "0253"),
        ("* on + to withdraw", "0256"), ("* on + to lift sanctions", "0254"),
        ("* for talks with +", "026"), ("* for dialogue with +", "026"),
        ("* for the release of +", "0253"), ("* on + to respect", "020"),
        # "called for an immediate ceasefire in Gaza"
        ("* for a ceasefire in +", "0256"), ("* for ceasefire in +", "0256"),
        ("* for a ceasefire between +", "0256"), ("* for a truce in +", "0256"),
        ("* for de-escalation in +", "0256"), ("* for calm in +", "0256"),
        ("* for restraint from +", "0256"), ("* for the resignation of +", "1041"),
        ("* for + to resign", "1041"), ("* on + to resign", "1041"), ("* for + to step down", "1041"),
        ("* on + to step down", "1041"), ("* for + to", "020")]),
    ("020", ["appeal", "plead", "petition"], [
        ("* to +", "020"), ("* to + for", "020"), ("* to + for help", "023"),
        ("* to + for aid", "023"), ("* to + for assistance", "023"),
        ("* to + for &ARMS", "0232"), ("* to + for military aid", "0232"),
        ("* to + for support", "022"), ("* for help from +", "023"),
        ("* for aid from +", "023"), ("* with +", "020")]),
    # "said he would appeal the ruling": a court appeal, no plea to anyone
    (None, ["appeal"], [
        ("* %s%s" % (p, w), "---") for p in ["", "against "]
        for w in ["ruling", "the ruling", "verdict", "the verdict", "sentence", "the sentence",
                  "conviction", "the conviction", "judgment", "the judgment", "decision",
                  "the decision", "his conviction", "her conviction"]]),
    # "delivered a speech at the summit in Sudan": words, not a delivery of goods
    (None, ["deliver"], [("* %s" % w, "---") for w in [
        "a speech", "speech", "speeches", "an address", "address", "a keynote", "a lecture",
        "remarks", "a sermon", "a eulogy", "a verdict", "its verdict", "a ruling", "its ruling"]]),
    # "India's largest trading partner in the EU": no act of trade
    (None, ["trade"], [("* partner", "---"), ("* partners", "---")]),
    (None, ["make {made made}", "issue", "launch", "send {sent sent}"], [
        ("* a plea to + for help", "023"), ("* a plea to + for aid", "023"), ("* a plea to +", "020"),
        ("* an appeal to + for help", "023"), ("* an appeal to + for aid", "023"),
        ("* an appeal to +", "020"), ("* a request to +", "020"), ("* an urgent appeal to +", "020")]),
    (None, ["ask", "request", "beg"], [
        ("* + to", "020"), ("* + for help", "023"), ("* + for aid", "023"),
        ("* + for assistance", "023"), ("* + for support", "022"),
        ("* + for economic aid", "0231"), ("* + for military aid", "0232"),
        ("* + for weapons", "0232"), ("* + for humanitarian aid", "0233"),
        ("* + for peacekeepers", "0234"), ("* + to mediate", "028"),
        ("* + for &ARMS", "0232"), ("* + for military aid", "0232"),
        ("* + for a loan", "0231"), ("* + for loans", "0231"), ("* + for a bailout", "0231"),
        ("* + for funds", "0231"), ("* + for financing", "0231"), ("* + for debt relief", "0231"),
        ("* that + extradite", "0213"), ("* that + release", "0253"), ("* that + hand over", "0213"),
        ("* + to release", "0253"), ("* + to extradite", "0213"),
        ("* help from +", "023"), ("* assistance from +", "023"), ("* aid from +", "023"),
        ("* support from +", "022")]),
    # "seeks closer ties with", "eyes deeper cooperation with": intents
    (None, ["seek {sought sought}", "eye", "want", "woo", "court", "pursue"], [
        ("* %s %s with +" % (adj, what), "030") for adj in ["closer", "stronger", "better", "deeper",
                                                               "warmer", "improved"]
        for what in ["ties", "relations", "cooperation", "links"]] + [
        ("* talks with +", "036"), ("* a meeting with +", "036"), ("* dialogue with +", "036"),
        ("* a trade deal with +", "030"), ("* a deal with +", "030")]),
    # "sought" alone codes nothing ("the closer ties sought by Prabowo" is no
    # appeal); "solicit" and "lobby" do
    (None, ["seek {sought sought}"], [
        ("* + support", "022"), ("* + backing", "022"), ("* + help", "023"), ("* + aid", "023"),
        ("* + assistance", "023"), ("* + approval", "022"), ("* + endorsement", "022"),
        ("* + cooperation", "021"), ("* + investment", "0211"), ("* + investments", "0211"),
        ("* + loans", "0211"), ("* + funding", "0211"), ("* + financing", "0211"),
        ("* + military aid", "0232"), ("* + &ARMS", "0232"), ("* + meeting", "022"),
        ("* + talks", "026"), ("* investment from +", "0211"), ("* funding from +", "0211"),
        ("* support from +", "022"), ("* backing from +", "022"),
        ("* help from +", "023"), ("* aid from +", "023"), ("* assistance from +", "023"),
        ("* talks with +", "036"), ("* a meeting with +", "036"), ("* dialogue with +", "036"),
        ("* extradition of + from", "0213"), ("* the extradition of", "0213")]),
    ("022", ["solicit", "lobby"], [
        ("* + support", "022"), ("* support from +", "022"), ("* backing from +", "022"),
        ("* help from +", "023"), ("* aid from +", "023"), ("* assistance from +", "023"),
        ("* talks with +", "036"), ("* a meeting with +", "036"), ("* dialogue with +", "036"),
        ("* extradition of + from", "0213"), ("* the extradition of", "0213")]),
    (None, ["press", "push", "pressure", "prod", "nudge"], [
        ("* + to", "020"), ("* + for", "020"), ("* + over", "020"), ("* + on", "020"),
        ("* + to release", "0253"), ("* + to withdraw", "0256")]),
    (None, ["encourage", "entreat", "beseech", "advise"], [
        ("* + to", "020"), ("* + to hold talks", "026"), ("* + to negotiate", "026"),
        ("* + to show restraint", "0256"), ("* + to exercise restraint", "0256")]),
    (None, ["propose", "suggest"], [
        ("* talks with +", "036"), ("* a meeting with +", "036"), ("* negotiations with +", "036"),
        ("* to +", "020"), ("* + hold talks", "026"), ("* a ceasefire between +", "039"),
        ("* to mediate between +", "039"), ("* a summit with +", "036")]),
    # "Egypt and Qatar have acted as mediators between Israel and Hamas"
    (None, ["act", "serve"], [("* as mediator between +", "045"), ("* as mediators between +", "045"),
                              ("* as a mediator between +", "045"), ("* as mediator in +", "045"),
                              ("* as mediators in +", "045")]),
    ("020", ["invite"], [
        ("* + to visit", "036"), ("* + to talks", "036"), ("* + for talks", "036"),
        ("* + to join", "020"), ("* + to attend", "036")]),

    # ---------------- 03 intents (acts of promising) ----------------
    (None, ["pledge", "promise", "vow"], PLEDGE),
    (None, ["commit {committed committed}"], PLEDGE),   # "committed atrocities" is no pledge
    (None, ["offer"], [
        ("* to mediate between +", "039"), ("* to mediate", "039"), ("* mediation", "039"),
        ("* talks to +", "036"), ("* + talks", "036"), ("* to meet +", "036"),
        ("* + aid", "033"), ("* aid to +", "033"), ("* assistance to +", "033"),
        ("* + assistance", "033"), ("* + help", "033"), ("* help to +", "033"),
        ("* + support", "032"), ("* support to +", "032"), ("* + asylum", "0343"),
        ("* + a loan", "0331"), ("* + loans", "0331"), ("* + weapons", "0332"),
        ("* to cooperate with +", "030"), ("* cooperation to +", "030"),
        ("* to help +", "033"), ("* funds to +", "0331")] +
        money_patterns(("033", "0331", "0332", "0333", "033"))),

    # ---------------- 04 consult ----------------
    ("040", ["meet {met met}"], [
        ("* +", "040"), ("* with +", "040"), ("* virtually with +", "041"),
        ("* online with +", "041"), ("* + in", "040"), ("* + at", "040"),
        ("* with + on the sidelines", "044"), ("* + on the sidelines", "044"),
        ("* + at a summit", "044"), ("* with + at a summit", "044")]),
    ("040", ["brief"], [("* +", "040"), ("* + on", "040")]),
    (None, ["confer {conferred conferred conferring}", "bestow"], [
        ("* with +", "040"), ("* on +", "051"), ("* upon +", "051"), ("* an award on +", "051"),
        ("* an honour on +", "051"), ("* an honor on +", "051"),
        ("* its highest honour on +", "051"), ("* its highest honor on +", "051")]),
    # "has called Russia 'a great friend'" is praise, not a telephone call
    (None, ["call {called called}", "describe", "term", "label", "brand"], [
        ("* + %s%s" % (a, w), "051") for a in ["", "as "] for w in FRIENDS] + [
        ("* + %s%s" % (a, w), "111") for a in ["", "as "] for w in ["enemy", "adversary"]]),
    (None, ["stand {stood stood}", "side"], [
        ("* with +", "051"), ("* by +", "051"), ("* behind +", "051"),
        ("* in solidarity with +", "051"), ("* shoulder to shoulder with +", "051")]),
    ("051", ["honour", "honor", "decorate"], [("* +", "051"), ("* + with", "051")]),
    (None, ["award"], [("* + with", "051"), ("* + a", "051"), ("* + the", "051"),
                       ("* + an", "051"), ("* a contract to +", "061")]),
    (None, ["open"], [   # the adjective: "remained open to talks with"
        ("* to talks with +", "036"), ("* to dialogue with +", "036"),
        ("* to negotiations with +", "036"), ("* to a meeting with +", "036")]),
    ("040", ["talk", "consult", "parley"], [
        ("* with +", "040"), ("* to +", "040"), ("* +", "040"),
        ("* by phone with +", "041"), ("* by telephone with +", "041"),
        ("* on the phone with +", "041")]),
    (None, ["speak {spoke spoken}"], [
        ("* with +", "040"), ("* to +", "040"), ("* by phone with +", "041"),
        ("* by telephone with +", "041"), ("* to + by phone", "041"),
        ("* with + by phone", "041"), ("* to + over zoom", "041"), ("* with + by video", "041"),
        ("* to + by telephone", "041"), ("* with + by telephone", "041"),
        ("* to + on the phone", "041"), ("* to + over the phone", "041"),
        ("* to + by video link", "041"), ("* to + by video", "041"),
        ("* out against +", "111"), ("* for +", "051")]),
    # "said it was in contact with Tehran", "remains in close contact with"
    (None, ["be {was were been is are}", "remain", "stay", "keep", "maintain"], [
        ("* in contact with +", "040"), ("* in close contact with +", "040"),
        ("* in touch with +", "040"), ("* in talks with +", "046"),
        ("* in negotiations with +", "046")]),
    # "would raise the drills with his Indonesian counterpart": a matter taken up with
    (None, ["raise", "take_up {took_up taken_up taking_up}"], [("* with +", "040")]),
    # "is expected to join Japarov and Rahmon at a summit"
    (None, ["join"], [("* + at a summit", "040"), ("* + at summit", "040"),
                      ("* + for talks", "040"), ("* + in talks", "046")]),
    # "ready to work with the new US administration"
    (None, ["work"], [("* with +", "050"), ("* closely with +", "050"),
                      ("* together with +", "050")]),
    # "would engage with Washington through diplomatic channels"
    (None, ["engage"], [
        ("* with +", "040"), ("* directly with +", "040"), ("* in dialogue with +", "040"),
        ("* in talks with +", "046"), ("* in negotiations with +", "046"),
        ("* + in talks", "046"), ("* + in dialogue", "040"), ("* in fighting with +", "190"),
        ("* in clashes with +", "190")]),
    ("041", ["phone", "telephone", "ring {rang rung}", "dial {dialled dialled dialling}"], [
        ("* +", "041")]),
    (None, ["hold {held held}", "conduct", "have {had had}"], [
        ("* talks with +", "046"), ("* negotiations with +", "046"),
        ("* consultations with +", "040"), ("* a meeting with +", "040"),
        ("* meetings with +", "040"), ("* a summit with +", "040"),
        ("* a dialogue with +", "040"), ("* dialogue with +", "040"),
        ("* discussions with +", "040"), ("* a call with +", "041"),
        ("* a phone call with +", "041"), ("* a telephone call with +", "041"),
        ("* a video call with +", "041"), ("* a videoconference with +", "041"),
        ("* a virtual meeting with +", "041"), ("* phone talks with +", "041"),
        ("* a phone conversation with +", "041"), ("* a telephone conversation with +", "041"),
        ("* a video conference with +", "041"), ("* a bilateral meeting with +", "040"),
        ("* joint patrols with +", "062"), ("* patrols with +", "062"),
        ("* joint exercises with +", "062"), ("* joint military exercises with +", "062"),
        ("* joint drills with +", "062"), ("* military drills with +", "062"),
        ("* exercises with +", "062"), ("* drills near +", "150"),
        ("* confidence in +", "051"), ("* full confidence in +", "051"),
        ("* faith in +", "051"), ("* trust in +", "051"),
        ("* military exercises near +", "150"), ("* + responsible for", "112"),
        ("* + accountable for", "112")]),
    # "both sides agreed to hold talks": the sides with each other ("had talks"
    # is no pattern: "had agreed to hold talks")
    (None, ["hold {held held}", "conduct"], [
        ("* talks", "046"), ("* negotiations", "046"), ("* peace talks", "046"),
        ("* military exercises", "062"), ("* joint military exercises", "062")]),
    (None, ["discuss"], [   # "X and Y discussed security cooperation": both sides
        ("% *", "040")] + [
        ("* %s" % w, "040") for w in [
            "cooperation", "security cooperation", "economic cooperation", "defence cooperation",
            "defense cooperation", "bilateral ties", "bilateral relations", "ties", "relations",
            "trade", "bilateral trade", "investment", "security", "regional security",
            "the situation", "regional issues", "a ceasefire", "a peace deal", "the crisis"]]),
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
    (None, ["receive {received received}", "take {took taken}", "get {got got}"], [
        ("* a phone call from +", "041"), ("* a call from +", "041"),
        ("* a telephone call from +", "041"), ("* a letter from +", "040"),
        ("* a message from +", "040")]),
    ("043", ["host", "receive {received received}"], [
        ("* +", "043"), ("* + in", "043"), ("* + at", "043"), ("* + for talks", "043"),
        ("* talks between +", "045"), ("* negotiations between +", "045"),
        ("* peace talks between +", "045"), ("* a meeting between +", "045"),
        ("* + for a visit", "043"), ("* + on a visit", "043"), ("* + for a state visit", "043"),
        ("* + on a state visit", "043"), ("* + for an official visit", "043")] + [
        # "received aid from X" is X's act: the giver ($) is the source, the
        # subject the target; with no subject named, nothing
        ("+ * %s from $" % w, c) for w, c in [
            ("aid", "070"), ("in aid", "070"), ("assistance", "070"), ("humanitarian aid", "073"),
            ("relief supplies", "073"), ("&RELIEFGOODS", "073"), ("military aid", "072"),
            ("in military aid", "072"), ("weapons", "072"), ("arms", "072"), ("&ARMS", "072"),
            ("loan", "071"), ("loans", "071"), ("in loans", "071"), ("funding", "071"),
            ("financial aid", "071"), ("intelligence", "064"), ("information", "064")]] + [
        ("* aid from +", "---"), ("* assistance from +", "---"), ("* support from +", "---"),
        ("* weapons from +", "---"), ("* a loan from +", "---"), ("* funding from +", "---"),
        ("* indirect talks between +", "045"), ("* a summit between +", "045"),
        # "the EU and the US have hosted rounds of talks": not with each other
        ("* rounds of talks", "---"), ("* a round of talks", "---"),
        ("* a peace summit between +", "045"), ("* a peace conference between +", "045"),
        ("* a conference between +", "045")]),
    (None, ["lead {led led}", "head"], [
        ("* mission to +", "074"), ("* police mission to +", "074"),
        ("* security mission to +", "074"), ("* peacekeeping mission to +", "074"),
        ("* peacekeeping mission in +", "074"), ("* force to +", "074"),
        ("* delegation to +", "042"), ("* a delegation to +", "042"),
        ("* talks with +", "046"), ("* the talks with +", "046"), ("* mediation between +", "045"),
        ("* mediation efforts between +", "045")]),
    (None, ["facilitate", "shuttle"], [
        ("* talks between +", "045"), ("* dialogue between +", "045"),
        ("* negotiations between +", "045"), ("* between +", "045")]),
    (None, ["sit_down {sat_down sat_down sitting_down}", "sit {sat sat sitting}"], [
        ("* with +", "040"), ("* down with +", "040"), ("* down for talks with +", "046")]),
    ("042", ["tour"], [("* +", "042")]),
    (None, ["leave {left left}", "depart", "set_off {set_off set_off setting_off}"], [
        ("* for +", "042"), ("* for talks in +", "042")]),
    ("051", ["welcome"], [
        # "welcomed the EU decision to open talks": the decision first
        ("* +", "051"), ("* + decision", "051"), ("* + move", "051"), ("* + announcement", "051"),
        ("* + offer", "051"), ("* + proposal", "051"), ("* + commitment", "051"),
        ("* + plan", "051"), ("* + call", "051"), ("* + efforts", "051"), ("* + support", "051"),
        ("* + to", "043"), ("* + in", "043"), ("* + at", "043"),
        ("* + assurances", "051"), ("* + willingness to", "051"), ("* + readiness to", "051"),
        ("* the visit of +", "043"), ("* + for a visit", "043"),
        ("* + on a visit", "043"), ("* + for a state visit", "043"), ("* + on a state visit", "043")]),
    ("045", ["mediate", "broker"], [
        ("* between +", "045"), ("* talks between +", "045"),
        ("* a ceasefire between +", "045"), ("* a deal between +", "045"),
        ("* in talks between +", "045")]),
    ("046", ["negotiate", "bargain"], [
        ("* with +", "046"), ("* +", "046"), ("* a deal with +", "046"),
        ("* an agreement with +", "046"), ("* a ceasefire with +", "046")]),
    (None, ["resume", "restart", "reopen", "re-open", "open", "begin {began begun beginning}",
            "start", "launch", "enter", "join", "continue"], [
        ("* talks with +", "046"), ("* negotiations with +", "046"),
        ("* talks", "046"), ("* negotiations", "046"), ("* meetings", "040"),
        ("* annual meetings", "040"), ("* regular meetings", "040"), ("* dialogue", "040"),
        ("* consultations", "040"), ("* summits", "040"), ("* annual summits", "040"),
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
        ("* a crackdown on +", "175"), ("* fire on +", "190"), ("* fire at +", "190"),
        ("* a counteroffensive against +", "190"), ("* a counter-offensive against +", "190"),
        ("* a ground offensive against +", "190"), ("* a ground operation against +", "190"),
        ("* a military operation against +", "190"), ("* an incursion into +", "192"),
        ("* a cyber attack on +", "170"), ("* cyberattacks on +", "170"),
        ("* a campaign against +", "111"), ("* a wto challenge against +", "115")]),

    # ---------------- 05 diplomatic cooperation ----------------
    (None, ["roll_out {rolled_out rolled_out rolling_out}"], [("* the red carpet for +", "043")]),
    (None, ["give {gave given}", "accord", "extend"], [
        ("* + a %s welcome" % w, "043") for w in ["warm", "red-carpet", "lavish", "rousing", "royal",
                                                "grand", "ceremonial", "state"]] + [
        ("* a %s welcome to +" % w, "043") for w in ["warm", "red-carpet", "lavish", "rousing"]]),
    ("051", ["praise", "commend", "hail", "laud", "applaud", "salute", "endorse",
             "congratulate", "thank", "compliment", "acclaim"], [
        ("* +", "051"), ("* + for", "051"), ("* + on", "051"), ("* + as", "051")]),
    # "agreed to take back deportation flights": no backing ("back" is a particle)
    (None, ["take_back {took_back taken_back taking_back}", "give_back {gave_back given_back}",
            "come_back {came_back come_back coming_back}", "go_back {went_back gone_back}",
            "fight_back {fought_back fought_back}", "hold_back {held_back held_back}",
            "pay_back {paid_back paid_back}", "bring_back {brought_back brought_back}"], [
        ("* +", "---"), ("* from +", "---"), ("* to +", "---")]),
    # "agreed to take back deportation flights from the United States", "to take back
    # the refugees": accepting one's nationals sent back is cooperation (060)
    (None, ["take_back {took_back taken_back taking_back}", "accept", "receive {received received}"], [
        ("* %s from +" % w, "060") for w in ["deportees", "deportation flights", "migrants",
                                            "nationals", "citizens", "refugees", "asylum seekers"]]),
    ("051", ["back", "support", "champion"], [
        ("* +", "051"), ("* + bid", "051"), ("* + call", "051"), ("* + plan", "051"),
        ("* + in", "051"), ("* + efforts", "051"), ("* + initiative", "051"),
        ("* + proposal", "051"), ("* + position", "051"), ("* + stance", "051")]),
    (None, ["defend"], [   # "defend the rights of companies" is no event
        ("* +", "052"), ("* + against", "052"), ("* + from", "052")]),
    (None, ["leap {leapt leapt}", "rush {rushed rushed}", "come {came come}",
            "spring {sprang sprung}", "jump"], [
        ("* to the defence of +", "052"), ("* to the defense of +", "052"),
        ("* to + defence", "052"), ("* to + defense", "052")]),
    (None, ["rally"], [("* support for +", "053"), ("* behind +", "053"),
                       ("* around +", "053"), ("* against +", "141")]),
    ("054", ["recognise", "recognize"], [
        ("* +", "054"), ("* + as", "054"), ("* the independence of +", "054"),
        ("* the sovereignty of +", "054"), ("* + sovereignty", "054")]),
    # restoring relations is cooperation (050), establishing them recognition
    # (054): the CAMEO manual's coding notes
    (None, ["restore", "re-establish", "reestablish", "resume"], [
        ("* %s%s" % (full, r), "050") for full in ["", "full "]
        for r in ["ties with +", "relations with +", "diplomatic ties with +",
                  "diplomatic relations with +", "diplomatic ties", "diplomatic relations"]]),
    (None, ["establish", "normalise", "normalize", "forge", "upgrade"], [
        ("* ties with +", "054"), ("* relations with +", "054"),
        ("* diplomatic relations", "054"), ("* diplomatic ties", "054"),
        ("* full diplomatic relations", "054"), ("* relations", "054"), ("* ties", "054"),
        ("* diplomatic ties with +", "054"), ("* diplomatic relations with +", "054"),
        ("* full diplomatic ties with +", "054"), ("* full diplomatic relations with +", "054"),
        ("* full relations with +", "054"), ("* full ties with +", "054"), ("* a partnership with +", "050"),
        ("* an alliance with +", "050"), ("* cooperation with +", "050")]),
    # "mended ties with", "patched up relations with": improved relations
    (None, ["mend", "repair", "patch_up {patched_up patched_up patching_up}", "reset", "improve",
            "warm", "thaw", "smooth"], [
        ("* ties with +", "050"), ("* relations with +", "050"), ("* fences with +", "050"),
        ("* the relationship with +", "050"), ("* its relationship with +", "050")]),
    (None, ["swap {swapped swapped swapping}", "trade"], [
        ("* prisoners with +", "0841"), ("* prisoners of war with +", "0841"),
        ("* detainees with +", "0841")]),
    ("055", ["apologise", "apologize"], [("* to +", "055"), ("* +", "055")]),
    # "conferred the Order of the Nile on the Indian prime minister"
    (None, ["confer {conferred conferred conferring}", "bestow"], [
        ("* on +", "051"), ("* upon +", "051"), ("* the order of on +", "051"),
        ("* its highest honour on +", "051"), ("* its highest honor on +", "051"),
        ("* the highest honour on +", "051"), ("* an honorary doctorate on +", "051")]),
    # "removed Cuba from its list of state sponsors of terrorism": sanctions eased
    (None, ["remove", "delist", "drop", "strike {struck struck}", "take {took taken}"], [
        ("* + from %s" % w, "085") for w in [
            "a list", "the list", "its list", "a blacklist", "the blacklist", "its blacklist",
            "the sanctions list", "its sanctions list", "a terrorism list", "the terrorism list",
            "its terrorism list", "the terror list"]] + [
        ("* + off %s" % w, "085") for w in ["a list", "the list", "its list", "the blacklist",
                                            "its blacklist", "the sanctions list"]]),
    ("056", ["forgive {forgave forgiven}", "pardon"], [("* +", "056"), ("* &MONEY of + debt", "071"),
                                                      ("* + debt", "071"), ("* debt owed by +", "071")]),
    (None, ["write_off {wrote_off written_off writing_off}", "cancel", "waive", "restructure"], [
        ("* &MONEY of + debt", "071"), ("* + debt", "071"), ("* debt owed by +", "071"),
        ("* debts owed by +", "071")]),
    (None, ["deposit"], [("* &MONEY in +", "071"), ("* &MONEY with +", "071")]),
    # "Israel and Hamas agreed to a ceasefire": agreeing to stop fighting is an
    # intent to de-escalate (0356), as "agreed to" is an intent elsewhere
    # (README, stage 6); a ceasefire declared, called or observed is one (0871),
    # and so is one agreed "immediate" (it holds from the agreement on)
    (None, ["agree"], [
        ("* %s" % w, "0356") for w in ["a truce", "a ceasefire", "a cease-fire"]] + [
        ("* %s with +" % w, "0356") for w in ["a truce", "a ceasefire", "a cease-fire"]] + [
        ("* %s in +" % w, "0356") for w in ["a truce", "a ceasefire"]] + [
        # a headline's "Israel and Hamas agree Gaza ceasefire"
        ("* ^ %s" % w, "0356") for w in ["ceasefire", "truce"]] + [
        ("* to %s %s" % (a, w), "0871" if a == "immediate" else "0356")
        for a in CEASEFIRE_KINDS for w in ["ceasefire", "truce"]] + [
        ("* %s %s" % (a, w), "0871" if a == "immediate" else "0356")
        for a in CEASEFIRE_KINDS for w in ["ceasefire", "truce"]] + [
        ("* %s%s %s with +" % (to, a, w), "0871" if a == "immediate" else "0356")
        for to in ["", "to "] for a in CEASEFIRE_KINDS for w in ["ceasefire", "truce"]] + [
        ("* to %s ceasefire" % a, "0871") for a in ["full and immediate", "complete and immediate",
                                                    "immediate and unconditional",
                                                    "immediate and lasting"]]),
    (None, ["sign", "conclude", "ratify", "finalise", "finalize", "ink", "seal", "strike {struck struck}",
            "initial {initialled initialled initialling initialed initialing}",
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
    # a kind of agreement after an adjective the gap would not pass:
    # "signed a long-awaited free trade agreement"
    (None, ["sign", "ink", "seal", "conclude", "clinch",
            "initial {initialled initialled initialling initialed initialing}"], [
        ("* %s" % k, "057") for k in AGREEMENT_KINDS] + [
        ("* %s with +" % k, "057") for k in AGREEMENT_KINDS]),
    ("050", ["cooperate", "co-operate", "collaborate", "align"], [
        ("* with +", "050"), ("* closely with +", "050")]),
    (None, ["step_up {stepped_up stepping_up}", "strengthen", "deepen", "boost", "enhance",
            "expand", "broaden", "bolster", "improve", "increase", "intensify", "advance",
            "promote", "develop", "build {built built}", "raise", "hike", "double", "triple"], [
        ("* cooperation with +", "050"), ("* co-operation with +", "050"),
        ("* ties with +", "050"), ("* relations with +", "050"),
        ("* links with +", "050"), ("* partnership with +", "050"),
        ("* its partnership with +", "050"), ("* its ties with +", "050"),
        ("* bilateral ties with +", "050"), ("* bilateral relations with +", "050"),
        ("* cooperation", "050"), ("* co-operation", "050"), ("* ties", "050"),
        ("* relations", "050"), ("* bilateral ties", "050"), ("* their partnership", "050"),
        ("* economic cooperation with +", "061"), ("* trade with +", "061"),
        ("* military cooperation with +", "062"), ("* defence cooperation with +", "062"),
        ("* its military cooperation with +", "062"), ("* their military cooperation", "062"),
        # "committed to building a mutually beneficial relationship with"
        ("* relationship with +", "050"), ("* a relationship with +", "050"),
        ("* the relationship with +", "050"), ("* its relationship with +", "050"),
        ("* defense cooperation with +", "062"), ("* security cooperation with +", "062"),
        ("* pressure on +", "130"), ("* sanctions on +", "163"), ("* tariffs on +", "163"),
        ("* duties on +", "163"), ("* levies on +", "163"), ("* tariffs on imports from +", "163"),
        ("* attacks on +", "190"), ("* its presence in +", "154"),
        ("* troops near +", "154"), ("* military presence near +", "154")]),

    # ---------------- 06 material cooperation ----------------
    (None, ["trade", "invest"], [("* with +", "061"), ("* in +", "061"),
                                  ("* blame", "112"), ("* accusations", "112"),
                                  ("* insults", "111"), ("* barbs", "111"), ("* fire", "190"),
                                  ("* blows", "190"), ("* prisoners", "0841"), ("* fire with +", "193"),
                                  ("* gunfire with +", "193"), ("* shots with +", "193"),
                                  ("* artillery fire with +", "194")]),
    # arms sold are military cooperation (062, as CAMEO's own verb dictionary
    # codes SELL WEAPONS); arms shipped are military aid (072)
    (None, ["export", "sell {sold sold}"], [
        ("* %s to +" % w, "062") for w in ["weapons", "arms", "missiles", "drones", "fighter jets",
                                          "warplanes", "ammunition", "&ARMS"]]),
    (None, ["ship {shipped shipped shipping}"], [
        ("* %s to +" % w, "072") for w in ["weapons", "arms", "missiles", "drones", "fighter jets",
                                          "warplanes", "ammunition", "&ARMS"]]),
    (None, ["export", "ship {shipped shipped shipping}", "sell {sold sold}"], [
        ("* oil to +", "061"), ("* gas to +", "061"), ("* grain to +", "061"),
        ("* goods to +", "061"), ("* to +", "061"), ("* tonnes of to +", "061"),
        ("* tons of to +", "061"), ("* barrels of to +", "061"), ("* cubic metres of to +", "061"),
        ("* worth of to +", "061"), ("* electricity to +", "061"), ("* lng to +", "061"),
        ("* wheat to +", "061"), ("* crude to +", "061"), ("* fuel to +", "061"),
        ("* chips to +", "061")]),
    (None, ["buy {bought bought}", "import", "purchase"], [
        ("* oil from +", "061"), ("* gas from +", "061"), ("* from +", "061")]),
    # arms bought or ordered: military cooperation (CAMEO's PURCHASE ARMS FROM [062])
    (None, ["buy {bought bought}", "import", "purchase", "order", "acquire", "procure"], [
        ("* %s from +" % w, "062") for w in ["weapons", "arms", "&ARMS", "frigates", "warships",
                                            "submarines", "corvettes", "patrol vessels"]]),
    (None, ["lend {lent lent}", "loan"], [("* + million", "071"), ("* + billion", "071")] +
        money_patterns(("071", "071", "072", "073", "071"))),
    (None, ["train"], [("* +", "062")]),   # "trained Ukrainian soldiers" (the role is the actor's)
    ("063", ["extradite"], [("* + to", "063"), ("* to +", "063"), ("* +", "063")]),
    (None, ["take {took taken}", "join", "participate"], [
        ("* part in &DRILLS with +", "062"), ("* in &DRILLS with +", "062"),
        ("* part in joint &DRILLS with +", "062"), ("* part in &DRILLS hosted by +", "062")]),
    (None, ["pass", "hand {handed handed}", "provide", "give {gave given}", "supply", "feed {fed fed}",
            "share"], [
        ("* intelligence to +", "064"), ("* information to +", "064"), ("* + intelligence", "064"),
        ("* intelligence on to +", "064"), ("* information about to +", "064")]),
    ("061", ["pump"], [("* gas to +", "061"), ("* oil to +", "061"), ("* to +", "061")]),
    (None, ["share"], [
        ("* intelligence with +", "064"), ("* information with +", "064"),
        ("* data with +", "064"), ("* technology with +", "061")]),
    (None, ["conduct", "stage", "hold {held held}", "begin {began begun beginning}", "start",
            "launch", "kick_off {kicked_off kicked_off kicking_off}", "wrap_up {wrapped_up wrapped_up}"], [
        ("* joint %s" % w, "062") for w in [
            "drills", "military drills", "exercises", "military exercises", "naval exercises",
            "naval drills", "air drills", "patrols", "maritime patrols", "war games",
            "exercise", "military exercise", "naval exercise", "drill", "naval drill",
            "patrol", "maritime patrol", "air exercise"]] + [
        ("* joint %s with +" % w, "062") for w in [
            "drills", "military drills", "exercises", "military exercises", "naval exercises",
            "naval drills", "patrols", "exercise", "military exercise", "naval exercise",
            "patrol"]]),
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
    ("070", ["help", "assist"], [   # "aid" is a noun far more often: "aid workers"
        ("* +", "070"), ("* + with", "070"), ("* + in", "070"), ("* train +", "070"),
        ("* rebuild +", "070"), ("* fund +", "070")]),
    ("070", ["donate"], [("* to +", "070"), ("* +", "070")]),
    ("073", ["airdrop {airdropped airdropped airdropping}"], [
        ("* aid into +", "073"), ("* aid to +", "073"), ("* aid over +", "073"),
        ("* food into +", "073"), ("* supplies into +", "073"), ("* into +", "073"),
        ("* over +", "073")]),
    (None, ["send {sent sent}", "provide", "give {gave given}", "deliver", "supply",
            "donate", "grant", "dispatch", "airlift", "fly {flew flown}", "ship {shipped shipped}",
            "truck {trucked trucked}", "rush {rushed rushed}", "channel", "transfer",
            "allocate", "approve", "release", "disburse", "announce", "unveil", "earmark",
            "contribute", "extend"],
        money_patterns(("070", "071", "072", "073", "070")) +
        [("* &RELIEFGOODS to +", "073"), ("* &CARRIERS loaded with to +", "070"),
         ("* &CARRIERS carrying to +", "070")] +
        [("* %s of to +" % q, "070") for q in ["a planeload", "planeloads", "a shipment",
                                               "shipments", "a consignment", "tonnes", "tons"]] +
        [("* %s of &ARMS to +" % q, "072") for q in ["package", "batch", "shipment", "consignment",
                                                     "tranche", "delivery"]] +
        [("* %s of &RELIEFGOODS to +" % q, "073") for q in ["shipment", "consignment", "batch",
                                                            "planeload", "cargo"]] +
        [("* &RELIEFGOODS and &RELIEFGOODS to +", "073"), ("* &ARMS and &ARMS to +", "072")] +
        [("* funds to +", "071"), ("* funding to +", "071"), ("* funding for +", "071"),
         ("* a relief team to +", "073"), ("* a disaster relief team to +", "073"),
         ("* aid workers to +", "073"), ("* a medical team to +", "073"),
         ("* humanitarian aid for +", "073"), ("* aid for +", "070"),
         ("* emergency aid to +", "073"), ("* equipment to +", "070")]),
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
        ("* medical teams to +", "073"), ("* doctors to +", "073"),
        ("* teams to +", "073"), ("* relief teams to +", "073"), ("* a rescue team to +", "073")]),
    # the double object of giving: "gave Vietnam two patrol vessels"
    (None, ["give {gave given}", "donate", "gift", "grant", "hand {handed handed}"], [
        ("* + &ARMS", "072"), ("* + &RELIEFGOODS", "073"), ("* + &MONEY", "071"),
        ("* + vessels", "070"), ("* + ships", "070"), ("* + boats", "070")]),
    (None, ["deploy", "send {sent sent}", "dispatch"], [
        ("* %s to +" % who, "074") for who in [
            "police officers", "troops", "soldiers", "peacekeepers", "personnel", "forces",
            "security forces", "special forces", "marines", "military advisers", "instructors",
            "engineers", "medics", "doctors", "military personnel", "police", "officers",
            "police units", "a contingent", "contingents"]] + [
        ("* fact-finding mission to +", "090"), ("* investigators to +", "090"),
        ("* inspectors to +", "090")]),
    (None, ["deliver", "supply", "send {sent sent}", "provide", "give {gave given}",
            "ship {shipped shipped}", "transfer"], [
        ("* &ARMS to +", "072")]),
    # arms sales approved: "cleared a $2 billion arms sale to Taiwan" (062: a sale is
    # military cooperation, as CAMEO's own verb dictionary codes SELL WEAPONS; a
    # transfer or an arms package is aid, 072)
    (None, ["approve", "clear", "authorise", "authorize", "greenlight", "green-light", "okay",
            "finalise", "finalize", "notify", "announce", "conclude", "sign"], [
        ("* the sale of &ARMS to +", "062"), ("* the sale of to +", "062"),
        ("* a possible sale of to +", "062"), ("* a potential sale of to +", "062"),
        ("* an arms sale to +", "062"), ("* arms sales to +", "062"), ("* a weapons sale to +", "062"),
        ("* a &MONEY arms sale to +", "062"), ("* a &MONEY weapons sale to +", "062"),
        ("* a &MONEY arms package for +", "072"), ("* the transfer of &ARMS to +", "072"),
        ("* the export of &ARMS to +", "062"), ("* exports of &ARMS to +", "062"),
        ("* a &MONEY sale of &ARMS to +", "062"), ("* a &MONEY sale of to +", "062")]),
    ("070", ["deliver", "supply"], [("* to +", "070")] + [
        ("* %s to" % w, "---") for w in ["speech", "address", "lecture", "remarks", "blow",
                                         "verdict", "ruling", "keynote", "sermon"]]),
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
    (None, ["release"], [
        ("* +", "0841"), ("* a statement", "---"), ("* statements", "---"),
        ("* a report", "---"), ("* a video", "---"), ("* footage", "---"),
        ("* figures", "---"), ("* data", "---"), ("* a list", "---"), ("* details", "---"),
        ("* its findings", "---"), ("* the results", "---"), ("* an album", "---"),
        ("* a photo", "---"), ("* images", "---"), ("* water", "---"),
        ("* funds", "---"), ("* a joint statement", "---"),
        ("* + prisoners", "0841"), ("* prisoners to +", "0841"),
        ("* detainees to +", "0841"), ("* hostages to +", "0841"),
        ("* + fishermen", "0841"), ("* + sailors", "0841"), ("* + crew", "0841"),
        ("* + nationals", "0841"), ("* + citizens", "0841"), ("* + hostages", "0841"),
        ("* + detainees", "0841"), ("* + soldiers", "0841"), ("* + journalist", "0841")]),
    ("0841", ["free", "freed"], [
        ("* +", "0841"), ("* + prisoners", "0841"), ("* prisoners to +", "0841"),
        ("* detainees to +", "0841"), ("* hostages to +", "0841")]),
    ("084", ["return", "hand_over {handed_over handed_over handing_over}", "repatriate"], [
        ("* + to", "084"), ("* to +", "084"), ("* + remains", "084")] + [
        ("* %s to +" % w, "0841") for w in ["soldiers", "captured soldiers", "prisoners",
                                           "prisoners of war", "pows", "detainees", "hostages",
                                           "children", "bodies", "fishermen", "sailors"]] + [
        ("* %s to +" % w, "0842") for w in ["villages", "territory", "land", "islands", "assets"]] + [
        ("* %s to +" % w, "063") for w in ["a suspect", "suspects", "a fugitive", "fugitives",
                                           "a suspected", "a wanted"]]),
    ("0841", ["hand_back {handed_back handed_back handing_back}",
              "give_back {gave_back given_back giving_back}"], [
        ("* +", "0841"), ("* + to", "0841"), ("* to +", "084")]),
    (None, ["hand {handed handed}", "give {gave given}"], [
        ("* %s back to +" % w, "0842") for w in ["villages", "territory", "land", "islands", "control"]]),
    (None, ["resume", "restore", "reinstate"], [
        ("* issuing visas to +", "081"), ("* visas for +", "081"), ("* visa services for +", "081"),
        ("* visa-free travel for +", "081"), ("* imports from +", "085"), ("* trade with +", "085"),
        ("* imports of +", "085"), ("* + imports", "085")]),
    (None, ["drop", "withdraw {withdrew withdrawn}", "lift", "abandon", "end"], [
        ("* objection to +", "080"), ("* objections to +", "080"), ("* opposition to +", "080"),
        ("* veto on +", "080"), ("* block on +", "080")]),
    (None, ["allow", "permit", "let {let let letting}", "admit {admitted admitted admitting}"], [
        ("* inspectors into +", "0862"), ("* monitors into +", "0862"),
        ("* observers into +", "0862"), ("* aid into +", "0863"),
        ("* aid workers into +", "0863"), ("* peacekeepers into +", "0861"),
        ("* + inspectors", "0862"), ("* + monitors", "0862"), ("* + observers", "0862"),
        ("* aid trucks into +", "0863"), ("* humanitarian aid into +", "0863")]),
    (None, ["declare", "announce", "observe", "agree"], [
        ("* a ceasefire with +", "0871"), ("* a truce with +", "0871"),
        ("* a ceasefire in +", "0871"), ("* a truce in +", "0871"),
        ("* a unilateral ceasefire", "0871")]),
    ("0874", ["pull_back {pulled_back pulled_back pulling_back}", "disengage"], [
        ("* from +", "0874"), ("* troops", "0874"), ("* forces", "0874"), ("* troops from +", "0874"),
        ("* forces from +", "0874")]),
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
    ("081", ["reopen", "re-open"], REOPEN),
    (None, ["open"], REOPEN),   # "opened the forum with X" is no event
    ("081", ["exempt"], [("* + from", "081")]),
    (None, ["accept"], [("* + invitation", "036"), ("* an invitation from +", "036"),
                        ("* + demands", "080"), ("* + demand", "080"), ("* + offer", "030"),
                        ("* + proposal", "030"), ("* + apology", "056"),
                        ("* + credentials", "054")]),

    # ---------------- second phrasebook batch (tests/phrases, q items) ----------------
    # 01: other words for concern ("voiced dismay at", "expressed unease over")
    (None, ["express", "voice", "raise", "reiterate", "register", "convey"], [
        ("* %s %s +" % (n, p), "012") for n in ["dismay", "unease", "disquiet", "worry", "worries",
                                                 "misgivings", "reservations", "apprehension"]
        for p in ["at", "over", "about"]] + [
        ("* %s %s &WHATOF +" % (n, p), "012") for n in ["dismay", "unease", "disquiet"]
        for p in ["at", "over", "about"]]),
    # "reaffirmed Germany's unwavering support for Ukraine": the source named again
    (None, ["express", "voice", "reiterate", "reaffirm", "affirm", "underline", "stress",
            "underscore"], [
        ("* ^ 's support for +", "051"), ("* ^ 's backing for +", "051"),
        ("* ^ 's commitment to +", "051"), ("* ^ 's solidarity with +", "051")]),
    # "denied any role in the attack on": the act the source denies, its target after it
    (None, ["deny", "reject", "dismiss"], [
        ("* any role in +", "016"), ("* a role in +", "016"), ("* any involvement in +", "016")] + [
        ("* %s in %s %s +" % (n, a, p), "016") for n in ["role", "involvement"]
        for a in ["attack", "attacks", "bombing", "strike", "strikes", "killing"]
        for p in ["on", "against", "of"]] + [
        ("* responsibility for %s %s +" % (a, p), "016")
        for a in ["attack", "attacks", "bombing", "strike", "strikes", "killing"]
        for p in ["on", "against", "of"]]),
    (None, ["claim", "admit", "acknowledge", "take {took taken}"], [
        ("* responsibility for %s %s +" % (a, p), "015")
        for a in ["attack", "attacks", "bombing", "strike", "strikes", "killing"]
        for p in ["on", "against", "of"]]),
    # agreement: "shared the view of the United States", "saw eye to eye with"
    (None, ["share {shared shared}"], [
        ("* the view of +", "019"), ("* the views of +", "019"), ("* + view", "019"),
        ("* + views", "019"), ("* + position", "019"), ("* the position of +", "019")]),
    (None, ["see {saw seen}"], [("* eye to eye with +", "019"), ("* eye-to-eye with +", "019")]),
    (None, ["consider", "weigh", "mull", "study", "explore"], [
        ("* a ban on arms sales to +", "014"), ("* a ban on arms exports to +", "014"),
        ("* halting arms sales to +", "014"), ("* suspending arms sales to +", "014"),
        ("* an arms embargo on +", "014"), ("* retaliatory tariffs on +", "014"),
        ("* retaliation against +", "014")]),
    # 02: what is asked of whom ("requested a fresh bailout from the IMF")
    (None, ["ask", "request", "seek {sought sought}"], [
        ("* %s from +" % w, c) for w, c in [
            ("a bailout", "0231"), ("a loan", "0231"), ("loans", "0231"), ("funds", "0231"),
            ("financing", "0231"), ("financial support", "0231"), ("financial aid", "0231"),
            ("economic aid", "0231"), ("debt relief", "0231"), ("investment", "0211"),
            ("military assistance", "0232"), ("military aid", "0232"), ("weapons", "0232"),
            ("arms", "0232"), ("humanitarian aid", "0233"), ("humanitarian assistance", "0233"),
            ("peacekeepers", "0234"), ("troops", "0234")]]),
    # 03: agreeing to act together is an intent; two or more agreeing to do a
    # thing intend it together ("China and the Philippines agreed to improve
    # communication")
    (None, ["agree"], [
        ("%% * to %s" % v, "030") for v in [
            "improve", "step up", "boost", "strengthen", "deepen", "expand", "enhance", "bolster",
            "increase", "intensify", "promote", "develop", "work", "cooperate", "coordinate",
            "set up", "establish", "create", "form", "explore", "pursue", "facilitate",
            "expedite", "speed up", "tackle", "combat", "jointly"]] + [
        ("* to work with +", "030"), ("* to cooperate with +", "030"),
        ("* to work with +", "030"), ("* to cooperate with +", "030"),
        ("* to work together with +", "030"), ("* to work closely with +", "030")]),
    # 04: "spoke over the phone with", "talked by video link with"
    (None, ["speak {spoke spoken}", "talk", "confer {conferred conferred conferring}"], [
        ("* %s with +" % how, "041") for how in [
            "over the phone", "on the phone", "on the telephone", "over the telephone",
            "by video link", "via video link", "by videoconference", "by video conference",
            "via videoconference"]]),
    # 05: "switched diplomatic recognition from Taiwan to China"
    (None, ["switch {switched switched switching}", "shift", "transfer"], [
        ("* %s from ^ to +" % w, "054") for w in ["diplomatic recognition", "recognition",
                                                "diplomatic ties", "ties", "diplomatic relations",
                                                "allegiance"]]),
    # 06: drills and patrols flown or sailed together
    (None, ["fly {flew flown}", "mount", "run {ran run running}", "sail",
            "carry_out {carried_out carried_out}"], [
        ("* joint %s" % w, "062") for w in [
            "drills", "military drills", "exercises", "military exercises", "naval exercises",
            "naval drills", "air drills", "patrols", "maritime patrols", "air patrols",
            "war games"]]),
    ("060", ["team_up {teamed_up teamed_up teaming_up}",
             "join_forces {joined_forces joined_forces joining_forces}"], [
        ("* with +", "060"), ("* on", "060")]),
    (None, ["exercise", "train", "patrol", "sail", "operate"], [
        ("* alongside +", "062")]),
    (None, ["exercise", "train"], [("* together", "062"), ("* jointly", "062")]),
    # 07: gifts and peacekeepers
    ("084", ["hand_over {handed_over handed_over handing_over}"], [
        ("* to + as a gift", "070"), ("* to + as a donation", "070"), ("* to + as aid", "070")]),
    (None, ["send {sent sent}", "deploy", "dispatch"], [
        ("* %s to %s +" % (who, why), "074") for who in [
            "troops", "soldiers", "forces", "peacekeepers", "police", "police officers",
            "personnel"]
        for why in ["help keep the peace in", "keep the peace in", "help restore order in",
                    "restore order in", "help stabilise", "help stabilize"]]),
    (None, ["grant", "give {gave given}", "offer", "extend"], [
        ("* refugee status to +", "075"), ("* + refugee status", "075"),
        ("* political asylum to +", "075"), ("* + political asylum", "075"),
        ("* sanctuary to +", "075"), ("* protection to +", "075")]),
    (None, ["arm"], [("* + with &ARMS", "072")]),
    # "$500m in military aid to": the sum in any form
    (None, ["send {sent sent}", "provide", "give {gave given}", "deliver", "grant", "approve",
            "announce", "unveil", "allocate", "extend", "disburse", "release"], [
        ("* in %s to +" % w, c) for w, c in [
            ("aid", "070"), ("assistance", "070"), ("military aid", "072"),
            ("military assistance", "072"), ("humanitarian aid", "073"),
            ("humanitarian assistance", "073"), ("economic aid", "071"), ("financial aid", "071"),
            ("loans", "071"), ("grants", "071"), ("emergency aid", "073")]]),
    (None, ["pledge", "promise", "vow", "commit {committed committed}"], [
        ("* in %s to +" % w, c) for w, c in [
            ("aid", "033"), ("assistance", "033"), ("military aid", "0332"),
            ("military assistance", "0332"), ("humanitarian aid", "0333"),
            ("humanitarian assistance", "0333"), ("economic aid", "0331"),
            ("financial aid", "0331"), ("loans", "0331"), ("grants", "0331")]]),
    # 08: troops pulled out, curbs eased, assets unfrozen
    (None, ["withdraw {withdrew withdrawn}", "pull {pulled pulled}"], [
        ("* &TROOPS out of +", "0874"), ("* &TROOPS from +", "0874")] + [
        # "pulled its troops out of southern Lebanon": "its troops" is read as an actor
        ("* its %s %s +" % (f, p), "0874") for f in ["troops", "forces", "soldiers", "military"]
        for p in ["out of", "from"]]),
    (None, ["ease", "relax", "loosen", "lift", "remove", "scrap", "drop", "end", "waive",
            "suspend"], [
        ("* curbs on +", "081"), ("* curbs on exports to +", "085"),
        ("* curbs on imports from +", "085"), ("* restrictions on exports to +", "085"),
        ("* restrictions on imports from +", "085"), ("* controls on exports to +", "085"),
        ("* export controls on +", "085"), ("* export curbs on +", "085")]),
    ("085", ["unfreeze {unfroze unfrozen unfreezing}", "unblock"], [
        ("* +", "085"), ("* + assets", "085"), ("* + funds", "085"), ("* the assets of +", "085"),
        ("* &MONEY in +", "085"), ("* &MONEY of +", "085")]),
    (None, ["declare", "announce", "observe", "agree", "reach {reached reached}",
            "call {called called}"], [
        ("* a truce", "0871"), ("* a ceasefire", "0871"), ("* a cease-fire", "0871")] + [
        # "agreed on Saturday to a full and immediate ceasefire"
        ("* to %s %s" % (a, w), "0871") for a in CEASEFIRE_KINDS for w in ["ceasefire", "truce"]] + [
        ("* %s %s" % (a, w), "0871") for a in CEASEFIRE_KINDS for w in ["ceasefire", "truce"]] + [
        ("* to %s ceasefire" % a, "0871") for a in ["full and immediate", "complete and immediate",
                                                    "immediate and unconditional",
                                                    "immediate and lasting"]]),
    # 08: prisoners swapped by two sides ("Russia and Ukraine swapped prisoners of war")
    (None, ["swap {swapped swapped swapping}", "trade"], [
        ("* prisoners", "0841"), ("* prisoners of war", "0841"), ("* detainees", "0841")]),
    # "Colombia and the ELN extended their ceasefire"
    (None, ["extend", "prolong", "renew"], [
        ("* %s" % w, "0871") for w in ["the ceasefire", "their ceasefire", "a ceasefire", "the truce",
                                       "their truce", "the cease-fire", "their cease-fire"]] + [
        ("* the %s with +" % w, "0871") for w in ["ceasefire", "truce", "cease-fire"]] + [
        ("* its %s with +" % w, "0871") for w in ["ceasefire", "truce", "cease-fire"]]),
    # "wrote to NATO asking for protection"
    (None, ["write {wrote written}"], [
        ("* to + %s" % w, "020") for w in ["asking", "to ask", "urging", "to urge", "calling on",
                                           "requesting", "appealing"]]),

]
