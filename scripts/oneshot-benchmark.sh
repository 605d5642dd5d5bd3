#!/usr/bin/env bash
# Whole-process timing of one `crosscheck report` (the seed pair by default), run alternately with
# several jars so that a shared machine's load falls on each alike: wall, CPU (user + sys) and peak
# RSS per run, then the median of each per jar, with the load average before and after.
#
#   scripts/oneshot-benchmark.sh [RUNS=5] JAR[@LAUNCHER]...
#   BASELINE=/tmp/baseline.jar scripts/oneshot-benchmark.sh 7 target/crosscheck.jar
#
# Each jar runs through bin/crosscheck (its start-up cache is made first, outside the timing); a jar
# named JAR@LAUNCHER runs through that launcher instead, to time an older commit with its own
# (git show REV:bin/crosscheck > DIR/bin/crosscheck, with DIR/fixtures linking to fixtures/ for
# the launcher's training run).
# BASELINE names a jar run the old way instead: `java -XX:SharedArchiveFile=... -XX:TieredStopAtLevel=1
# -jar` with a CDS archive made for it first. PAIR="A B" picks other articles.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
shift || true
[ $# -gt 0 ] || set -- target/crosscheck.jar
PAIR=${PAIR:-"fixtures/seeds/sky-news.txt fixtures/seeds/forces-news.txt"}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

declare -a NAMES CMDS
if [ -n "${BASELINE:-}" ]; then
  jsa=$OUT/baseline.jsa
  # shellcheck disable=SC2086
  java -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -jar "$BASELINE" \
    report $PAIR --json "$OUT/warm.json" >/dev/null 2>&1 || true
  NAMES+=("baseline $(basename "$BASELINE")")
  CMDS+=("java -XX:SharedArchiveFile=$jsa -XX:TieredStopAtLevel=1 -jar $BASELINE")
fi
for arg in "$@"; do
  launcher=bin/crosscheck
  jar=$arg
  if [[ $arg == *@* ]]; then
    launcher=$(readlink -f "${arg#*@}")
    jar=${arg%%@*}
  fi
  jar=$(readlink -f "$jar")
  # shellcheck disable=SC2086
  CROSSCHECK_JAR=$jar "$launcher" report $PAIR --json "$OUT/warm.json" >/dev/null 2>&1 || true
  NAMES+=("$launcher $jar")
  CMDS+=("env CROSSCHECK_JAR=$jar $launcher")
done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $RUNS runs each, alternating; pair: $PAIR"
for ((r = 0; r < RUNS; r++)); do
  for i in "${!CMDS[@]}"; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/t" ${CMDS[$i]} report $PAIR --json "$OUT/x.json" >/dev/null 2>&1 || true
    tail -1 "$OUT/t" >> "$OUT/times.$i"
  done
done
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
for i in "${!CMDS[@]}"; do
  wall=$(awk '{print $1}' "$OUT/times.$i" | median)
  cpu=$(awk '{print $2 + $3}' "$OUT/times.$i" | median)
  rss=$(awk '{print $4 / 1024}' "$OUT/times.$i" | median)
  all=$(awk '{printf "%s ", $1}' "$OUT/times.$i")
  printf '%s: median wall %.2f s, CPU %.2f s, peak RSS %.0f MB (walls: %s)\n' "${NAMES[$i]}" "$wall" "$cpu" "$rss" "$all"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
