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
ratchet tabari "$ANCH/TABARI/Validate.project"
ratchet petrarch "$ANCH/petrarch2/PETR.UnitTest.records.xml"
