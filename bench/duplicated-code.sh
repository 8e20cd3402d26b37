#!/usr/bin/env bash
# Time of the duplicated-code rule alone on a generated change of about LINES added lines (default
# 3000) in ten files: varied code with pasted blocks, and a worst case of one body repeated.
# Usage: bench/duplicated-code.sh [LINES] [ITERATIONS]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$ROOT" && mvn -q -B -ntp ${BENCH_MVN_FLAGS:-} -pl benchmarks,action -am package -DskipTests -Dinvoker.skip) >&2
CP="$ROOT/benchmarks/target/classes:$ROOT/cli/target/reviewbot-cli.jar"
java -cp "$CP" dev.reviewbot.bench.DuplicatedCodeBenchmark "${1:-3000}" "${2:-20}"
