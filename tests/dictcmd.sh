# dictcmd.sh -- `annalist dict check` and `annalist dict convert`, sourced by
# run.sh (uses its count function).
A=build/annalist-san
DC=tests/data/dictcheck
# dict check finds one problem of each kind in files written with them
# (tests/data/dictcheck/expected.txt, read and checked by hand): a phrase
# with two codes, overlapping date ranges (not the ranges that follow each
# other), two targets, an undefined synonym set, a repeated pattern, a code
# not in CAMEO; the exit status is 1
out=$({ $A dict check --actors $DC/check.actors.txt; echo "exit $?"; \
        $A dict check --verbs $DC/check.verbs.txt 2>/dev/null; echo "exit $?"; } 2>&1)
[ "$(echo "$out" | grep -v '^exit')" = "$(cat $DC/expected.txt)" ] &&
    [ "$(echo "$out" | grep -c '^exit 1$')" -eq 2 ] && ! echo "$out" | grep -q "Sanitizer\|runtime error"
count "dict check reports duplicate phrases, overlapping ranges, dead patterns, non-CAMEO codes" $?
# dict convert keeps what a TABARI verb code says (paired, subordinate,
# dominant, discard), and reading its output converts to the same codes
$A dict convert --verbs tests/data/tabari/test.verbs > build/conv1.verbs 2>&1
$A dict convert --verbs build/conv1.verbs > build/conv2.verbs 2>&1
grep -q '^ARRIVE \[032:033\]$' build/conv1.verbs && grep -q '^STATE \[023?\]$' build/conv1.verbs &&
    grep -q '^TOURNAMENT \[###\]$' build/conv1.verbs && grep -q ' \[071!\]$' build/conv1.verbs &&
    [ "$(grep -o '\[[^]]*\]$' build/conv1.verbs)" = "$(grep -o '\[[^]]*\]$' build/conv2.verbs)" ] &&
    ! grep -q "Sanitizer\|runtime error" build/conv1.verbs build/conv2.verbs
count "dict convert keeps paired, subordinate, dominant and discard codes" $?
