#!/usr/bin/env bash
# Builds the command-line jar twice from clean and fails unless both have the same SHA-256.
#
#   bench/reproducible-build.sh [extra mvn arguments, e.g. -o]
#
# Each build runs in its own fresh copy of the work tree (tracked and untracked files that git
# does not ignore, so uncommitted edits count, no target/ directories) at a different path, as a
# second machine would: what the release pins in .github/action/release.env must come out the
# same for anyone who builds the tag with the same JDK.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/reviewbot-repro.XXXXXX")"
trap 'rm -rf "$work"' EXIT

copy() {
  mkdir -p "$work/$1"
  (cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work/$1" 2>/dev/null || true)
}

build() {
  local dir="$work/$1"
  shift
  (cd "$dir" && mvn -q -B -ntp "$@" -pl cli -am package -DskipTests) >&2
  sha256sum "$dir/cli/target/reviewbot-cli.jar" | cut -d' ' -f1
}

# both copies first: an edit made while the first one builds must not reach only the second
copy first
copy second-copy
first="$(build first "$@")"
second="$(build second-copy "$@")"
echo "first build:  $first"
echo "second build: $second"
if [[ "$first" != "$second" ]]; then
  echo "reproducible-build: the two builds differ" >&2
  exit 1
fi
echo "reproducible-build: identical ($(java -version 2>&1 | head -n 1))"
