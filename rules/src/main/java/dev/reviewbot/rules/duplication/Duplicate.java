package dev.reviewbot.rules.duplication;

import dev.reviewbot.api.LineRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
 * @param liveLocals the most local variables a copy declares that code after it, in the same block,
 *     still reads: a helper could return one of them, not several
 * @param key the copies' normalised tokens, hashed: a fingerprint part free of line numbers
 * @param spans the copies' tokens, as cut
 */
record Duplicate(
    List<Place> places,
    int tokens,
    int statements,
    int lines,
    int differences,
    int liveLocals,
    String key,
    List<CloneFinder.Copy> spans) {

  /**
   * One copy.
   *
   * @param added true if the change wrote it (see {@link Novelty}): most of its tokens on lines it
   *     added, not as an edit of old lines, in a text its file did not have before
   * @param touched true if the change added or edited any of its lines: one that is not was
   *     certainly there before the change
   */
  record Place(String path, LineRange lines, boolean added, boolean touched, boolean testCode) {}

  /**
   * The group cut to whole statements (none when its copies hold none), then split into sets of
   * copies that differ from each other in at most {@code maxDifferences} names and literals: of
   * four copies of one shape, two may be real copies of each other and two only look alike.
   */
  static List<Duplicate> of(
      CloneFinder.Group group, double minAddedShare, int maxDifferences, Novelty novelty) {
    int[] best = Cuts.best(group);
    if (best == null) {
      return List.of();
    }
    List<CloneFinder.Copy> remaining =
        new ArrayList<>(
            group.copies().stream()
                .map(c -> new CloneFinder.Copy(c.file(), c.from() + best[0], c.from() + best[1]))
                .toList());
    List<Duplicate> result = new ArrayList<>();
    while (remaining.size() >= 2) {
      CloneFinder.Copy seed = remaining.get(0);
      List<CloneFinder.Copy> alike =
          remaining.stream()
              .filter(
                  c ->
                      c == seed
                          || differences(seed, c, best[1] - best[0], maxDifferences + 1)
                              <= maxDifferences)
              .toList();
      remaining.removeAll(alike);
      if (alike.size() >= 2) {
        result.add(of(alike, minAddedShare, maxDifferences + 1, novelty));
      }
    }
    return result;
  }

  /** Copies of equal length, cut already; differences counted up to {@code differencesLimit}. */
  private static Duplicate of(
      List<CloneFinder.Copy> copies, double minAddedShare, int differencesLimit, Novelty novelty) {
    int tokens = copies.get(0).to() - copies.get(0).from();
    boolean[] written = new boolean[copies.size()];
    for (int i = 0; i < copies.size(); i++) {
      written[i] = novelty.newShare(copies.get(i)) >= minAddedShare;
    }
    boolean[] added = written;
    for (boolean a : written) {
      if (a) {
        added = novelty.newCopies(copies, written);
        break;
      }
    }
    List<Place> places = new ArrayList<>();
    int lines = Integer.MAX_VALUE;
    for (int i = 0; i < copies.size(); i++) {
      TokenFile file = copies.get(i).file();
      LineRange range =
          new LineRange(
              TokenFile.line(file.begins()[copies.get(i).from()]),
              TokenFile.line(file.ends()[copies.get(i).to() - 1]));
      lines = Math.min(lines, range.end() - range.start() + 1);
      places.add(new Place(file.path(), range, added[i], touched(copies.get(i)), file.testCode()));
    }
    TokenFile file = copies.get(0).file();
    int statements =
        file.statementsBetween(
            file.begins()[copies.get(0).from()], file.ends()[copies.get(0).to() - 1]);
    int differences = 0;
    for (CloneFinder.Copy copy : copies.subList(1, copies.size())) {
      differences =
          Math.max(differences, differences(copies.get(0), copy, tokens, differencesLimit));
    }
    int liveLocals = copies.stream().mapToInt(Duplicate::liveLocals).max().orElse(0);
    return new Duplicate(
        List.copyOf(places),
        tokens,
        statements,
        lines,
        differences,
        liveLocals,
        key(copies.get(0)),
        List.copyOf(copies));
  }

  int copies() {
    return places.size();
  }

  /**
   * The tokens a helper would save: the bigger, and the more often pasted, the more worth saying.
   */
  long mass() {
    return (long) tokens * (copies() - 1);
  }

  List<Place> added() {
    return places.stream().filter(Place::added).toList();
  }

  private static boolean touched(CloneFinder.Copy copy) {
    for (int k = copy.from(); k < copy.to(); k++) {
      if (copy.file().added()[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The distinct pairs of texts that differ between two copies, leaving out names the first copy
   * declares: a local renamed in a copy is no parameter of a helper. Counting stops at {@code
   * limit}.
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
      if (a != null
          && !a.equals(b)
          && !declared.contains(a)
          && pairs.add(a + '\u0000' + b)
          && pairs.size() >= limit) {
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
    for (int k = copy.to();
        !declared.isEmpty() && k < file.size() && file.depths()[k] >= depth;
        k++) {
      if (file.codes()[k] == TokenFile.IDENTIFIER && declared.contains(file.texts()[k])) {
        read.add(file.texts()[k]);
      }
    }
    return read.size();
  }

  private static String key(CloneFinder.Copy copy) {
    return Integer.toHexString(
        Arrays.hashCode(Arrays.copyOfRange(copy.file().codes(), copy.from(), copy.to())));
  }
}
