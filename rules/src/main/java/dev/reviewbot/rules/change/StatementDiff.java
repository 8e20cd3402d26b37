package dev.reviewbot.rules.change;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The statements of a body that a change removed and added, by longest common subsequence, so an
 * unchanged statement that merely shifted between edits is not counted.
 *
 * @param removed positions of the base statements not kept, ascending
 * @param added positions of the head statements not in the base, ascending
 */
record StatementDiff(List<Integer> removed, List<Integer> added) {
  /**
   * Past this many cells the longest common subsequence is traded for a cheaper multiset
   * comparison.
   */
  private static final long MAX_CELLS = 4_000_000L;

  static StatementDiff of(List<String> base, List<String> head) {
    int start = 0;
    while (start < base.size() && start < head.size() && base.get(start).equals(head.get(start))) {
      start++;
    }
    int endBase = base.size();
    int endHead = head.size();
    while (endBase > start
        && endHead > start
        && base.get(endBase - 1).equals(head.get(endHead - 1))) {
      endBase--;
      endHead--;
    }
    List<String> a = base.subList(start, endBase);
    List<String> b = head.subList(start, endHead);
    StatementDiff inner =
        a.isEmpty() || b.isEmpty()
            ? new StatementDiff(range(a.size()), range(b.size()))
            : (long) a.size() * b.size() > MAX_CELLS ? ignoringOrder(a, b) : longestCommon(a, b);
    int offset = start;
    return new StatementDiff(
        inner.removed.stream().map(i -> i + offset).toList(),
        inner.added.stream().map(i -> i + offset).toList());
  }

  /** Every statement of a new body is added. */
  static StatementDiff added(int count) {
    return new StatementDiff(List.of(), range(count));
  }

  private static List<Integer> range(int count) {
    return IntStream.range(0, count).boxed().toList();
  }

  /** A statement edited in place is one removed and one added: count it once. */
  int changed() {
    return Math.max(removed.size(), added.size());
  }

  private static StatementDiff longestCommon(List<String> a, List<String> b) {
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).equals(b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Integer> removed = new ArrayList<>();
    List<Integer> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      if (a.get(i).equals(b.get(j))) {
        i++;
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        removed.add(i++);
      } else {
        added.add(j++);
      }
    }
    for (; i < a.size(); i++) {
      removed.add(i);
    }
    for (; j < b.size(); j++) {
      added.add(j);
    }
    return new StatementDiff(removed, added);
  }

  private static StatementDiff ignoringOrder(List<String> a, List<String> b) {
    Map<String, Integer> inBase = new HashMap<>();
    a.forEach(s -> inBase.merge(s, 1, Integer::sum));
    Map<String, Integer> inHead = new HashMap<>();
    b.forEach(s -> inHead.merge(s, 1, Integer::sum));
    List<Integer> removed = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (inHead.merge(a.get(i), -1, Integer::sum) < 0) {
        removed.add(i);
      }
    }
    List<Integer> added = new ArrayList<>();
    for (int j = 0; j < b.size(); j++) {
      if (inBase.merge(b.get(j), -1, Integer::sum) < 0) {
        added.add(j);
      }
    }
    return new StatementDiff(removed, added);
  }
}
