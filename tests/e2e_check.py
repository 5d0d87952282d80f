#!/usr/bin/env python3
"""e2e_check.py -- codes each tests/e2e/NAME.txt story with the bundled
dictionaries and compares the events with NAME.expected, written by hand:
one event a line, SENTENCE<TAB>SOURCE<TAB>TARGET<TAB>CODE, where CODE is a
full CAMEO code or a 2-digit root, optionally followed by <TAB>DATE (the
event's date at its precision) and <TAB>PLACE (the location's country, or -
for none). '# date: YYYY-MM-DD' gives the story date.
The events must match exactly: none missing, none extra."""
import json, os, subprocess, sys

def expected(path):
    date, want = None, []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            if line.lower().startswith("# date:"):
                date = line.split(":", 1)[1].strip()
            continue
        if not line.strip():
            continue
        f = line.split("\t")
        want.append((int(f[0]), f[1], f[2], f[3], f[4] if len(f) > 4 else None,
                     f[5] if len(f) > 5 else None))
    return date, want

def main():
    exe, folder = sys.argv[1], sys.argv[2]
    passed = failed = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        base = os.path.join(folder, name[:-4])
        if not os.path.exists(base + ".expected"):
            continue
        date, want = expected(base + ".expected")
        cmd = [exe, "-q"] + (["--date", date] if date else []) + [base + ".txt"]
        r = subprocess.run(cmd, capture_output=True, text=True)
        got = []
        for line in r.stdout.splitlines():
            e = json.loads(line)
            loc = e["location"]["country"] if e.get("location") else "-"
            got.append((e["sentence"], e["source"]["code"], e["target"]["code"], e["cameo"],
                        e["date"], loc))

        def same(g, w):
            return (g[:3] == w[:3] and g[3].startswith(w[3]) and
                    (w[4] is None or g[4] == w[4]) and (w[5] is None or g[5] == w[5]))
        missing = [w[:4] + tuple(x for x in w[4:] if x) for w in want
                   if not any(same(g, w) for g in got)]
        extra = [g for g in got if not any(same(g, w) for w in want)]
        ok = r.returncode == 0 and not missing and not extra and "ERROR" not in r.stderr
        if ok:
            passed += 1
            print("ok   e2e " + name[:-4])
        else:
            failed += 1
            print("FAIL e2e " + name[:-4])
            for m in missing:
                print("       missing  " + " ".join(str(x) for x in m))
            for x in extra:
                print("       extra    " + " ".join(str(v) for v in x))
            if r.returncode != 0 or "ERROR" in r.stderr:
                print("       exit %d: %s" % (r.returncode, r.stderr.strip()[:500]))
    print("RESULT %d %d" % (passed, failed))

main()
