#!/usr/bin/env python3
"""gold_score.py -- scores annalist against the hand-coded gold set in
tests/gold/ (see tests/gold/README.md for how it was made).

usage: gold_score.py ANNALIST [GOLD_DIR] [-v] [--half dev|heldout|...]
                     [--min-recall R] [--max-spurious S] [--floor-halves H,H]

For each half (each folder of GOLD_DIR: dev, heldout, heldout2, heldout3,
heldout4, heldout5, heldout6, heldout7) every NAME.txt story is coded
with `ANNALIST -q --date DATE NAME.txt` and its events compared with the
hand-written NAME.gold (lines SENT<TAB>SOURCE<TAB>TARGET<TAB>CAMEO<TAB>ANCHOR,
'# date: YYYY-MM-DD' for the story date). The ANCHOR (the first words of the
sentence) ties an event to its sentence, so a change in sentence numbering is
not an error; a dateline the cleaner removes may be missing from the event's
text.

Scoring rule: an event is the triple (source country, target country, CAMEO
root), where the "country" of a state actor code is its first three letters
and that of an IGO/NGO/... code its last three (the organisation: IGOUNO ->
UNO, IGOWSTNAT -> NAT). Within each sentence, gold and coded triples are
matched one to one (a multiset). recall = matched gold / gold events;
spurious = coded events matched to nothing / coded events (an event from a
READ MORE headline or a repeated paragraph is spurious).

Prints per story (and per sentence with -v) and per half, then the line
"GOLD recall R spurious S" for the whole set; exits 1 when R < --min-recall
or S > --max-spurious (percentages), 2 on a usage or data error. With
--floor-halves the two limits are checked on those halves only (the halves
the floor was set on; a half added later does not move it)."""
import json, os, re, subprocess, sys
from collections import Counter

NONSTATE = ("IGO", "NGO", "NGM", "IMG", "MNC", "UIS")


def country(code):
    code = code.strip().upper()
    return code[-3:] if code[:3] in NONSTATE and len(code) >= 6 else code[:3]


def norm(text):
    text = text.replace("\\n", " ")
    return " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def read_gold(path):
    date, sents = None, {}
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if line.lower().startswith("# date:"):
            date = line.split(":", 1)[1].strip()
        if line.startswith("#") or not line.strip():
            continue
        f = line.split("\t")
        if len(f) != 5 or not re.fullmatch(r"\d{2,4}", f[3]):
            sys.exit("%s:%d: want SENT SOURCE TARGET CAMEO ANCHOR" % (path, n))
        key = norm(f[4])
        s = sents.setdefault(key, {"num": int(f[0]), "anchor": f[4], "want": []})
        s["want"].append((country(f[1]), country(f[2]), f[3][:2]))
    return date, sents


def find_sentence(text, sents):
    """the gold sentence an event's text belongs to, or None"""
    t = norm(text)
    for key in sorted(sents, key=len, reverse=True):
        if t.startswith(key):
            return key
    for key in sorted(sents, key=len, reverse=True):  # dateline removed
        w = key.split()
        for k in range(1, len(w) - 2):
            if t.startswith(" ".join(w[k:])):
                return key
    return None


def score_story(exe, base, verbose):
    date, sents = read_gold(base + ".gold")
    story = norm(open(base + ".txt", encoding="utf-8").read())
    for s in sents.values():
        if norm(s["anchor"]) not in story:
            sys.exit("%s.gold: anchor not in the story: %s" % (base, s["anchor"]))
    cmd = [exe, "-q"] + (["--date", date] if date else []) + [base + ".txt"]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("%s failed (%d): %s" % (" ".join(cmd), r.returncode, r.stderr.strip()))
    got, stray = {}, []
    for line in r.stdout.splitlines():
        e = json.loads(line)
        t = (country(e["source"]["code"]), country(e["target"]["code"]), e["root"])
        key = find_sentence(e["text"], sents)
        if key is None:
            stray.append((e["sentence"], t, e["text"]))
        else:
            got.setdefault(key, []).append(t)
    gold_n = sum(len(s["want"]) for s in sents.values())
    coded_n = sum(len(v) for v in got.values()) + len(stray)
    matched = 0
    lines = []
    for key, s in sorted(sents.items(), key=lambda kv: kv[1]["num"]):
        want, have = Counter(s["want"]), Counter(got.get(key, []))
        both = want & have
        matched += sum(both.values())
        miss, extra = want - both, have - both
        if verbose and (miss or extra):
            lines.append("    s%-3d %-40s missing %s  extra %s" % (
                s["num"], s["anchor"][:40], fmt(miss), fmt(extra)))
    if verbose:
        for num, t, text in stray:
            lines.append("    s%-3d %-40s extra %s (no gold event)" % (num, text[:40], "-".join(t)))
    return gold_n, coded_n, matched, lines


def fmt(c):
    return ", ".join("-".join(t) + ("x%d" % n if n > 1 else "") for t, n in sorted(c.items())) or "-"


def pct(a, b):
    return 100.0 * a / b if b else 0.0


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    only = None
    if "--half" in args:
        i = args.index("--half")
        only = args[i + 1]
        del args[i:i + 2]
    limits = {"--min-recall": None, "--max-spurious": None}
    for opt in limits:
        if opt in args:
            i = args.index(opt)
            limits[opt] = float(args[i + 1])
            del args[i:i + 2]
    floor_halves = None
    if "--floor-halves" in args:
        i = args.index("--floor-halves")
        floor_halves = args[i + 1].split(",")
        del args[i:i + 2]
    if not args:
        sys.exit(__doc__.split("\n\n")[1])
    exe = args[0]
    root = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), "gold")
    halves = [only] if only else sorted(
        h for h in os.listdir(root) if os.path.isdir(os.path.join(root, h)))
    total, floor = [0, 0, 0], [0, 0, 0]
    for half in halves:
        folder = os.path.join(root, half)
        sums = [0, 0, 0]
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".gold"):
                continue
            g, c, m, lines = score_story(exe, os.path.join(folder, name[:-5]), verbose)
            print("  %-8s %-28s gold %3d coded %3d matched %3d  recall %5.1f%%  spurious %5.1f%%"
                  % (half, name[:-5], g, c, m, pct(m, g), pct(c - m, c)))
            for line in lines:
                print(line)
            sums = [a + b for a, b in zip(sums, (g, c, m))]
        g, c, m = sums
        print("%-8s gold %d coded %d matched %d: recall %.1f%%, spurious %.1f%%"
              % (half, g, c, m, pct(m, g), pct(c - m, c)))
        total = [a + b for a, b in zip(total, sums)]
        if floor_halves is None or half in floor_halves:
            floor = [a + b for a, b in zip(floor, sums)]
    g, c, m = total
    print("GOLD recall %.1f spurious %.1f" % (pct(m, g), pct(c - m, c)))
    g, c, m = floor
    recall, spurious = pct(m, g), pct(c - m, c)
    if floor_halves is not None:
        print("FLOOR (%s) recall %.1f spurious %.1f" % (",".join(floor_halves), recall, spurious))
    bad = ((limits["--min-recall"] is not None and recall < limits["--min-recall"]) or
           (limits["--max-spurious"] is not None and spurious > limits["--max-spurious"]))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
