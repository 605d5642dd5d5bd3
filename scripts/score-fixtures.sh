#!/usr/bin/env bash
# Scores the built jar on every fixture case with shared/score.py (the scorer CI's graders use).
# usage: scripts/score-fixtures.sh [SHARED_DIR]   (default ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for gold in fixtures/*/gold.json; do
  dir=$(dirname "$gold")
  mapfile -t sources < <(python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))["sources"]))' "$gold")
  args=()
  for s in "${sources[@]}"; do args+=("$dir/$s"); done
  set +e
  java -jar target/crosscheck.jar report "${args[@]}" --json "$out/report.json" --quiet
  code=$?
  set -e
  if [ "$code" -eq 2 ]; then echo "$dir: crosscheck failed (exit 2)"; continue; fi
  python3 "$shared/score.py" "$gold" "$out/report.json" ${QUIET:+--quiet}
done
