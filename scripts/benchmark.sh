#!/usr/bin/env bash
# Whole-process benchmarks of the built jar (mvn package first: it makes target/crosscheck.jar and
# the class-data-sharing archive target/crosscheck.jsa).
#  (a) seed pair, one report: median wall time of 5 runs, JVM start included, plain, with CDS, and
#      through bin/crosscheck (the launcher users run: its JVM and flags are printed)
#  (b) manifest mode on 1,000 generated pairs: pairs/second and peak memory (RSS), plain java -jar
#      with CDS and through bin/crosscheck
#  (c) scaling: 250, 500, 1,000 sets at 1x length; SCALE_SETS sets at 1x, 4x, 16x length
# usage: scripts/benchmark.sh   env: THREADS (default nproc), RUNS (5), SETS (1000), SCALE_SETS (100)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/crosscheck.jar
jsa=target/crosscheck.jsa
threads=${THREADS:-$(nproc)}
runs=${RUNS:-5}
sets=${SETS:-1000}
scale_sets=${SCALE_SETS:-100}
[ -f "$jar" ] || { echo "no $jar: run mvn package first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "no /usr/bin/time: apt-get install -y time" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cds=()
[ -f "$jsa" ] && cds=(-XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
seed=(fixtures/seeds/sky-news.txt fixtures/seeds/forces-news.txt)

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "(a) seed pair, whole process, median of $runs runs (wall seconds; CPU user+sys seconds)"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seedrun() { # label, java flags...
  local label=$1; shift
  : > "$work/walls"; : > "$work/cpus"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S" -o "$work/t" java "$@" -jar "$jar" report "${seed[@]}" --json "$work/seed.json" --html "$work/seed.html" --quiet || true
    read -r e u s < <(tail -n 1 "$work/t")
    echo "$e" >> "$work/walls"; echo "$u $s" | awk '{print $1+$2}' >> "$work/cpus"
  done
  printf '  %-32s wall %5.2f s   cpu %5.2f s\n' "$label" "$(median < "$work/walls")" "$(median < "$work/cpus")"
}
seedrun "plain (java -jar)"
if [ ${#cds[@]} -gt 0 ]; then
  seedrun "CDS archive" "${cds[@]}"
  seedrun "CDS archive + TieredStopAtLevel=1" "${cds[@]}" -XX:TieredStopAtLevel=1
fi
# the launcher's cache goes to a scratch folder; one untimed run makes it
export CROSSCHECK_CACHE="$work/launcher-cache" CROSSCHECK_JAR="$PWD/$jar"
bin/crosscheck report "${seed[@]}" --json "$work/seed.json" --quiet || true
CROSSCHECK_LAUNCHER_VERBOSE=1 bin/crosscheck --version 2>&1 >/dev/null | sed 's/^/  launcher: /'
launcherrun() {
  : > "$work/walls"; : > "$work/cpus"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S" -o "$work/t" bin/crosscheck report "${seed[@]}" --json "$work/seed.json" --html "$work/seed.html" --quiet || true
    read -r e u s < <(tail -n 1 "$work/t")
    echo "$e" >> "$work/walls"; echo "$u $s" | awk '{print $1+$2}' >> "$work/cpus"
  done
  printf '  %-32s wall %5.2f s   cpu %5.2f s\n' "bin/crosscheck" "$(median < "$work/walls")" "$(median < "$work/cpus")"
}
launcherrun
if command -v hyperfine >/dev/null; then
  hyperfine -N -r "$runs" -i "java ${cds[*]} -XX:TieredStopAtLevel=1 -jar $jar report ${seed[*]} --json $work/seed.json --quiet" 2>&1 | sed 's/^/  /'
fi

batch() { # sets scale [launcher] -> prints "sets scale wall pairs/s peakMB"
  local n=$1 scale=$2 dir="$work/c-$1-$2"
  local run=(java "${cds[@]}" -jar "$jar")
  [ "${3:-}" = launcher ] && run=(bin/crosscheck)
  java -cp "$jar" org.crosscheck.bench.CorpusGenerator fixtures "$dir" "$n" "$scale" 1 > /dev/null
  /usr/bin/time -f "%e %M %U %S" -o "$work/t" "${run[@]}" report --manifest "$dir/manifest.jsonl" --out "$dir/out" --threads "$threads" --quiet || true
  read -r e m u s < <(tail -n 1 "$work/t")
  awk -v n="$n" -v k="$scale" -v e="$e" -v m="$m" -v u="$u" -v s="$s" \
    'BEGIN {printf "  %6d  %4dx  %8.1f s  %7.1f pairs/s  %6.1f CPU-ms/pair  %6.0f MB peak\n", n, k, e, n/e, 1000*(u+s)/n, m/1024}'
  rm -rf "$dir"
}
echo
echo "(b) manifest mode, $sets generated pairs, --threads $threads"
main=$(batch "$sets" 1)
echo "$main   (java -jar, CDS)"
echo "$(batch "$sets" 1 launcher)   (bin/crosscheck)"
echo
echo "(c) scaling (sets, length, wall, throughput, CPU per pair, peak RSS)"
for n in 250 500 1000; do
  if [ "$n" -eq "$sets" ]; then echo "$main"; else batch "$n" 1; fi
done
for k in 1 4 16; do batch "$scale_sets" "$k"; done
