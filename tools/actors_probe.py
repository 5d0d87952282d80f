#!/usr/bin/env python3
"""actors_probe.py -- checks that the actor dictionaries know the names news
uses: each probe is one sentence, coded as a story of its own, and the
country (first three letters of a state code, the organisation of an IGO/NGO
code) of the first event's source must be the expected one.

usage: actors_probe.py ANNALIST PROBES.tsv [-v]
PROBES.tsv: lines DATE<TAB>EXPECTED<TAB>SENTENCE ('#' starts a comment);
EXPECTED is a code (its country is compared) or '-' (no event at all).
Prints the misses and a total; exits 1 when any probe misses."""
import json
import subprocess
import sys

NONSTATE = ("IGO", "NGO", "NGM", "IMG", "MNC", "UIS")


def country(code):
    code = code.strip().upper()
    return code[-3:] if code[:3] in NONSTATE and len(code) >= 6 else code[:3]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    probes = []
    for n, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        date, want, text = line.rstrip("\n").split("\t")
        probes.append((n, date, want, text))
    stories = "".join(json.dumps({"id": "p%d" % n, "date": d, "text": t}) + "\n"
                      for n, d, w, t in probes)
    out = subprocess.run([sys.argv[1], "-q", "--threads", "1", "--input-format", "jsonl"],
                         input=stories, capture_output=True, text=True, check=True).stdout
    got = {}
    for line in out.splitlines():
        e = json.loads(line)
        got.setdefault(e["story_id"], []).append(e)
    misses = 0
    for n, d, want, text in probes:
        evs = got.get("p%d" % n, [])
        src = evs[0]["source"]["code"] if evs else "-"
        ok = (src == "-") if want == "-" else (src != "-" and country(src) == country(want))
        if not ok:
            misses += 1
            print("MISS line %d: want %s got %s: %s" % (n, want, src, text))
        elif "-v" in sys.argv:
            print("ok   line %d: %s: %s" % (n, src, text))
    print("%d probes, %d missed" % (len(probes), misses))
    sys.exit(1 if misses else 0)


main()
