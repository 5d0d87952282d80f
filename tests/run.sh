#!/bin/sh
# run.sh -- the whole test suite (called by `make test`): unit tests, the
# command-line and hostile-input tests, and the end-to-end stories, all with
# the AddressSanitizer + UndefinedBehaviorSanitizer build, and the gold-set
# quality floor (tests/gold_ratchet.txt). Ends with the line
# "N passed, M failed"; exits non-zero when anything failed.
cd "$(dirname "$0")/.." || exit 2
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
pass=0; fail=0
count() { # name status
    if [ "$2" -eq 0 ]; then pass=$((pass + 1)); echo "ok   $1"
    else fail=$((fail + 1)); echo "FAIL $1"; fi
}
# 1. unit tests (cmocka); each failing test is reported by cmocka itself
out=$(./build/unit-tests 2>&1); st=$?
echo "$out" | grep -E '^\[  (PASSED|FAILED|ERROR) |^\[   LINE|ERROR: |SUMMARY' 
np=$(echo "$out" | grep -E '^\[       OK \]' | wc -l)
nf=$(echo "$out" | grep -E '^\[  FAILED  \] [a-z_]+$' | wc -l)
pass=$((pass + np)); fail=$((fail + nf))
if [ $st -ne 0 ] && [ $nf -eq 0 ]; then count "unit tests (sanitizer or crash)" 1; fi
# 2. command line and hostile input
. tests/cli.sh
. tests/store.sh
res=$(sh tests/store/test_store.sh 2>&1); st=$?
echo "$res" | grep -E '^(FAIL|     )' | head -40
p=$(echo "$res" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
f=$(echo "$res" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
echo "ok   store suite: ${p:-0} checks passed, ${f:-?} failed (tests/store/test_store.sh)"
pass=$((pass + ${p:-0})); fail=$((fail + ${f:-1}))
# 3. the other coders' validation suites (ratchet)
. tests/validate.sh
# 4. end-to-end stories with the bundled dictionaries
if ls tests/e2e/*.txt >/dev/null 2>&1; then
    res=$(python3 tests/e2e_check.py build/annalist-san tests/e2e); st=$?
    echo "$res" | grep -v '^RESULT'
    p=$(echo "$res" | sed -n 's/^RESULT \([0-9]*\) \([0-9]*\)$/\1/p')
    f=$(echo "$res" | sed -n 's/^RESULT \([0-9]*\) \([0-9]*\)$/\2/p')
    pass=$((pass + ${p:-0})); fail=$((fail + ${f:-1}))
fi
# 5. coding quality on the hand-coded news gold set (tests/gold/README.md):
# fails when recall falls below or the spurious share rises above the floor
# in tests/gold_ratchet.txt
read -r grec gspur <<EOF_G
$(grep -v '^#' tests/gold_ratchet.txt)
EOF_G
res=$(python3 tests/gold_score.py build/annalist-san tests/gold --min-recall "$grec" --max-spurious "$gspur" 2>&1); st=$?
echo "$res" | grep -E '^(dev|heldout[0-9]*) |^GOLD|rror|anchor'
echo "     (floor: recall >= $grec%, spurious <= $gspur%)"
count "gold set quality" $st
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
