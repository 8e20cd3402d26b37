#!/usr/bin/env bash
# Parse-only vs full analysis on a real third-party codebase (default: commons-lang3 sources).
# Usage: bench/analysis.sh [GROUP:ARTIFACT:VERSION] [ITERATIONS]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
GAV="${1:-org.apache.commons:commons-lang3:3.17.0}"
ITERATIONS="${2:-5}"
WORK="${TMPDIR:-/tmp}/reviewbot-bench/$(echo "$GAV" | tr ':' '_')"

if [[ ! -d "$WORK/src" ]]; then
  mkdir -p "$WORK/src"
  IFS=: read -r G A V <<<"$GAV"
  mvn -q -B -ntp dependency:copy -Dartifact="$G:$A:$V:jar:sources" -DoutputDirectory="$WORK" >&2
  (cd "$WORK/src" && unzip -q -o "$WORK/$A-$V-sources.jar")
fi

# the CLI jar carries the engine, the rules and their dependencies; the benchmark adds its own classes
(cd "$ROOT" && mvn -q -B -ntp -pl benchmarks,action -am package -DskipTests) >&2
CP="$ROOT/benchmarks/target/classes:$ROOT/cli/target/reviewbot-cli.jar"
java -Xmx2g -cp "$CP" dev.reviewbot.bench.AnalysisBenchmark "$WORK/src" "$ITERATIONS"
