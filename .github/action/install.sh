#!/usr/bin/env bash
# Run by action.yml: finds a Java 17 or newer on the runner and the reviewbot jar to run, and
# writes them as the step outputs 'java' (empty when setup-java must install one) and 'jar'.
# The jar is the 'jar' input when given, else the release pinned in release.env, downloaded
# and checked against the SHA-256 pinned there before anything runs it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1
}

find_java() {
  local candidate major
  for home in "${JAVA_HOME:-}" "${JAVA_HOME_21_X64:-}" "${JAVA_HOME_21_ARM64:-}" "${JAVA_HOME_17_X64:-}" "${JAVA_HOME_17_ARM64:-}"; do
    candidate="$home/bin/java"
    if [ -n "$home" ] && [ -x "$candidate" ]; then
      major="$(java_major "$candidate")"
      if [ "${major:-0}" -ge 17 ]; then
        echo "$candidate"
        return
      fi
    fi
  done
  if command -v java >/dev/null 2>&1; then
    major="$(java_major java)"
    if [ "${major:-0}" -ge 17 ]; then
      command -v java
    fi
  fi
}

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1" | cut -d' ' -f1
  else
    shasum -a 256 "$1" | cut -d' ' -f1
  fi
}

java="$(find_java)"
echo "java=$java" >> "$GITHUB_OUTPUT"

if [ -n "${INPUT_JAR:-}" ]; then
  jar="$INPUT_JAR"
  case "$jar" in /*|[A-Za-z]:*) ;; *) jar="$GITHUB_WORKSPACE/$jar" ;; esac
  if [ ! -f "$jar" ]; then
    echo "::error title=reviewbot::the jar input names $jar, which does not exist"
    exit 2
  fi
  echo "jar=$jar" >> "$GITHUB_OUTPUT"
  exit 0
fi

# shellcheck source=release.env
. "$here/release.env"
if [ -z "${REVIEWBOT_VERSION:-}" ] || [ -z "${REVIEWBOT_JAR_URL:-}" ] || [ -z "${REVIEWBOT_SHA256:-}" ]; then
  echo "::error title=reviewbot::this ref of the reviewbot Action pins no released jar (.github/action/release.env is empty). Use a release: @v1, @v1.2.3-action or the commit those tags name; or build the jar and pass it as the 'jar' input."
  exit 2
fi

dir="${RUNNER_TEMP:-/tmp}/reviewbot-cli-$REVIEWBOT_VERSION"
jar="$dir/reviewbot-cli.jar"
mkdir -p "$dir"
if [ ! -f "$jar" ] || [ "$(sha256_of "$jar")" != "$REVIEWBOT_SHA256" ]; then
  curl --fail --silent --show-error --location --retry 3 --output "$jar.part" "$REVIEWBOT_JAR_URL"
  actual="$(sha256_of "$jar.part")"
  if [ "$actual" != "$REVIEWBOT_SHA256" ]; then
    rm -f "$jar.part"
    echo "::error title=reviewbot::$REVIEWBOT_JAR_URL has SHA-256 $actual, not the $REVIEWBOT_SHA256 this release pinned; refusing to run it"
    exit 2
  fi
  mv "$jar.part" "$jar"
fi
echo "jar=$jar" >> "$GITHUB_OUTPUT"
