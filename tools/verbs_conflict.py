"""verbs_conflict.py -- annalist's verb classes for the conflictual CAMEO
roots 09-20 (investigate, demand, disapprove, reject, threaten, protest,
force posture, reduce relations, coerce, assault, fight, mass violence),
read by tools/make_verbs.py. Written for annalist (MIT).

A class is (default code or None, verbs, patterns): see make_verbs.py."""

# An object counted by a quantity the target search does not read past:
# "at thousands of protesters".
CROWD = ["+", "thousands of +", "hundreds of +", "dozens of +", "crowds of +", "a crowd of +"]

# What sanctions come in: "a new package of sanctions", "a fresh round of tariffs".
SANCTION_BATCHES = ["package", "round", "raft", "wave", "batch", "set", "tranche", "slew"]

# Aircraft by their model names ("shot down a Pakistani F-16", "downed two
# Su-25s"): fighters, bombers, attack helicopters and drones of the forces
# most in the news; a name in the plural as news writes it ("F-16s").
AIRCRAFT_MODELS = [m + s for m in [
    "f-16", "f-15", "f-18", "f-22", "f-35", "f-4", "f-5", "f-7", "a-10", "b-52", "b-1b", "b-2",
    "mig-21", "mig-23", "mig-25", "mig-29", "mig-31", "su-22", "su-24", "su-25", "su-27",
    "su-30", "su-34", "su-35", "su-57", "tu-22m3", "tu-95", "tu-160", "il-76", "an-26",
    "an-32", "c-130", "j-10", "j-11", "j-15", "j-16", "j-20", "jf-17", "h-6", "mirage",
    "mirage 2000", "rafale", "tornado", "eurofighter", "gripen", "mi-8", "mi-17", "mi-24",
    "mi-28", "mi-35", "ka-52", "apache", "black hawk", "chinook", "mq-9", "mq-9 reaper",
    "reaper", "mq-1", "predator", "rq-4", "global hawk", "bayraktar", "tb2", "bayraktar tb2",
    "shahed", "shahed-136", "orlan-10", "heron", "hermes", "wing loong", "ch-4"]
    for s in ["", "s"]]

# Synonym sets written once in the dictionary and named in patterns.
SYNSETS = {
    # riot control: "fired tear gas and water cannon at"
    "RIOTGEAR": ["tear gas", "water cannon", "water cannons", "rubber bullets", "stun grenades",
                  "pepper spray", "batons", "live ammunition", "excessive force", "force",
                  "tear gas and water cannon", "water cannon and tear gas",
                  "tear gas and rubber bullets", "rubber bullets and tear gas",
                  "tear gas and stun grenades", "tear gas and live ammunition"],
    # shows of force: "sent 30 warplanes toward"
    "WARCRAFT": ["bombers", "warplanes", "warships", "aircraft", "jets", "fighter jets", "drones",
                 "naval vessels", "ships", "aircraft carrier", "submarines",
                 "warships and fighter jets", "fighter jets and warships", "warships and warplanes",
                 "warplanes and warships", "aircraft and ships", "ships and aircraft",
                 "aircraft and warships", "warships and aircraft", "bombers and fighter jets",
                 "fighter jets and bombers", "drones and warplanes", "jets and warships"],
    # what is shot down or intercepted
    "AIRCRAFT": ["drone", "drones", "plane", "planes", "jet", "jets", "aircraft", "helicopter",
                 "helicopters", "missile", "missiles", "rockets", "warplane", "warplanes",
                 "fighter", "fighters", "fighter jet", "fighter jets", "fighter plane",
                 "fighter planes", "spy plane", "spy drone", "surveillance drone",
                 "reconnaissance drone", "surveillance plane", "reconnaissance plane",
                 "military plane", "military aircraft", "military helicopter",
                 "transport plane", "cargo plane", "passenger jet", "passenger plane",
                 "airliner", "bomber", "bombers"] + AIRCRAFT_MODELS,
    # forces moved up to a border: "massed tanks along its border with"
    "TROOPS": ["troops", "forces", "soldiers", "tanks", "reinforcements", "armoured vehicles",
               "tanks and troops", "troops and tanks", "troops and armour", "troops and armor",
               "soldiers and tanks", "tanks and soldiers", "troops and armoured vehicles",
               "troops and armored vehicles", "armoured columns", "armored columns",
               "ground forces", "ground troops", "combat troops", "paratroopers",
               "armored vehicles", "units", "military units", "artillery", "air defences",
               "air defenses", "missile launchers"],
    # envoys whose recall or expulsion reduces relations (161): "recalled its
    # top diplomat from", "expelled two employees of the Russian embassy"
    "ENVOY": ["ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats",
              "top diplomat", "consul", "consuls", "consul general", "consul-general",
              "high commissioner", "charge d'affaires", "chargé d'affaires", "attache",
              "attaché", "military attache", "defence attache", "defense attache",
              "diplomatic staff", "embassy staff", "diplomatic personnel", "embassy personnel",
              "embassy employees", "employees of embassy", "staff of embassy",
              "diplomatic corps", "representative", "representatives"],
    # shows of force: "staged live-fire drills around"
    "DRILLS": ["drills", "military drills", "exercises", "military exercises", "naval drills",
               "naval exercises", "war games", "live-fire drills", "live-fire exercises",
               "air drills", "combat drills", "manoeuvres", "maneuvers", "military manoeuvres"],
    # ground operations: "launched a ground offensive in"
    "OFFENSIVE": ["offensive", "ground offensive", "military offensive", "counteroffensive",
                  "counter-offensive", "ground operation", "military operation", "incursion",
                  "ground incursion", "assault", "ground assault", "operation"],
    # strikes from the air: "carried out air strikes in"
    "AIRSTRIKES": ["airstrikes", "air strikes", "an airstrike", "an air strike", "air raids",
                   "drone attack", "drone attacks", "missile attack", "missile attacks",
                   "air attack", "air attacks", "drone and missile attack",
                   "missile and drone attack", "drone and missile attacks",
                   "an air raid", "drone strikes", "a drone strike", "missile strikes",
                   "a missile strike", "bombing raids", "strikes", "a strike"],
}

CLASSES = [
    # ---------------- 09 investigate ----------------
    ("090", ["investigate", "probe", "examine", "inspect", "audit"], [
        ("* +", "090"), ("* + for corruption", "091"), ("* + for war crimes", "094"),
        ("* + over", "090"), ("* human rights abuses by +", "092"),
        ("* abuses by +", "092"), ("* war crimes by +", "094"),
        ("* war crimes in +", "094"), ("* the attack on +", "093"),
        ("* into +", "090")]),

    (None, ["open", "launch", "begin {began begun beginning}", "start", "initiate", "announce",
            "order"], [
        ("* an anti-dumping investigation into +", "090"), ("* an anti-dumping probe into +", "090"),
        ("* an anti-subsidy investigation into +", "090"), ("* an anti-subsidy probe into +", "090"),
        ("* an investigation into imports from +", "090"),
        ("* an investigation into ^ imported from +", "090"),
        ("* an anti-dumping investigation into ^ imported from +", "090"),
        ("* an anti-dumping investigation into imports from +", "090"),
        ("* an anti-dumping probe into imports from +", "090"),
        ("* a probe into ^ imported from +", "090"), ("* an inquiry into +", "090"),
        ("* an investigation against +", "090"), ("* a criminal investigation into +", "090"),
        ("* a war crimes investigation into +", "094"), ("* an audit of +", "090"),
        ("* a probe into +", "090"), ("* an investigation into +", "090")] + [
        ("* %s into %s by +" % (n, w), c) for n in ["a probe", "an investigation", "an inquiry"]
        for w, c in [("abuses", "092"), ("alleged abuses", "092"), ("human rights abuses", "092"),
                     ("rights abuses", "092"), ("war crimes", "094"), ("alleged war crimes", "094"),
                     ("killings", "092"), ("corruption", "091")]]),

    # ---------------- 10 demand ----------------
    ("100", ["demand", "insist"], [
        ("* +", "100"), ("* that +", "100"), ("* + to", "100"), ("* from +", "100"),
        ("* of +", "100"), ("* an apology from +", "100"), ("* compensation from +", "101"),
        ("* the release of +", "1053"), ("* + release", "1053"),
        # "demanded the release of its diplomats from Israel": the holder
        ("* the release of from +", "1053"), ("* the release of held by +", "1053"),
        ("* the release of held in +", "1053"), ("* the return of from +", "1053"),
        ("* the withdrawal of +", "1056"), ("* + withdraw", "1056"),
        ("* + pull out", "1056"), ("* the extradition of +", "1013"),
        ("* + extradite", "1013"), ("* an explanation from +", "100"),
        ("* talks with +", "106"), ("* the resignation of +", "1041"),
        ("* + resign", "1041"), ("* + lift sanctions", "1054"), ("* + stop", "100"),
        ("* + end", "100"), ("* + hand over", "1053"), ("* an end to +", "100")]),
    # "the court ordered Venezuela to refrain" is a demand; "ordered the
    # military to support the police" (its own forces) no event
    (None, ["order"], [
        ("* + to", "100"), ("* +", "100")] +
        [("* %s to" % own, "---") for own in [
            "the military", "the army", "the police", "security forces", "the coast guard",
            "troops", "soldiers", "officials", "ministers", "the navy", "the air force"]] + [
        ("* + to leave", "174"), ("* + to withdraw", "1056"), ("* + out", "174"),
        ("* + peacekeepers to leave", "1661"), ("* + troops to leave", "166"),
        ("* + forces to leave", "166"), ("* + inspectors to leave", "1662"),
        ("* + aid workers to leave", "1663"), ("* + diplomats to leave", "161"),
        ("* + ambassador to leave", "161"),
        ("* the expulsion of +", "174"), ("* an investigation into +", "090"),
        ("* an attack on +", "190"), ("* strikes on +", "190"), ("* troops into +", "190")]),
    (None, ["give {gave given}"], [("* + an ultimatum", "139")]),   # "gave X two vessels" is aid
    # "told Kabul to act against militants": a demand; "told reporters" no event
    # "warned Manila to stop its provocations" is a warning (130, below), as
    # in CAMEO's own verb dictionary (WARN [130])
    (None, ["tell {told told}"], [
        ("* + to %s" % v, "100") for v in ["act", "stop", "halt", "end", "leave", "change",
                                            "abandon", "cease", "rein in", "back off"]] + [
        ("* + to withdraw", "1056"), ("* + to pull out", "1056"), ("* + to release", "1053"),
        ("* + to free", "1053"), ("* + to hand over", "1053")]),

    # ---------------- 11 disapprove ----------------
    ("111", ["criticise", "criticize", "condemn", "denounce", "slam", "blast", "rebuke",
             "decry", "censure", "lambast", "lambaste", "chide", "castigate", "berate",
             "deplore", "excoriate", "assail", "scold", "reprimand", "admonish",
             ], [
        ("* +", "111"), ("* + for", "111"), ("* + over", "111"), ("* + as", "111"),
        ("* + on", "111"), ("* &ACTBY +", "111")]),
    # "charged a British national under the security law" is a legal action
    # (CAMEO 173: arrest, detain, or charge with legal action); "charged that"
    # and "charged X of" accuse
    ("173", ["charge {charged charged}"], [
        ("* +", "173"), ("* + with", "173"), ("* + over", "173"), ("* + under", "173"),
        ("* + in", "173"), ("* that +", "112"), ("* + of", "112")]),
    ("112", ["accuse", "blame", "fault"], [
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
    # "India blamed the attack on Pakistan": the act blamed is told in the
    # gap, and whom it is blamed on is accused
    (None, ["blame"], [("* on +", "112")]),
    # "China has made a stern complaint with Japan"
    (None, ["make {made made}"], [("* complaint with +", "114"), ("* complaint to +", "114"),
                                  ("* protest to +", "114"), ("* protest with +", "114"),
                                  ("* representations to +", "114")]),
    (None, ["lodge", "file", "register"], [
        ("* a protest with +", "114"), ("* a formal protest with +", "114"),
        ("* a complaint with +", "114"), ("* a complaint against +", "114"),
        ("* a diplomatic protest with +", "114"), ("* protests with +", "114"),
        ("* a lawsuit against +", "115"), ("* suit against +", "115"),
        ("* charges against +", "1121"), ("* a case against +", "115")]),
    ("111", ["rap {rapped rapped rapping}", "chastise", "upbraid", "vilify", "disparage",
             "ridicule", "insult", "mock"], [
        ("* +", "111"), ("* + for", "111"), ("* + over", "111")]),
    # "ramped up pressure on": as "stepped up pressure on"
    (None, ["ramp_up", "ratchet_up", "crank_up", "turn_up", "pile_on", "pile", "heap", "mount",
            "increase", "ramp", "ratchet"], [
        ("* pressure on +", "130"), ("* the heat on +", "130"), ("* up pressure on +", "130"),
        ("* up the heat on +", "130"), ("* pressure on + with sanctions", "163"),
        ("* pressure on + with tariffs", "163"), ("* pressure on + with drills", "150"),
        ("* pressure on + with military drills", "150"), ("* up pressure on + with sanctions", "163")]),
    (None, ["vow", "pledge", "promise", "threaten"], [
        ("* to punish +", "130"), ("* to crush +", "138"), ("* to destroy +", "138"),
        ("* to eliminate +", "138"), ("* to wipe out +", "138"), ("* to defeat +", "138"),
        ("* to retake +", "138"), ("* to invade +", "138"), ("* to stand up to +", "128"),
        ("* to resist +", "128")]),
    ("111", ["lash_out {lashed_out lashed_out lashing_out}", "hit_out {hit_out hit_out hitting_out}",
             "round_on {rounded_on rounded_on}"], [("* at +", "111"), ("* against +", "111"),
                                                    ("* +", "111")]),
    (None, ["describe", "brand", "label", "term", "denounce", "condemn", "decry", "call {called called}",
            "declare"], [
        ("* + %s %s" % (a, w), "111") for a in ["as", "as a", "as an", "a", "an"] for w in [
            "illegal", "illegitimate", "unacceptable", "provocation", "provocative",
            "threat", "aggression", "aggressor", "terrorist", "terrorists", "terrorism",
            "criminal", "criminals", "unlawful", "hostile act", "act of aggression", "act of war",
            "violation", "blackmail", "interference", "meddling", "hypocritical", "lie", "lies",
            "separatist", "separatists", "dictator", "puppet", "troublemaker", "war criminal",
            "rogue state", "irresponsible", "dangerous", "reckless", "unsafe", "unprofessional",
            "coercive", "destabilising", "destabilizing", "grave provocation"]] + [
        # "labelled Pyongyang's launch a grave provocation"
        ("* + 's ^ %s" % w, "111") for w in ["a provocation", "a threat", "unacceptable", "illegal",
                                             "unsafe", "dangerous", "reckless", "irresponsible",
                                             "provocative", "a violation"]] + [
        # "called Washington's measures an economic blockade", "criticised what
        # he called New Zealand's overreaction": a verdict, not a telephone call
        ("* + %s" % w, "111") for w in ["outrageous", "unjustified", "a mistake",
                                        "an economic blockade", "a blockade", "an insult",
                                        "overreaction", "an overreaction", "bullying",
                                        "hypocrisy", "arrogance"]] + [
        ("* + %s" % w, "012") for w in ["deeply concerning", "concerning", "worrying",
                                        "deeply worrying", "alarming", "troubling"]]),
    (None, ["take {took taken}"], [("* aim at +", "111"), ("* a swipe at +", "111"),
                                   ("* issue with +", "110"), ("* a dig at +", "111")]),
    (None, ["complain"], [("* to +", "114"), ("* about +", "111"), ("* of +", "111")]),
    # "sparred with Beijing over", "bristled at", "balked at"
    (None, ["spar {sparred sparred sparring}", "feud", "quarrel {quarrelled quarrelled quarrelling quarreled quarreling}",
            "bicker", "wrangle", "tussle", "row"], [("* with +", "110")]),
    (None, ["bristle", "fume", "chafe"], [("* at +", "110"), ("* over +", "110")]),
    (None, ["balk", "baulk"], [("* at +", "120")]),
    (None, ["punish", "penalise", "penalize"], [
        ("* + with sanctions", "163"), ("* + with tariffs", "163"), ("* + with duties", "163")]),
    (None, ["dispute", "contest", "challenge", "question"], [
        ("* + claims", "110"), ("* + claim", "110"), ("* + account", "110"),
        ("* + version", "110"), ("* + assertion", "110"), ("* + assertions", "110"),
        ("* + figures", "110"), ("* + legitimacy", "110"), ("* the legitimacy of +", "110"),
        ("* + sovereignty", "110"), ("* the sovereignty of +", "110")]),
    (None, ["issue", "deliver", "hand {handed handed}", "send {sent sent}"], [
        ("* a protest to +", "114"), ("* a formal protest to +", "114"),
        ("* a note of protest to +", "114"), ("* a demarche to +", "114"),
        ("* a warning to +", "130"), ("* a stern warning to +", "130"),
        ("* an ultimatum to +", "139"), ("* a threat to +", "130"), ("* threats against +", "130"),
        ("* a statement condemning +", "111"), ("* a statement criticising +", "111"),
        ("* a statement criticizing +", "111"), ("* a joint statement condemning +", "111"),
        ("* a statement supporting +", "051"), ("* a statement welcoming +", "051"),
        ("* an arrest warrant for +", "1121"), ("* a warrant for +", "1121"),
        ("* arrest warrants for +", "1121"), ("* a summons to +", "114")]),
    ("114", ["summon"], [
        ("* + ambassador", "114"), ("* the ambassador of +", "114"), ("* + envoy", "114"),
        ("* + diplomat", "114"), ("* +", "114")]),
    ("115", ["sue"], [("* +", "115"), ("* + over", "115"), ("* + for", "115")]),
    ("116", ["convict"], [("* +", "116")]),
    # a sentence finds guilty (116); "sentenced Dodik to one year in prison"
    # is a legal action that detains (173); "in absentia" detains no one
    ("116", ["sentence"], [("* +", "116"), ("* + in absentia", "116")] + [
        ("* + %s" % w, "173") for w in ["in prison", "in jail", "to prison", "to jail",
                                        "to life imprisonment", "to imprisonment", "behind bars",
                                        "to house arrest", "to detention", "in a penal colony",
                                        "to hard labour", "to hard labor"]]),
    # "banned him from holding political office", "barred from running":
    # a politician banned (1722)
    (None, ["ban", "bar {barred barred}", "disqualify", "block"], [
        ("* + from %s" % w, "1722") for w in [
            "holding office", "holding political office", "holding public office", "office",
            "running", "standing", "contesting", "politics", "political office", "public office",
            "the election", "the race", "the ballot", "the vote", "running for office",
            "running for president"]]),
    ("1722", ["disqualify"], [("* +", "1722")]),
    # "barred inspectors of the IAEA", "barred Myanmar's generals from summits"
    (None, ["ban", "bar {barred barred}", "block"], [
        ("* inspectors of +", "1662"), ("* + inspectors", "1662"), ("* + monitors", "1662"),
        ("* + from summits", "160"), ("* + from the summit", "160"), ("* + from meetings", "160")]),
    # "the top court certified Maduro's victory": an endorsement (051)
    (None, ["certify", "validate", "ratify", "confirm", "uphold {upheld upheld}"], [
        ("* + %s" % w, "051") for w in ["victory", "win", "re-election", "election victory",
                                        "election win", "electoral victory"]] + [
        ("* the %s of +" % w, "051") for w in ["victory", "win", "re-election", "election"]]),
    ("1121", ["indict", "prosecute", "impeach"], [("* +", "1121"), ("* + for", "1121"), ("* + over", "1121"),
                                        ("* + on charges", "1121")]),
    (None, ["file", "lodge", "launch", "bring {brought brought}", "submit", "open", "initiate",
            "take {took taken}", "start"], [
        ("* a complaint at the wto against +", "115"), ("* a complaint with the wto against +", "115"),
        ("* a diplomatic protest over +", "114"), ("* a diplomatic protest against +", "114"),
        ("* a diplomatic protest with +", "114"), ("* a protest over +", "114"),
        ("* a formal protest over +", "114"), ("* a formal complaint against +", "114"),
        ("* a complaint to the wto against +", "115"), ("* a wto complaint against +", "115"),
        ("* a case at the wto against +", "115"), ("* a wto challenge against +", "115"),
        ("* a challenge at the wto against +", "115"), ("* a wto case against +", "115"),
        ("* a complaint at the world trade organization against +", "115"),
        ("* a complaint with the world trade organization against +", "115"),
        ("* a case against + at the", "115"), ("* legal action against +", "115"),
        ("* a legal challenge against +", "115"), ("* a lawsuit against +", "115"),
        ("* proceedings against +", "115"), ("* a case against +", "115"),
        ("* + to court", "115"), ("* + to the wto", "115"),
        ("* + to the international court of justice", "115"), ("* + to the icj", "115"),
        ("* charges against +", "1121"), ("* criminal charges against +", "1121")]),
    (None, ["find {found found}"], [("* + guilty", "116")]),
    ("110", ["oppose", "disapprove", "object"], [
        ("* +", "110"), ("* to +", "110")]),
    ("130", ["caution"], [("* + against", "130"), ("* + not to", "130"), ("* + that", "130")]),
    ("130", ["warn"], [
        ("* +", "130"), ("* + against", "130"), ("* + of", "130"), ("* + not to", "130"),
        ("* + over", "130"), ("* + that", "130"), ("* + to stop", "130"), ("* + to", "130")]),

    # "Mexico regrets the withdrawal of the Peruvian ambassador" (PETRARCH: REGRET [110])
    ("110", ["regret {regretted regretted regretting}"], [("* +", "110"), ("* at +", "110"),
                                                          ("* &ACTBY +", "110")]),
    # "gave the French ambassador 48 hours to leave": an expulsion
    (None, ["give {gave given}"], [
        ("* + %s %s to leave" % (who, t), "161") for who in ["ambassador", "envoy", "diplomats",
                                                             "diplomat"]
        for t in ["hours", "days"]]),
    # "Niger's army overthrew President Bazoum" (PETRARCH: * POWER BY OVERTHROW [180])
    ("180", ["overthrow {overthrew overthrown}", "topple", "depose"], [("* +", "180")]),
    # protesters throwing things: a riot (145)
    (None, ["throw {threw thrown}", "hurl", "lob {lobbed lobbed lobbing}"], [
        ("* %s at +" % w, "145") for w in ["stones", "rocks", "bottles", "water bottles",
                                            "bricks", "petrol bombs", "molotov cocktails",
                                            "fireworks", "eggs", "objects", "projectiles"]]),
    ("170", ["chase {chased chased chasing}"], [("* +", "170"), ("* away +", "170"),
                                                ("* + away", "170")]),

    # ---------------- 12 reject ----------------
    ("120", ["reject", "rebuff", "dismiss", "spurn", "repudiate", "snub", "brush_off {brushed_off brushed_off}"], [
        ("* +", "120"), ("* + proposal", "120"), ("* + offer", "120"), ("* + plan", "120"),
        ("* + request", "120"), ("* + demand", "120"), ("* + demands", "120"),
        ("* + call", "120"), ("* + calls", "120"), ("* + claims", "120"),
        ("* + accusations", "120"), ("* + allegations", "120"), ("* + criticism", "120"),
        ("* + invitation", "125"), ("* talks with +", "125"), ("* mediation by +", "126"),
        ("* + peace plan", "127"), ("* + ceasefire proposal", "127")]),
    (None, ["overrule", "overturn", "quash", "annul", "strike_down {struck_down struck_down}"], [("* +", "120"), ("* + decision", "120"), ("* + bid", "120"),
                         ("* + request", "120"), ("* + plan", "120")]),
    (None, ["turn {turned turned}"], [("* down + offer", "120"), ("* down + request", "120"),
                                      ("* down +", "120"), ("* away +", "120")]),
    ("129", ["veto"], [("* +", "129"), ("* + resolution", "129")]),
    # "Hungary blocked accession talks with Ukraine": a veto (before the 16
    # classes, whose "halted talks with" would read it as 164)
    (None, ["block", "thwart"], [
        ("* accession talks with +", "129"), ("* membership talks with +", "129"),
        ("* the opening of accession talks with +", "129")]),
    (None, ["refuse", "decline", "block", "thwart"], [
        ("* + %s" % w, "120") for w in ["request", "demand", "demands", "offer", "proposal",
                                        "plan", "bid", "call", "calls", "appeal"]] + [
        ("* to recognise +", "120"), ("* to recognize +", "120"), ("* to negotiate with +", "125"),
        ("* to meet +", "125"), ("* to talk to +", "125")]),
    ("120", ["brush_aside {brushed_aside brushed_aside}", "shrug_off {shrugged_off shrugged_off}",
             "wave_away {waved_away waved_away}", "wave_aside {waved_aside waved_aside}"], [
        ("* +", "120"), ("* + demand", "120"), ("* + call", "120")]),
    (None, ["rule_out {ruled_out ruled_out ruling_out}"], [
        ("* ceding territory to +", "124"), ("* concessions to +", "124"),
        ("* talks with +", "125"), ("* negotiations with +", "125"), ("* a deal with +", "120"),
        ("* a meeting with +", "125"), ("* a ceasefire with +", "1246")]),
    ("128", ["defy", "flout", "violate", "breach"], [
        ("* +", "128"), ("* + rules", "---"), ("* + regulations", "---"), ("* + law", "---"), ("* + sanctions", "128"), ("* the sovereignty of +", "128"),
        ("* + sovereignty", "128"), ("* + airspace", "128"), ("* + territory", "128"),
        ("* + waters", "128"), ("* the ceasefire with +", "196")]),

    # ---------------- 13 threaten ----------------
    ("130", ["threaten", "menace", "intimidate"], [
        ("* +", "130"), ("* + with", "130"), ("* + with sanctions", "1312"),
        ("* sanctions against +", "1312"), ("* sanctions on +", "1312"),
        ("* + with tariffs", "1312"), ("* tariffs on +", "1312"),
        ("* to cut ties with +", "1313"), ("* to sever ties with +", "1313"),
        ("* to cut aid to +", "1311"),
        # "threatened to impose (new) sanctions / tariffs on", "to slap sanctions on"
        ("* to impose sanctions on +", "1312"), ("* to impose new sanctions on +", "1312"),
        ("* to impose sanctions against +", "1312"), ("* to impose tariffs on +", "1312"),
        ("* to slap sanctions on +", "1312"), ("* to slap tariffs on +", "1312"),
        ("* + with military action", "138"),
        ("* military action against +", "138"), ("* + with war", "138"),
        ("* war with +", "138"), ("* to invade +", "138"), ("* to attack +", "138"),
        ("* to strike +", "138"), ("* + with force", "138"), ("* force against +", "138"),
        ("* + with nuclear weapons", "1384"), ("* to use nuclear weapons against +", "1384"),
        ("* retaliation against +", "138"), ("* to retaliate against +", "130"),
        ("* to expel +", "136"), ("* to boycott +", "133"),
        # "threatens 'overwhelming' response to US-South Korea drills"
        ("* response to +", "138"), ("* a military response to +", "138"),
        ("* to use force against +", "138"), ("* to use military force against +", "138")]),

    # measures taken, adopted or announced are imposed (163: trade retaliation);
    # vowed or promised they are a threat
    (None, ["take {took taken}", "adopt", "impose", "announce", "unveil", "introduce"], [
        ("* %s %s +" % (m, p), "163") for m in ["countermeasures", "retaliatory measures",
                                               "reciprocal measures", "counter-measures"]
        for p in ["against", "on"]]),
    (None, ["take {took taken}", "adopt", "impose", "announce", "vow", "promise", "pledge"], [
        ("* countermeasures against +", "130"), ("* retaliatory measures against +", "130"),
        ("* reciprocal measures against +", "130"),
        ("* retaliation against +", "130"), ("* revenge against +", "130"),
        ("* revenge on +", "130"), ("* to retaliate against +", "130"),
        ("* a response to +", "130"), ("* a tough response to +", "130"),
        ("* a strong response to +", "130")]),
    (None, ["hit_back {hit_back hit_back hitting_back}", "retaliate", "respond", "strike_back {struck_back struck_back}"], [
        ("* at +", "130"), ("* with airstrikes on +", "195"), ("* with air strikes on +", "195"),
        ("* with airstrikes against +", "195"), ("* with strikes on +", "190"),
        ("* with rocket fire on +", "190"), ("* with artillery fire on +", "194"),
        ("* by shelling +", "194"), ("* by bombing +", "195"), ("* with an attack on +", "190"),
        ("* with attacks on +", "190"), ("* by firing rockets at +", "190"),
        ("* by attacking +", "190"), ("* with tariffs on +", "163"),
        ("* with sanctions on +", "163"), ("* by expelling +", "174")]),

    # ---------------- 14 protest ----------------
    # "China protested Japan's decision" is an official complaint (114);
    # "protested against the government" a protest (14)
    ("140", ["protest"], [("* against +", "140"), ("* +", "114"), ("* outside +", "141"),
                          ("* at +", "141"), ("* to +", "114"), ("* + decision", "111"),
                          ("* + move", "111"), ("* + plan", "111")]),
    ("141", ["picket"], [("* +", "141"), ("* outside +", "141")]),
    ("141", ["demonstrate", "march"], [
        ("* against +", "141"), ("* outside +", "141"), ("* towards +", "141"),
        ("* toward +", "141"), ("* on +", "141"), ("* to +", "141"), ("* in support of +", "051"),
                                     ("* in front of +", "141")]),
    (None, ["stage", "hold {held held}", "organise", "organize"], [
        ("* a protest against +", "141"), ("* protests against +", "141"),
        ("* a demonstration against +", "141"), ("* demonstrations against +", "141"),
        ("* a rally against +", "141"), ("* rallies against +", "141"),
        ("* a protest outside +", "141"), ("* a sit-in at +", "141"),
        ("* a hunger strike", "142"), ("* a strike against +", "143")]),
    ("143", ["boycott"], [("* +", "143")]),
    (None, ["set {set set setting}"], [("* fire to +", "1712"), ("* + on fire", "1712"),
                                      ("* + ablaze", "1712"), ("* alight +", "1712")]),
    ("1712", ["torch", "burn_down {burned_down burned_down}", "ransack", "loot", "vandalise",
              "vandalize"], [("* +", "1712")]),
    (None, ["burn {burned burnt}"], [("* + flag", "1712"), ("* + embassy", "1712"),
                                    ("* down +", "1712")]),
    ("144", ["obstruct"], [("* +", "144")]),
    ("145", ["riot"], [("* against +", "145")]),
    (None, ["rally", "protest", "demonstrate", "march"], [
        ("* outside +", "141"), ("* in front of +", "141"), ("* near +", "141")]),
    (None, ["take {took taken}"], [
        ("* to the streets %s +" % w, "141") for w in [
            "against", "to demand", "demanding", "to protest against", "to protest",
            "in protest against", "to denounce", "to call for", "calling for", "to oppose"]]),
    (None, ["go {went gone}", "stay {stayed stayed}", "remain"], [
        ("* on strike against +", "143"), ("* on strike to protest +", "143"),
        ("* on hunger strike against +", "142"), ("* on hunger strike to protest +", "142"),
        ("* on a general strike against +", "143")]),
    (None, ["storm", "besiege", "ransack", "attack"], [
        ("* + embassy", "145"), ("* + consulate", "145")]),

    # ---------------- 15 force posture ----------------
    (None, ["mass", "amass", "mobilise", "mobilize", "station", "build_up {built_up built_up}",
            "move", "deploy", "send {sent sent}", "rush {rushed rushed}", "position",
            "concentrate", "pour", "bring {brought brought}", "reinforce", "order"], [
        ("* &TROOPS %s %s with +" % (p, b), "154")
        for p in ["on", "along", "to", "near", "at", "toward", "towards", "close to"]
        for b in ["border", "frontier"]]),
    (None, ["stage", "hold {held held}", "conduct", "launch", "begin {began begun beginning}",
            "start", "carry_out {carried_out carried_out}"], [
        ("* &DRILLS %s +" % p, "150") for p in [
            "near", "around", "off", "close to", "encircling", "surrounding", "off the coast of",
            "simulating an attack on", "simulating a blockade of", "aimed at", "targeting"]]),
    (None, ["scramble"], [("* &WARCRAFT to intercept +", "150"), ("* &WARCRAFT to track +", "150"),
                           ("* &WARCRAFT after +", "150"), ("* &WARCRAFT against +", "150"),
                           ("* &WARCRAFT to monitor +", "150")]),
    (None, ["mass", "amass", "mobilise", "mobilize", "station", "build_up {built_up built_up}"], [
        ("* troops on the border with +", "154"), ("* troops near +", "154"),
        ("* troops along +", "154"), ("* troops at +", "154"), ("* forces near +", "154"),
        ("* troops on + border", "154"), ("* troops against +", "154"),
        ("* troops in +", "154"), ("* forces on the border with +", "154")]),
    (None, ["fly {flew flown}", "sail", "send {sent sent}", "dispatch", "deploy"], [
        ("* &WARCRAFT %s +" % prep, "150")
        for prep in ["near", "into", "toward", "towards", "around", "over", "through", "off",
                     "to shadow", "to monitor", "to track", "to tail"]]),
    (None, ["raise", "heighten", "put {put put putting}"], [
        ("* alert level", "152"), ("* troops on alert", "152"), ("* forces on alert", "152"),
        ("* military alert", "152"), ("* police on alert", "151")]),
    (None, ["test-fire {test-fired test-fired}", "test"], [
        ("* missiles near +", "150"), ("* a missile over +", "150"),
        ("* missiles toward +", "150")]),

    # ---------------- 16 reduce relations ----------------
    (None, ["cut {cut cut cutting}", "sever", "break {broke broken}", "suspend", "downgrade",
            "freeze {froze frozen}", "end", "halt", "terminate", "scale_back {scaled_back scaled_back}", "stop",
            "withhold {withheld withheld}", "cut_off {cut_off cut_off cutting_off}", "block",
            "pause", "slash"], [
        ("* ties with +", "161"), ("* relations with +", "161"),
        # "decided to break all political and diplomatic relations with"
        ("* all relations with +", "161"), ("* all ties with +", "161"),
        ("* all diplomatic relations with +", "161"), ("* all diplomatic ties with +", "161"),
        ("* political and diplomatic relations with +", "161"),
        ("* diplomatic and political relations with +", "161"),
        ("* diplomatic and consular relations with +", "161"),
        ("* diplomatic ties with +", "161"), ("* diplomatic relations with +", "161"),
        ("* off diplomatic ties with +", "161"), ("* off relations with +", "161"),
        ("* contacts with +", "160"), ("* cooperation with +", "160"),
        ("* military cooperation with +", "160"), ("* trade with +", "163"),
        ("* its military cooperation with +", "160"),
        # "suspended its participation in the New START treaty with the United States"
        ("* its participation in treaty with +", "160"),
        ("* its participation in agreement with +", "160"),
        ("* aid to +", "162"), ("* assistance to +", "162"),
        ("* economic aid to +", "1621"), ("* military aid to +", "1622"),
        ("* humanitarian aid to +", "1623"), ("* funding to +", "1621"),
        ("* flights to +", "163"), ("* imports from +", "163"), ("* exports to +", "163"),
        ("* talks with +", "164"), ("* negotiations with +", "164"),
        ("* off talks with +", "164"), ("* off negotiations with +", "164"),
        ("* talks on joining +", "164"), ("* negotiations on joining +", "164"),
        ("* accession talks with +", "164"), ("* membership talks with +", "164"),
        ("* partnership with +", "160"), ("* strategic partnership with +", "160"),
        ("* its partnership with +", "160"), ("* security partnership with +", "160"),
        ("* mediation between +", "165"), ("* its mediation", "165"),
        ("* the membership of +", "160"), ("* + membership", "160"),
        ("* lending to +", "1621"), ("* loans to +", "1621"), ("* funding for +", "1621"),
        ("* financing for +", "1621"), ("* aid for +", "162"), ("* assistance for +", "162"),
        ("* agreement with +", "160"), ("* agreements with +", "160"), ("* treaty with +", "160"),
        ("* pact with +", "160"), ("* deal with +", "160")] + [
        # "cut off gas supplies to": "supplies" is no verb here
        ("* %s to +" % w, "163") for w in ["gas supplies", "oil supplies", "energy supplies",
                                          "supplies", "gas", "oil", "electricity", "power"]]),
    (None, ["slam", "crash", "smash"], [("* into +", "195")]),   # "missiles slammed into"
    (None, ["restrict", "limit", "curb", "block", "halt", "stop", "ban", "suspend", "tighten",
            "cut {cut cut cutting}", "cap", "bar {barred barred}"], [
        ("* exports of to +", "163"), ("* exports to +", "163"), ("* imports from +", "163"),
        ("* imports of from +", "163"), ("* sales of to +", "163"), ("* shipments of to +", "163"),
        ("* shipments to +", "163"), ("* investment from +", "163"),
        ("* investments from +", "163"), ("* access to +", "163"),
        ("* controls on exports to +", "163"), ("* rules on exports to +", "163"),
        ("* imports of +", "163"), ("* entry to +", "163"), ("* flights from +", "163")]),
    (None, ["revoke", "cancel", "scrap", "abrogate", "tear_up {tore_up torn_up}", "renounce"], [
        ("* agreements with +", "160"), ("* its agreements with +", "160"),
        ("* military agreements with +", "160"), ("* its military agreements with +", "160"),
        ("* defence agreements with +", "160"), ("* defense agreements with +", "160"),
        ("* the agreement with +", "160"), ("* its agreement with +", "160"),
        ("* the deal with +", "160"), ("* its deal with +", "160"),
        ("* the treaty with +", "160"), ("* its treaty with +", "160"),
        ("* cooperation with +", "160"), ("* recognition of +", "161"),
        ("* its recognition of +", "161")]),
    # "ordered the closure of Ethiopian consulates"
    (None, ["order", "announce", "demand"], [
        ("* the closure of + %s" % w, "161") for w in ["embassy", "embassies", "consulate",
                                                       "consulates", "mission"]] + [
        ("* the closure of the %s of +" % w, "161") for w in ["embassy", "consulate", "mission"]]),
    # "declared the Mexican ambassador persona non grata"
    (None, ["declare", "name", "make {made made}"], [
        ("* + persona non grata", "161"), ("* + a persona non grata", "161"),
        ("* + personae non gratae", "161")]),
    # "recalling an earlier resolution" is no recall of an envoy: patterns only
    (None, ["recall"], [
        ("* its ambassador from +", "161"), ("* its ambassador to +", "161"),
        ("* ambassador to +", "161"), ("* ambassador from +", "161"), ("* + ambassador", "161"),
        ("* envoy to +", "161"), ("* envoy from +", "161"), ("* + envoy", "161"),
        ("* + diplomats", "161"), ("* ambassadors from +", "161"), ("* envoys from +", "161"),
        ("* the ambassador from +", "161"), ("* its envoy from +", "161"),
        ("* diplomats from +", "161")]),
    (None, ["close", "shut {shut shut shutting}", "shut_down {shut_down shut_down shutting_down}"], [
                       ("* its embassy in +", "161"), ("* embassy in +", "161"),
                       ("* + embassy", "161"), ("* + consulate", "161"), ("* + consulates", "161"),
                       ("* the border with +", "163"), ("* its border with +", "163"),
                       ("* its airspace to +", "163"), ("* ports to +", "163")]),
    (None, ["impose", "slap {slapped slapped}", "levy", "announce", "adopt", "approve",
            "introduce", "tighten", "expand"], [
        ("* sanctions on +", "163"), ("* sanctions against +", "163"), ("* + sanctions", "163"),
        ("* new sanctions on +", "163"), ("* tariffs on +", "163"), ("* duties on +", "163"),
        ("* an embargo on +", "163"), ("* an arms embargo on +", "163"),
        ("* a ban on imports from +", "163"), ("* a travel ban on +", "172"), ("* travel bans on +", "172"),
        ("* entry bans on +", "172"), ("* an entry ban on +", "172"), ("* visa bans on +", "172"),
        ("* a visa ban on +", "172"), ("* travel bans against +", "172"),
        ("* entry bans against +", "172"),
        ("* restrictions on +", "172"), ("* curbs on +", "163"),
        ("* export controls on +", "163"), ("* a blockade on +", "191"),
        ("* a no-fly zone over +", "191"), ("* a curfew on +", "1723"),
        ("* martial law in +", "1724"), ("* a state of emergency in +", "1724")] + [
        # "imposed export controls on rare earths bound for the United States"
        ("* export controls on bound for +", "163"), ("* restrictions on bound for +", "163"),
        ("* curbs on exports to +", "163"), ("* controls on exports to +", "163")] + [
        ("* a %s of %s %s +" % (q, w, p), "163") for q in SANCTION_BATCHES
        for w in ["sanctions", "tariffs", "duties", "restrictions"] for p in ["on", "against"]] + [
        # "duties of up to 37.6% on electric cars made in China"
        ("* %s %s" % (n, rest), "163") for n in ["tariffs", "duties", "levies", "anti-dumping duties"]
        for rest in ["on made in +", "on from +", "on imported from +", "of up to on +",
                     "of up to on made in +", "of up to on from +", "of up to on imported from +"]]),
    ("163", ["sanction", "embargo", "blacklist"], [("* +", "163"), ("* + over", "163")]),
    ("163", ["ban"], [("* imports from +", "163"), ("* exports to +", "163"),
                     ("* flights to +", "163"), ("* flights from +", "163"),
                     ("* + from", "172"), ("* travel to +", "163")]),
    (None, ["expel {expelled expelled expelling}", "kick_out {kicked_out kicked_out}", "oust"], [
        ("* + diplomats", "161"), ("* + ambassador", "161"), ("* diplomats from +", "161"),
        ("* the ambassador of +", "161"), ("* + envoy", "161"),
        ("* aid workers from +", "1663"), ("* peacekeepers from +", "1661"),
        ("* inspectors from +", "1662"), ("* + inspectors", "1662"),
        ("* + monitors", "1662"), ("* + population", "201"), ("* + journalists", "174"), ("* +", "174"),
        ("* + staff", "161"), ("* + embassy staff", "161"), ("* + diplomatic staff", "161")]),

    # ---------------- 17 coerce ----------------
    ("171", ["seize", "confiscate", "impound", "capture", "commandeer"], [
        ("* +", "171"), ("* + ship", "1711"), ("* + vessel", "1711"), ("* + assets", "1711"),
        ("* + property", "1711"), ("* + tanker", "1711"), ("* control of +", "192")]),
    ("1712", ["destroy", "demolish", "raze", "bulldoze"], [("* +", "1712")]),
    # freezing assets is a sanction (PETRARCH: FREEZE * ASSET [163]), not a seizure
    (None, ["freeze {froze frozen}"], [("* + assets", "163"), ("* the assets of +", "163"),
                                       ("* assets of +", "163"), ("* + funds", "163"),
                                       ("* the bank accounts of +", "163")]),
    ("173", ["arrest", "detain", "jail", "imprison", "apprehend", "nab {nabbed nabbed}",
             "round_up {rounded_up rounded_up}", "lock_up {locked_up locked_up}"], [
        ("* +", "173"), ("* + on", "173"), ("* + for", "173")]),
    ("174", ["deport", "banish", "exile"], [
        ("* +", "174"), ("* + to", "174"), ("* migrants to +", "174"),
        ("* refugees to +", "174"), ("* people to +", "174"), ("* nationals to +", "174"),
        ("* citizens to +", "174")]),
    (None, ["fire", "use {used used}", "lob {lobbed lobbed}", "throw {threw thrown}", "spray",
            "deploy", "turn {turned turned}"], [
        ("* &RIOTGEAR %s %s" % (prep, crowd), "175")
        for prep in ["at", "on", "against"] for crowd in CROWD] + [
        ("* tear gas to disperse +", "175"), ("* force to disperse +", "175")]),
    # "police fired tear gas in Dhaka as protesters tried to": riot gear with no
    # one named after "at": the target is found as for any act without one
    (None, ["fire", "use {used used}", "lob {lobbed lobbed}", "spray"], [
        ("* %s" % g, "175") for g in ["tear gas", "water cannon", "water cannons", "rubber bullets",
                                       "stun grenades", "sound grenades", "pepper spray"]]),
    ("175", ["disperse", "tear-gas {tear-gassed tear-gassed tear-gassing}", "teargas {teargassed teargassed teargassing}",
             "beat_back {beat_back beaten_back}"], [("* +", "175")]),
    ("175", ["crack_down {cracked_down cracked_down cracking_down}", "repress", "suppress",
             "quell", "crush"], [("* on +", "175"), ("* +", "175")]),
    (None, ["hack", "breach"], [("* + networks", "170"), ("* + systems", "170")]),
    ("172", ["censor", "outlaw", "dissolve"], [("* +", "172")]),
    ("170", ["harass", "coerce"], [("* +", "170")]),

    # ---------------- 18 assault ----------------
    ("181", ["abduct", "kidnap {kidnapped kidnapped kidnapping}", "snatch", "hijack"], [
        ("* +", "181"), ("* + from", "181")]),
    (None, ["take {took taken}", "hold {held held}"], [
        ("* + hostage", "181"), ("* + captive", "181"), ("* + prisoner", "181"),
        ("* control of +", "192")]),
    ("1822", ["torture"], [("* +", "1822")]),
    ("182", ["beat {beat beaten}", "assault", "beat_up {beat_up beaten_up}"], [("* +", "182")]),
    # "police pushed him to the ground" (not "pushed Iran to negotiate", 020)
    (None, ["push {pushed pushed}", "shove", "throw {threw thrown}", "knock"], [
        ("* + to the ground", "182"), ("* + down", "182")]),
    ("186", ["assassinate"], [("* +", "186")]),
    (None, ["try {tried tried}", "attempt", "plot"], [
        ("* to kill +", "185"), ("* to assassinate +", "185"), ("* to murder +", "185")]),
    ("1823", ["murder", "execute", "behead", "lynch"], [("* +", "1823")]),

    # ---------------- 19 fight ----------------
    # "Trump attacked South Africa over its treatment of white farmers": words
    (None, ["attack"], [("* + over", "111")]),
    ("190", ["attack", "strike {struck struck}", "hit {hit hit hitting}", "raid", "ambush",
             "ram {rammed rammed ramming}",
             "storm", "pound"], [
        ("* +", "190"), ("* + in", "190"), ("* + positions", "190"),
        ("* + over the weekend", "190"), ("* + over night", "190"), ("* + over the past", "190"),
        ("* + targets", "190"), ("* + forces", "190"), ("* + troops", "190")] + [
        # "hits Iran with fresh sanctions" is no attack
        ("* + with %s" % w, "163") for w in [
            "sanctions", "tariffs", "duties", "export controls", "travel bans", "visa bans",
            "an arms embargo", "an embargo", "asset freezes", "penalties", "restrictions"]] + [
        # "hit Russia with a new package of sanctions"
        ("* + with %s of %s" % (q, w), "163") for q in SANCTION_BATCHES
        for w in ["sanctions", "tariffs", "duties", "penalties", "restrictions"]]),
    # "retaliated against Israel": force; against tariffs a sanction (verbs_news.py);
    # "retaliate" alone codes nothing
    (None, ["retaliate"], [("* against +", "190")]),
    ("190", ["repel {repelled repelled repelling}", "repulse"], [("* +", "190"),
                                                                 ("* + attack", "190")]),
    ("190", ["fight {fought fought}", "battle", "combat", "wage {waged waged}"], [
        ("* +", "190"), ("* against +", "190"), ("* war on +", "190"),
        ("* war against +", "190"), ("* with +", "193")]),
    ("193", ["clash", "skirmish"], [
        ("* with +", "193"), ("* fire with +", "193"), ("* gunfire with +", "193")]),
    # "exchanged fire" fights, "exchanged prisoners" releases: no default
    (None, ["exchange"], [
        ("* with +", "193"), ("* fire with +", "193"), ("* gunfire with +", "193"),
        ("* fire", "193"), ("* gunfire", "193"), ("* artillery fire", "193"), ("* shots", "193"),
        ("* rocket fire", "193"), ("* blows", "193"), ("* prisoners", "0841"),
        ("* prisoners of war", "0841"), ("* detainees", "0841"), ("* bodies", "0841"),
        ("* views", "040"), ("* messages", "040"), ("* letters", "040"),
        ("* ambassadors", "054")]),
    ("194", ["shell", "bombard", "pound"], [("* +", "194"), ("* + positions", "194")]),
    ("195", ["bomb", "airstrike", "strafe", "drone"], [("* +", "195"), ("* + positions", "195")]),
    (None, ["fire", "launch", "lob {lobbed lobbed}"], [
        ("* missiles at +", "195"), ("* missiles into +", "195"), ("* rockets at +", "195"),
        ("* rockets into +", "195"), ("* drones at +", "195"), ("* shells at +", "194"),
        ("* artillery at +", "194"), ("* on +", "190"), ("* at +", "190"),
        ("* a missile at +", "195"), ("* a rocket at +", "195"), ("* mortars at +", "194"),
        ("* drones into +", "195"), ("* a drone at +", "195"), ("* ballistic missiles at +", "195"),
        ("* mortar rounds at +", "194"), ("* artillery shells at +", "194"), ("* shells into +", "194"),
        ("* missiles toward +", "150"), ("* missiles over +", "150"),
        ("* a missile over +", "150"), ("* into + airspace", "150")]),
    (None, ["shoot_down {shot_down shot_down shooting_down}", "intercept", "down"], [
        ("* + &AIRCRAFT", "190")]),
    (None, ["shoot {shot shot}"], [
        ("* down + &AIRCRAFT", "190"), ("* + soldiers", "190"), ("* dead +", "190"),
        ("* + dead", "190"), ("* and killed +", "190"), ("* at +", "190")]),
    (None, ["retake {retook retaken}", "recapture", "reclaim", "wrest"], [
        ("* from +", "190"), ("* control from +", "190")]),
    (None, ["push {pushed pushed}", "drive {drove driven}", "force"], [
        ("* + out of", "190"), ("* back +", "190"), ("* + back from", "190")]),
    ("192", ["invade", "occupy", "annex", "overrun"], [("* +", "192"), ("* parts of +", "192")]),
    ("191", ["blockade", "besiege", "encircle"], [("* +", "191")]),
    ("196", ["violate"], [("* the ceasefire", "196"), ("* the truce", "196")]),
    (None, ["violate", "break {broke broken}", "breach"], [
        ("* the %s with +" % w, "196") for w in ["ceasefire", "truce", "cease-fire", "armistice"]]),
    (None, ["launch", "begin {began begun beginning}", "start", "mount", "stage",
            "carry_out {carried_out carried_out}", "conduct", "unleash",
            "step_up {stepped_up stepped_up stepping_up}", "expand", "widen"], [
        ("* &OFFENSIVE %s +" % p, "190") for p in ["in", "against", "on", "into", "inside"]] + [
        ("* &AIRSTRIKES %s +" % p, "195") for p in ["in", "against", "on", "inside", "across"]]),
    ("190", ["pummel {pummelled pummelled pummelling pummeled pummeling}", "batter", "hammer",
             "blitz"], [
        ("* +", "190"), ("* + with missiles", "195"), ("* + with drones", "195"),
        ("* + with missiles and drones", "195"), ("* + with drones and missiles", "195"),
        ("* + with airstrikes", "195"), ("* + with artillery", "194"), ("* + with shells", "194")]),
    ("190", ["kill {killed killed}", "slay {slew slain}"], [
        ("* + soldiers", "190"), ("* + troops", "190"), ("* + civilians", "190"),
        ("* + fighters", "190"), ("* + police", "190")]),

    (None, ["target"], [   # "sanctions targeting officials": only an actor right after
        ("* +", "190"), ("* + in", "190"), ("* + positions", "190"),
        ("* + with airstrikes", "195"), ("* + with air strikes", "195"), ("* + with missiles", "195"),
        ("* + with drones", "195"), ("* + with artillery", "194"), ("* + with sanctions", "163"),
        ("* + with tariffs", "163"), ("* + exports", "163"), ("* + imports", "163")]),

    # ---------------- 20 mass violence ----------------
    ("202", ["massacre", "slaughter", "exterminate"], [("* +", "202")]),
    (None, ["use {used used}", "deploy"], [
        ("* chemical weapons against +", "2041"), ("* chemical weapons on +", "2041"),
        ("* nuclear weapons against +", "2042"), ("* biological weapons against +", "2041")]),
    (None, ["commit {committed committed committing}", "carry_out {carried_out carried_out}",
            "perpetrate"], [
        ("* a suicide bombing against +", "1831"), ("* a suicide attack on +", "1831"),
        ("* a suicide bombing in +", "1831"), ("* a car bombing against +", "1832"),
        ("* a car bomb attack on +", "1832"), ("* a roadside bombing against +", "1833"),
        ("* a bombing against +", "183"),
        ("* genocide against +", "202"), ("* ethnic cleansing against +", "203"),
        ("* ethnic cleansing of +", "203"), ("* massacres of +", "202"),
        ("* war crimes against +", "200"), ("* atrocities against +", "200"),
        ("* a chemical attack on +", "2041"), ("* mass killings of +", "202"),
        ("* a massacre of +", "202"), ("* a suicide bombing at +", "1831"),
        ("* a suicide attack at +", "1831"), ("* a suicide attack against +", "1831"),
        ("* a car bombing at +", "1832"), ("* a car bomb attack at +", "1832")]),
    (None, ["carry_out {carried_out carried_out}", "order"], [
        ("* the mass expulsion of +", "201"), ("* mass expulsions of +", "201")]),

    # ---------------- second phrasebook batch (tests/phrases, q items) ----------------
    # 09: "looked into reports of", "probing allegations against"
    ("090", ["look_into {looked_into looked_into looking_into}"], [("* +", "090")]),
    (None, ["investigate", "probe", "examine", "look_into {looked_into looked_into looking_into}"], [
        ("* allegations against +", "090"), ("* claims against +", "090"),
        ("* reports of abuses by +", "092"), ("* allegations of abuses by +", "092")]),
    # 12: what is refused ("refused to hold direct talks with", "refused to hand over")
    (None, ["refuse", "decline"], [
        ("* %s +" % w, c) for w, c in [
            ("to hold talks with", "125"), ("talks with", "125"), ("to talk with", "125"),
            ("to engage with", "125"), ("dialogue with", "125"), ("to let", "1245"),
            ("to allow", "1245"), ("to admit", "1245"), ("to hand over", "1243"),
            ("to release", "1243"), ("to free", "1243"), ("to return", "1243"),
            ("to extradite", "1211"), ("to withdraw from", "1246"), ("to pull out of", "1246"),
            ("to lift sanctions on", "1244")]]),
    (None, ["block", "thwart"], [
        ("* + accession", "129"), ("* + membership", "129"), ("* + bid to join", "129")]),
    # walking out of talks halts them (PETRARCH: WALK OUT [164]); boycotting a meeting is 125
    (None, ["walk_out {walked_out walked_out walking_out}", "storm_out {stormed_out stormed_out}"], [
        ("* of talks with +", "164"), ("* of negotiations with +", "164"),
        ("* of the talks with +", "164"), ("* of a meeting with +", "125"),
        ("* of talks", "164"), ("* of negotiations", "164")]),
    ("143", ["boycott"], [
        ("* ^ summit in +", "125"), ("* summit in +", "125"), ("* summit hosted by +", "125"),
        ("* ^ summit hosted by +", "125"), ("* + summit", "125"), ("* meeting in +", "125"),
        ("* + meeting", "125"), ("* talks with +", "125"), ("* + talks", "125")]),
    # 14: "marched through Tbilisi to protest against", "went on strike over"
    (None, ["rally", "protest", "demonstrate", "march", "gather", "take {took taken}"], [
        ("* %s %s +" % (why, p), "141") for why in ["to protest", "in protest", "to demonstrate"]
        for p in ["against", "at", "over"]] + [
        ("* %s ^ to protest %s +" % (where, p), "141") for where in ["through", "in"]
        for p in ["against", "at"]]),
    (None, ["go {went gone}", "stay {stayed stayed}", "remain"], [
        ("* on strike over +", "143"), ("* on strike in protest at +", "143"),
        ("* on strike in protest against +", "143"), ("* on a general strike over +", "143")]),
    (None, ["walk_off {walked_off walked_off walking_off}", "down_tools {downed_tools downed_tools}"], [
        ("* the job in protest at +", "143"), ("* the job in protest against +", "143"),
        ("* the job over +", "143"), ("* in protest at +", "143"), ("* in protest against +", "143")]),
    (None, ["block", "barricade", "blockade"], [
        ("* roads in protest against +", "144"), ("* in protest against +", "144"),
        ("* in protest at +", "144"), ("* roads to protest against +", "144")]),
    # 15: alerts, call-ups, reinforced borders, shows of force
    (None, ["raise", "heighten", "put {put put putting}", "place"], [
        ("* on %s" % a, "152") for a in ["high alert", "combat readiness", "combat alert",
                                          "full alert", "maximum alert", "alert",
                                          "a war footing", "war footing"]] + [
        ("* on %s %s +" % (a, p), "152") for a in ["high alert", "combat readiness", "alert",
                                                    "combat alert"]
        for p in ["along the border with", "on the border with", "after", "over"]] + [
        # "placed its air force on high alert after India's strikes": "its air force"
        # is read as an actor, so the pattern spells it
        ("* its %s on %s %s +" % (f, a, p), "152")
        for f in ["military", "army", "air force", "navy", "forces", "troops"]
        for a in ["high alert", "alert", "combat readiness"]
        for p in ["after", "over", "along the border with", "on the border with"]]),
    (None, ["call_up {called_up called_up calling_up}", "mobilise", "mobilize"], [
        ("* reservists", "154"), ("* reserves", "154"), ("* reservists amid tensions with +", "154"),
        ("* reservists ahead of offensive in +", "154"), ("* reservists for offensive in +", "154"),
        ("* reservists ahead of offensive against +", "154")] + [
        ("* reservists %s &OFFENSIVE %s +" % (w, p), "154") for w in ["ahead of", "for"]
        for p in ["in", "against"]] + [
        # "mobilised tens of thousands of reservists ahead of an offensive in Gaza"
        ("* thousands of reservists %s &OFFENSIVE %s +" % (w, p), "154") for w in ["ahead of", "for"]
        for p in ["in", "against"]]),
    (None, ["reinforce", "fortify", "bolster", "beef_up {beefed_up beefed_up}", "militarise",
            "militarize"], [
        ("* its border with +", "154"), ("* the border with +", "154"),
        ("* its frontier with +", "154"), ("* defences on the border with +", "154"),
        ("* defenses on the border with +", "154")]),
    ("191", ["blockade", "besiege", "encircle"], [
        ("* + in &DRILLS", "150"), ("* + during &DRILLS", "150")]),
    # 16: what is expelled says what relation is cut
    (None, ["expel {expelled expelled expelling}", "kick_out {kicked_out kicked_out}", "oust"], [
        ("* + diplomat", "161"), ("* + military attache", "161"), ("* + consul", "161"),
        ("* + troops", "166"), ("* + forces", "166"), ("* + soldiers", "166"),
        ("* + peacekeepers", "1661"), ("* + aid workers", "1663"),
        ("* + humanitarian official", "1663"), ("* + humanitarian officials", "1663"),
        ("* + aid officials", "1663"), ("* + aid agencies", "1663")] + [
        ("* %s of +" % n, "174") for n in ["thousands", "hundreds", "dozens", "scores"]]),
    ("174", ["deport", "banish", "exile"], [
        ("* %s of +" % n, "174") for n in ["thousands", "hundreds", "dozens", "scores"]]),
    (None, ["suspend"], [("* + from", "160")]),
    # 17: boarding a ship to seize it
    (None, ["board"], [("* + %s" % w, "171") for w in ["vessel", "boat", "ship", "tanker",
                                                        "supply boat", "fishing boat", "vessels",
                                                        "boats", "ships", "tankers"]]),
    # 18: bombs set off, leaders killed, hostages taken in numbers
    (None, ["detonate", "set_off {set_off set_off setting_off}", "plant", "explode"], [
        ("* a roadside bomb", "1833"), ("* a car bomb", "1832"), ("* a suicide vest", "1831"),
        ("* a bomb", "183"), ("* explosives", "183"), ("* a roadside bomb that killed +", "1833"),
        ("* a car bomb that killed +", "1832"), ("* a bomb that killed +", "183")]),
    (None, ["kill {killed killed}"], [
        ("* + %s" % w, "186") for w in ["commander", "leader", "chief", "senior commander",
                                        "top commander", "military chief"]]),
    (None, ["take {took taken}", "hold {held held}"], [
        ("* %s of + hostage" % n, "181") for n in ["dozens", "hundreds", "scores", "thousands"]]),
    # 19: "pushed into southern Lebanon", "seized two villages in eastern Ukraine"
    (None, ["push {pushed pushed}", "advance", "move", "roll", "pour", "cross"], [
        ("* into +", "192"), ("* deeper into +", "192"), ("* across the border into +", "192")]),
    (None, ["seize", "capture", "take {took taken}"], [
        ("* %s in +" % w, "192") for w in ["villages", "village", "towns", "town", "settlements",
                                           "territory", "the city", "positions", "more villages"]]),
    (None, ["fire", "lob {lobbed lobbed}"], [
        ("* artillery into +", "194"), ("* artillery across +", "194"), ("* shells across +", "194"),
        ("* across the border into +", "190"), ("* across the line of control into +", "194")]),
    ("190", ["rain_down {rained_down rained_down raining_down}"], [("* on +", "195")]),
    # 20: campaigns of ethnic cleansing; taking part in mass killings; chemical agents
    (None, ["commit {committed committed committing}", "carry_out {carried_out carried_out}",
            "wage {waged waged}", "conduct", "launch"], [
        ("* a campaign of ethnic cleansing against +", "203"),
        ("* a campaign of genocide against +", "202"), ("* a genocidal campaign against +", "202"),
        ("* a campaign of mass killings against +", "202")]),
    (None, ["take {took taken}", "participate", "join"], [
        ("* part in mass killings of +", "202"), ("* part in the massacre of +", "202"),
        ("* in mass killings of +", "202"), ("* part in massacres of +", "202")]),
    (None, ["use {used used}", "deploy"], [
        ("* chemical agents against +", "2041"), ("* banned chemical agents against +", "2041"),
        ("* banned chemical weapons against +", "2041"), ("* toxic gas against +", "2041"),
        ("* chemical munitions against +", "2041")]),

]
