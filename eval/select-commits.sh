#!/usr/bin/env bash
# Selects the evaluation commits (eval/commits.tsv) from the repositories in eval/repos.tsv.
#
#   eval/select-commits.sh [--candidates FILE] > eval/commits.tsv
#
# Deterministic for a given history: it walks each repository's branch (repos.tsv) between SINCE
# and UNTIL, keeps non-merge commits by people (no bots) that change production Java
# (src/main/java), sorts each into one kind by the heuristics below, applies the hand corrections
# of eval/select-overrides.tsv, and takes QUOTA commits of each kind per repository, spread evenly
# over time. The overrides are the manual pass: 'drop' leaves a commit out before the picking,
# 'relabel' corrects the kind of a picked commit (the heuristics read only sizes and subjects),
# 'add' picks a commit by hand (e.g. for a kind a repository's picks lack). Repositories are read from $REVIEWBOT_EVAL_MIRRORS/<owner>+<name>/repo when that
# exists, else from eval/work/<owner>+<name> (run eval/run once to clone them).
#
# Kinds, first match wins:
#   large      500 or more changed lines in all (text files), at most MAX_LARGE_JAVA lines of Java
#   rename     a production Java file renamed or moved (git's rename detection)
#   format     production Java changes are whitespace, comments or Javadoc only
#   test       tests change and production barely does (at most 20 lines, tests at least 3 times as many)
#   fix        subject says fix, bug, NPE, leak, regression, wrong, incorrect, ...
#   feature    subject says add, new, support, implement, introduce, allow, ...
#   refactor   everything else (clean-ups, simplifications, deprecations, ...)
# Commits with more than MAX_JAVA changed lines of Java are left out unless they are large.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
SINCE=${SINCE:-2021-01-01}
UNTIL=${UNTIL:-2026-08-31}
MAX_JAVA=3000
MAX_LARGE_JAVA=6000
# per repository and kind; 23 commits per repository
QUOTA="feature:4 fix:5 refactor:4 rename:2 format:3 test:3 large:2"

candidates_out=
if [[ "${1:-}" == --candidates ]]; then
  candidates_out=$2
fi

repo_dir() {
  local key=${1/\//+}
  if [[ -n "${REVIEWBOT_EVAL_MIRRORS:-}" && -d "$REVIEWBOT_EVAL_MIRRORS/$key/repo" ]]; then
    echo "$REVIEWBOT_EVAL_MIRRORS/$key/repo"
  elif [[ -d "$here/work/$key" ]]; then
    echo "$here/work/$key"
  else
    echo "select-commits: no clone of $1 (set REVIEWBOT_EVAL_MIRRORS or run eval/run first)" >&2
    exit 1
  fi
}

branch_ref() { # a mirror has the branch as a local one, a clone as origin/BRANCH
  if git -C "$1" rev-parse -q --verify "refs/heads/$2" >/dev/null; then echo "refs/heads/$2"; else echo "refs/remotes/origin/$2"; fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
overrides="$here/select-overrides.tsv"

tail -n +2 "$here/repos.tsv" | while IFS=$'\t' read -r repo url branch; do
  dir=$(repo_dir "$repo")
  ref=$(branch_ref "$dir" "$branch")
  # A stored mirror may lack a few big binary blobs: leave out the commits that touch one (the
  # review could not read them) and keep their paths out of the numbers (git cannot diff them).
  git -C "$dir" rev-list --objects --missing=print "$ref" | sed -n 's/^?//p' > "$tmp/missing"
  git -C "$dir" log --no-merges --since="$SINCE" --until="$UNTIL" --no-renames --raw --no-abbrev --format='C %H' "$ref" |
    awk -F'\t' 'FILENAME == ARGV[1] { missing[$1] = 1; next }
      /^C / { sha = substr($0, 3); next }
      /^:/ { split($1, f, " "); if ((f[3] in missing) || (f[4] in missing)) { print "S\t" sha; print "P\t" $2 } }' \
      "$tmp/missing" - | sort -u > "$tmp/unreadable"
  excludes=()
  while IFS=$'\t' read -r what value; do
    if [[ "$what" == P ]]; then excludes+=(":(exclude,literal)$value"); fi
  done < "$tmp/unreadable"
  # per commit, the lines of production Java that are code, not whitespace or comments
  git -C "$dir" log --no-merges --since="$SINCE" --until="$UNTIL" --no-color -w -U0 --no-ext-diff \
      --format='C %H' "$ref" -- ':(glob)**/src/main/java/**/*.java' "${excludes[@]}" |
    awk '/^C [0-9a-f]+$/ { if (sha != "") print sha, n + 0; sha = $2; n = 0; next }
         /^(\+\+\+|---) / { next }
         /^[+-]/ { line = substr($0, 2); gsub(/^[ \t]+|[ \t]+$/, "", line)
                   if (line == "" || line ~ /^(\*|\/\*|\/\/)/) next; n++ }
         END { if (sha != "") print sha, n + 0 }' > "$tmp/code"
  # one line per commit: sha date author subject prod test java total renamed
  git -C "$dir" log --no-merges --since="$SINCE" --until="$UNTIL" -M --numstat \
      --format=$'C\t%H\t%cs\t%ae\t%s' "$ref" -- . "${excludes[@]}" |
    awk -F'\t' -v OFS='\t' '
      function flush() { if (sha != "") print sha, date, author, subject, prod, test, java, total, renamed }
      $1 == "C" { flush(); sha = $2; date = $3; author = $4; subject = $5; for (i = 6; i <= NF; i++) subject = subject " " $i
                  prod = test = java = total = renamed = 0; next }
      NF >= 3 && $1 != "-" { n = $1 + $2; path = $3; total += n
        if (path ~ /\.java}?$/) { java += n
          if (path ~ /src\/main\/java\//) { prod += n; if (path ~ / => /) renamed = 1 }
          else if (path ~ /src\/test\/java\//) test += n } }
      END { flush() }' > "$tmp/log"
  declare -A code=() unreadable=()
  while read -r sha n; do code[$sha]=$n; done < "$tmp/code"
  while IFS=$'\t' read -r what value; do
    if [[ "$what" == S ]]; then unreadable[$value]=1; fi
  done < "$tmp/unreadable"
  while IFS=$'\t' read -r sha date author subject prod test java total renamed; do
    [[ "$prod" -gt 0 ]] || continue
    [[ -z "${unreadable[$sha]:-}" ]] || continue
    [[ "$author" == *"[bot]"* || "$author" == *dependabot* ]] && continue
    [[ "$java" -le "$MAX_LARGE_JAVA" ]] || continue
    kind=
    if [[ "$total" -ge 500 ]]; then
      kind=large
    elif [[ "$java" -gt "$MAX_JAVA" ]]; then
      continue
    elif [[ "$renamed" == 1 ]]; then
      kind=rename
    elif [[ "${code[$sha]:-}" == 0 ]]; then
      kind=format
    elif [[ "$prod" -le 20 && "$test" -ge $((3 * prod)) ]]; then
      kind=test
    else
      lower=${subject,,}
      if [[ "$lower" =~ (^|[^a-z])(fix|fixes|fixed|fixing|bug|npe|nullpointer|leak|regression|wrong|incorrect|broken|crash|overflow|fail|fails|failure)([^a-z]|$) ]]; then
        kind=fix
      elif [[ "$lower" =~ (^|[^a-z])(add|adds|added|new|support|supports|implement|implements|introduce|allow|allows|enable|feature)([^a-z]|$) ]]; then
        kind=feature
      else
        kind=refactor
      fi
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$repo" "$sha" "$kind" "$date" "$subject" "$prod" "$test" "$total"
  done < "$tmp/log" > "$tmp/auto"
  # hand corrections (select-overrides.tsv): drop before picking; relabel and add after
  overrides_for() { [[ -f "$overrides" ]] && awk -F'\t' -v repo="$repo" -v action="$1" 'NR > 1 && $1 == repo && $3 == action' "$overrides"; true; }
  awk -F'\t' 'FILENAME == ARGV[1] { drop[$2] = 1; next } !($2 in drop)' <(overrides_for drop) "$tmp/auto" > "$tmp/cands"
  cat "$tmp/cands" >> "$tmp/all-candidates"
  for q in $QUOTA; do
    kind=${q%%:*} want=${q##*:}
    # oldest first; take WANT spread evenly: the middle of each of WANT equal slices
    awk -F'\t' -v k="$kind" '$3 == k' "$tmp/cands" | sort -t$'\t' -k4,4 -k2,2 |
      awk -v want="$want" '{ line[NR] = $0 }
        END { if (NR <= want) { for (i = 1; i <= NR; i++) print line[i]; exit }
              for (i = 0; i < want; i++) print line[int((i + 0.5) * NR / want) + 1] }'
  done | cut -f1-5 > "$tmp/auto-picked"
  overrides_for add | while IFS=$'\t' read -r _ sha _ kind _; do
    git -C "$dir" log -1 --format="$repo%x09%H%x09$kind%x09%cs%x09%s" "$sha"
  done >> "$tmp/auto-picked"
  awk -F'\t' -v OFS='\t' 'FILENAME == ARGV[1] { kind[$2] = $4; next } ($2 in kind) { $3 = kind[$2] } { print }' \
    <(overrides_for relabel) "$tmp/auto-picked" > "$tmp/picked"
  counts=$(cut -f3 "$tmp/cands" | sort | uniq -c | awk '{ printf "%s %s=%s", sep, $2, $1; sep = "," }')
  echo "$repo: $(wc -l < "$tmp/cands") candidates ($counts), $(wc -l < "$tmp/picked") picked" >&2
  cat "$tmp/picked" >> "$tmp/selected"
done

printf 'repo\tsha\tkind\tdate\tsubject\n'
sort -t$'\t' -k1,1 -k4,4 -k2,2 "$tmp/selected"
if [[ -n "$candidates_out" ]]; then
  printf 'repo\tsha\tkind\tdate\tsubject\tprod_java_lines\ttest_java_lines\tall_lines\n' > "$candidates_out"
  cat "$tmp/all-candidates" >> "$candidates_out"
fi
