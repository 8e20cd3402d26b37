package dev.reviewbot.rules.duplication;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the copies of a group are cut: to the longest run of whole sibling statements, or whole
 * members, that a helper could replace. A token match starts and ends wherever the copies' tokens
 * stop agreeing, often inside a statement.
 */
final class Cuts {
  private Cuts() {}

  /**
   * The token offsets, from each copy's start (end exclusive), of the cut that holds the most
   * tokens, the match moved right as far as its copies allow; null when no cut holds a whole
   * statement or member.
   */
  static int[] best(CloneFinder.Group group) {
    CloneFinder.Copy first = group.copies().get(0);
    int[] best = null;
    int room = sameAfter(group);
    for (int shift = 0; shift <= room; shift++) {
      int[] shifted =
          cut(new CloneFinder.Copy(first.file(), first.from() + shift, first.to() + shift));
      if (shifted != null && (best == null || shifted[1] - shifted[0] > best[1] - best[0])) {
        best = new int[] {shifted[0] + shift, shifted[1] + shift};
      }
    }
    return best;
  }

  /**
   * How many tokens after its copies the group could go on: copies placed one after the other
   * (three methods in a row) match from wherever the first one's neighbour differs, so a match may
   * start inside a method and end inside the next; moved this far it may hold them whole.
   */
  private static int sameAfter(CloneFinder.Group group) {
    int more = 0;
    while (more < group.tokens()) {
      CloneFinder.Copy first = group.copies().get(0);
      int at = first.to() + more;
      if (at >= first.file().size() || first.file().codes()[at] == TokenFile.UNIQUE) {
        return more;
      }
      for (CloneFinder.Copy other : group.copies()) {
        int there = other.to() + more;
        if (there >= other.file().size()
            || other.file().codes()[there] != first.file().codes()[at]) {
          return more;
        }
      }
      more++;
    }
    return more;
  }

  /**
   * Where in {@code copy} (token offsets from its start, end exclusive) its longest run of whole
   * sibling statements or members lies: a copy that runs from the end of one method into the next
   * is only worth a helper for one side. Null when it holds no whole statement or member.
   */
  private static int[] cut(CloneFinder.Copy copy) {
    TokenFile file = copy.file();
    long begin = file.begins()[copy.from()];
    long end = file.ends()[copy.to() - 1];
    long[][] units = file.units();
    Map<Long, long[]> runs = new HashMap<>();
    long outerEnd = Long.MIN_VALUE;
    for (int k = firstUnitAtOrAfter(units, begin); k < units.length && units[k][0] <= end; k++) {
      if (units[k][1] > end || units[k][0] < outerEnd) {
        continue; // sticks out of the copy, or lies inside a unit taken already
      }
      outerEnd = units[k][1];
      long[] unit = units[k];
      runs.merge(
          unit[2], new long[] {unit[0], unit[1]}, (run, next) -> new long[] {run[0], next[1]});
    }
    int[] best = null;
    for (long[] run : runs.values()) {
      int from = Math.max(copy.from(), TokenFile.firstAtOrAfter(file.begins(), run[0]));
      int to = Math.min(copy.to(), TokenFile.firstAtOrAfter(file.begins(), run[1] + 1));
      if (to > from && (best == null || to - from > best[1] - best[0])) {
        best = new int[] {from - copy.from(), to - copy.from()};
      }
    }
    return best;
  }

  private static int firstUnitAtOrAfter(long[][] units, long position) {
    int low = 0;
    int high = units.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (units[mid][0] < position) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
