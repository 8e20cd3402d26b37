package dev.reviewbot.rules.duplication;

import dev.reviewbot.api.LineRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A group of copies as a reviewer weighs it, each copy cut to the same run of whole statements (or
 * whole members) that a helper could replace: where each copy is, how big it is, and how much the
 * copies differ beyond their shape.
 *
 * @param places each copy, in source order
 * @param tokens normalised tokens of each copy
 * @param statements statements in each copy, nested ones counted, blocks aside
 * @param lines lines of the shortest copy
 * @param differences the most names and literals one copy has in place of the first copy's (each
 *     pair of texts counted once, names declared inside the copy not at all): what a helper
 *     replacing the copies would take as parameters. High for code that only has the same shape.
 * @param liveLocals the most local variables a copy declares that code after it, in the same
 *     block, still reads: a helper could return one of them, not several
 * @param key the copies' normalised tokens, hashed: a fingerprint part free of line numbers
 * @param spans the copies' tokens, as cut
 */
record Duplicate(List<Place> places, int tokens, int statements, int lines, int differences,
    int liveLocals, String key, List<CloneFinder.Copy> spans) {

  /**
   * One copy.
   *
   * @param added true if most of its tokens are on lines the change added, and its text is not one
   *     its file had before (see {@link Preexisting})
   */
  record Place(String path, LineRange lines, boolean added, boolean testCode) {}

  /**
   * The group cut to whole statements (none when its copies hold none), then split into sets of
   * copies that differ from each other in at most {@code maxDifferences} names and literals: of
   * four copies of one shape, two may be real copies of each other and two only look alike.
   */
  static List<Duplicate> of(CloneFinder.Group group, double minAddedShare, int maxDifferences, Preexisting preexisting) {
    CloneFinder.Copy first = group.copies().get(0);
    int[] cut = null;
    for (int shift = 0; shift <= sameAfter(group); shift++) {
      int[] shifted = cut(new CloneFinder.Copy(first.file(), first.from() + shift, first.to() + shift));
      if (shifted != null && (cut == null || shifted[1] - shifted[0] > cut[1] - cut[0])) {
        cut = new int[] {shifted[0] + shift, shifted[1] + shift};
      }
    }
    if (cut == null) {
      return List.of();
    }
    int[] best = cut;
    List<CloneFinder.Copy> remaining = new ArrayList<>(group.copies().stream()
        .map(c -> new CloneFinder.Copy(c.file(), c.from() + best[0], c.from() + best[1])).toList());
    List<Duplicate> result = new ArrayList<>();
    while (remaining.size() >= 2) {
      CloneFinder.Copy seed = remaining.get(0);
      List<CloneFinder.Copy> alike = remaining.stream()
          .filter(c -> c == seed || differences(seed, c, best[1] - best[0], maxDifferences + 1) <= maxDifferences).toList();
      remaining.removeAll(alike);
      if (alike.size() >= 2) {
        result.add(of(alike, minAddedShare, maxDifferences + 1, preexisting));
      }
    }
    return result;
  }

  /** Copies of equal length, cut already; differences counted up to {@code differencesLimit}. */
  private static Duplicate of(List<CloneFinder.Copy> copies, double minAddedShare, int differencesLimit,
      Preexisting preexisting) {
    int tokens = copies.get(0).to() - copies.get(0).from();
    boolean[] onAddedLines = new boolean[copies.size()];
    for (int i = 0; i < copies.size(); i++) {
      onAddedLines[i] = addedShare(copies.get(i)) >= minAddedShare;
    }
    boolean[] added = onAddedLines;
    for (boolean a : onAddedLines) {
      if (a) {
        added = preexisting.newCopies(copies, onAddedLines);
        break;
      }
    }
    List<Place> places = new ArrayList<>();
    int lines = Integer.MAX_VALUE;
    for (int i = 0; i < copies.size(); i++) {
      TokenFile file = copies.get(i).file();
      LineRange range = new LineRange(TokenFile.line(file.begins()[copies.get(i).from()]),
          TokenFile.line(file.ends()[copies.get(i).to() - 1]));
      lines = Math.min(lines, range.end() - range.start() + 1);
      places.add(new Place(file.path(), range, added[i], file.testCode()));
    }
    TokenFile file = copies.get(0).file();
    int statements = file.statementsBetween(file.begins()[copies.get(0).from()], file.ends()[copies.get(0).to() - 1]);
    int differences = 0;
    for (CloneFinder.Copy copy : copies.subList(1, copies.size())) {
      differences = Math.max(differences, differences(copies.get(0), copy, tokens, differencesLimit));
    }
    int liveLocals = copies.stream().mapToInt(Duplicate::liveLocals).max().orElse(0);
    return new Duplicate(List.copyOf(places), tokens, statements, lines, differences, liveLocals, key(copies.get(0)),
        List.copyOf(copies));
  }

  int copies() {
    return places.size();
  }

  /** The tokens a helper would save: the bigger, and the more often pasted, the more worth saying. */
  long mass() {
    return (long) tokens * (copies() - 1);
  }

  List<Place> added() {
    return places.stream().filter(Place::added).toList();
  }

  /**
   * How many tokens after its copies the group could go on: copies placed one after the other
   * (three methods in a row) match from wherever the first one's neighbour differs, so a match
   * may start inside a method and end inside the next; moved this far it may hold them whole.
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
        if (there >= other.file().size() || other.file().codes()[there] != first.file().codes()[at]) {
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
  static int[] cut(CloneFinder.Copy copy) {
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
      runs.merge(unit[2], new long[] {unit[0], unit[1]}, (run, next) -> new long[] {run[0], next[1]});
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

  private static double addedShare(CloneFinder.Copy copy) {
    int added = 0;
    for (int i = copy.from(); i < copy.to(); i++) {
      added += copy.file().added()[i] ? 1 : 0;
    }
    return (double) added / (copy.to() - copy.from());
  }

  /**
   * The distinct pairs of texts that differ between two copies, leaving out names the first copy
   * declares: a local renamed in a copy is no parameter of a helper. Counting stops at {@code limit}.
   */
  static int differences(CloneFinder.Copy first, CloneFinder.Copy other, int tokens, int limit) {
    Set<String> declared = new HashSet<>();
    for (int k = 0; k < tokens; k++) {
      if (first.file().declares()[first.from() + k]) {
        declared.add(first.file().texts()[first.from() + k]);
      }
    }
    Set<String> pairs = new HashSet<>();
    for (int k = 0; k < tokens; k++) {
      String a = first.file().texts()[first.from() + k];
      String b = other.file().texts()[other.from() + k];
      if (a != null && !a.equals(b) && !declared.contains(a) && pairs.add(a + '\u0000' + b) && pairs.size() >= limit) {
        break;
      }
    }
    return pairs.size();
  }

  /** The locals a copy declares that are read after it, up to the end of the block it starts in. */
  static int liveLocals(CloneFinder.Copy copy) {
    TokenFile file = copy.file();
    int depth = Integer.MAX_VALUE;
    for (int k = copy.from(); k < copy.to(); k++) {
      depth = Math.min(depth, file.depths()[k]);
    }
    Set<String> declared = new HashSet<>();
    for (int k = copy.from(); k < copy.to(); k++) {
      if (file.declaresLocal()[k] && file.depths()[k] == depth) {
        declared.add(file.texts()[k]); // a local of the copy's own block, still in scope after it
      }
    }
    Set<String> read = new HashSet<>();
    for (int k = copy.to(); !declared.isEmpty() && k < file.size() && file.depths()[k] >= depth; k++) {
      if (file.codes()[k] == TokenFile.IDENTIFIER && declared.contains(file.texts()[k])) {
        read.add(file.texts()[k]);
      }
    }
    return read.size();
  }

  private static String key(CloneFinder.Copy copy) {
    return Integer.toHexString(Arrays.hashCode(Arrays.copyOfRange(copy.file().codes(), copy.from(), copy.to())));
  }
}
