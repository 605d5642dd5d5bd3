#!/usr/bin/env bash
# The archive benchmark (issue 13), on the built jar (mvn package first).
#  (a) ArchiveBenchmark: index the dev-case originals with PolNeAR, the BBC News dataset and the
#      SummEdits source summaries (a fixed set of originals held back), check the 300 dev-case
#      copies in process; throughput, size, matching and findings against pairwise report
#  (b) check, whole process: median of RUNS runs on single copies (JSON + HTML)
#  (c) check --out over all 300 copies in one process: seconds per copy
# usage: scripts/archive-benchmark.sh   env: WORK (default a temporary directory), RUNS (7),
#   DEV (/work/shared/data/dev-cases), POLNEAR (/tmp/polnear), BBC (the dataset's bbc/ folder, e.g. from
#   GitHub dejanbatanjac/bbc-article-classify-bert, extracted outside the repo), SUMMEDITS (the jsonl files)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/crosscheck.jar
[ -f "$jar" ] || { echo "no $jar: run mvn package first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "no /usr/bin/time: apt-get install -y time" >&2; exit 2; }
work=${WORK:-$(mktemp -d)}
runs=${RUNS:-7}
dev=${DEV:-/work/shared/data/dev-cases}
polnear=${POLNEAR:-/tmp/polnear}
bbc=${BBC:-/tmp/archive-bench/bbc}
summedits=${SUMMEDITS:-"/work/shared/data/summedits-news-dev.jsonl /work/shared/data/summedits-other-domains.jsonl"}
cds=()
[ -f target/crosscheck.jsa ] && cds=(-XX:SharedArchiveFile=target/crosscheck.jsa -Xlog:cds=off -Xlog:cds+dynamic=off)
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "(a) index and check in process"
# shellcheck disable=SC2086
java -cp "$jar" org.crosscheck.bench.ArchiveBenchmark "$work" "$dev" "$polnear" "$bbc" $summedits

echo "(b) check, whole process, median of $runs runs (wall seconds; CPU user+sys seconds; peak RSS MB)"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
: > "$work/walls"; : > "$work/cpus"; : > "$work/rss"
for i in $(seq "$runs"); do
  copy=$(sed -n "$((i * 37 % 300 + 1))p" "$work/copies.txt")
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" java "${cds[@]}" -XX:TieredStopAtLevel=1 -jar "$jar" check --archive "$work/archive" "$copy" \
    --json "$work/one.json" --html "$work/one.html" --quiet || true
  read -r e u s m < <(tail -n 1 "$work/t")
  echo "$e" >> "$work/walls"; echo "$u $s" | awk '{print $1+$2}' >> "$work/cpus"; echo $((m / 1024)) >> "$work/rss"
done
echo "  wall $(median < "$work/walls") s, cpu $(median < "$work/cpus") s, peak RSS $(median < "$work/rss") MB"

echo "  the same pairs with report (original and copy named on the command line), for reference"
: > "$work/walls"; : > "$work/cpus"; : > "$work/rss"
for i in $(seq "$runs"); do
  copy=$(sed -n "$((i * 37 % 300 + 1))p" "$work/copies.txt")
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" java "${cds[@]}" -XX:TieredStopAtLevel=1 -jar "$jar" report "$(dirname "$copy")/original.txt" "$copy" \
    --json "$work/one.json" --html "$work/one.html" --quiet || true
  read -r e u s m < <(tail -n 1 "$work/t")
  echo "$e" >> "$work/walls"; echo "$u $s" | awk '{print $1+$2}' >> "$work/cpus"; echo $((m / 1024)) >> "$work/rss"
done
echo "  wall $(median < "$work/walls") s, cpu $(median < "$work/cpus") s, peak RSS $(median < "$work/rss") MB"

echo "(c) check --out over every copy in one process"
/usr/bin/time -f "%e %U %S %M" -o "$work/t" java "${cds[@]}" -jar "$jar" check --archive "$work/archive" --out "$work/out" --quiet \
  $(cat "$work/copies.txt") || true
read -r e u s m < <(tail -n 1 "$work/t")
n=$(wc -l < "$work/copies.txt")
awk -v e="$e" -v u="$u" -v s="$s" -v n="$n" -v m="$m" \
  'BEGIN {printf "  %d copies in %.1f s wall (%.2f s a copy), CPU %.2f s a copy, peak RSS %d MB\n", n, e, e / n, (u + s) / n, m / 1024}'
