#!/usr/bin/env python3
"""check_store.py -- checks the event store and its commands against figures
computed here, independently, from the JSON Lines events themselves.

usage: check_store.py LABEL EVENTS.jsonl WORKDIR STORE_LOAD STORE_CLI [ANNALIST CORPUS]

Loads EVENTS into databases under WORKDIR with STORE_LOAD, runs every
command through STORE_CLI, and prints one "ok NAME" or "FAIL NAME" line per
check (a FAIL line is followed by what differed). With ANNALIST and CORPUS,
also compares the GDELT rows with `annalist --format gdelt` and tries
`annalist --db`.
"""
import collections
import csv
import datetime
import io
import json
import os
import sqlite3
import subprocess
import sys
import xml.dom.minidom

LABEL, EVENTS, WORK, LOAD, CLI = sys.argv[1:6]
ANNALIST = sys.argv[6] if len(sys.argv) > 7 else None
CORPUS = sys.argv[7] if len(sys.argv) > 7 else None
os.makedirs(WORK, exist_ok=True)
EV = [json.loads(line) for line in open(EVENTS, encoding="utf-8") if line.strip()]


def check(name, good, detail=""):
    print(("ok " if good else "FAIL ") + "[%s] %s" % (LABEL, name))
    if not good and detail:
        print("     " + str(detail)[:1500].replace("\n", "\n     "))


def run(args, env=None):
    p = subprocess.run(args, capture_output=True, env=env)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")


def cli(*args, env=None):
    return run([CLI] + [str(a) for a in args], env=env)


def fresh(name):
    path = os.path.join(WORK, name)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    return path


def close(a, b):
    return abs(float(a) - float(b)) <= 1e-4 * max(1.0, abs(float(b)))


def same_table(got, want):
    """got: rows of strings from the program; want: rows of expected values
    (floats compared with a tolerance)."""
    if len(got) != len(want):
        return False
    for g, w in zip(got, want):
        if len(g) != len(w):
            return False
        for x, y in zip(g, w):
            if isinstance(y, float):
                if x in ("", None) or not close(x, y):
                    return False
            elif str(x) != str(y):
                return False
    return True


# ---- the figures, computed from the JSON lines ----

def day(e):
    """The documented rule: the event's date when known to the day; no date:
    the story's date; a month or year date: the story's date when inside it,
    else the first day of the month or year."""
    d, s = e.get("date"), e.get("story_date")
    if d and len(d) == 10:
        return d
    if not d:
        return s
    if s and s.startswith(d):
        return s
    return d + "-01" if len(d) == 7 else d + "-01-01" if len(d) == 4 else s


def period(d, by):
    if by == "day":
        return d
    if by == "week":
        x = datetime.date.fromisoformat(d)
        return (x - datetime.timedelta(days=x.weekday())).isoformat()
    return d[:7] if by == "month" else d[:4]


def sc(e):
    return e["source"]["country"]


def tc(e):
    return e["target"]["country"]


def mean(xs):
    return sum(xs) / len(xs)


def in_range(e, lo, hi):
    d = day(e)
    return d is not None and (not lo or d >= lo) and (not hi or d <= hi)


def timeline(a, b, by, directed=False, lo=None, hi=None):
    groups = collections.defaultdict(list)
    for e in EV:
        pair = (sc(e), tc(e))
        if pair == (a, b) or (not directed and pair == (b, a)):
            if day(e) is not None and in_range(e, lo, hi):
                groups[period(day(e), by)].append(e)
    rows = []
    for p in sorted(groups):
        es = groups[p]
        q = collections.Counter(e["quad_class"] for e in es)
        rows.append([p, q[1], q[2], q[3], q[4], len(es), mean([e["goldstein"] for e in es])])
    return rows


def dyads(lo=None, hi=None):
    groups = collections.defaultdict(list)
    for e in EV:
        if sc(e) and tc(e) and sc(e) != tc(e) and (not (lo or hi) or in_range(e, lo, hi)):
            groups[tuple(sorted((sc(e), tc(e))))].append(e)
    rows = []
    for (a, b), es in groups.items():
        rows.append([a, b, len(es), sum(e["quad_class"] in (1, 2) for e in es),
                     sum(e["quad_class"] in (3, 4) for e in es), mean([e["goldstein"] for e in es])])
    rows.sort(key=lambda r: (-r[2], r[0], r[1]))
    return rows


def actors():
    src = collections.Counter(e["source"]["code"] for e in EV)
    tgt = collections.Counter(e["target"]["code"] for e in EV)
    codes = set(src) | set(tgt)
    rows = [[c, src[c], tgt[c], src[c] + tgt[c]] for c in codes]
    rows.sort(key=lambda r: (-r[3], r[0]))
    return rows


def edges():
    groups = collections.defaultdict(list)
    for e in EV:
        if sc(e) and tc(e) and sc(e) != tc(e):
            groups[(sc(e), tc(e))].append(e["goldstein"])
    rows = [[a, b, len(g), mean(g)] for (a, b), g in groups.items()]
    rows.sort(key=lambda r: (-r[2], r[0], r[1]))
    return rows


def key(e):
    return (e["story_id"], e["sentence"], e["source"]["code"], e["target"]["code"], e["cameo"])


def csv_rows(text):
    rows = list(csv.reader(io.StringIO(text)))
    return rows[0] if rows else [], rows[1:]


def load(db, *extra, path=EVENTS):
    return run([LOAD, db, path] + [str(x) for x in extra])


def db_counts(db):
    c = sqlite3.connect(db)
    n = c.execute("select count(*) from events").fetchone()[0]
    per = dict(c.execute("select id, events from stories").fetchall())
    real = dict(c.execute("select story_id, count(*) from events group by story_id").fetchall())
    c.close()
    return n, per, real


stories = collections.Counter(e["story_id"] for e in EV)
order = list(dict.fromkeys(e["story_id"] for e in EV))

# ---- the store ----
DB = fresh("ev.db")
rc, out, err = load(DB)
n, per, real = db_counts(DB)
check("store: every event stored (%d)" % len(EV), rc == 0 and n == len(EV), (rc, n, err))
check("store: every story stored with its event count (%d stories)" % len(stories),
      per == dict(stories) and real == dict(stories), (per, dict(stories)))
rc, out, err = load(DB)
n2, per2, _ = db_counts(DB)
check("store: loading again replaces, never doubles", rc == 0 and n2 == len(EV) and per2 == per,
      (n2, err))
DB3 = fresh("batch.db")
rc, out, err = load(DB3, "--batch", 3)
check("store: the caller's transactions (store_begin/store_commit every 3 stories)",
      rc == 0 and db_counts(DB3)[:2] == (len(EV), dict(stories)), err)

c = sqlite3.connect(DB)
bad = [(d, day(e)) for e, (d,) in zip(EV, c.execute("select day from events order by rowid"))
       if d != day(e)]
check("store: the day of every event follows the documented rule", not bad, bad[:5])
idx = {r[1] for r in c.execute("pragma index_list('events')")}
want_idx = {"events_day", "events_pair", "events_source", "events_target", "events_code",
            "events_root", "events_story"}
check("store: indexes on day, dyad, source, target, code, root, story", want_idx <= idx, idx)
mode = c.execute("pragma journal_mode").fetchone()[0]
ver = c.execute("pragma user_version").fetchone()[0]
check("store: WAL mode, schema version 2", mode == "wal" and ver == 2, (mode, ver))
coded = c.execute("select count(*) from stories where coded_at like '____-__-__T__:__:__Z'").fetchone()[0]
check("store: every story has its coded_at time", coded == len(stories), coded)
c.close()

if len(order) >= 5:
    DBK = fresh("killed.db")
    rc, out, err = load(DBK, "--batch", 2, "--die-after", 5)
    c = sqlite3.connect(DBK)
    ok = c.execute("pragma integrity_check").fetchone()[0]
    got = dict(c.execute("select id, events from stories").fetchall())
    rows = dict(c.execute("select story_id, count(*) from events group by story_id").fetchall())
    c.close()
    whole = {s: stories[s] for s in order[:4]}
    check("store: a run killed after 5 stories (commits every 2) keeps 4 whole stories",
          rc == 137 and ok == "ok" and got == whole and rows == whole, (rc, ok, got, err))
    rc, out, err = load(DBK)
    check("store: running it again completes it", rc == 0 and db_counts(DBK)[:2] == (len(EV), dict(stories)),
          err)

# a story stored again with fewer events: its old events go
first = order[0]
part = [l for l in open(EVENTS, encoding="utf-8") if json.loads(l)["story_id"] == first][:1]
with open(os.path.join(WORK, "one.jsonl"), "w", encoding="utf-8") as f:
    f.writelines(part)
DBR = fresh("replace.db")
load(DBR)
rc, out, err = load(DBR, path=os.path.join(WORK, "one.jsonl"))
n, per, real = db_counts(DBR)
check("store: a story stored again with fewer events replaces its old ones",
      rc == 0 and n == len(EV) - stories[first] + 1 and per[first] == 1 and real[first] == 1,
      (n, per.get(first), err))

# a record that is not JSON, inside a story: reported with its place, skipped
lines = open(EVENTS, encoding="utf-8").readlines()
with open(os.path.join(WORK, "broken.jsonl"), "w", encoding="utf-8") as f:
    f.write(lines[0])
    f.write('{"story_id": "%s", "sentence": 9, broken\n' % EV[0]["story_id"])
    f.writelines(lines[1:])
DBB = fresh("broken.db")
rc, out, err = load(DBB, path=os.path.join(WORK, "broken.jsonl"))
check("store: a broken record is reported (story, record number) and skipped",
      db_counts(DBB)[0] == len(EV) and "story %s, event record 2" % EV[0]["story_id"] in err, err)

# ---- timeline ----
top = dyads()[0]
pairs = [(top[0], top[1])]
if ("NZL", "CHN") not in pairs and any({sc(e), tc(e)} == {"NZL", "CHN"} for e in EV):
    pairs.append(("NZL", "CHN"))
for a, b in pairs:
    for by in ("year", "month", "week", "day"):
        rc, out, err = cli("timeline", "--db", DB, "--dyad", "%s:%s" % (a, b), "--by", by,
                           "--format", "csv")
        head, rows = csv_rows(out)
        want = timeline(a, b, by)
        check("timeline %s:%s --by %s: counts per QuadClass and mean Goldstein (%d periods)"
              % (a, b, by, len(want)),
              rc == 0 and head[:7] == ["period", "verbal_coop", "material_coop", "verbal_conflict",
                                       "material_conflict", "events", "mean_goldstein"]
              and same_table(rows, want), (rows, want, err))
    rc, out, err = cli("timeline", "--db", DB, "--dyad", "%s:%s" % (a, b), "--directed",
                       "--by", "month", "--format", "json")
    want = timeline(a, b, "month", directed=True)
    got = [[r["period"], r["verbal_coop"], r["material_coop"], r["verbal_conflict"],
            r["material_conflict"], r["events"], r["mean_goldstein"]] for r in json.loads(out or "[]")]
    check("timeline %s:%s --directed (JSON): one direction only" % (a, b),
          rc == 0 and same_table(got, want), (got, want))
lo, hi = sorted(day(e) for e in EV if day(e))[len(EV) // 4], "2023-12"
a, b = pairs[-1]
rc, out, err = cli("timeline", "--db", DB, "--dyad", "%s:%s" % (b, a), "--from", lo, "--to", hi,
                   "--by", "month", "--format", "csv")
want = timeline(a, b, "month", lo=lo, hi="2023-12-31")
check("timeline --from %s --to %s (dyad given either way round)" % (lo, hi),
      rc == 0 and same_table(csv_rows(out)[1], want), (out, want))

# ---- dyads ----
rc, out, err = cli("dyads", "--db", DB, "--limit", 10, "--format", "csv")
head, rows = csv_rows(out)
want = dyads()[:10]
check("dyads: the 10 most active pairs, cooperation, conflict, mean Goldstein",
      rc == 0 and head == ["country_a", "country_b", "events", "cooperation", "conflict",
                           "mean_goldstein"] and same_table(rows, want), (rows, want))
rc, out, err = cli("dyads", "--db", DB, "--from", lo, "--to", hi, "--limit", 0, "--format", "csv")
want = dyads(lo, "2023-12-31")
check("dyads --from --to --limit 0", rc == 0 and same_table(csv_rows(out)[1], want),
      (csv_rows(out)[1], want))
rc, out, err = cli("dyads", "--db", DB, "--limit", 2)
check("dyads (text): a header and 2 rows", rc == 0 and len(out.splitlines()) == 3
      and out.split()[0] == "country_a", out)

# ---- actors ----
rc, out, err = cli("actors", "--db", DB, "--limit", 0, "--format", "csv")
head, rows = csv_rows(out)
want = actors()
check("actors: every code, as source and as target (%d codes)" % len(want),
      rc == 0 and head[:4] == ["code", "as_source", "as_target", "total"]
      and same_table([r[:4] for r in rows], want), (rows[:5], want[:5]))

# ---- events ----


def events_json(*args):
    rc, out, err = cli("events", "--db", DB, "--format", "json", "--limit", 0, *args)
    return rc, sorted((r["story_id"], r["sentence"], r["source"], r["target"], r["cameo"])
                      for r in json.loads(out or "[]")), err


def want_events(f):
    return sorted(key(e) for e in EV if f(e))


a, b = top[0], top[1]
act = actors()[0][0]
code3 = next(e["cameo"] for e in EV if len(e["cameo"]) >= 3)
code2 = EV[-1]["cameo"][:2]
word = next(w for w in EV[0]["text"].split() if w.isalpha() and len(w) > 3)
cases = [
    ("--dyad %s:%s" % (a, b), ["--dyad", "%s:%s" % (a, b)], lambda e: {sc(e), tc(e)} == {a, b}),
    ("--dyad %s:%s --directed" % (a, b), ["--dyad", "%s:%s" % (a, b), "--directed"],
     lambda e: (sc(e), tc(e)) == (a, b)),
    ("--actor %s" % act, ["--actor", act],
     lambda e: act in (e["source"]["code"], e["target"]["code"])),
    ("--country %s" % a, ["--country", a], lambda e: a in (sc(e), tc(e))),
    ("--code %s (and its sub-codes)" % code3, ["--code", code3], lambda e: e["cameo"].startswith(code3)),
    ("--code %s" % code2, ["--code", code2], lambda e: e["cameo"].startswith(code2)),
    ("--root %s" % code2, ["--root", code2], lambda e: e["root"] == code2),
    ("--text %s (any case)" % word.upper(), ["--text", word.upper()],
     lambda e: word.lower() in e["text"].lower()),
    ("--from %s --to %s" % (lo, hi), ["--from", lo, "--to", hi],
     lambda e: in_range(e, lo, "2023-12-31")),
    ("--country %s --root %s" % (b, code2), ["--country", b, "--root", code2],
     lambda e: b in (sc(e), tc(e)) and e["root"] == code2),
]
for name, args, f in cases:
    rc, got, err = events_json(*args)
    want = want_events(f)
    check("events %s: the records behind it (%d)" % (name, len(want)), rc == 0 and got == want,
          (got[:5], want[:5], err))

rc, out, err = cli("events", "--db", DB, "--limit", 2)
check("events --limit 2: two records and a note of how many there are",
      rc == 0 and len(out.splitlines()) == 3 and ("of %d events" % len(EV)) in err, (out, err))

rc, out, err = cli("events", "--db", DB, "--format", "csv", "--limit", 0)
head, rows = csv_rows(out)
want_head = ("story_id,sentence,date,source,source_country,source_text,target,target_country,"
             "target_text,cameo,root,quad_class,goldstein,plover,text").split(",")
by_key = {(r[0], int(r[1]), r[3], r[6], r[9]): r for r in rows}
mism = [k for k, e in ((key(e), e) for e in EV) if k not in by_key or by_key[k][14] != e["text"]
        or by_key[k][5] != e["source"]["text"] or by_key[k][8] != e["target"]["text"]
        or by_key[k][2] != (e["date"] or "") or not close(by_key[k][12], e["goldstein"])]
check("events --format csv: annalist's CSV header, every record, quoting round-trips",
      rc == 0 and head == want_head and len(rows) == len(EV) and not mism, (head, mism[:3]))

# GDELT rows: 61 columns, in the order of the events listing
rc, out, err = cli("events", "--db", DB3, "--format", "gdelt", "--limit", 0)
g = [line.split("\t") for line in out.splitlines()]
c = sqlite3.connect(DB3)
listing = c.execute("select rowid from events e order by day, story_id, sentence, rowid").fetchall()
c.close()
ordered = [EV[r - 1] for (r,) in listing]   # loaded once: rowids follow the file
bad = []
for row, e in zip(g, ordered):
    if len(row) != 61:
        bad.append((e["story_id"], "columns", len(row)))
        continue
    sd = (e.get("story_date") or "").replace("-", "")
    want = {1: sd, 3: sd[:4], 5: e["source"]["code"], 6: e["source"]["text"],
            15: e["target"]["code"], 16: e["target"]["text"], 26: e["cameo"], 27: e["cameo"][:3],
            28: e["root"], 29: str(e["quad_class"]), 30: "%.1f" % e["goldstein"], 59: sd}
    for col, v in want.items():
        if row[col] != v:
            bad.append((e["story_id"], col, row[col], v))
    if not e["source"]["code"].startswith(("IGO", "NGO")) and row[7] != sc(e):
        bad.append((e["story_id"], 7, row[7], sc(e)))
ids = {row[0] for row in g}
check("events --format gdelt: 61 tab-separated columns, GDELT's order, distinct ids",
      rc == 0 and len(g) == len(EV) and all(len(r) == 61 for r in g) and not bad
      and len(ids) == len(g), (bad[:5], [len(r) for r in g][:5], err))

# ---- graph ----
rc, out, err = cli("graph", "--db", DB, "--limit", 0, "--format", "csv")
want = edges()
check("graph: every directed country edge with its events and mean Goldstein (%d)" % len(want),
      rc == 0 and same_table(csv_rows(out)[1], want), (csv_rows(out)[1][:5], want[:5]))
svg = os.path.join(WORK, "graph.svg")
rc, out, err = cli("graph", "--db", DB, "--plot", svg, "--format", "csv")
try:
    doc = xml.dom.minidom.parse(svg)
    texts = {t.firstChild.data for t in doc.getElementsByTagName("text") if t.firstChild}
except Exception as ex:  # noqa: BLE001 -- any parse failure is the failure
    texts = {"unreadable: %s" % ex}
nodes = {x for r in edges()[:60] for x in r[:2]}
check("graph --plot SVG: a valid SVG with every country of the edges drawn",
      rc == 0 and nodes <= texts, (rc, err, sorted(nodes - texts)[:10]))
png = os.path.join(WORK, "graph.png")
rc, out, err = cli("graph", "--db", DB, "--plot", png, "--limit", 5)
check("graph --plot PNG", rc == 0 and open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n", err)

# ---- timeline charts ----
a, b = top[0], top[1]
svg = os.path.join(WORK, "timeline.svg")
rc, out, err = cli("timeline", "--db", DB, "--dyad", "%s:%s" % (a, b), "--by", "month", "--plot", svg)
try:
    doc = xml.dom.minidom.parse(svg)
    texts = " ".join(t.firstChild.data for t in doc.getElementsByTagName("text") if t.firstChild)
except Exception as ex:  # noqa: BLE001
    texts = "unreadable: %s" % ex
check("timeline --plot SVG: title, legend, second axis",
      rc == 0 and "Events between %s and %s" % (a, b) in texts and "mean Goldstein" in texts
      and "material conflict (QuadClass 4)" in texts, (err, texts[:300]))
png = os.path.join(WORK, "timeline.png")
rc, out, err = cli("timeline", "--db", DB, "--dyad", "%s:%s" % (a, b), "--by", "year", "--plot", png)
check("timeline --plot PNG", rc == 0 and open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n", err)
gone = os.path.join(WORK, "nogp.svg")
emptydir = os.path.join(WORK, "empty-path")
os.makedirs(emptydir, exist_ok=True)
rc, out, err = cli("timeline", "--db", DB, "--dyad", "%s:%s" % (a, b), "--plot", gone,
                   env=dict(os.environ, PATH=emptydir))
check("timeline --plot without gnuplot: exit 1, names the package, leaves no file",
      rc == 1 and "gnuplot-nox" in err and not os.path.exists(gone), (rc, err))

# ---- usage errors: exit 2 with a message; database errors: exit 1 ----
usage = [
    ["timeline", "--db", DB, "--dyad", "USA;DROP"],
    ["timeline", "--db", DB],
    ["timeline", "--db", DB, "--dyad", "USA:CHN", "--by", "fortnight"],
    ["timeline", "--db", DB, "--dyad", "USA:CHN", "--plot", "chart.pdf"],
    ["dyads", "--db", DB, "--format", "xml"],
    ["dyads", "--db", DB, "--format", "gdelt"],
    ["dyads", "--db", DB, "--by", "year"],
    ["dyads", "--db", DB, "--from", "2022-02-30"],
    ["dyads", "--db", DB, "--from", "2023", "--to", "2022"],
    ["dyads", "--db", DB, "--limit", "5x"],
    ["dyads", "--db", DB, "--limit", "-1"],
    ["dyads", "--db", DB, "extra"],
    ["dyads", "--db"],
    ["dyads"],
    ["actors", "--db", DB, "--wrong"],
    ["events", "--db", DB, "--code", "1a"],
    ["events", "--db", DB, "--root", "21"],
    ["events", "--db", DB, "--actor", "US A"],
    ["events", "--db", DB, "--directed"],
    ["events", "--db", DB, "--text", ""],
    ["graph", "--db", DB, "--plot", "graph"],
]
bad = []
for args in usage:
    rc, out, err = cli(*args)
    if rc != 2 or "annalist %s: " % args[0] not in err or "usage:" not in err or out:
        bad.append((args[1:], rc, err[:120]))
check("every invalid argument: a message, the usage, exit 2 (%d cases)" % len(usage), not bad, bad)
junk = os.path.join(WORK, "junk.txt")
with open(junk, "w") as f:
    f.write("not a database\n" * 100)
bad = []
for args in (["dyads", "--db", os.path.join(WORK, "missing.db")], ["dyads", "--db", junk]):
    rc, out, err = cli(*args)
    if rc != 1 or args[2] not in err:
        bad.append((args, rc, err))
check("a missing database or a file that is not one: exit 1 naming the file", not bad, bad)

# ---- a database made by the first version of the store is upgraded ----
OLD = fresh("v1.db")
c = sqlite3.connect(OLD)
c.executescript(
    "CREATE TABLE stories (id TEXT PRIMARY KEY, date TEXT, source TEXT, url TEXT,"
    " sentences INTEGER, events INTEGER);"
    "CREATE TABLE events (story_id TEXT NOT NULL REFERENCES stories(id), sentence INTEGER,"
    " date TEXT, date_precision TEXT, story_date TEXT, source_code TEXT, source_country TEXT,"
    " source_text TEXT, target_code TEXT, target_country TEXT, target_text TEXT, cameo TEXT,"
    " root TEXT, quad_class INTEGER, goldstein REAL, plover TEXT, location TEXT,"
    " location_country TEXT, lat REAL, lon REAL, text TEXT);"
    "CREATE INDEX events_date ON events(date);")
for s in order:
    c.execute("insert into stories values (?,?,?,?,?,?)", (s, None, None, None, 0, stories[s]))
for e in EV:
    c.execute("insert into events values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
              (e["story_id"], e["sentence"], e["date"], e.get("date_precision"), e.get("story_date"),
               e["source"]["code"], sc(e), e["source"]["text"], e["target"]["code"], tc(e),
               e["target"]["text"], e["cameo"], e["root"], e["quad_class"], e["goldstein"],
               e["plover"], None, None, None, None, e["text"]))
c.commit()
c.close()
rc, out, err = cli("timeline", "--db", OLD, "--dyad", "%s:%s" % (a, b), "--by", "week", "--format", "csv")
c = sqlite3.connect(OLD)
ver = c.execute("pragma user_version").fetchone()[0]
c.close()
check("a version 1 database is upgraded in place (day filled in) and answers",
      rc == 0 and ver == 2 and same_table(csv_rows(out)[1], timeline(a, b, "week")), (rc, ver, err))

# ---- against annalist itself ----
if ANNALIST and CORPUS:
    rc, out, err = run([ANNALIST, "-q", "--format", "gdelt", CORPUS])
    mine = collections.Counter("\t".join(r[:60]) for r in g)
    theirs = collections.Counter("\t".join(l.split("\t")[:60]) for l in out.splitlines() if l)
    check("events --format gdelt: the rows `annalist --format gdelt` writes (but SOURCEURL)",
          rc == 0 and mine == theirs, (rc, err, list((mine - theirs).items())[:2],
                                       list((theirs - mine).items())[:2]))
    ADB = fresh("annalist.db")
    rc, out, err = run([ANNALIST, "-q", "--db", ADB, CORPUS])
    if rc == 0 and os.path.exists(ADB):
        rc, out, err = cli("dyads", "--db", ADB, "--limit", 0, "--format", "csv")
        check("annalist --db: the same figures as the events it writes",
              rc == 0 and same_table(csv_rows(out)[1], dyads()), err)
    else:
        print("skip [%s] annalist --db is not wired in (%s)" % (LABEL, err.strip()[:100]))
