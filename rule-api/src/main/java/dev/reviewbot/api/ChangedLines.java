package dev.reviewbot.api;

import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Which lines of the head version a change touched.
 *
 * @param added head line numbers that the change added or modified
 * @param hunks head line ranges of the diff's hunks (added and context lines)
 * @param known false when there is no diff (a plain scan): then every line counts as added
 */
public record ChangedLines(NavigableSet<Integer> added, List<LineRange> hunks, boolean known) {

  public ChangedLines {
    added = Collections.unmodifiableNavigableSet(new TreeSet<>(added));
    hunks = List.copyOf(hunks);
  }

  /** For a plain scan: no diff, every line treated as added. */
  public static ChangedLines unknown() {
    return new ChangedLines(new TreeSet<>(), List.of(), false);
  }

  /** For a deleted file, or a file whose content did not change. */
  public static ChangedLines none() {
    return new ChangedLines(new TreeSet<>(), List.of(), true);
  }

  public boolean isAdded(int line) {
    return !known || added.contains(line);
  }

  /** True if any line of {@code range} was added or modified. */
  public boolean anyAdded(LineRange range) {
    if (!known) {
      return true;
    }
    Integer first = added.ceiling(range.start());
    return first != null && first <= range.end();
  }

  /** True if {@code line} lies inside a hunk (added or context line). */
  public boolean inDiff(int line) {
    if (!known) {
      return true;
    }
    for (LineRange hunk : hunks) {
      if (hunk.contains(line)) {
        return true;
      }
    }
    return false;
  }
}
