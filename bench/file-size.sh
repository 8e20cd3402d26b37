#!/usr/bin/env bash
# Time and peak memory of `reviewbot scan` on one generated Java file per size, clean and
# finding-dense: cost should grow linearly with size (goal: 1 MB in under 5 s and 512 MB).
# Usage: bench/file-size.sh [SIZES_KB...]   (default: 100 500 1000 2000)
# JAVA_OPTS is passed to the JVM; the default is none, as the GitHub Action runs `java -jar`;
# REVIEWBOT_JAR measures a jar already built.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SIZES=("${@:-100 500 1000 2000}")
read -r -a SIZES <<<"${SIZES[*]}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# REVIEWBOT_JAR: measure that jar instead of building the command line's
JAR="${REVIEWBOT_JAR:-$ROOT/cli/target/reviewbot-cli.jar}"
if [[ -z "${REVIEWBOT_JAR:-}" ]]; then
  (cd "$ROOT" && mvn -o -q -B -ntp -pl cli -am package -DskipTests -Dinvoker.skip) >&2
fi

# CPU seconds (user + system) say more than wall seconds on a busy machine
printf '%-6s %8s %9s %12s %12s %9s\n' kind "size KB" "seconds" "CPU seconds" "peak RSS MB" findings
for kind in clean dense; do
  for kb in "${SIZES[@]}"; do
    dir="$WORK/$kind-$kb"
    mkdir -p "$dir/src"
    python3 "$ROOT/bench/generate_java.py" "$kind" $((kb * 1000)) "$dir/src/Generated.java"
    # the limits would skip the larger files: raise them so the whole analysis is measured
    printf 'limits:\n  max-file-bytes: 100000000\n  max-seconds-per-file: 3600\n' >"$dir/.reviewbot.yml"
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S %M' -o "$dir/time" java ${JAVA_OPTS:-} -jar "$JAR" scan -C "$dir" --fail-on none \
      --format json -o "$dir/report.json" >/dev/null
    read -r seconds user system rss_kb <"$dir/time"
    findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$dir/report.json")
    cpu=$(python3 -c 'import sys; print(round(float(sys.argv[1]) + float(sys.argv[2]), 2))' "$user" "$system")
    printf '%-6s %8s %9s %12s %12s %9s\n' "$kind" "$kb" "$seconds" "$cpu" $((rss_kb / 1024)) "$findings"
  done
done
