# cli.sh -- command-line and hostile-input tests, sourced by run.sh (uses
# its count function). Each case checks the exit status, the exact error
# line and the story accounting (stories in = coded + skipped).
A=build/annalist-san
T=build/cli-tmp
rm -rf "$T"; mkdir -p "$T"
D="--dict tests/data"

# expect NAME STATUS ERR_SUBSTRING SUMMARY_SUBSTRING -- cmd...
expect() {
    name=$1; want=$2; err=$3; sum=$4; shift 5
    "$@" >"$T/out" 2>"$T/err"; st=$?
    ok=0
    [ "$st" -eq "$want" ] || { ok=1; echo "     exit $st, wanted $want"; }
    if [ -n "$err" ] && ! grep -qF -- "$err" "$T/err"; then ok=1; echo "     no '$err' in:"; sed 's/^/       /' "$T/err"; fi
    if [ -n "$sum" ] && ! grep -qF -- "$sum" "$T/err"; then ok=1; echo "     no '$sum' in:"; sed 's/^/       /' "$T/err"; fi
    if grep -q "Sanitizer\|runtime error" "$T/err"; then ok=1; sed 's/^/       /' "$T/err" | head -20; fi
    count "cli $name" $ok
}

printf 'China condemned Australia.\n' > "$T/good.txt"
expect "plain text story" 0 "" "1 stories (1 coded, 0 skipped), 1 sentences, 1 events" -- $A $D "$T/good.txt"
: > "$T/empty.txt"
expect "empty file" 1 "$T/empty.txt: empty story; skipped" "1 stories (0 coded, 1 skipped)" -- $A $D "$T/empty.txt"
expect "directory as file" 1 "$T: is a directory, not a story file" "1 stories (0 coded, 1 skipped)" -- $A $D "$T"
expect "missing file" 1 "$T/nope.txt: cannot open: No such file or directory" "" -- $A $D "$T/nope.txt"
printf 'abc\000def China condemned Australia.' > "$T/nul.txt"
expect "NUL bytes" 1 "$T/nul.txt: binary file (NUL byte at offset 3); story skipped" "1 stories (0 coded, 1 skipped)" -- $A $D "$T/nul.txt"
printf '{"id":"a","date":"2022-01-01","text":"China condemned Australia."}\n{"id":"b","text":"trunc\n[1]\n{"id":"c","text":7}\n{"id":"d","date":"yesterday","text":"x"}\n\n{"id":"e","text":""}\n{"id":"f","text":"Australia condemned China."}\n' > "$T/mixed.jsonl"
expect "bad JSON lines" 1 "$T/mixed.jsonl:2: invalid JSON" "7 stories (2 coded, 5 skipped), 2 sentences, 2 events" -- $A $D "$T/mixed.jsonl"
expect "wrong field type" 1 "$T/mixed.jsonl:4: \"text\" must be a string; story skipped" "" -- $A $D "$T/mixed.jsonl"
expect "date not a date" 1 "$T/mixed.jsonl:5: \"date\" is not a date (YYYY-MM-DD): \"yesterday\"" "" -- $A $D "$T/mixed.jsonl"
printf '\377\376 China \001condemned\033 Australia.' > "$T/bad-utf8.txt"
expect "invalid UTF-8 is repaired" 0 "" "1 stories (1 coded, 0 skipped), 1 sentences, 1 events" -- $A $D --stats "$T/bad-utf8.txt"
expect "repairs are counted" 0 "utf8_repaired        2" "control_removed      2" -- $A $D --stats "$T/bad-utf8.txt"
# the same garbage every run (seeded), starting as a PNG file does: a random
# start could read as JSON Lines ('{') and make the count vary
python3 -c "import random, sys; sys.stdout.buffer.write(b'\\x89PNG\\r\\n\\x1a\\n' + random.Random(7).randbytes(3000000))" > "$T/random.bin"
expect "binary garbage" 1 "$T/random.bin: binary file (NUL byte at offset" "1 stories (0 coded, 1 skipped)" -- $A $D "$T/random.bin"
# garbage that starts like JSON Lines: every non-blank line is one story,
# named and skipped (the count is computed here from the bytes)
python3 -c "import random, sys; sys.stdout.buffer.write(b'{' + random.Random(7).randbytes(300000))" > "$T/garbage.jsonl"
n=$(python3 -c "import sys; print(sum(1 for l in open(sys.argv[1], 'rb').read().split(b'\\n') if l.strip()))" "$T/garbage.jsonl")
expect "garbage read as JSON Lines" 1 "$T/garbage.jsonl:1: invalid JSON" "$n stories (0 coded, $n skipped)" -- $A $D "$T/garbage.jsonl"
python3 -c "import sys; sys.stdout.write('China condemned Australia and ' * 400000)" > "$T/long.txt"
expect "12 MB sentence with no stop is cut" 0 "sentences_cut        1" "1 stories (1 coded, 0 skipped), 1 sentences" -- $A $D --stats "$T/long.txt"
expect "bad --date" 2 "--date: '2022-02-30' is not a date (YYYY-MM-DD)" "" -- $A $D --date 2022-02-30 "$T/good.txt"
expect "bad --format" 2 "--format: unknown format 'xml' (json, tsv, csv, gdelt)" "" -- $A $D --format xml "$T/good.txt"
printf 'China condemned Australia.\n' | $A $D -q --format tsv > "$T/tsv" 2>&1
head -1 "$T/tsv" | grep -q "^story_id	sentence	date	source" && grep -q "	CHN	CHN	China	AUS	AUS	Australia	111	11	3	-2.0	" "$T/tsv"
count "tsv from standard input" $?

# interrupted run + --resume gives exactly the output of an uninterrupted run
python3 - "$T/big.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for i in range(20000):
        f.write(json.dumps({"id": "s%d" % i, "date": "2022-01-01",
                            "text": "China condemned Australia. Fiji met New Zealand. " * 3}) + "\n")
PY
$A $D -q -o "$T/full.jsonl" "$T/big.jsonl"
$A $D -q --threads 2 -o "$T/part.jsonl" "$T/big.jsonl" 2>"$T/err" &
pid=$!; sleep 1; kill -INT $pid 2>/dev/null; wait $pid
$A $D -q --resume -o "$T/part.jsonl" "$T/big.jsonl" 2>>"$T/err"
cmp -s "$T/full.jsonl" "$T/part.jsonl" && [ ! -f "$T/part.jsonl.resume" ] && ! grep -q "Sanitizer" "$T/err"
count "interrupted run resumed gives identical output" $?
expect "full disk" 1 "/dev/full: write error (disk full?)" "stopped after input record" -- $A $D -o /dev/full "$T/big.jsonl"

printf '{"id":"g1","date":"2022-04-15","url":"https://example.org/a","text":"China condemned Australia, \\"sharply\\"."}\n' > "$T/g.jsonl"
$A $D -q --format gdelt "$T/g.jsonl" > "$T/gdelt" 2>&1
awk -F'\t' 'NF != 61 { bad = 1 } $2 != "20220415" || $6 != "CHN" || $16 != "AUS" || $27 != "111" || $29 != "11" || $30 != "3" || $31 != "-2.0" || $61 != "https://example.org/a" { bad = 1 } END { exit bad }' "$T/gdelt"
count "gdelt: 61 columns in GDELT's order" $?
$A $D -q --format csv "$T/g.jsonl" > "$T/csv" 2>&1
python3 -c "
import csv,sys
r=list(csv.reader(open(sys.argv[1])))
assert r[0][:4]==['story_id','sentence','date','source'], r[0]
assert r[1][3]=='CHN' and r[1][6]=='AUS' and r[1][9]=='111' and r[1][14]=='China condemned Australia, \"sharply\".', r[1]
" "$T/csv"
count "csv: header and quoted fields" $?

# a 50 MB JSON line is read and coded; the accounting holds
python3 -c "
import json
print(json.dumps({'id': 'huge', 'date': '2022-01-01', 'text': 'Fiji thanked Tonga. ' * 2600000}))
print(json.dumps({'id': 'after', 'date': '2022-01-01', 'text': 'China condemned Australia.'}))" > "$T/huge.jsonl"
expect "50 MB JSON line" 0 "repeated_sentences" "2 stories (2 coded, 0 skipped)" -- $A $D --stats "$T/huge.jsonl"
# a story list that names a file that is gone: named, skipped, the rest coded
expect "a file that is gone" 1 "$T/gone.txt: cannot open: No such file or directory" "2 stories (1 coded, 1 skipped)" -- $A $D "$T/gone.txt" "$T/good.txt"
# a malformed dictionary entry: named with file, line and reason; the rest of
# the dictionary loads and the story is coded with it
printf 'FJI : fiji\nbad line without colon\nTON 2020-13-01..2021-01-01 : tonga\n' > "$T/bad.actors"
printf 'Fiji condemned Australia.\n' > "$T/fiji.txt"
expect "malformed dictionary entry" 0 "$T/bad.actors:2: expected 'CODE : phrase; phrase', found no ':'" "1 stories (1 coded, 0 skipped), 1 sentences, 1 events" -- $A $D --actors "$T/bad.actors" "$T/fiji.txt"
expect "malformed dictionary date" 0 "$T/bad.actors:3: bad date range '2020-13-01..2021-01-01'" "" -- $A $D --actors "$T/bad.actors" "$T/fiji.txt"
grep -q '"code":"FJI"' "$T/out"
count "cli the well-formed entry of that dictionary codes" $?
# JSON nested wrong: a closing bracket for a brace, an object for a string
printf '{"id":"n1","date":"2022-01-01","text":"China condemned Australia."]\n{"id":"n2","text":{"a":["b"]}}\n{"id":"n3","date":"2022-01-01","text":"Australia condemned China."}\n' > "$T/nested.jsonl"
expect "JSON nested wrong" 1 "$T/nested.jsonl:1: invalid JSON at column 67: after key and value, inside map, I expect ',' or '}'; story skipped" "3 stories (1 coded, 2 skipped), 1 sentences, 1 events" -- $A $D "$T/nested.jsonl"
expect "object where a string belongs" 1 "$T/nested.jsonl:2: \"text\" must be a string; story skipped" "" -- $A $D "$T/nested.jsonl"
# an unreadable file (root reads everything, so as root it is read as nobody)
L=$(mktemp -d); chmod 755 "$L"; cp "$A" "$L/annalist"; cp -r tests/data "$L/data"
printf 'China condemned Australia.\n' > "$L/locked.txt"; chmod 000 "$L/locked.txt"
printf "Australia condemned China.\n" > "$L/open.txt"; chmod 644 "$L/open.txt"
AS=""; [ "$(id -u)" -eq 0 ] && AS="setpriv --reuid=nobody --regid=nogroup --clear-groups"
expect "unreadable file" 1 "$L/locked.txt: cannot open: Permission denied" "2 stories (1 coded, 1 skipped)" -- $AS "$L/annalist" --dict "$L/data" "$L/locked.txt" "$L/open.txt"
rm -rf "$L"
