# store.sh -- sourced by run.sh: builds an event database from the example
# corpus and checks every query command against figures computed here,
# independently, from the JSON Lines the coder writes.
S=build/store-tmp
rm -rf "$S"; mkdir -p "$S"
$A -q examples/corpus.jsonl > "$S/events.jsonl" 2>"$S/err1"
$A -q --db "$S/ev.db" examples/corpus.jsonl 2>"$S/err2"
$A -q --db "$S/ev.db" examples/corpus.jsonl 2>>"$S/err2"   # twice: replaced, not doubled
python3 - "$S/events.jsonl" "$S/ev.db" <<'PY' > "$S/expect.txt"
import json, sqlite3, sys, collections
ev = [json.loads(l) for l in open(sys.argv[1])]
db = sqlite3.connect(sys.argv[2])
print("events", len(ev), db.execute("select count(*) from events").fetchone()[0])
print("stories", 33, db.execute("select count(*) from stories").fetchone()[0])
pairs = collections.Counter()
for e in ev:
    a, b = e["source"]["country"], e["target"]["country"]
    if a != b:
        pairs[tuple(sorted((a, b)))] += 1
top = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[0]
print("topdyad", "%s,%s,%d" % (top[0][0], top[0][1], top[1]))
usa_chn = [e for e in ev if {e["source"]["country"], e["target"]["country"]} == {"USA", "CHN"}]
by_year = collections.Counter((e["date"] or e["story_date"])[:4] for e in usa_chn)
print("timeline", ";".join("%s:%d" % kv for kv in sorted(by_year.items())))
src = collections.Counter(e["source"]["code"] for e in ev)
tgt = collections.Counter(e["target"]["code"] for e in ev)
code = sorted(src, key=lambda c: (-(src[c] + tgt[c]), c))[0]
print("topactor", "%s,%d,%d" % (code, src[code], tgt[code]))
nzl = [e for e in ev if {e["source"]["country"], e["target"]["country"]} == {"NZL", "SLB"}]
print("nzlslb", len(nzl))
PY
line() { sed -n "s/^$1 //p" "$S/expect.txt"; }
set -- $(line events); [ "$1" = "$2" ] && [ "$1" -gt 0 ]
count "store: every event stored once, even after a second load ($1)" $?
set -- $(line stories); [ "$1" = "$2" ]
count "store: every story stored" $?
got=$($A dyads --db "$S/ev.db" --limit 1 --format csv | sed -n 2p | cut -d, -f1-3)
[ "$got" = "$(line topdyad)" ]
count "dyads: the most active pair ($got)" $?
got=$($A timeline --db "$S/ev.db" --dyad USA:CHN --by year --format csv | sed 1d | awk -F, '{printf "%s%s:%s", (NR > 1 ? ";" : ""), $1, $6}')
[ "$got" = "$(line timeline)" ]
count "timeline: USA-CHN events per year ($got)" $?
got=$($A actors --db "$S/ev.db" --limit 1 --format csv | sed -n 2p | cut -d, -f1-3)
[ "$got" = "$(line topactor)" ]
count "actors: the most frequent actor ($got)" $?
got=$($A events --db "$S/ev.db" --dyad NZL:SLB --format json --limit 100 | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")
[ "$got" = "$(line nzlslb)" ]
count "events: the records behind the NZL-SLB dyad ($got)" $?
$A timeline --db "$S/ev.db" --dyad USA:CHN --by month --plot "$S/t.svg" > /dev/null 2>&1 && grep -q "<svg" "$S/t.svg" && grep -q "mean Goldstein" "$S/t.svg"
count "timeline --plot draws an SVG chart" $?
$A graph --db "$S/ev.db" --plot "$S/g.svg" > /dev/null 2>&1 && grep -q "<svg" "$S/g.svg" && grep -q ">NZL<" "$S/g.svg"
count "graph --plot draws the country network" $?
$A timeline --db "$S/ev.db" --dyad "USA;DROP" > /dev/null 2>&1; [ $? -eq 2 ]
count "timeline rejects a malformed dyad" $?
