#!/bin/sh
# test_store.sh -- the event store's tests (src/8_store): builds two small
# drivers with the sanitizers -- store_load (JSON Lines events -> store, story
# by story, through store_put_story) and store_cli (the query commands,
# through query_main) -- then loads the hand-written
# tests/store/sample-events.jsonl and the events annalist (build/annalist-san,
# else ./annalist) codes from examples/corpus.jsonl,
# and checks every command's figures against figures computed independently
# from the JSON lines (tests/store/check_store.py). Prints one "ok NAME" or
# "FAIL NAME" line per check and last "N passed, M failed"; exits non-zero
# when anything failed.
cd "$(dirname "$0")/../.." || exit 2
W=build/store-test
rm -rf "$W"
mkdir -p "$W"
CC=${CC:-cc}
CFLAGS="-std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -O1 -g -Isrc"
SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"
LIBS="-ljansson -lsqlite3 -lxxhash -lutf8proc -lm -lpthread"
export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
pass=0
fail=0
for prog in store_load store_cli; do
    # shellcheck disable=SC2086
    if $CC $CFLAGS $SAN -o "$W/$prog" "tests/store/$prog.c" src/8_store/*.c src/lib/*.c \
        $LIBS 2>"$W/$prog.log"; then
        pass=$((pass + 1)); echo "ok build $prog"
    else
        fail=$((fail + 1)); echo "FAIL build $prog"; sed 's/^/     /' "$W/$prog.log"
    fi
done
if [ "$fail" -ne 0 ]; then
    echo "$pass passed, $fail failed"
    exit 1
fi

# check LABEL EVENTS [ANNALIST CORPUS]: the checks, counted
check() {
    python3 tests/store/check_store.py "$1" "$2" "$W/$1" "$W/store_load" "$W/store_cli" \
        ${3:+"$3"} ${4:+"$4"} > "$W/$1.out" 2>&1
    st=$?
    cat "$W/$1.out"
    p=$(grep -c '^ok ' "$W/$1.out")
    f=$(grep -c '^FAIL ' "$W/$1.out")
    pass=$((pass + p)); fail=$((fail + f))
    if [ $st -ne 0 ]; then fail=$((fail + 1)); echo "FAIL [$1] check_store.py stopped (status $st)"; fi
}

check sample tests/store/sample-events.jsonl
# the coder itself: the sanitizer build that make test builds, else ./annalist
A=./annalist
[ -x build/annalist-san ] && A=build/annalist-san
if [ -x "$A" ] && [ -f examples/corpus.jsonl ]; then
    if "$A" -q examples/corpus.jsonl > "$W/corpus-events.jsonl" 2>"$W/corpus.log" &&
        [ -s "$W/corpus-events.jsonl" ]; then
        check corpus "$W/corpus-events.jsonl" "$A" examples/corpus.jsonl
    else
        fail=$((fail + 1)); echo "FAIL $A codes examples/corpus.jsonl"
        sed 's/^/     /' "$W/corpus.log"
    fi
else
    fail=$((fail + 1)); echo "FAIL corpus: no annalist binary or examples/corpus.jsonl (run make first)"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
