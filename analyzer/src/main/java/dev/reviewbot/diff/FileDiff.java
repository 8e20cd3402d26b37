package dev.reviewbot.diff;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.LineRange;
import java.util.List;
import java.util.TreeSet;

/**
 * The diff of one file.
 *
 * @param oldPath base path, {@code null} for an added file
 * @param newPath head path, {@code null} for a deleted file
 * @param kind how the file changed
 * @param binary true for "Binary files differ" / GIT binary patch
 * @param oldMode base file mode, e.g. {@code 100644}, or {@code null} when the diff does not say
 * @param newMode head file mode, or {@code null}
 * @param hunks the text hunks, empty for binary, mode-only or pure renames
 */
public record FileDiff(
    String oldPath, String newPath, ChangeKind kind, boolean binary, String oldMode, String newMode, List<Hunk> hunks) {

  public FileDiff {
    hunks = List.copyOf(hunks);
  }

  /** Head path, or base path for a deleted file. */
  public String path() {
    return newPath != null ? newPath : oldPath;
  }

  public int addedLineCount() {
    return (int) hunks.stream().flatMap(h -> h.lines().stream()).filter(l -> l.kind() == DiffLine.Kind.ADDED).count();
  }

  public int removedLineCount() {
    return (int) hunks.stream().flatMap(h -> h.lines().stream()).filter(l -> l.kind() == DiffLine.Kind.REMOVED).count();
  }

  /** The head lines this diff added, and its hunks' head ranges. */
  public ChangedLines changedLines() {
    TreeSet<Integer> added = new TreeSet<>();
    List<LineRange> ranges = hunks.stream().flatMap(h -> h.newRange().stream()).toList();
    for (Hunk hunk : hunks) {
      for (DiffLine line : hunk.lines()) {
        if (line.kind() == DiffLine.Kind.ADDED) {
          added.add(line.newLine());
        }
      }
    }
    return new ChangedLines(added, ranges, true);
  }
}
