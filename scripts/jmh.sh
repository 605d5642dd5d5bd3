#!/usr/bin/env bash
# Runs the JMH stage benchmarks (src/test/java/org/crosscheck/bench/StageBenchmark.java).
# usage: scripts/jmh.sh [JMH ARGS...]   e.g. scripts/jmh.sh -p scale=1 -wi 2 -i 3
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main StageBenchmark "$@"
