"""verbs_news.py -- annalist's verb classes for the ways news words an act
besides its plain verb: light verbs and their nouns ("made arrests",
"took into custody", "lodged representations with", "extended an
invitation to"), threats to leave or cut ("threatened to pull out of"),
trade retaliation, towns taken, read by tools/make_verbs.py after the
classes of verbs_coop.py and verbs_conflict.py. Written for annalist (MIT).

A class is (default code or None, verbs, patterns): see make_verbs.py.
Grouped by CAMEO family; each pattern is a general news phrasing."""

# What a trade retaliation is made of: "retaliated with tariffs on".
TRADE = ["tariffs", "duties", "levies", "sanctions", "countermeasures", "counter-tariffs",
         "export controls"]
# What is hit back with by arms.
ARMS_FIRE = [("missiles", "195"), ("ballistic missiles", "195"), ("drones", "195"),
             ("airstrikes", "195"), ("air strikes", "195"), ("rockets", "195"),
             ("strikes", "190"), ("artillery fire", "194"), ("a barrage of missiles", "195"),
             ("a barrage of rockets", "195"), ("a barrage of drones", "195")]
# Towns and lands taken (192), not things seized (171).
PLACES = ["town", "towns", "city", "cities", "village", "villages", "port", "border town",
          "territory", "region", "province", "stronghold", "capital", "district", "airport",
          "military base", "air base"]
# Envoys whose expulsion cuts diplomatic relations (161).
ENVOYS = ["ambassador", "envoy", "diplomats", "diplomat", "diplomatic staff", "embassy staff",
          "consul"]
# Envoys by their other titles: "withdrew its high commissioner from".
ENVOY_TITLES = ["high commissioner", "charge d'affaires", "chargé d'affaires", "consul general"]
# Trucks and convoys of aid: "sent aid trucks into Gaza".
AID_CARRIERS = ["aid trucks", "aid convoys", "an aid convoy", "relief trucks", "humanitarian convoys"]
# Documents signed, named in several words: "a statement of partnership".
SIGNED_DOCUMENTS = ["statement of partnership", "declaration of intent", "letter of intent",
                    "statement of intent", "memorandum of cooperation", "plan of action",
                    "action plan", "rules of procedure", "documents", "cooperation documents"]
# Crowds broken up by the police (175).
GATHERINGS = ["protest", "protests", "rally", "rallies", "demonstration", "demonstrations",
              "sit-in", "march", "gathering", "vigil"]

# Appeals to stop fighting (0256): "urged Russia to halt its attacks on",
# "called on Israel to stop the offensive", "appealed to Moscow to end
# hostilities"; the object stands right after the verb or its preposition
# ("urged the world to pressure Israel to stop" is no appeal to Israel).
STOP_APPEALS = [
    (None, verbs, [
        ("* %s+ to %s %s" % (on, v, w), "0256")
        for v in ["halt", "stop", "end", "cease"]
        for w in ["attacks", "its attacks", "strikes", "the offensive", "its offensive",
                  "hostilities", "the fighting", "military operations"]] + [
        ("* %s+ to de-escalate" % on, "0256")])
    for on, verbs in [("", ["urge", "press", "implore", "exhort"]),
                      ("on ", ["call {called called}"]), ("to ", ["appeal"])]]

# Where an attack from the air or a bomb strikes, named before the country:
# "an air strike on a village in", "a suicide bombing at a market in".
STRUCK = ["village", "town", "market", "camp", "refugee camp", "school", "hospital", "mosque",
          "checkpoint", "police station"]

# A reply threatened (13): "vowed retaliation for", "threatened reprisals against",
# "warned of countermeasures against". A plain "response" or "reply" is a threat
# when vowed or threatened; promised or pledged, only a hostile one is
# ("promised a response to Fiji's request" is none).
REPLIES = ["retaliation", "reprisals", "revenge", "countermeasures", "retaliatory measures",
           "reciprocal measures", "response", "reply"]
HOSTILE_REPLIES = ["retaliation", "reprisals", "revenge", "countermeasures",
                   "retaliatory measures", "reciprocal measures", "befitting response",
                   "befitting reply", "tough response", "strong response", "firm response",
                   "harsh response", "decisive response", "crushing response", "military response"]
# What a reply is aimed at: "vowed to respond to British provocations".
PROVOCATIONS = ["provocations", "provocation", "aggression", "sanctions", "tariffs", "attack",
                "attacks", "strikes", "threats", "measures", "expulsions"]
# How a reply is sworn: "to respond in kind to", "to respond firmly to".
REPLY_MANNERS = ["in kind", "firmly", "decisively", "strongly", "forcefully", "harshly",
                 "militarily", "reciprocally"]
# Fights in which someone is killed or wounded by the other side: "killed in
# clashes with Indian troops" (the side named after "with" acts too).
FIGHTS = ["clash", "clashes", "fighting", "firefight", "gunfight", "gun battle", "skirmish",
          "skirmishes", "battle", "exchange of fire", "confrontation"]
# Attacks whose doer is named after "by" or before the noun: "killed in an
# ambush by al-Shabab", "killed in Israeli airstrikes".
ATTACKS_BY = [("attack", "190"), ("attacks", "190"), ("ambush", "190"), ("raid", "190"),
              ("airstrike", "195"), ("airstrikes", "195"), ("air strike", "195"),
              ("air strikes", "195"), ("drone strike", "195"), ("drone strikes", "195"),
              ("missile strike", "195"), ("missile strikes", "195"), ("shelling", "194"),
              ("bombing", "195")]
# What is stopped from moving (191): "blocked a Philippine resupply mission".
BLOCKED = ["resupply mission", "supply mission", "resupply boats", "supply boats",
           "resupply vessels", "supply vessels", "resupply ships", "vessels", "ships", "boats",
           "convoy", "convoys", "aid convoy", "aid convoys", "march", "marchers",
           "protest march", "protesters", "demonstrators", "motorcade"]

CLASSES = [
    # ---------------- 01 condolences for a loss in a country ----------------
    # "expressed grief over the loss of lives in Nepal"
    (None, ["express", "voice", "convey", "offer", "extend", "send {sent sent}"], [
        ("* %s over the %s in +" % (n, what), "018")
        for n in ["grief", "sorrow", "sadness", "condolences", "sympathy", "sympathies"]
        for what in ["loss of life", "loss of lives", "deaths", "tragedy", "victims"]] + [
        ("* %s to +" % n, "018") for n in ["grief", "sorrow", "deep sorrow", "sadness"]]),

    # ---------------- 03/12 invitations accepted and declined ----------------
    # "invited Zelensky to Paris for talks": the capital is where, the guest the target
    (None, ["invite"], [("* + to ^ for %s" % w, "036") for w in ["talks", "a visit", "a summit",
                                                                "a meeting", "consultations"]]),
    (None, ["accept"], [
        ("* invitation to visit +", "036"), ("* + invitation", "036"),
        ("* invitation from +", "036"), ("* invitation to attend talks in +", "036"),
        ("* invitation to talks in +", "036"), ("* invitation to attend summit in +", "036")]),
    (None, ["decline", "reject", "refuse", "spurn", "snub", "turn_down {turned_down turned_down}",
            "rebuff", "ignore"], [
        ("* invitation to visit +", "125"), ("* + invitation", "125"),
        ("* invitation from +", "125"), ("* invitation to attend talks in +", "125"),
        ("* invitation to talks in +", "125"), ("* invitation to attend summit in +", "125"),
        ("* invitation to summit in +", "125"), ("* invitation to talks with +", "125")]),

    # ---------------- 02 appeals to stop fighting ----------------
    # "urged Russia to halt its attacks on", "called on Israel to stop the offensive"
    *STOP_APPEALS,

    # ---------------- 04 invitations to an occasion ----------------
    (None, ["invite"], [("* + to %s" % w, "036") for w in [
        "the summit", "the ceremony", "the swearing-in ceremony", "the inauguration",
        "the meeting", "the conference", "the celebrations", "the parade", "the forum",
        "the coronation", "his inauguration", "her inauguration", "the talks"]]),

    # ---------------- 05 signing: "put their signatures to", "inked documents" ----------------
    (None, ["put {put put putting}", "affix"], [
        ("* their signatures to %s" % a, "057") for a in ["agreement", "deal", "treaty", "accord",
                                                         "pact", "declaration", "memorandum"]] + [
        ("* signatures to %s" % a, "057") for a in ["agreement", "deal", "treaty", "accord",
                                                   "pact"]]),
    (None, ["sign", "ink", "seal", "exchange"], [
        ("* %s" % d, "057") for d in ["documents", "several documents", "a package of documents",
                                      "a number of documents", "bilateral documents",
                                      "cooperation documents"]] + [
        ("* %s with +" % d, "057") for d in ["documents", "cooperation documents"]]),

    # ---------------- 09 investigations conducted ----------------
    (None, ["conduct", "carry_out {carried_out carried_out}", "hold {held held}"], [
        ("* %s %s +" % (n, p), "090") for n in ["an investigation", "investigations",
                                                "an inquiry", "a probe"]
        for p in ["into", "of", "against"]]),

    # ---------------- 10 demands ----------------
    # "demanded that Moscow release the journalist", "the release of its citizen detained in China"
    (None, ["demand", "insist"], [
        ("* that + release", "1053"), ("* that + free", "1053"), ("* that + hand over", "1053"),
        ("* that + withdraw", "1056"), ("* that + pull out", "1056"),
        ("* that + lift sanctions", "1054"), ("* that + apologise", "100"),
        ("* that + apologize", "100"), ("* the return of in +", "1053")] + [
        ("* the release of %s +" % w, "1053") for w in ["detained in", "jailed in",
                                                        "imprisoned in", "detained by",
                                                        "jailed by", "arrested in",
                                                        "arrested by", "held captive by"]]),

    # ---------------- 11 blame and rebukes ----------------
    # "pinned the blame on Moscow", "laid the blame squarely at Beijing's door"
    (None, ["pin {pinned pinned pinning}", "lay {laid laid}", "put {put put putting}", "place",
            "shift"], [
        ("* the blame on +", "112"), ("* blame on +", "112"), ("* the blame at + door", "112"),
        ("* responsibility on +", "112")]),
    # "pointed the finger at Tehran over the attack"
    (None, ["point"], [("* the finger at +", "112"), ("* fingers at +", "112")]),
    # "Japan and China spar over": a quarrel of the joint subject, each at the other
    (None, ["spar {sparred sparred sparring}", "feud", "bicker", "squabble", "wrangle",
            "quarrel {quarrelled quarrelled quarrelling quarreled quarreling}",
            ], [
        ("% * over", "111"), ("% *", "111"), ("* with + over", "111")]),
    # "took Manila to task over the collision"
    (None, ["take {took taken}"], [("* + to task", "111")]),

    # ---------------- 11/16 protests and objections lodged ----------------
    (None, ["lodge", "make {made made}", "file", "raise", "issue", "register"], [
        ("* representations with +", "114"), ("* representations to +", "114"),
        ("* an objection with +", "114"), ("* an objection to +", "110"),
        ("* objections to +", "110"), ("* an objection against +", "110")]),
    # "lodged a stern protest against Beijing", "filed a protest against China":
    # an official complaint (114), not a demonstration (the verb PROTEST's 140)
    (None, ["lodge", "file", "register", "issue", "raise", "make {made made}", "deliver",
            "send {sent sent}", "voice", "express", "submit"], [
        ("* %s %s +" % (n, p), "114") for n in ["protest", "protests", "complaint"]
        for p in ["against", "to", "with"]]),
    # "called in the Chinese charge d'affaires": a summons
    (None, ["call {called called}"], [
        ("* in + %s" % w, "114") for w in ENVOYS] + [
        ("* in the ambassador of +", "114"), ("* in the envoy of +", "114")]),

    # ---------------- 13 threats to leave, cut or halt ----------------
    (None, ["threaten"], [
        # leaving a bloc or cutting ties: reduce or break relations (1313)
        ("* to %s +" % v, "1313") for v in [
            "withdraw from", "pull out of", "quit", "leave", "exit", "break off relations with",
            "break off ties with", "break relations with", "break ties with", "suspend ties with",
            "suspend relations with", "downgrade ties with", "downgrade relations with",
            "recall its ambassador from", "expel the ambassador of", "close its embassy in"]] + [
        ("* to expel + %s" % w, "1313") for w in ["diplomats", "ambassador", "envoy"]] + [
        # halting talks (134)
        ("* to %s %s with +" % (v, t), "134") for v in [
            "pull out of", "withdraw from", "walk out of", "quit", "suspend", "halt",
            "break off", "abandon", "end", "call off"]
        for t in ["talks", "negotiations"]] + [
        # cutting aid (1311)
        ("* to %s +" % v, "1311") for v in [
            "cut funding to", "cut funding for", "cut off aid to", "halt aid to",
            "suspend aid to", "stop aid to", "withhold aid from", "withdraw funding from",
            "cut off funding to", "stop funding", "defund", "cut assistance to",
            "suspend funding to", "freeze aid to"]] + [
        # trade cut: a threat of sanctions (1312)
        ("* to %s +" % v, "1312") for v in [
            "cut off trade with", "halt trade with", "suspend trade with", "ban imports from",
            "block imports from", "restrict exports to", "halt exports to",
            "close its border with"]] + [
        # a military reply
        ("* + with %s" % w, "138") for w in [
            "a military response", "military retaliation", "retaliation", "a strong response",
            "an overwhelming response", "military force", "an attack", "strikes", "invasion"]] + [
        ("* + with %s" % w, "1385") for w in ["a nuclear response", "a nuclear strike",
                                              "nuclear attack", "a nuclear attack"]]),

    # "warned of a military response if Kyiv used the missiles": the reply threatened
    # to whoever would provoke it
    (None, ["warn"], [
        ("* of %s %s +" % (w, p), c) for w, c in [
            ("a military response", "138"), ("military retaliation", "138"),
            ("retaliation", "130"), ("a response", "130"), ("a tough response", "130"),
            ("consequences", "130"), ("severe consequences", "130"), ("countermeasures", "130"),
            ("war", "138")]
        for p in ["if", "should", "against", "to"]]),

    # ---------------- 13 a reply threatened ----------------
    # "vowed retaliation for the strike", "threatened reprisals against Sweden",
    # "vows tough retaliation to EU sanctions", "vowed to respond in kind to"
    (None, ["vow", "threaten"], [
        ("* %s %s +" % (n, p), "130") for n in REPLIES
        for p in ["to", "against", "for", "over"]]),
    (None, ["promise", "pledge"], [
        ("* %s %s +" % (n, p), "130") for n in HOSTILE_REPLIES
        for p in ["to", "against", "for", "over"]]),
    (None, ["warn"], [
        ("* of %s %s +" % (n, p), "130") for n in HOSTILE_REPLIES
        for p in ["against", "to", "for", "over"]]),
    (None, ["vow", "threaten", "promise", "pledge"], [
        ("* to respond %s to +" % m, "130") for m in REPLY_MANNERS] + [
        ("* to respond to + %s" % w, "130") for w in PROVOCATIONS] + [
        ("* to %s +" % v, "130") for v in [
            "retaliate for", "retaliate against", "hit back at", "strike back at",
            "take revenge on", "take revenge against"]]),

    # ---------------- 16 trade retaliation, envoys sent away ----------------
    # "retaliated against US tariffs", "hit back at Washington with export controls"
    (None, ["retaliate", "hit_back {hit_back hit_back hitting_back}",
            "strike_back {struck_back struck_back}"], [
        ("* %s + %s" % (p, w), "163") for p in ["against", "over", "after"]
        for w in ["tariffs", "duties", "levies", "sanctions", "trade tariffs", "export controls",
                  "trade measures", "trade curbs", "import curbs"]] + [
        ("* with %s on +" % w, "163") for w in TRADE] + [
        ("* with %s against +" % w, "163") for w in TRADE] + [
        ("* at + with %s" % w, "163") for w in TRADE] + [
        ("* against + with %s" % w, "163") for w in TRADE] + [
        ("* against + with %s" % w, c) for w, c in ARMS_FIRE]),
    # "ordered the French ambassador out", "asked six Canadian diplomats to leave"
    (None, ["order", "ask", "tell {told told}", "instruct", "request", "direct"], [
        ("* + %s to leave" % w, "161") for w in ENVOYS] + [
        ("* + %s out" % w, "161") for w in ENVOYS] + [
        ("* the ambassador of + to leave", "161"), ("* the envoy of + to leave", "161")]),

    # "announced the severing of diplomatic relations with"
    (None, ["announce", "order", "decide", "approve", "confirm", "declare"], [
        ("* the %s of %s with +" % (n, r), "161") for n in [
            "severing", "severance", "breaking off", "rupture", "suspension", "downgrading"]
        for r in ["relations", "ties", "diplomatic relations", "diplomatic ties"]] + [
        # "announced their withdrawal from ECOWAS": leaving a bloc
        ("* %swithdrawal_from +" % w, "160") for w in ["", "its ", "their "]]),
    # "froze US aid to", "cut British aid to": the donor's name between
    (None, ["freeze {froze frozen}", "cut {cut cut cutting}", "suspend", "halt", "pause",
            "slash", "end", "stop"], [
        ("* ^ %s to +" % w, c) for w, c in [("aid", "162"), ("military aid", "1622"),
                                            ("assistance", "162"), ("funding", "1621"),
                                            ("humanitarian aid", "1623")]] + [
        # "cut food rations for Rohingya refugees"
        ("* %s %s +" % (w, p), "1623") for w in ["food rations", "rations", "food aid",
                                                 "food assistance"]
        for p in ["for", "to"]]),
    # "imposed counter-tariffs on", "unveiled a package of counter-tariffs on"
    (None, ["impose", "slap {slapped slapped}", "levy", "announce", "adopt", "approve",
            "introduce", "unveil"], [
        ("* %s %s +" % (n, p), "163") for n in ["counter-tariffs", "retaliatory tariffs",
                                                "retaliatory duties", "counter tariffs"]
        for p in ["on", "against"]] + [
        ("* a %s of %s %s +" % (q, n, p), "163") for q in ["package", "round", "raft", "wave"]
        for n in ["counter-tariffs", "retaliatory tariffs", "countermeasures"]
        for p in ["on", "against"]]),
    # "declared a state of emergency in New Caledonia"
    (None, ["declare", "proclaim", "impose", "announce", "extend"], [
        ("* a state of emergency in +", "1724"), ("* a state of emergency on +", "1724"),
        ("* martial law in +", "1724"), ("* martial law on +", "1724"),
        ("* a curfew in +", "1723"), ("* a curfew across +", "1723"),
        ("* a curfew on +", "1723")]),

    # ---------------- 07 loans and grants of a sum ----------------
    # "extended a loan of 50 billion yen to Vietnam"
    (None, ["extend", "provide", "grant", "give {gave given}", "approve", "disburse", "sign"], [
        ("* %s of &MONEY to +" % n, "071") for n in [
            "a loan", "loans", "a credit line", "a line of credit", "a grant", "grants",
            "a financial package", "a bailout"]]),

    # "handed over relief supplies to Sri Lanka" (not a return, 084)
    (None, ["hand_over {handed_over handed_over handing_over}"], [
        ("* &RELIEFGOODS to +", "073"), ("* humanitarian aid to +", "073"),
        ("* aid to +", "070"), ("* food aid to +", "073"), ("* relief to +", "073"),
        ("* &ARMS to +", "072"), ("* weapons to +", "072"), ("* military equipment to +", "072")]),

    # ---------------- 14 protests in the streets ----------------
    # "took to the streets of Nairobi", "staged a sit-in outside the parliament"
    (None, ["take {took taken}"], [("* to the streets of +", "141"),
                                   ("* to the streets in +", "141")]),
    (None, ["stage", "hold {held held}", "organise", "organize"], [
        ("* %s %s +" % (n, p), "141") for n in ["a sit-in", "a protest", "a rally",
                                                "a demonstration", "a vigil", "a march"]
        for p in ["outside", "in front of", "near", "at"]]),

    # ---------------- 17/19 raids and crackdowns as light verbs ----------------
    # "conducted a raid in Somalia", "mounted raids on": force (190; the police on
    # their own people is repression, 175, by the engine's rule)
    (None, ["carry_out {carried_out carried_out}", "conduct", "launch", "stage", "mount"], [
        ("* %s %s +" % (n, p), "190") for n in ["a raid", "raids", "a night raid", "night raids",
                                                "a military raid", "an overnight raid",
                                                "a commando raid", "a cross-border raid"]
        for p in ["on", "in", "against", "into"]]),
    # "launched a crackdown on dissent in Georgia", "stepped up its crackdown on"
    (None, ["launch", "begin {began begun beginning}", "intensify", "widen", "expand",
            "step_up {stepped_up stepped_up stepping_up}", "carry_out {carried_out carried_out}",
            "escalate"], [
        ("* a crackdown on %s in +" % w, "175") for w in [
            "dissent", "the opposition", "protesters", "critics", "journalists", "the media",
            "activists", "demonstrators", "civil society"]] + [
        ("* its crackdown on +", "175"), ("* their crackdown on +", "175"),
        ("* the crackdown on +", "175")]),
    # "stripped the opposition leader of his immunity"
    (None, ["strip {stripped stripped stripping}"], [
        ("* + of %s" % w, "172") for w in ["immunity", "his immunity", "her immunity",
                                           "parliamentary immunity", "citizenship",
                                           "his citizenship", "her citizenship", "nationality",
                                           "his mandate", "her mandate"]]),

    # ---------------- 18/19 strikes on a place in a country ----------------
    (None, ["carry_out {carried_out carried_out}", "stage", "commit {committed committed committing}"], [
        ("* %s at a %s in +" % (a, w), c)
        for a, c in [("a suicide bombing", "1831"), ("a suicide attack", "1831"),
                     ("a car bombing", "1832"), ("a bombing", "183")] for w in STRUCK]),
    (None, ["carry_out {carried_out carried_out}", "launch", "conduct"], [
        ("* %s on a %s in +" % (a, w), "195")
        for a in ["an air strike", "an airstrike", "airstrikes", "air strikes", "a drone strike"]
        for w in STRUCK]),

    # ---------------- 17 arrests, detention, custody ----------------
    # "made dozens of arrests among protesters", "carried out a wave of arrests in"
    (None, ["make {made made}", "carry_out {carried_out carried_out}", "conduct"], [
        ("* arrests %s +" % p, "173") for p in ["of", "among", "in", "across"]] + [
        ("* a wave of arrests %s +" % p, "173") for p in ["of", "among", "in", "across"]] + [
        ("* arrests", "173")]),
    # "a court ordered the arrest of", "ordered two months' pre-trial detention for"
    (None, ["order", "approve", "authorise", "authorize", "sanction", "extend"], [
        ("* the %s of +" % n, "173") for n in [
            "arrest", "detention", "pre-trial detention", "pretrial detention", "jailing",
            "imprisonment", "remand", "house arrest", "arrest in absentia"]] + [
        ("* %s for +" % n, "173") for n in [
            "detention", "pre-trial detention", "pretrial detention", "house arrest",
            "custody"]] + [
        ("* the deportation of +", "174")]),
    # "put Suu Kyi under house arrest", "placed a US citizen in pre-trial detention",
    # "took dozens of opposition supporters into custody", "holding two French citizens in detention"
    (None, ["put {put put putting}", "place", "keep {kept kept}", "hold {held held}", "remand",
            "take {took taken}", "throw {threw thrown}"], [
        ("* + %s" % w, "173") for w in [
            "under arrest", "under house arrest", "in detention", "in pre-trial detention",
            "in pretrial detention", "in custody", "behind bars", "in jail", "in prison",
            "into custody", "into detention", "without charge", "incommunicado"]] + [
        ("* dozens of + into custody", "173"), ("* hundreds of + into custody", "173")]),
    ("173", ["remand"], [("* +", "173")]),

    # ---------------- 17 repression and deportation ----------------
    # "fired tear gas and water cannon to break up an opposition rally"
    (None, ["fire", "use {used used}", "deploy", "spray", "turn {turned turned}"], [
        ("* &RIOTGEAR to %s +" % v, "175") for v in ["disperse", "break up", "scatter",
                                                      "push back", "drive back"]] + [
        ("* &RIOTGEAR to %s + %s" % (v, g), "175") for v in ["disperse", "break up"]
        for g in GATHERINGS] + [
        ("* &RIOTGEAR to %s %s in +" % (v, g), "175") for v in ["disperse", "break up"]
        for g in GATHERINGS]),
    # "police broke up a protest in Jakarta"
    (None, ["break_up {broke_up broken_up breaking_up}"], [
        ("* +", "175")] + [("* + %s" % g, "175") for g in GATHERINGS] + [
        ("* %s in +" % g, "175") for g in GATHERINGS] + [
        ("* %s by +" % g, "175") for g in GATHERINGS]),
    # "carried out deportation flights to Venezuela"
    (None, ["carry_out {carried_out carried_out}", "conduct", "operate", "resume", "begin {began begun beginning}",
            "launch", "start", "step_up {stepped_up stepped_up stepping_up}"], [
        ("* deportation flights to +", "174"), ("* deportations to +", "174"),
        ("* deportations of +", "174"), ("* the deportation of +", "174"),
        ("* mass deportations of +", "174"), ("* expulsions of +", "174")]),
    # "implemented control measures against the Philippine ships"
    (None, ["implement", "enforce"], [
        ("* control measures against +", "170"), ("* control measures on +", "170"),
        ("* coercive measures against +", "170")]),
    # "handed over the bodies of 900 soldiers"
    (None, ["hand_over {handed_over handed_over handing_over}", "return", "repatriate"], [
        ("* the bodies of +", "0841"), ("* bodies of +", "0841"), ("* + prisoners", "0841"),
        ("* + prisoners of war", "0841"), ("* + detainees", "0841")]),
    # "declared Human Rights Watch an undesirable organisation"
    (None, ["declare", "designate", "list", "brand"], [
        ("* + %s" % w, "172") for w in [
            "undesirable", "an undesirable organisation", "an undesirable organization",
            "a foreign agent", "foreign agents", "an extremist organisation",
            "an extremist organization"]]),
    (None, ["ban", "suspend", "outlaw", "halt"], [("* the activities of +", "1722"),
                                                 ("* all activities of +", "1722"),
                                                 ("* + from politics", "1722")]),

    # ---------------- 19 killed or wounded in a fight with someone ----------------
    # "three soldiers were killed in clashes with Indian troops", "Indian soldiers
    # killed in border clash with China", "wounded in an exchange of fire with",
    # "killed in an ambush by al-Shabab", "killed in Israeli airstrikes": the
    # side named after the fight ($) is the source, the dead the target; a
    # fight is fought by both sides (190 each way)
    (None, ["kill", "wound", "injure", "die {died died dying}"], [
        ("+ * %s %s with $" % (p, f), "190:190") for p in ["in", "during"] for f in FIGHTS] + [
        ("+ * in %s by $" % a, c) for a, c in ATTACKS_BY] + [
        ("+ * in $ %s" % a, c) for a, c in ATTACKS_BY]),

    # ---------------- 17 pepper-sprayed, water-cannoned ----------------
    # "pepper-sprayed protesting nurses", "water-cannoned a Philippine vessel",
    # "was gassed by soldiers",
    # "sprayed a Philippine boat with a water cannon"
    ("175", ["pepper-spray",
             "water-cannon {water-cannoned water-cannoned water-cannoning}"], [("* +", "175")]),
    # "blocked and water cannoned a Philippine vessel": the verb after "water"
    (None, ["cannon {cannoned cannoned cannoning}"], [("water_* +", "175")]),
    # "was gassed by soldiers": only the passive ("oil and gas contracts with"
    # is no act)
    (None, ["gas {gassed gassed gassing}"], [("%s_*" % b, "175") for b in ["was", "were", "been"]]),
    (None, ["spray", "hit", "target", "attack", "blast"], [
        ("* + with %s" % g, "175") for g in ["water cannon", "water cannons", "tear gas",
                                             "pepper spray", "rubber bullets"]]),

    # ---------------- 17 bail denied ----------------
    # "a court denied bail to the opposition leader", "refused bail for", "denied
    # the journalist bail": kept in detention (173)
    (None, ["deny", "refuse", "reject", "turn_down {turned_down turned_down turning_down}"], [
        ("* bail to +", "173"), ("* bail for +", "173"), ("* + bail", "173"),
        ("* bail applications of +", "173"), ("* bail application of +", "173"),
        ("* bail request of +", "173")]),

    # ---------------- 19 movement blocked ----------------
    # "blocked a Philippine resupply mission", "blocked opposition marchers from
    # reaching the square": restricting movement (191)
    (None, ["block", "obstruct", "intercept"], [
        ("* + %s" % w, "191") for w in BLOCKED] + [
        ("* + from %s" % w, "191") for w in ["reaching", "entering", "approaching", "crossing",
                                             "landing", "passing", "delivering"]]),

    # ---------------- 04 a stop on a trip ----------------
    # "stopped in Tonga on her way to Samoa", "made a stopover in Panama"
    (None, ["stop {stopped stopped stopping}"], [
        ("* in +", "042"), ("* over in +", "042"), ("* off in +", "042")]),
    (None, ["make {made made}"], [
        ("* stopover in +", "042"), ("* stop in +", "042"), ("* stopover at +", "042")]),

    # ---------------- 05 tributes; 12 flights turned back ----------------
    # "paid tribute to Morocco's king"
    (None, ["pay {paid paid}"], [("* %s to +" % w, "051") for w in ["tribute", "homage"]]),
    # "turned back two US military planes carrying deportees": a refusal
    # (120), not BACK's support
    (None, ["turn_back {turned_back turned_back turning_back}"], [
        ("* + %s" % w, "120") for w in ["planes", "plane", "flights", "flight", "aircraft",
                                        "ships", "vessels", "boats", "deportees", "migrants"]]),

    # ---------------- 05 thanks and appreciation voiced ----------------
    # "expressed its appreciation for Paraguay's steadfast support"
    (None, ["express", "voice", "convey", "extend", "reiterate", "offer"], [
        ("* %s for +" % n, "051") for n in ["appreciation", "gratitude", "thanks"]] + [
        ("* %s of +" % n, "051") for n in ["appreciation"]]),

    # ---------------- 19 towns taken ----------------
    # "captured the Ukrainian town of Avdiivka", "seized the Congolese city of Goma"
    (None, ["capture", "seize", "take {took taken}", "overrun {overran overrun overrunning}",
            ], [
        ("* + %s" % w, "192") for w in PLACES] + [
        ("* the %s of +" % w, "192") for w in PLACES if not w.endswith("s")] + [
        ("* %s in +" % w, "192") for w in PLACES]),

    # ---------------- 04 calls placed, calls held by both sides ----------------
    # "made a phone call to his Angolan counterpart", "placed a call to"
    (None, ["make {made made}", "place"], [
        ("* %s to +" % c, "041") for c in ["a phone call", "phone calls", "a telephone call",
                                           "telephone calls", "a video call"]]),
    # "Biden and Xi held a video call": the two sides with each other
    (None, ["hold {held held}", "have {had had}"], [
        ("* %s" % c, "041") for c in ["a phone call", "a telephone call", "a video call",
                                      "phone talks", "telephone talks", "a videoconference",
                                      "a video conference", "a phone conversation",
                                      "a telephone conversation"]]),
    # "huddled with Scholz in Berlin", "jetted off to Washington"
    (None, ["huddle"], [("* with +", "040")]),
    (None, ["jet {jetted jetted jetting}"], [
        ("* to +", "042"), ("* off to +", "042"), ("* into +", "042"), ("* in to +", "042")]),

    # ---------------- 11 diplomatic notes of protest ----------------
    # "sent a diplomatic note to China protesting the drills"
    (None, ["send {sent sent}", "deliver", "hand {handed handed}", "issue", "lodge", "submit"], [
        ("* %s to +" % n, "114") for n in ["a diplomatic note", "a note verbale",
                                           "a protest note", "a note of protest",
                                           "diplomatic notes", "protest notes"]]),

    # ---------------- 16 talks left ----------------
    # "pulled out of arms control talks with Moscow": halting negotiations (164),
    # not the talks themselves (the noun's 046)
    (None, ["pull_out {pulled_out pulled_out pulling_out}",
            "walk_out {walked_out walked_out walking_out}", "drop_out {dropped_out dropped_out}",
            "withdraw {withdrew withdrawn}", "quit {quit quit quitting}", "exit"], [
        ("* %s %s with +" % (p, t), "164") for p in ["of", "from"]
        for t in ["talks", "negotiations", "the talks", "the negotiations"]] + [
        ("* %s talks with +" % p, "164") for p in ["of peace", "from peace"]]),

    # ---------------- 17 sent back ----------------
    # "Thailand sent back 40 Myanmar refugees": a deportation (174), not BACK's support
    (None, ["send_back {sent_back sent_back sending_back}"], [
        ("* + %s" % w, "174") for w in ["refugees", "migrants", "asylum seekers", "nationals",
                                        "citizens", "workers", "deportees"]]),

    # ---------------- 19 barrages and ceasefires broken ----------------
    # "unleashed a barrage of missiles on Kyiv", "rained rockets on"
    (None, ["unleash", "rain"], [
        ("* %s %s +" % (w, p), c) for w, c in ARMS_FIRE for p in ["on", "at"]]),
    # "Israel broke the ceasefire in Gaza": the truce of the place named
    (None, ["violate", "break {broke broken}", "breach"], [
        ("* the %s in +" % w, "196") for w in ["ceasefire", "truce", "cease-fire"]]),
    # "launched an invasion against Ukraine"
    (None, ["launch", "begin {began begun beginning}", "start", "mount"], [
        ("* an invasion against +", "192"), ("* an invasion into +", "192"),
        ("* a full-scale invasion against +", "192"), ("* a war against +", "190"),
        ("* a war on +", "190")]),

    # ---------------- 16 envoys by their other titles ----------------
    # "withdrew its high commissioner from Canada", "expelled the Canadian
    # charge d'affaires": a cut in relations (161), not a person deported (174)
    (None, ["recall", "withdraw {withdrew withdrawn}"], [
        ("* %s%s %s +" % (its, w, p), "161") for its in ["", "its "] for w in ENVOY_TITLES
        for p in ["from", "to"]]),
    (None, ["expel {expelled expelled expelling}", "kick_out {kicked_out kicked_out}"], [
        ("* + %s" % w, "161") for w in ENVOY_TITLES] + [
        ("* the %s of +" % w, "161") for w in ENVOY_TITLES]),

    # ---------------- 08 set free ----------------
    # "Iran set free a British tourist": 'set' is no plan here
    ("0841", ["set_free {set_free set_free setting_free}"], [("* +", "0841")]),

    # ---------------- 05 weight thrown behind ----------------
    # "threw its weight behind Ukraine's bid", "put its full weight behind"
    (None, ["throw {threw thrown}", "put {put put putting}"], [
        ("* weight behind +", "051"), ("* its weight behind +", "051"),
        ("* their weight behind +", "051")]),

    # ---------------- 07 aid trucks sent in ----------------
    # "sent aid trucks into Gaza", "let aid convoys into"
    (None, ["send {sent sent}", "dispatch"], [
        ("* %s %s +" % (w, p), "073") for w in AID_CARRIERS for p in ["into", "to"]]),
    (None, ["allow", "let {let let letting}", "permit {permitted permitted permitting}"], [
        ("* %s into +" % w, "0863") for w in AID_CARRIERS + ["aid", "humanitarian aid"]]),

    # ---------------- 02 a call renewed ----------------
    # "renewed its call on Ukraine to restore", "repeated his appeal to Russia to"
    (None, ["renew", "repeat", "reiterate", "issue", "echo"], [
        ("* %s + to" % n, "020") for n in ["call on", "calls on", "appeal to", "appeals to",
                                           "plea to"]]),

    # ---------------- 14 to the streets of a city ----------------
    # "took to the streets of Belgrade against the government"
    (None, ["take {took taken}"], [
        ("* to the streets of ^ %s +" % w, "141") for w in [
            "against", "to demand", "demanding", "to protest against", "to protest",
            "in protest against", "to denounce", "to oppose"]]),

    # ---------------- 16 envoys called home, dialogue cut off ----------------
    # "recalling its ambassador in Venezuela", "has recalled its diplomats from
    # Mexico", "called its ambassador home from Turkey", "ordered its diplomats
    # home from Moscow" (161)
    (None, ["recall"], [
        ("* %s in +" % w, "161") for w in ["its ambassador", "its envoy", "the ambassador"]] + [
        ("* %s from +" % w, "161") for w in ["its diplomats", "all its diplomats",
                                             "all diplomats", "its diplomatic staff"]]),
    (None, ["call {called called}", "order", "bring {brought brought}", "summon"], [
        ("* %s home from +" % w, "161") for w in ["its ambassador", "its diplomats", "its envoy",
                                                  "diplomats", "all its diplomats"]] + [
        ("* home %s %s +" % (w, p), "161") for w in ["its ambassador", "its diplomats",
                                                     "its envoy"] for p in ["from", "to", "in"]]),
    # "cut off dialogue with Mexico", "suspended dialogue with"
    (None, ["cut_off {cut_off cut_off cutting_off}", "suspend", "break_off {broke_off broken_off}",
            "freeze {froze frozen}", "halt"], [
        ("* dialogue with +", "160"), ("* all dialogue with +", "160"),
        ("* political dialogue with +", "160")]),
    # "declared persona non grata two Belarusian diplomats": the name before its object
    (None, ["declare"], [
        ("* %s + %s" % (n, w), "161") for n in ["persona non grata", "personae non gratae"]
        for w in ["diplomats", "diplomat", "ambassador", "envoy", "embassy staff"]] + [
        ("* %s %s +" % (n, w), "161") for n in ["persona non grata", "personae non gratae"]
        for w in ["diplomats of", "diplomats from", "employees of"]]),
    # any envoy (the ENVOY set) recalled, withdrawn or pulled out of a country,
    # or expelled: "recalled its top diplomat from", "withdrew its consul in",
    # "pulled its ambassador out of" (161; PULL's 0874 is troops), "expelled
    # two employees of the Russian embassy", "expelled the Iranian attache"
    (None, ["recall", "withdraw {withdrew withdrawn}", "call_back {called_back called_back}",
            "bring_home {brought_home brought_home}"], [
        ("* &ENVOY %s +" % p, "161") for p in ["from", "to", "in"]] + [("* + &ENVOY", "161")]),
    (None, ["pull {pulled pulled}", "pull_out {pulled_out pulled_out pulling_out}"], [
        ("* &ENVOY out of +", "161"), ("* &ENVOY from +", "161")]),
    (None, ["expel {expelled expelled expelling}", "kick_out {kicked_out kicked_out}", "oust"], [
        ("* + &ENVOY", "161"), ("* &ENVOY of +", "161"), ("* &ENVOY from +", "161"),
        ("* &ENVOY of + embassy", "161")] + [
        ("* %s of + %s" % (w, m), "161") for w in ["employees", "staff", "members"]
        for m in ["embassy", "mission", "diplomatic mission", "consulate"]]),
    # "expelled diplomats of Russia": the envoys of a country (161, not a person's 174)
    (None, ["expel {expelled expelled expelling}"], [
        ("* diplomats of +", "161"), ("* the diplomats of +", "161"),
        ("* staff of + embassy", "161")]),
    # "launched a protest with China": an official complaint (114)
    (None, ["launch"], [("* %s %s +" % (n, p), "114") for n in ["a protest", "protests"]
                        for p in ["with", "to"]]),

    # ---------------- 04 discussions held, 05 relations valued, rights affirmed ----------------
    # "X and Y held bilateral discussions": the two sides with each other ("held
    # a meeting", tried too, added as many spurious events as matched ones on a
    # blind half)
    (None, ["hold {held held}", "conduct"], [
        ("* %s" % w, "040") for w in ["discussions", "consultations"]]),
    # "deeply values its relations with Japan" (051)
    (None, ["value", "cherish", "treasure"], [
        ("* %s with +" % w, "051") for w in ["relations", "ties", "partnership", "friendship",
                                             "cooperation"]]),
    # "affirmed the right of North Korea to defend itself" (051)
    (None, ["affirm", "reaffirm", "confirm", "uphold {upheld upheld}", "recognise", "recognize",
            "back", "endorse", "defend"], [
        ("* the right of + to", "051"), ("* + right to", "051")]),
    # "took part in a joint exercise with the Philippines" (062)
    (None, ["take {took taken}"], [
        ("* part in %s with +" % w, "062") for w in ["a joint exercise", "joint exercises",
                                                     "&DRILLS"]]),
    (None, ["participate", "join"], [
        ("* in %s with +" % w, "062") for w in ["a joint exercise", "joint exercises", "&DRILLS"]]),

    # ---------------- 11 singled out, called names ----------------
    # "singled out the United States for criticism"
    ("111", ["single_out {singled_out singled_out singling_out}"], [
        ("* + for", "111"), ("* + over", "111")]),
    # "called the Colombian president a traitor": a name-calling (111), not a call
    (None, ["call {called called}", "brand", "label {labelled labelled labelling}"], [
        ("* + a %s" % w, "111") for w in [
            "traitor", "liar", "fascist", "thug", "murderer", "killer", "clown", "coward",
            "madman", "butcher", "tyrant", "despot", "warmonger", "gangster", "bully"]] + [
        # a call a day or a week after something is a call, but any other name
        # given ("called the Iranian leader a 'partner'") is no telephone call
        ("* + a %s" % w, "041") for w in ["day", "week", "few", "second", "third"]] + [
        ("* + %s" % a, "---") for a in ["a", "an"]]),

    # ---------------- 19 bases taken over, counter-attacks ----------------
    # "Boko Haram took over a Nigerian military base" (192)
    (None, ["take_over {took_over taken_over taking_over}"], [
        ("* + %s" % w, "192") for w in PLACES + ["base", "camp", "army base", "military camp"]]),
    ("190", ["counter-attack", "counterattack"], [("* +", "190")]),

    # ---------------- 05 documents named in several words ----------------
    # "have signed a renewed statement of partnership" (the adjective and the
    # article fill the gap a one-word document name leaves)
    (None, ["sign", "ink", "seal", "initial {initialled initialled initialling initialed initialing}"], [
        ("* %s" % d, "057") for d in SIGNED_DOCUMENTS] + [
        ("* %s with +" % d, "057") for d in SIGNED_DOCUMENTS]),

    # ---------------- 16 approval of an envoy withdrawn; 166 peacekeepers told to leave ----------------
    # "withdrew its approval of the French ambassador", "revoked the
    # accreditation of the Dutch ambassador" (161)
    (None, ["withdraw {withdrew withdrawn}", "revoke", "cancel {cancelled cancelled cancelling}",
            "rescind"], [
        ("* %s %s + %s" % (n, p, w), "161") for n in ["approval", "its approval", "accreditation",
                                                     "the accreditation"]
        for p in ["of", "from"] for w in ["ambassador", "envoy"]]),
    # "ordered UN peacekeepers to leave the country"
    (None, ["order", "ask", "tell {told told}", "instruct"], [
        ("* + %s to leave" % w, c) for w, c in [
            ("peacekeepers", "1661"), ("peacekeeping mission", "1661"), ("mission", "1661"),
            ("inspectors", "1662"), ("monitors", "1662"), ("observers", "1662"),
            ("aid workers", "1663"), ("aid agencies", "1663")]]),

    # ---------------- 01 a wreath laid; 14 an embassy blocked ----------------
    # "laid a wreath at a memorial in Seoul" (a symbolic act, 017)
    (None, ["lay {laid laid}"], [("* wreath in +", "017"), ("* wreath at +", "017"),
                                 ("* wreaths in +", "017")]),
    # "blocked the entrance of the Chinese embassy" (144)
    (None, ["block", "barricade", "blockade"], [
        ("* %s + embassy" % w, "144") for w in ["entrance of", "entrance to", "gates of",
                                                 "the entrance of", "the entrance to"]]),

    # ---------------- word-sense traps: tourists welcomed ----------------
    # "welcomed a record number of tourists from China" is no praise of China
    (None, ["welcome"], [
        ("* %s from +" % w, "---") for w in ["tourists", "visitors", "holidaymakers",
                                             "a record number of"]]),

    # ---------------- word-sense traps: an idiom is no strike ----------------
    # "struck gold in the relay", "struck a conciliatory tone", "struck a balance"
    (None, ["strike {struck struck}"], [
        ("* %s" % w, "---") for w in ["gold", "silver", "bronze", "a balance", "a tone",
                                      "a chord", "a note", "a nerve", "a pose"]]),
]

# Event nouns of this file: "claimed the capture of two villages in eastern Ukraine".
NOUNS = [
    ("capture", [("* of + %s" % w, "192") for w in PLACES] +
     [("* of the %s of +" % w, "192") for w in PLACES if not w.endswith("s")] +
     [("* of %s in +" % w, "192") for w in PLACES]),
    # "a brief stopover in Fiji": a visit (042)
    ("stopover", [("* in +", "042"), ("* at +", "042")]),
]
