#!/usr/bin/env bash
# Benchmark of `crosscheck serve`: latency (p50, p99), throughput and the server's peak RSS for
# whole news-length article pairs (the fixture pairs), at several client concurrencies.
#
#   mvn -q package -DskipTests && scripts/service-benchmark.sh
#   REQUESTS=500 CLIENTS="1 2 8" THREADS=2 SERVER_OPTS="-Xmx256m" scripts/service-benchmark.sh
#
# The server runs from target/crosscheck.jar (with its CDS archive when present); the load client
# (org.crosscheck.bench.LoadClient) runs in a second JVM on the same machine and shares its cores.
# Peak RSS is the server's VmHWM from /proc after every run. Prints the load average before and
# after, since timings on a shared machine mean little without it.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/crosscheck.jar
REQUESTS=${REQUESTS:-500}
WARMUP=${WARMUP:-200}
CLIENTS=${CLIENTS:-"1 2 8"}
THREADS=${THREADS:-2}
PORT=${PORT:-18181}
SERVER_OPTS=${SERVER_OPTS:-"-Xmx256m -XX:+UseSerialGC"}
CLIENT_OPTS=${CLIENT_OPTS:-"-Xmx128m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"}

[ -f "$JAR" ] || { echo "no $JAR: run mvn -q package -DskipTests first" >&2; exit 2; }
CDS=""
[ -f target/crosscheck.jsa ] && CDS="-XX:SharedArchiveFile=target/crosscheck.jsa -Xshare:auto"

LOG=$(mktemp)
# shellcheck disable=SC2086
java $CDS $SERVER_OPTS -jar "$JAR" serve --port "$PORT" --threads "$THREADS" 2>"$LOG" &
SERVER=$!
trap 'kill -TERM $SERVER 2>/dev/null || true; rm -f "$LOG"' EXIT

START=$(date +%s.%N)
until curl -sf "http://127.0.0.1:$PORT/v1/health" >/dev/null; do
  kill -0 $SERVER 2>/dev/null || { cat "$LOG" >&2; exit 2; }
  sleep 0.1
done
echo "server ready in $(echo "$(date +%s.%N) - $START" | bc) s (warm-up included); opts: $SERVER_OPTS, --threads $THREADS"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

client() {
  # shellcheck disable=SC2086
  java $CLIENT_OPTS -cp "$JAR" org.crosscheck.bench.LoadClient "http://127.0.0.1:$PORT" "$@"
}

cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' /proc/$SERVER/stat; }

client fixtures "$WARMUP" 2 >/dev/null   # JIT warm-up, not counted
client --health 2000 4 >/dev/null
echo "HTTP layer alone: $(client --health 5000 4)"
for c in $CLIENTS; do
  before=$(cpu_ms)
  line=$(client fixtures "$REQUESTS" "$c")
  echo "clients $c: $line; server CPU $(( ($(cpu_ms) - before) / REQUESTS )) ms a request"
done
echo "server peak RSS: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$SERVER/status); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

T0=$(date +%s.%N)
kill -TERM $SERVER
wait $SERVER || true
echo "SIGTERM to exit: $(echo "$(date +%s.%N) - $T0" | bc) s"
trap - EXIT
rm -f "$LOG"
