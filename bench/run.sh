#!/bin/sh
# run.sh -- the throughput benchmark (make bench). Builds the corpus once
# (bench/corpus.jsonl, BENCH_MB megabytes, default 200), then times annalist
# with 1 thread and with every core, and reports stories/s, sentences/s,
# MB/s, events/s, peak memory, dictionary load time, time to the first
# event, the time of `wc -w` on the same file, and whether the output of
# N threads is byte-identical to 1 thread.
cd "$(dirname "$0")/.." || exit 2
set -e
MB=${BENCH_MB:-200}
C=bench/corpus.jsonl
make -s annalist
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null 2>&1 || true; }
want=$((MB * 1024 * 1024 * 95 / 100))
if [ ! -f $C ] || [ "$(stat -c %s $C)" -lt "$want" ]; then
    python3 bench/make_corpus.py --mb "$MB" --seed 1 --out $C
fi
bytes=$(stat -c %s $C)
mb=$(echo "$bytes" | awk '{printf "%.1f", $1 / 1048576}')
cores=$(nproc)
echo "corpus: $C, $mb MB; machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $cores cores"
now() { date +%s.%N; }
run() { # threads outfile -> sets secs, rss, summary
    /usr/bin/time -f '%M' -o build/bench.rss ./annalist --threads "$1" "$C" > "$2" 2> build/bench.err
    rss=$(tail -1 build/bench.rss)
    summary=$(grep 'stories (' build/bench.err | tail -1)
}
mkdir -p build
t0=$(now); wc -w $C > /dev/null; t1=$(now)
wc_secs=$(echo "$t0 $t1" | awk '{printf "%.2f", $2 - $1}')
printf '%-10s %8s %10s %12s %8s %10s %9s %8s\n' threads seconds stories/s sentences/s MB/s events/s peak_MB x_wc
for n in 1 $cores; do
    t0=$(now); run "$n" build/bench-$n.jsonl; t1=$(now)
    secs=$(echo "$t0 $t1" | awk '{printf "%.2f", $2 - $1}')
    stories=$(echo "$summary" | sed 's/.*: \([0-9]*\) stories.*/\1/')
    sents=$(echo "$summary" | sed 's/.*, \([0-9]*\) sentences.*/\1/')
    events=$(echo "$summary" | sed 's/.*, \([0-9]*\) events.*/\1/')
    big_rss=$rss
    echo "$n $secs $stories $sents $bytes $events $rss $wc_secs" | awk '{printf "%-10s %8.2f %10.0f %12.0f %8.1f %10.0f %9.0f %8.1f\n", $1, $2, $3/$2, $4/$2, $5/1048576/$2, $6/$2, $7/1024, $2/$8}'
done
echo "wc -w: ${wc_secs} s"
if cmp -s build/bench-1.jsonl build/bench-$cores.jsonl; then echo "output with $cores threads: byte-identical to 1 thread"
else echo "output with $cores threads: DIFFERS from 1 thread"; fi
# memory does not grow with the corpus
head -c 10485760 $C | sed '$d' > build/bench-10mb.jsonl
/usr/bin/time -f '%M' -o build/bench.rss ./annalist -q --threads "$cores" build/bench-10mb.jsonl > /dev/null
echo "peak memory ($cores threads): 10 MB input $(awk '{printf "%.0f", $1/1024}' build/bench.rss) MB; $mb MB input $(echo "$big_rss" | awk '{printf "%.0f", $1/1024}') MB"
# the coding alone: the same runs with the output thrown away, so that the
# kernel's copy of the output into a file (about 3.7 bytes a byte of input,
# done beside the one worker of a 1-thread run) is not in the ratio
null_secs() { # threads -> seconds to code the corpus into /dev/null
    t0=$(now); ./annalist -q --threads "$1" "$C" > /dev/null; t1=$(now)
    echo "$t0 $t1" | awk '{printf "%.2f", $2 - $1}'
}
n1=$(null_secs 1); nc=$(null_secs "$cores")
echo "$n1 $nc $bytes" | awk -v c="$cores" '{printf "output to /dev/null: 1 thread %.2f s (%.1f MB/s), %d threads %.2f s (%.1f MB/s): %.2fx\n", $1, $3/1048576/$1, c, $2, $3/1048576/$2, $1/$2}'
# dictionary load and start-up
: > build/bench-empty.jsonl
t0=$(now); for i in 1 2 3 4 5 6 7 8 9 10; do ./annalist -q build/bench-empty.jsonl; done; t1=$(now)
echo "$t0 $t1" | awk '{printf "dictionary load (empty input): %.1f ms\n", ($2 - $1) * 100}'
echo '{"id":"one","date":"2022-01-01","text":"China condemned Australia."}' > build/bench-one.jsonl
t0=$(now); for i in 1 2 3 4 5 6 7 8 9 10; do ./annalist -q build/bench-one.jsonl > /dev/null; done; t1=$(now)
echo "$t0 $t1" | awk '{printf "start-up to first event: %.1f ms\n", ($2 - $1) * 100}'
