#!/bin/sh
# valgrind.sh -- the second pass of issue #5: unit tests and coding runs on
# plain builds under valgrind memcheck; any error or leak fails.
cd "$(dirname "$0")/.." || exit 2
pass=0; fail=0
VG="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect"
run() { # name cmd...
    name=$1; shift
    "$@" >/dev/null 2>build/vg.err; st=$?
    if [ $st -ne 99 ] && ! grep -q "==[0-9]*==" build/vg.err; then
        pass=$((pass + 1)); echo "ok   valgrind $name"
    else fail=$((fail + 1)); echo "FAIL valgrind $name"; head -30 build/vg.err; fi
}
run "unit tests" $VG ./build/unit-tests-plain
printf 'China condemned Australia.\n' > build/vg-story.txt
run "code a story" $VG ./annalist --dict tests/data --threads 2 build/vg-story.txt
[ -f examples/corpus.jsonl ] && run "code the example corpus" $VG ./annalist -q --threads 2 examples/corpus.jsonl
run "validate TABARI" $VG ./annalist validate -q ../shared/anchors/TABARI/Validate.project
# the end-to-end stories, each coded under valgrind
printf '#!/bin/sh\nexec valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect "%s/annalist" "$@"\n' "$(pwd)" > build/annalist-vg
chmod +x build/annalist-vg
res=$(python3 tests/e2e_check.py build/annalist-vg tests/e2e)
p=$(echo "$res" | sed -n 's/^RESULT \([0-9]*\) \([0-9]*\)$/\1/p')
f=$(echo "$res" | sed -n 's/^RESULT \([0-9]*\) \([0-9]*\)$/\2/p')
echo "$res" | grep '^FAIL' | sed 's/^/valgrind /'
echo "ok   valgrind e2e stories: ${p:-0} passed, ${f:-?} failed"
pass=$((pass + ${p:-0})); fail=$((fail + ${f:-1}))
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
