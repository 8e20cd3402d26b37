#!/usr/bin/env bash
# Whole-process wall time of `reviewbot check` on a 10-file change, JVM start included.
# Builds a throwaway repository: a base commit with 10 of reviewbot's own source files, then a
# commit changing all 10. Usage: bench/check-wall-time.sh [RUNS]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${1:-10}"
REPO="$(mktemp -d)"
trap 'rm -rf "$REPO"' EXIT

"$ROOT/reviewbot" --version >/dev/null   # builds the jar and the CDS archive if needed

mapfile -t FILES < <(cd "$ROOT" && git ls-files 'analyzer/src/main/java/*.java' | head -n 10)
git -C "$REPO" init -q -b main
for f in "${FILES[@]}"; do mkdir -p "$REPO/$(dirname "$f")"; cp "$ROOT/$f" "$REPO/$f"; done
git -C "$REPO" add -A && git -C "$REPO" -c user.name=b -c user.email=b@b commit -qm base
for f in "${FILES[@]}"; do
  # add a method with 7 parameters before the last closing brace of each file
  python3 - "$REPO/$f" <<'PY'
import sys
p = sys.argv[1]; s = open(p).read(); i = s.rstrip().rfind('}')
open(p, 'w').write(s[:i] + "  public int added(int a, int b, int c, int d, int e, int f, int g) { return a + b + c + d + e + f + g; }\n}\n")
PY
done
git -C "$REPO" add -A && git -C "$REPO" -c user.name=b -c user.email=b@b commit -qm change

echo "10-file change: $(git -C "$REPO" diff --shortstat HEAD~1)"
TIMES=()
for _ in $(seq "$RUNS"); do
  start=$(date +%s%N)
  (cd "$REPO" && "$ROOT/reviewbot" check --base HEAD~1 --head HEAD >/dev/null) || true
  end=$(date +%s%N)
  TIMES+=($(( (end - start) / 1000000 )))
done
SORTED=($(printf '%s\n' "${TIMES[@]}" | sort -n))
echo "runs: $RUNS, wall ms: ${TIMES[*]}"
echo "median: ${SORTED[$((RUNS / 2))]} ms, min: ${SORTED[0]} ms, max: ${SORTED[$((RUNS - 1))]} ms (target <= 1500 ms)"
