#!/usr/bin/env python3
"""make_verbs.py -- writes dict/cameo.verbs, annalist's bundled verb-pattern
dictionary (TABARI format, annalist's exact-word rules: docs/dictionaries.md),
from the verb classes in tools/verbs_coop.py (CAMEO roots 01-08),
tools/verbs_conflict.py (roots 09-20), tools/verbs_news.py (light verbs,
threats, retaliation, towns taken) and tools/verbs_families.py (verb
classes crossed with classes of object nouns: stop verbs x cooperation,
aid, trade, talks and military operations; membership; ultimatums) and the
event nouns below. Written for
annalist (MIT).

    python3 tools/make_verbs.py dict/cameo.codes > dict/cameo.verbs

Each class is a CAMEO sense: a default code for "SOURCE verb TARGET" (None =
the verb alone codes nothing), the verbs that carry it (irregular or doubled
forms in braces), and the patterns every one of those verbs takes. The engine
handles the passive, negation, intent and reported speech: patterns are
written for the plain active act. A code must exist in dict/cameo.codes."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import verbs_conflict  # noqa: E402
import verbs_coop  # noqa: E402
import verbs_families  # noqa: E402
import verbs_news  # noqa: E402

CLASSES = (verbs_coop.CLASSES + verbs_conflict.CLASSES + verbs_news.CLASSES +
           verbs_families.CLASSES)
SYNSETS = dict(verbs_coop.SYNSETS, **verbs_conflict.SYNSETS, **verbs_families.SYNSETS)

# Event nouns: the source stands before them ("X's talks with Y", "X in talks
# with Y", "a Japan visit").
NOUNS = [
    ("talks", [("* with +", "046"), ("* between +", "046")]),
    ("negotiations", [("* with +", "046")]),
    ("meeting", [("* with +", "040"), ("+ *", "040")]),
    ("visit", [("* to +", "042"), ("+ *", "042"), ("* by $ to +", "042"),
               ("* to + by $", "042")]),
    ("trip", [("* to +", "042"), ("* by $ to +", "042")]),
    ("guest", [("* at +", "042"), ("* of +", "042")]),
    ("tour", [("* of +", "042")]),
    ("call", [("* with +", "041")]),
    ("summit", [("* with +", "040")]),
    ("sanctions", [("* on +", "163"), ("* against +", "163")]),
    ("attack", [("* on +", "190"), ("* against +", "190")]),
    ("attacks", [("* on +", "190"), ("* against +", "190")]),
    ("strikes", [("* on +", "190"), ("* against +", "190")]),
    ("shelling", [("* of +", "194")]),
    ("bombing", [("* of +", "195")]),
    ("bombardment", [("* of +", "194")]),
    ("offensive", [("* against +", "190"), ("* on +", "190")]),
    ("raid", [("* on +", "190")]),
    ("raids", [("* on +", "190")]),
    ("assault", [("* on +", "190")]),
    ("blockade", [("* of +", "191"), ("* on +", "191")]),
    ("siege", [("* of +", "191")]),
    ("occupation", [("* of +", "192")]),
    ("crackdown", [("* on +", "175"), ("* against +", "175")]),
    ("tariffs", [("* on +", "163"), ("* against +", "163")]),
    ("embargo", [("* on +", "163"), ("* against +", "163")]),
    ("threats", [("* against +", "130")]),
    ("warning", [("* to +", "130")]),
    ("assistance", [("* to +", "070")]),
    ("donation", [("* to +", "070")]),
    ("invasion", [("* of +", "192")]),
    # "in a show of force against Pyongyang"
    ("show", [("* of force against +", "150"), ("* of force toward +", "150"),
              ("* of force towards +", "150"), ("* of strength against +", "150")]),
    ("condemnation", [("* of +", "111")]),
    # "renewed his congratulations to", "sent congratulations to"
    ("congratulations", [("* to +", "051")]),
    # "announced the permanent withdrawal of its ambassador to Mexico": the
    # source's own envoy ("the withdrawal of the Peruvian ambassador" is not)
    ("withdrawal", [("* of its ambassador to +", "161"), ("* of its ambassador from +", "161"),
                    ("* of its envoy to +", "161"), ("* of its diplomats from +", "161")]),
    ("recall", [("* of its ambassador to +", "161"), ("* of its ambassador from +", "161"),
                ("* of its envoy to +", "161")]),
    # "announced the signing of a ceasefire agreement": an agreement signed
    ("signing", [("* of agreement", "057"), ("* of agreement with +", "057"),
                 ("* of deal", "057"), ("* of deal with +", "057"), ("* of accord", "057"),
                 ("* of treaty", "057"), ("* of treaty with +", "057")] +
     # "witnessed the signing of six documents", "of two memoranda"
     [("* of %s" % d, "057") for d in ["documents", "memoranda", "memorandums", "mous",
                                       "agreements", "deals", "accords", "memorandum", "mou",
                                       "protocol", "pact"]]),
    ("aid", [("* to +", "070")]),
]
# "prompting a sharp protest from Belgrade": the protest is Belgrade's, not an
# act of the sentence's subject (the verb PROTEST would read it so)
NOUNS += [("protest", [("* from $", "---"), ("* by $", "---")]),
          ("protests", [("* from $", "---"), ("* by $", "---")])]
# Feelings said of an actor: "said it was deeply worried about North Korea's
# missile arsenal", "upbeat about the prospects for a trade deal with India".
# Said of another's act ("alarmed by the use of force by the US", "concerned
# about the use of violence by Egyptian police", "over Seoul's decision") a
# feeling criticises it (110, as TABARI's "ALARMED BY_ +" and "CONCERNED
# ABOUT + PACT"); disappointment and dismay always do (TABARI: 110).
FEELING_ACTS = ["decision", "move", "actions", "plan", "remarks"]
NOUNS += [(a, [("* about +", "012"), ("* over +", "012"), ("* by +", "012"), ("* at +", "012")] +
           [("* %s &WHATOF +" % p, "012") for p in ["about", "over", "by", "at"]] +
           [("* %s &ACTBY +" % p, "110") for p in ["about", "over", "by", "at"]] +
           [("* %s + %s" % (p, w), "110") for p in ["about", "over", "by"]
            for w in FEELING_ACTS])
          for a in ["concerned", "worried", "troubled", "alarmed", "disturbed", "perturbed"]]
NOUNS += [(a, [("* %s +" % p, "110") for p in ["about", "over", "by", "at", "with"]] +
           [("* %s &ACTBY +" % p, "110") for p in ["about", "over", "by", "at", "with"]])
          for a in ["disappointed", "dismayed", "appalled"]]
NOUNS += [(a, [("* about +", "013"), ("* about relations with +", "013"),
               ("* about ties with +", "013"), ("* about a deal with +", "013"),
               ("* about a trade deal with +", "013")])
          for a in ["optimistic", "upbeat", "hopeful", "positive", "confident"]]
# Strikes from the air: "an Israeli airstrike on", "Russian drone strikes against".
NOUNS += verbs_news.NOUNS
NOUNS += verbs_families.NOUNS
NOUNS += [(n, [("* on +", "195"), ("* against +", "195")])
          for n in ["airstrike", "airstrikes", "air_strike", "air_strikes", "drone_strike",
                    "drone_strikes", "missile_strike", "missile_strikes"]]


# Verbs whose last consonant doubles before -ed and -ing ("banned",
# "stopping"), which the dictionary reader does not guess; British and
# American spellings both where they differ ("cancelled", "canceled").
DOUBLED = {"admit", "annul", "ban", "beg", "cap", "drop", "permit", "prod", "scrap", "slam",
           "snub", "stop", "submit", "transfer", "commit", "equip", "plan", "rebut", "regret",
           "ship", "slap", "nab", "rob", "grab", "bar", "ram", "step", "spot", "trim", "jam",
           "kidnap", "expel", "compel", "propel", "repel", "patrol", "control", "refer", "defer",
           "confer", "occur", "lob", "chop", "clip"}
BOTH = {"cancel", "channel", "signal", "label", "fuel", "level", "model", "travel", "total"}


def verb_spec(spec):
    """spec with the doubled forms of DOUBLED and BOTH verbs added in braces."""
    if "{" in spec or " " in spec or "_" in spec:
        return spec
    if spec in DOUBLED:
        d = spec + spec[-1]
        return "%s {%sed %sed %sing}" % (spec, d, d, d)
    if spec in BOTH:
        d = spec + spec[-1]
        return "%s {%sed %sed %sing %sed %sing}" % (spec, d, d, d, spec, spec)
    return spec


def verb_line(spec, code):
    return "%s [%s]" % (verb_spec(spec).upper(), code or "---")


ARTICLES = ("a", "an", "the")


def bare(patterns):
    """The patterns without the articles that stand before a written word:
    a gap of up to three words skips them anyway, so "* complaint at wto
    against +" also reads the headline "files complaint at WTO against".
    The first of two patterns that become the same is kept."""
    out, seen = [], set()
    for p, c in patterns:
        w = p.split()
        w = [x for i, x in enumerate(w)
             if not (x in ARTICLES and i + 1 < len(w) and w[i + 1] not in ("+", "$", "%", "^"))]
        q = " ".join(w)
        if q not in seen:
            seen.add(q)
            out.append((q, c))
    return out


def main():
    codes = set()
    for line in open(sys.argv[1], encoding="utf-8"):
        if line[:1].isdigit():
            codes.add(line.split("\t")[0])
    codes.add("---")   # a pattern coding nothing: it stops a shorter one ("released a report")
    out = sys.stdout
    out.write("# annalist verbs: CAMEO verb patterns, written for annalist (MIT).\n")
    out.write("# Generated by tools/make_verbs.py -- edit the script, not this file.\n")
    out.write("# Format: docs/dictionaries.md (TABARI's format; words match exactly).\n")
    out.write("# The engine handles passive voice, negation, intent and reported speech.\n")
    out.write("\n# ---- synonym sets: &NAME in a pattern matches any member ----\n")
    for name in sorted(SYNSETS):
        out.write("&%s\n" % name)
        for member in SYNSETS[name]:
            out.write("+%s\n" % member)
    n = 0
    bad = []
    root_count = {}
    # One block per verb line: the classes that share a verb (and its default
    # code) are merged, the first of two same patterns kept. The engine reads
    # at most 16 forms of a word at one place ("sent" in nine SEND blocks is
    # eighteen), so a verb split over many blocks would lose patterns.
    blocks = {}
    for default, verbs, patterns in CLASSES:
        if default and default not in codes:
            bad.append(default)
        for v in verbs:
            pats = blocks.setdefault(verb_line(v, default), [])
            have = {q for q, _ in pats}
            pats.extend((q, c) for q, c in bare(patterns) if q not in have)
    for line, pats in blocks.items():
        out.write("\n" + line + "\n")
        for p, c in pats:
            bad.extend(x for x in c.split(":") if x not in codes)
            out.write("- %s [%s]\n" % (p, c))
            n += 1
            root_count[c[:2]] = root_count.get(c[:2], 0) + 1
        if not line.endswith("[---]"):
            code = line[line.rindex("[") + 1:-1]
            root_count[code[:2]] = root_count.get(code[:2], 0)
    out.write("\n# ---- event nouns ----\n")
    for noun, patterns in NOUNS:
        out.write("~%s [---]\n" % noun.upper())
        for p, c in bare(patterns):
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
