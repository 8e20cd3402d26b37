package dev.reviewbot.coverage.internal;

import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.coverage.LineGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Groups selected lines (e.g. uncovered added lines) into ranges. Two selected lines join when
 * every line between them is one JaCoCo cannot cover (blank, brace, comment) and lies in the diff,
 * so a block with a closing brace reads "lines 12-15", not "12-13, 15".
 */
public final class LineGrouping {
  private static final int SNIPPET_LENGTH = 200;

  private LineGrouping() {}

  public static List<LineGroup> group(
      SortedSet<Integer> selected,
      SortedMap<Integer, LineCounts> coverable,
      ChangedLines changed,
      String headContent) {
    List<LineGroup> groups = new ArrayList<>();
    String[] text = headContent == null ? new String[0] : headContent.split("\r?\n", -1);
    List<Integer> current = new ArrayList<>();
    for (int line : selected) {
      if (!current.isEmpty()
          && !joinable(current.get(current.size() - 1), line, coverable, changed)) {
        groups.add(toGroup(current, coverable, text));
        current = new ArrayList<>();
      }
      current.add(line);
    }
    if (!current.isEmpty()) {
      groups.add(toGroup(current, coverable, text));
    }
    return groups;
  }

  private static boolean joinable(
      int from, int to, SortedMap<Integer, LineCounts> coverable, ChangedLines changed) {
    if (!coverable.subMap(from + 1, to).isEmpty()) {
      return false;
    }
    for (int line = from + 1; line < to; line++) {
      if (!changed.inDiff(line)) {
        return false;
      }
    }
    return true;
  }

  private static LineGroup toGroup(
      List<Integer> lines, SortedMap<Integer, LineCounts> coverable, String[] text) {
    int first = lines.get(0);
    int last = lines.get(lines.size() - 1);
    int missed = 0;
    int covered = 0;
    for (int line : lines) {
      LineCounts counts = coverable.get(line);
      missed += counts.mb();
      covered += counts.cb();
    }
    StringBuilder code = new StringBuilder();
    for (int line = first;
        line <= last && line <= text.length && code.length() < SNIPPET_LENGTH;
        line++) {
      code.append(text[line - 1].strip()).append(' ');
    }
    String snippet = code.toString().replaceAll("\\s+", " ").strip();
    return new LineGroup(
        new LineRange(first, last),
        missed,
        covered,
        snippet.length() > SNIPPET_LENGTH ? snippet.substring(0, SNIPPET_LENGTH) : snippet);
  }
}
