# dictcmd.sh -- `annalist dict check` and `annalist dict convert`, sourced by
# run.sh (uses its count function).
A=build/annalist-san
DC=tests/data/dictcheck
# dict check finds one problem of each kind in files written with them
# (tests/data/dictcheck/expected.txt, read and checked by hand): a phrase
# with two codes, a phrase listed twice with one code, overlapping date
# ranges (not the ranges that follow each other), two targets, an undefined synonym set, a repeated pattern, a code
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
# dict convert is lossless on verbs: irregular forms "{BROKE_ BROKEN_}" (or
# on a line of their own), a '~' stem "BACK~_POLICY", '_' joins
# "HARSH_WORDS_" and "A_HERO'S_WELCOME" survive; converting the output again
# gives the same file, and the original and both copies code the seven
# sentences of roundtrip.txt alike: 161 161 112 113 190 051 052, one a
# sentence (read by hand against roundtrip.verbs)
$A dict convert --verbs $DC/roundtrip.verbs 2>&1 | grep -v '^# from' > build/rt1.verbs
$A dict convert --verbs build/rt1.verbs 2>&1 | grep -v '^# from' > build/rt2.verbs
rtcode() { $A -q --no-bundled --verbs "$1" --actors $DC/roundtrip.actors --format tsv \
               $DC/roundtrip.txt 2>&1 | cut -f2,10 | tr '\t\n' ': '; }
rt0=$(rtcode $DC/roundtrip.verbs)
cmp -s build/rt1.verbs build/rt2.verbs && [ "$rt0" = "sentence:cameo 1:161 2:161 3:112 4:113 5:190 6:051 7:052 " ] &&
    [ "$(rtcode build/rt1.verbs)" = "$rt0" ] && [ "$(rtcode build/rt2.verbs)" = "$rt0" ]
count "dict convert keeps irregular forms, '~' stems and '_' joins: same file again, same codes" $?
# PETRARCH's verb file converts to a file that converts to itself (its
# verbs stay words, not stems, and its blocks stay apart: "--- ---" lines)
P=../shared/anchors/petrarch/CAMEO.verbpatterns.150430.txt
if [ -f $P ]; then
    $A dict convert --verbs $P 2>/dev/null | grep -av '^# from' > build/pv1.verbs
    $A dict convert --verbs build/pv1.verbs 2>&1 | grep -av '^# from' > build/pv2.verbs
    [ "$(wc -l < build/pv1.verbs)" -gt 10000 ] && cmp -s build/pv1.verbs build/pv2.verbs
    count "dict convert: PETRARCH's CAMEO.verbpatterns converts to itself" $?
fi
# dict convert keeps TABARI dated null and discard actor codes ("[---
# <891231]", "[### >890120]"), which annalist reads back: converting again
# gives the same file, and all three code dated.txt alike: in 1988 Reagan
# is USA and Bush no actor, in 1991 Reagan discards his sentence and Bush
# is USAGOV (read by hand against roundtrip.actors)
$A dict convert --actors $DC/roundtrip.actors 2>&1 | grep -v '^# from' > build/rt1.actors
$A dict convert --actors build/rt1.actors 2>&1 | grep -v '^# from' > build/rt2.actors
rtdated() { for dt in 1988-06-01 1991-06-01; do $A -q --no-bundled --verbs $DC/roundtrip.verbs \
    --actors "$1" --date $dt --format tsv $DC/dated.txt 2>&1 | cut -f2,4,7,10 | tr '\t\n' ': '; done; }
rt0=$(rtdated $DC/roundtrip.actors)
cmp -s build/rt1.actors build/rt2.actors && grep -q '^--- \.\.1989-12-31 : bush$' build/rt1.actors &&
    [ "$rt0" = "sentence:source:target:cameo 1:USA:RUS:111 sentence:source:target:cameo 2:USAGOV:UKR:111 " ] &&
    [ "$(rtdated build/rt1.actors)" = "$rt0" ] && [ "$(rtdated build/rt2.actors)" = "$rt0" ]
count "dict convert keeps dated null and discard actor codes: same file again, same codes" $?
# discards (docs/dictionaries.md): "+WORLD CUP" drops the whole "cup" story,
# its first sentence too; "HOROSCOPE" drops only the second sentence of
# "stars"; "plain" keeps both (read by hand against discard.jsonl)
dsc() { $A -q --no-bundled --verbs $DC/roundtrip.verbs --actors $DC/roundtrip.actors "$@" \
            --format tsv $DC/discard.jsonl 2>&1 | cut -f1,2,10 | tr '\t\n' ': '; }
[ "$(dsc)" = "story_id:sentence:cameo cup:1:111 cup:2:190 stars:1:111 stars:2:190 plain:1:111 plain:2:190 " ] &&
    [ "$(dsc --discards $DC/roundtrip.discards)" = "story_id:sentence:cameo stars:1:111 plain:1:111 plain:2:190 " ]
count "a '+' discard drops the whole story, a plain one only its sentence" $?
