package dev.reviewbot.diff;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.LineRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The diff of one file.
 *
 * @param oldPath base path, {@code null} for an added file
 * @param newPath head path, {@code null} for a deleted file
 * @param kind how the file changed
 * @param binary true for a binary file, which has no hunks
 * @param oldMode base file mode, e.g. {@code 100644}, or {@code null} when the diff does not say
 * @param newMode head file mode, or {@code null}
 * @param hunks the text hunks, empty for binary, mode-only or pure renames
 */
public record FileDiff(
    String oldPath,
    String newPath,
    ChangeKind kind,
    boolean binary,
    String oldMode,
    String newMode,
    List<Hunk> hunks) {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  public FileDiff {
    hunks = List.copyOf(hunks);
  }

  /** Head path, or base path for a deleted file. */
  public String path() {
    return newPath != null ? newPath : oldPath;
  }

  public int addedLineCount() {
    return (int)
        hunks.stream()
            .flatMap(h -> h.lines().stream())
            .filter(l -> l.kind() == DiffLine.Kind.ADDED)
            .count();
  }

  public int removedLineCount() {
    return (int)
        hunks.stream()
            .flatMap(h -> h.lines().stream())
            .filter(l -> l.kind() == DiffLine.Kind.REMOVED)
            .count();
  }

  /**
   * The head lines the change really added or modified, and its hunks' head ranges: what rules and
   * the diff filter judge. A line that differs from a removed line of the same hunk only in white
   * space (re-indented code wrapped in a new block, say) is not counted, as with {@code git diff
   * -w}: the author did not write it in this change.
   */
  public ChangedLines changedLines() {
    TreeSet<Integer> added = new TreeSet<>();
    for (Hunk hunk : hunks) {
      Map<String, Integer> removed = new HashMap<>();
      for (DiffLine line : hunk.lines()) {
        if (line.kind() == DiffLine.Kind.REMOVED) {
          removed.merge(withoutWhitespace(line.text()), 1, Integer::sum);
        }
      }
      for (DiffLine line : hunk.lines()) {
        if (line.kind() == DiffLine.Kind.ADDED
            && removed.merge(withoutWhitespace(line.text()), -1, Integer::sum) < 0) {
          added.add(line.newLine());
        }
      }
    }
    return new ChangedLines(added, hunkRanges(), true);
  }

  /**
   * Every head line the diff marks as added, as git counts them (white-space-only edits included):
   * what patch coverage measures, so its figures match other coverage tools'.
   */
  public ChangedLines addedLinesAsGitCounts() {
    TreeSet<Integer> added = new TreeSet<>();
    for (Hunk hunk : hunks) {
      for (DiffLine line : hunk.lines()) {
        if (line.kind() == DiffLine.Kind.ADDED) {
          added.add(line.newLine());
        }
      }
    }
    return new ChangedLines(added, hunkRanges(), true);
  }

  private List<LineRange> hunkRanges() {
    return hunks.stream().flatMap(h -> h.newRange().stream()).toList();
  }

  private static String withoutWhitespace(String text) {
    return WHITESPACE.matcher(text).replaceAll("");
  }
}
