#!/usr/bin/env python3
"""phrases_score.py -- scores annalist on the phrasebook tests/phrases/phrases.tsv
(one-sentence news items, hand-coded; see tests/phrases/README.md).

usage: phrases_score.py ANNALIST [PHRASES.tsv] [-v]
                        [--min-recall R] [--min-exact E] [--max-false F]

Every item is coded as a story of its own (one JSON line each, date
2025-06-15, all in one run of `ANNALIST -q`). An item with an event is
recalled when one of its coded events has the expected (source country,
target country, CAMEO root), countries as in gold_score.py (IGOUNO -> UNO);
it is exact when that event also has the expected full CAMEO code. A
no-event item (`-` in its code columns) is false when anything is coded.

Prints a line per root and the line "PHRASES recall R exact E false F"
(percentages of the event items, and of the no-event items for F); -v lists
every item missed or falsely coded with what annalist coded. Exits 1 when R
< --min-recall, E < --min-exact or F > --max-false; 2 on a usage or data
error."""
import json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_score import country  # noqa: E402

DATE = "2025-06-15"


def read_items(path):
    items = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) != 5 or not f[4].strip():
            sys.exit("%s:%d: want ID SOURCE TARGET CAMEO SENTENCE" % (path, n))
        none = f[1:4] == ["-", "-", "-"]
        if not none and not (f[3].isdigit() and 3 <= len(f[3]) <= 4):
            sys.exit("%s:%d: bad CAMEO code %r" % (path, n, f[3]))
        items.append({"id": f[0], "src": f[1], "tgt": f[2], "code": None if none else f[3],
                      "text": f[4]})
    if len({it["id"] for it in items}) != len(items):
        sys.exit("%s: an ID is used twice" % path)
    return items


def code_items(exe, items):
    """{id: [(source country, target country, cameo), ...]} as annalist codes them"""
    stdin = "".join(json.dumps({"id": it["id"], "date": DATE, "text": it["text"]}) + "\n"
                    for it in items)
    r = subprocess.run([exe, "-q"], input=stdin, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("%s failed (%d): %s" % (exe, r.returncode, r.stderr.strip()))
    got = {}
    for line in r.stdout.splitlines():
        e = json.loads(line)
        got.setdefault(e["story_id"], []).append(
            (country(e["source"]["code"]), country(e["target"]["code"]), e["cameo"]))
    return got


def pct(a, b):
    return 100.0 * a / b if b else 0.0


def fmt(events):
    return ", ".join("%s-%s-%s" % e for e in events) or "nothing"


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    limits = {"--min-recall": None, "--min-exact": None, "--max-false": None}
    for opt in limits:
        if opt in args:
            i = args.index(opt)
            limits[opt] = float(args[i + 1])
            del args[i:i + 2]
    if not args:
        sys.exit(__doc__.split("\n\n")[1])
    exe = args[0]
    path = args[1] if len(args) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "phrases", "phrases.tsv")
    items = read_items(path)
    got = code_items(exe, items)
    roots = {}
    misses, falses = [], []
    n_ev = n_rec = n_exact = n_none = n_false = 0
    for it in items:
        have = got.get(it["id"], [])
        if it["code"] is None:
            n_none += 1
            if have:
                n_false += 1
                falses.append(it)
            continue
        want = (country(it["src"]), country(it["tgt"]), it["code"][:2])
        hit = [e for e in have if (e[0], e[1], e[2][:2]) == want]
        exact = any(e[2] == it["code"] for e in hit)
        r = roots.setdefault(want[2], [0, 0, 0])
        r[0] += 1
        r[1] += bool(hit)
        r[2] += exact
        n_ev += 1
        n_rec += bool(hit)
        n_exact += exact
        if not hit:
            misses.append(it)
    for root in sorted(roots):
        n, rec, ex = roots[root]
        print("  root %s  items %3d  recalled %3d (%5.1f%%)  exact %3d" % (root, n, rec, pct(rec, n), ex))
    if verbose:
        for it in misses:
            print("  MISS  %-6s want %s-%s-%s  coded %s\n        %s" % (
                it["id"], country(it["src"]), country(it["tgt"]), it["code"],
                fmt(got.get(it["id"], [])), it["text"]))
        for it in falses:
            print("  FALSE %-6s coded %s\n        %s" % (it["id"], fmt(got[it["id"]]), it["text"]))
    recall, exact, false = pct(n_rec, n_ev), pct(n_exact, n_ev), pct(n_false, n_none)
    print("PHRASES recall %.1f exact %.1f false %.1f (%d/%d recalled, %d exact, %d of %d no-event items coded)"
          % (recall, exact, false, n_rec, n_ev, n_exact, n_false, n_none))
    bad = ((limits["--min-recall"] is not None and recall < limits["--min-recall"]) or
           (limits["--min-exact"] is not None and exact < limits["--min-exact"]) or
           (limits["--max-false"] is not None and false > limits["--max-false"]))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
