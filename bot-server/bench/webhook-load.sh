#!/usr/bin/env bash
# Load benchmark for bot-server on loopback: acknowledgement latency at a fixed rate, lost jobs,
# and webhook-to-review-posted latency for a 20-file pull request, against a fake GitHub.
#   bot-server/bench/webhook-load.sh [RATE_PER_S=100] [SECONDS=60] [PULL_REQUESTS=300] [WORKERS=2]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
# in one reactor run, so sibling modules (and the example plugin's pom) resolve to this checkout
mvn -q -B -pl bot-server -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$root/bot-server/target/bench.classpath" >/dev/null
# use this checkout's sibling modules, not whatever version sits in the local Maven repository
cp="$(sed -E "s#[^:]*/dev/reviewbot/reviewbot-([a-z-]+)/[^:]*\.jar#$root/\1/target/classes#g" bot-server/target/bench.classpath)"
exec java -Xmx1g \
  -cp "bot-server/target/test-classes:bot-server/target/classes:$cp" \
  dev.reviewbot.server.bench.WebhookLoadBenchmark "${1:-100}" "${2:-60}" "${3:-300}" "${4:-2}"
