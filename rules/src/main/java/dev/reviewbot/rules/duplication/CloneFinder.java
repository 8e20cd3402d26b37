package dev.reviewbot.rules.duplication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds the groups of equal normalised token runs across files, as PMD's CPD does: a Karp-Rabin
 * hash of every window of {@code minTokens} tokens, windows sorted by hash, and each pair of equal
 * windows that cannot be extended to the left extended to the right as far as it goes. Pairs of one
 * bucket are joined into groups of copies; a group is kept when a copy is mostly code the change
 * added, and when its copies are not mostly inside a bigger group kept before it.
 *
 * <p>Linear in the tokens but for the pairs of a bucket, and a bucket of more than {@value
 * #MAX_BUCKET} equal windows (a long table of look-alike rows) is passed over.
 */
final class CloneFinder {
  static final int MAX_BUCKET = 64;
  private static final long BASE = 1_000_003L;

  private final List<TokenFile> files;
  private final int window;
  private final int[] codes;
  private final int[] fileOf;
  private final int[] starts;
  private final int[] addedBefore;
  private final int[] uniqueBefore;

  /**
   * @param files the files to search; the tokens of a test file never match a production file's
   * @param minTokens the shortest run reported
   */
  CloneFinder(List<TokenFile> files, int minTokens) {
    this.files = files;
    this.window = minTokens;
    int total = files.stream().mapToInt(f -> f.size() + 1).sum();
    codes = new int[total];
    fileOf = new int[total];
    starts = new int[files.size()];
    addedBefore = new int[total + 1];
    uniqueBefore = new int[total + 1];
    int at = 0;
    for (int f = 0; f < files.size(); f++) {
      TokenFile file = files.get(f);
      starts[f] = at;
      for (int i = 0; i <= file.size(); i++, at++) {
        // a separator after each file; boilerplate tokens each differ from everything
        boolean unique = i == file.size() || file.codes()[i] == TokenFile.UNIQUE;
        codes[at] = unique ? -(at + 1) : file.codes()[i] + (file.testCode() ? 1 << 20 : 0);
        fileOf[at] = f;
        addedBefore[at + 1] = addedBefore[at] + (i < file.size() && file.added()[i] ? 1 : 0);
        uniqueBefore[at + 1] = uniqueBefore[at] + (unique ? 1 : 0);
      }
    }
  }

  /** A copy: file and token positions in it. */
  record Copy(TokenFile file, int from, int to) {}

  /** Copies of one normalised token run, in source order. */
  record Group(List<Copy> copies, int tokens) {}

  /**
   * The groups with at least one copy of which {@code minAddedShare} or more of the tokens are on
   * added lines and that {@code worthIt} accepts, biggest first.
   */
  List<Group> find(double minAddedShare, Predicate<Group> worthIt) {
    List<Candidate> candidates = new ArrayList<>();
    forEachBucket(bucket -> candidates.addAll(candidates(bucket)));
    candidates.removeIf(c -> !anyAdded(c, minAddedShare));
    candidates.sort(
        Comparator.comparingLong(Candidate::mass)
            .reversed()
            .thenComparing(Comparator.comparingInt((Candidate c) -> c.starts.length).reversed())
            .thenComparingInt(c -> c.starts[0]));
    boolean[] covered = new boolean[codes.length];
    List<Group> groups = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (mostlyCovered(candidate, covered)) {
        continue;
      }
      Group group = toGroup(candidate);
      if (!worthIt.test(group)) {
        continue; // not in the way of a smaller group that is
      }
      for (int start : candidate.starts) {
        Arrays.fill(covered, start, start + candidate.length, true);
      }
      groups.add(group);
    }
    return groups;
  }

  private interface BucketSink {
    void accept(int[] positions);
  }

  /** Every set of two or more positions whose windows are equal, in ascending order. */
  private void forEachBucket(BucketSink sink) {
    int n = codes.length;
    if (n < window) {
      return;
    }
    long power = 1;
    for (int i = 1; i < window; i++) {
      power *= BASE;
    }
    long[] keyed = new long[n - window + 1];
    int count = 0;
    long hash = 0;
    for (int i = 0; i < n; i++) {
      hash = hash * BASE + codes[i];
      int start = i - window + 1;
      if (start < 0) {
        continue;
      }
      if (uniqueBefore[i + 1] - uniqueBefore[start] == 0) {
        int folded = (int) (hash ^ (hash >>> 32));
        keyed[count++] = ((long) folded << 32) | start;
      }
      hash -= codes[start] * power;
    }
    Arrays.sort(keyed, 0, count);
    int from = 0;
    while (from < count) {
      int to = from + 1;
      while (to < count && (keyed[to] >>> 32) == (keyed[from] >>> 32)) {
        to++;
      }
      if (to - from >= 2 && to - from <= MAX_BUCKET) {
        int[] positions = new int[to - from];
        for (int k = from; k < to; k++) {
          positions[k - from] = (int) keyed[k];
        }
        for (int[] same : equalClasses(positions)) {
          sink.accept(same);
        }
      }
      from = to;
    }
  }

  /** Splits positions whose hashes collide into those whose windows are really equal. */
  private List<int[]> equalClasses(int[] positions) {
    List<int[]> classes = new ArrayList<>();
    boolean[] taken = new boolean[positions.length];
    for (int i = 0; i < positions.length; i++) {
      if (taken[i]) {
        continue;
      }
      int[] members = new int[positions.length];
      int size = 0;
      for (int j = i; j < positions.length; j++) {
        if (!taken[j]
            && Arrays.equals(
                codes,
                positions[i],
                positions[i] + window,
                codes,
                positions[j],
                positions[j] + window)) {
          taken[j] = true;
          members[size++] = positions[j];
        }
      }
      if (size >= 2) {
        classes.add(Arrays.copyOf(members, size));
      }
    }
    return classes;
  }

  /**
   * The groups one bucket gives: its pairs that start where their left neighbours differ, each
   * extended right (never into its partner), then for each length the pairs at least that long
   * joined into groups whose copies do not overlap.
   */
  private List<Candidate> candidates(int[] positions) {
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < positions.length; i++) {
      for (int j = i + 1; j < positions.length; j++) {
        int a = positions[i];
        int b = positions[j];
        if (b - a < window || a > 0 && codes[a - 1] == codes[b - 1]) {
          continue;
        }
        int length = window;
        while (a + length < b
            && b + length < codes.length
            && codes[a + length] == codes[b + length]) {
          length++;
        }
        pairs.add(new int[] {i, j, length});
      }
    }
    List<Candidate> result = new ArrayList<>();
    int[] lengths = pairs.stream().mapToInt(p -> p[2]).distinct().sorted().toArray();
    for (int length : lengths) {
      int[] parent = new int[positions.length];
      Arrays.setAll(parent, k -> k);
      for (int[] pair : pairs) {
        if (pair[2] >= length) {
          parent[root(parent, pair[0])] = root(parent, pair[1]);
        }
      }
      for (int r = 0; r < positions.length; r++) {
        if (root(parent, r) != r) {
          continue;
        }
        int[] members = new int[positions.length];
        int size = 0;
        for (int k = 0; k < positions.length; k++) {
          if (root(parent, k) == r) {
            members[size++] = positions[k];
          }
        }
        int[] group = Arrays.copyOf(members, size);
        if (size >= 2 && apart(group, length)) {
          result.add(new Candidate(group, length));
        }
      }
    }
    return result;
  }

  private static int root(int[] parent, int k) {
    int r = k;
    while (parent[r] != r) {
      r = parent[r];
    }
    parent[k] = r;
    return r;
  }

  private static boolean apart(int[] sortedStarts, int length) {
    for (int k = 1; k < sortedStarts.length; k++) {
      if (sortedStarts[k] - sortedStarts[k - 1] < length) {
        return false;
      }
    }
    return true;
  }

  private boolean anyAdded(Candidate candidate, double minAddedShare) {
    for (int start : candidate.starts) {
      if (addedBefore[start + candidate.length] - addedBefore[start]
          >= minAddedShare * candidate.length) {
        return true;
      }
    }
    return false;
  }

  private static boolean mostlyCovered(Candidate candidate, boolean[] covered) {
    for (int start : candidate.starts) {
      int inside = 0;
      for (int k = start; k < start + candidate.length; k++) {
        inside += covered[k] ? 1 : 0;
      }
      if (inside > Covered.MOSTLY * candidate.length) {
        return true;
      }
    }
    return false;
  }

  private Group toGroup(Candidate candidate) {
    List<Copy> copies = new ArrayList<>();
    for (int start : candidate.starts) {
      int f = fileOf[start];
      copies.add(new Copy(files.get(f), start - starts[f], start - starts[f] + candidate.length));
    }
    return new Group(List.copyOf(copies), candidate.length);
  }

  /**
   * @param starts ascending
   */
  private record Candidate(int[] starts, int length) {
    long mass() {
      return (long) length * (starts.length - 1);
    }
  }
}
