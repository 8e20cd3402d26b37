#!/usr/bin/env bash
# Regenerates the *.patch inputs of UnifiedDiffParserGoldenTest from real `git diff` runs: each is
# one file's hunks without the file header, which is what GitHub's `patch` holds.
# Usage: analyzer/src/test/resources/diff/generate.sh   (writes next to itself; review with git diff)
# The expected *.txt renderings are NOT written here: the test never regenerates them.
set -euo pipefail
out="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1 LC_ALL=C TZ=UTC
export GIT_AUTHOR_NAME=fixture GIT_AUTHOR_EMAIL=fixture@example.com GIT_AUTHOR_DATE=2024-01-01T00:00:00Z
export GIT_COMMITTER_NAME=fixture GIT_COMMITTER_EMAIL=fixture@example.com GIT_COMMITTER_DATE=2024-01-01T00:00:00Z

fresh() { rm -rf "$work/repo"; git init -q -b main "$work/repo"; cd "$work/repo"; }
commit() { git add -A; git commit -q -m "$1"; }
capture() { local name="$1"; shift; git diff "$@" | sed -n '/^@@/,$p' > "$out/$name.patch"; }
java_class() { # a 30-line class with methods, so hunks get section headers
  printf 'package demo;\n\npublic class Greeter {\n  private final String name;\n\n'
  printf '  public Greeter(String name) {\n    this.name = name;\n  }\n\n'
  printf '  public String hello() {\n    String greeting = "Hello";\n    return greeting + ", " + name;\n  }\n\n'
  printf '  public String bye() {\n    String farewell = "Bye";\n    return farewell + ", " + name;\n  }\n\n'
  printf '  public int length() {\n    int n = name.length();\n    return n;\n  }\n\n'
  printf '  public boolean empty() {\n    return name.isEmpty();\n  }\n}\n'
}

# modified file, two hunks with section headers; a pure deletion hunk in -U0 form
fresh; java_class > Greeter.java; commit base
sed -i 's/"Hello"/"Hi"/; s/int n = name.length();/int n = name.strip().length();\n    assert n >= 0;/' Greeter.java
capture modified-two-hunks
git checkout -q Greeter.java; sed -i '/String farewell/d; /^  public int length/,/^  }/d' Greeter.java
capture zero-context -U0

# added and deleted files
fresh; printf 'gone 1\ngone 2\n' > gone.txt; commit base
git rm -q gone.txt; capture deleted-file --cached; git reset -q --hard
printf 'line 1\nline 2\nline 3\n' > added.txt; git add added.txt; capture added-file --cached

# omitted counts: a one-line file changed, a one-line file added
fresh; printf 'only\n' > one.txt; commit base
printf 'just\n' > one.txt; printf 'single\n' > single.txt; git add -A
capture omitted-counts --cached one.txt; capture omitted-counts-added --cached single.txt

# no newline at end of file: removed, added, and on both sides
fresh; printf 'a\nb\n' > drop.txt; printf 'a\nb' > gain.txt; printf 'x\ny' > both.txt; commit base
printf 'a\nb' > drop.txt; printf 'a\nb\n' > gain.txt; printf 'x\nz' > both.txt
capture no-newline-dropped drop.txt; capture no-newline-gained gain.txt; capture no-newline-both both.txt

# CRLF content (the CR travels inside the diff lines), with and without a final newline
fresh; printf 'one\r\ntwo\r\nthree\r\n' > dos.txt; printf 'a\r\nb\r' > dos-eof.txt; commit base
printf 'one\r\n2\r\nthree\r\nfour\r\n' > dos.txt; printf 'a\r\nc\r' > dos-eof.txt
capture crlf dos.txt; capture crlf-no-newline dos-eof.txt

# empty context lines (git writes a single space for them)
fresh; printf 'first\n\nsecond\n\nthird\n\nfourth\n' > blank.txt; commit base
sed -i 's/second/2nd/' blank.txt; capture empty-context
# editors and mail clients strip trailing blanks: the same patch with " " context lines made empty
sed 's/^ $//' "$out/empty-context.patch" > "$out/empty-context-stripped.patch"
echo "wrote $(ls "$out"/*.patch | wc -l) patch files to $out"
