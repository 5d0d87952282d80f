#!/bin/sh
# lint.sh -- static analysis with the committed configuration: cppcheck and
# clang-tidy (.clang-tidy). Both must run clean. Prints one line per tool
# and "N passed, M failed".
cd "$(dirname "$0")/.." || exit 2
pass=0; fail=0
if cppcheck --quiet --enable=warning,portability,performance --std=c11 -Isrc \
        --inline-suppr --error-exitcode=1 -D_GNU_SOURCE src; then
    pass=$((pass + 1)); echo "ok   cppcheck"
else fail=$((fail + 1)); echo "FAIL cppcheck"; fi
out=$(for f in src/*.c src/*/*.c; do
          clang-tidy -quiet "$f" -- -std=c11 -D_GNU_SOURCE -Isrc -I/usr/include/libxml2 2>&1
      done | grep -E "(warning|error):")
if [ -z "$out" ]; then pass=$((pass + 1)); echo "ok   clang-tidy"
else fail=$((fail + 1)); echo "FAIL clang-tidy"; echo "$out"; fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
