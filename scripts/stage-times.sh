#!/usr/bin/env bash
# Where one comparison's time goes, stage by stage (org.crosscheck.bench.StageTimes): the cold first
# pass and warm passes, in one thread, with the start-up flags bin/crosscheck uses for a report
# (C1 only, serial collector). The seed pair by default.
#
#   mvn -q package -DskipTests && scripts/stage-times.sh [LEFT RIGHT [WARM_PASSES]]
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java scripts/stage-times.sh
set -euo pipefail
cd "$(dirname "$0")/.."
LEFT=${1:-fixtures/seeds/sky-news.txt}
RIGHT=${2:-fixtures/seeds/forces-news.txt}
PASSES=${3:-20}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $("$JAVA" -version 2>&1 | head -1); $JAVA_OPTS"
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -cp target/crosscheck.jar org.crosscheck.bench.StageTimes "$LEFT" "$RIGHT" "$PASSES"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
