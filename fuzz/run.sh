#!/bin/sh
# run.sh SECONDS TARGET... -- runs each fuzz target for SECONDS on a copy of
# its committed seed corpus; any crash, leak or sanitizer report fails.
# Prints one line per target and "N passed, M failed".
cd "$(dirname "$0")/.." || exit 2
secs=$1; shift
pass=0; fail=0
for t in "$@"; do
    work=fuzz/build/corpus-$t
    rm -rf "$work"; mkdir -p "$work"
    cp fuzz/corpus/$t/* "$work"/ 2>/dev/null || true
    log=fuzz/build/$t.log
    if ./fuzz/build/fuzz_$t -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 \
            -max_len=65536 -artifact_prefix=fuzz/build/$t- "$work" >"$log" 2>&1; then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
        [ -z "$runs" ] && runs=$(grep -o '#[0-9]*' "$log" | tail -1)
        pass=$((pass + 1)); echo "ok   fuzz $t ${secs}s $(tail -1 "$log" | cut -c1-80)"
    else
        fail=$((fail + 1)); echo "FAIL fuzz $t (see $log)"; grep -A15 "ERROR\|SUMMARY" "$log" | head -30
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
