package dev.reviewbot.rules.change;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of a body that a change removed and added, by longest common subsequence, so an
 * unchanged statement that merely shifted between edits is not counted.
 *
 * @param removed base statements not kept, in order
 * @param added head statements not in the base, in order
 */
record StatementDiff(List<String> removed, List<String> added) {
  /** Past this many cells the longest common subsequence is traded for a cheaper multiset comparison. */
  private static final long MAX_CELLS = 4_000_000L;

  static StatementDiff of(List<String> base, List<String> head) {
    int start = 0;
    while (start < base.size() && start < head.size() && base.get(start).equals(head.get(start))) {
      start++;
    }
    int endBase = base.size();
    int endHead = head.size();
    while (endBase > start && endHead > start && base.get(endBase - 1).equals(head.get(endHead - 1))) {
      endBase--;
      endHead--;
    }
    List<String> a = base.subList(start, endBase);
    List<String> b = head.subList(start, endHead);
    if (a.isEmpty() || b.isEmpty()) {
      return new StatementDiff(List.copyOf(a), List.copyOf(b));
    }
    return (long) a.size() * b.size() > MAX_CELLS ? ignoringOrder(a, b) : longestCommon(a, b);
  }

  /** A statement edited in place is one removed and one added: count it once. */
  int changed() {
    return Math.max(removed.size(), added.size());
  }

  private static StatementDiff longestCommon(List<String> a, List<String> b) {
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      if (a.get(i).equals(b.get(j))) {
        i++;
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        removed.add(a.get(i++));
      } else {
        added.add(b.get(j++));
      }
    }
    removed.addAll(a.subList(i, a.size()));
    added.addAll(b.subList(j, b.size()));
    return new StatementDiff(removed, added);
  }

  private static StatementDiff ignoringOrder(List<String> a, List<String> b) {
    Map<String, Integer> inBase = new HashMap<>();
    a.forEach(s -> inBase.merge(s, 1, Integer::sum));
    Map<String, Integer> inHead = new HashMap<>();
    b.forEach(s -> inHead.merge(s, 1, Integer::sum));
    List<String> removed = new ArrayList<>();
    for (String s : a) {
      if (inHead.merge(s, -1, Integer::sum) < 0) {
        removed.add(s);
      }
    }
    List<String> added = new ArrayList<>();
    for (String s : b) {
      if (inBase.merge(s, -1, Integer::sum) < 0) {
        added.add(s);
      }
    }
    return new StatementDiff(removed, added);
  }
}
