# validate.sh -- sourced by run.sh: runs the TABARI and PETRARCH validation
# suites from ../shared/anchors (when present) and fails when the number of
# records passed drops below the figure in tests/validate_ratchet.txt.
ANCH=../shared/anchors
ratchet() { # NAME FILE
    want=$(sed -n "s/^$1 \([0-9]*\)$/\1/p" tests/validate_ratchet.txt)
    if [ ! -f "$2" ]; then echo "skip validate $1: $2 not found"; return; fi
    line=$(build/annalist-san validate -q "$2" 2>/dev/null | tail -1)
    got=$(echo "$line" | sed -n 's/^\([0-9]*\) passed, [0-9]* failed$/\1/p')
    echo "     $1 suite: $line (ratchet $want)"
    [ -n "$got" ] && [ "$got" -ge "$want" ]
    count "validate $1 suite >= $want passed" $?
}
# a TABARI-format suite written for these tests (tests/data/tabari): how
# records are read (blank lines, comments, -{, bad dates, the end marker),
# OPTION records, CODE ALL and FORWARD; every record it counts must pass
out=$(build/annalist-san validate tests/data/tabari/suite.project 2>&1)
echo "$out" | grep -q "^(6 option, header or optional records not counted)$" &&
    [ "$(echo "$out" | tail -1)" = "31 passed, 0 failed" ] && ! echo "$out" | grep -q "Sanitizer"
count "validate reads a TABARI suite as TABARI does (31 records, all pass)" $?
# the harness itself on a small PETRARCH-format suite written for it:
# <Config> require_dyad, noevents, records PETRARCH does not code
line=$(build/annalist-san validate -q tests/data/petrarch/mini.xml 2>&1 | tail -2 | tr '\n' ' ')
echo "     petrarch mini suite: $line"
[ "$line" = "(2 option, header or optional records not counted) 4 passed, 0 failed " ]
count "validate reads a PETRARCH suite's Config, noevents, sentence=false, Dol_Amroth" $?
# a mismatch is reported as the issue asks: the record, expected vs coded,
# the per-category table and the last line; --explain adds the event's
# dictionary entries and pattern under the FAIL line
out=$(build/annalist-san validate tests/data/petrarch/mismatch.xml 2>&1)
echo "$out" | grep -qx "FAIL M-02: expected NTH/STH/111; coded NTH/STH/122" &&
    echo "$out" | grep -Eq "^TEST +1 +1$" && [ "$(echo "$out" | tail -1)" = "1 passed, 1 failed" ] &&
    ! echo "$out" | grep -q "M-01"
count "validate reports a mismatch: expected vs coded, per-category table, last line" $?
out=$(build/annalist-san validate --explain tests/data/petrarch/mismatch.xml 2>&1)
echo "$out" | grep -A1 "^FAIL M-02" | tail -1 | grep -q '"story_id":"M-02".*"cameo":"122".*"explain":{.*"entry":"tests/data/petrarch/mini.verbs.txt:[0-9]*"'
count "validate --explain shows the dictionary entries behind a mismatch" $?
ratchet tabari "$ANCH/TABARI/Validate.project"
ratchet petrarch "$ANCH/petrarch2/PETR.UnitTest.records.xml"
# the production dictionaries (Phoenix actors and agents, CAMEO verb patterns
# in PETRARCH-1 and PETRARCH-2 form) load and code the GigaWord sample
D2="$ANCH/Dictionaries"
if [ -d "$D2" ]; then
    for V in "$D2/CAMEO.verbpatterns.txt" "$ANCH/petrarch2/CAMEO.2.0.txt"; do
        build/annalist-san --no-bundled --verbs "$V" \
            --actors "$D2/Phoenix.Countries.actors.txt,$D2/Phoenix.International.actors.txt,$D2/Phoenix.MilNonState.actors.txt" \
            --agents "$D2/Phoenix.agents.txt" --discards "$D2/Phoenix.discards.txt" \
            "$ANCH/petrarch2/GigaWord.sample.PETR.xml" > build/giga.out 2> build/giga.err
        st=$?
        nerr=$(grep -v "warning:" build/giga.err | grep -c "^annalist: .*:[0-9]*: ")
        nev=$(wc -l < build/giga.out)
        echo "     $(basename "$V"): $(tail -1 build/giga.err | sed 's/^annalist: //'); $nerr dictionary lines not read"
        [ $st -eq 0 ] && [ "$nev" -gt 10 ] && ! grep -q "Sanitizer\|runtime error" build/giga.err && [ "$nerr" -lt 40 ]
        count "production dictionaries ($(basename "$V")) code the GigaWord sample" $?
    done
fi
