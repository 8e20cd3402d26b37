#!/usr/bin/env bash
# Regenerates the *.diff inputs of UnifiedDiffParserGoldenTest from real `git diff` runs.
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
capture() { local name="$1"; shift; git diff "$@" > "$out/$name.diff"; }
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

# several files in one diff: modified, added, deleted
fresh; java_class > Greeter.java; printf 'one\ntwo\nthree\n' > notes.txt; printf 'old\n' > Old.java; commit base
sed -i 's/"Bye"/"Goodbye"/' Greeter.java; git rm -q Old.java; printf 'alpha\nbeta\n' > New.java; sed -i 's/two/2/' notes.txt
git add -A; capture multi-file --cached

# added, deleted, empty added, empty deleted
fresh; printf 'gone 1\ngone 2\n' > gone.txt; : > empty-old.txt; printf 'x\n' > keep.txt; commit base
git rm -q gone.txt; capture deleted-file --cached; git reset -q --hard
printf 'line 1\nline 2\nline 3\n' > added.txt; git add added.txt; capture added-file --cached; git reset -q --hard; rm -f added.txt
: > empty-new.txt; git rm -q empty-old.txt; git add -A; capture empty-files --cached --no-renames

# mode-only change, and mode plus content
fresh; printf '#!/bin/sh\necho hi\n' > run.sh; printf '#!/bin/sh\necho two\n' > two.sh; commit base
chmod +x run.sh; capture mode-only
chmod +x two.sh; sed -i 's/two/2/' two.sh; git add -A; capture mode-and-content --cached run.sh two.sh

# renames: pure and with edits; copy with edits
fresh; java_class > Greeter.java; seq 1 20 > numbers.txt; commit base
git mv numbers.txt counted.txt; capture rename-pure --cached -M; git reset -q --hard
git mv Greeter.java Welcomer.java; sed -i 's/class Greeter/class Welcomer/; s/public Greeter(/public Welcomer(/' Welcomer.java
git add -A; capture rename-modified --cached -M; git reset -q --hard; rm -f Welcomer.java
cp Greeter.java Copy.java; sed -i 's/class Greeter/class Copy/' Copy.java; git add -A; capture copy --cached -C -C

# binary: "Binary files differ" and GIT binary patch
fresh; printf 'GIF89a\0\1\2\3\0binary' > logo.gif; printf '\0\0old' > old.bin; commit base
printf 'GIF89a\0\1\2\3\0binary!\0' > logo.gif; printf 'PNG\0\0\0new' > new.png; git rm -q old.bin; git add -A
capture binary-differ --cached; capture binary-patch --cached --binary

# quoted paths: spaces, non-ASCII, quotes, backslash, tab; a rename between spaced names
fresh; printf 'a\n' > 'with space.txt'; printf 'b\n' > 'moved from.txt'; commit base
printf 'a2\n' > 'with space.txt'; printf 'u\n' > 'spé cial.txt'; printf 'q\n' > 'quote"d.txt'; printf 'k\n' > 'back\slash.txt'
printf 't\n' > "$(printf 'tab\there.txt')"; git mv 'moved from.txt' 'moved to.txt'; git add -A; capture quoted-paths --cached -M

# omitted counts: a one-line file changed, a one-line file added
fresh; printf 'only\n' > one.txt; commit base
printf 'just\n' > one.txt; printf 'single\n' > single.txt; git add -A; capture omitted-counts --cached

# no newline at end of file: removed, added, and on both sides
fresh; printf 'a\nb\n' > drop.txt; printf 'a\nb' > gain.txt; printf 'x\ny' > both.txt; commit base
printf 'a\nb' > drop.txt; printf 'a\nb\n' > gain.txt; printf 'x\nz' > both.txt; capture no-newline

# CRLF content (the CR travels inside the diff lines), with and without a final newline
fresh; printf 'one\r\ntwo\r\nthree\r\n' > dos.txt; printf 'a\r\nb\r' > dos-eof.txt; commit base
printf 'one\r\n2\r\nthree\r\nfour\r\n' > dos.txt; printf 'a\r\nc\r' > dos-eof.txt; capture crlf

# empty context lines (git writes a single space for them)
fresh; printf 'first\n\nsecond\n\nthird\n\nfourth\n' > blank.txt; commit base
sed -i 's/second/2nd/' blank.txt; capture empty-context
# editors and mail clients strip trailing blanks: the same diff with " " context lines made empty
sed 's/^ $//' "$out/empty-context.diff" > "$out/empty-context-stripped.diff"

# symlink added (its target is stored without a newline)
fresh; printf 'x\n' > target.txt; commit base
ln -s target.txt link; git add link; capture symlink-added --cached
echo "wrote $(ls "$out"/*.diff | wc -l) diff files to $out"
