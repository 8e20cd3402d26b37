#!/usr/bin/env bash
# Sets reviewbot's version everywhere it is written, for a release build:
#
#   bench/set-version.sh 1.2.3
#
# every pom of the reactor, the rule-writing guide (its pom and text name the API version; its test
# builds it) and the build timestamp, which becomes the commit time of HEAD so that anyone who runs
# this on the tag and builds with the same JDK gets the same jar bytes (docs/releasing.md).
set -euo pipefail
version="${1:?usage: bench/set-version.sh VERSION}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
old="$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' pom.xml | head -n 1)"
timestamp="$(TZ=UTC git log -1 --format=%cd --date=format-local:%Y-%m-%dT%H:%M:%SZ)"
versions=org.codehaus.mojo:versions-maven-plugin:2.18.0
mvn -q -B -ntp "$versions:set" -DnewVersion="$version" -DgenerateBackupPoms=false -DprocessAllModules=true
mvn -q -B -ntp "$versions:set-property" -Dproperty=project.build.outputTimestamp -DnewVersion="$timestamp" \
  -DgenerateBackupPoms=false -N
sed -i "s|$old|$version|g" rule-docs/writing-a-rule.md
echo "reviewbot $old -> $version, build time $timestamp"
