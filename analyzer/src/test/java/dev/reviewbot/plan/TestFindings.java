package dev.reviewbot.plan;

import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Severity;
import dev.reviewbot.diff.DiffFilter;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.diff.MarkedFinding;
import dev.reviewbot.engine.AnalysisResult;
import java.util.List;

/** Findings as values, for planner and renderer tests. */
final class TestFindings {
  private TestFindings() {}

  /**
   * A finding whose message differs by place in words, not only in numbers, so it is not "the same
   * finding" as another.
   */
  static Finding at(String rule, Severity severity, String path, int line) {
    return new Finding(
        rule,
        severity,
        path,
        LineRange.of(line),
        rule + " at " + path + ":" + line + " " + inWords(path.replaceAll("\\D", "") + line),
        rule + "@" + path + "#" + line,
        null);
  }

  /** "40" as "ea": a word per place that number-blind comparison still tells apart. */
  private static String inWords(String digits) {
    StringBuilder word = new StringBuilder();
    digits.chars().forEach(digit -> word.append((char) ('a' + digit - '0')));
    return word.toString();
  }

  /** A finding with the given message, e.g. to show places of the same finding. */
  static Finding withMessage(String rule, String path, int line, String message) {
    return new Finding(
        rule,
        Severity.WARNING,
        path,
        LineRange.of(line),
        message,
        rule + "@" + path + "#" + line,
        null);
  }

  static Finding warning(String rule, String path, int line) {
    return at(rule, Severity.WARNING, path, line);
  }

  static Finding changeLevel(String rule, String message) {
    return new Finding(rule, Severity.INFO, null, null, message, rule + "@change", null);
  }

  /** Marks the findings with the real diff filter in {@code nofilter} mode: all shown. */
  static List<MarkedFinding> allShown(List<Finding> findings) {
    // a HashMap, not Map.of(): DiffFilter looks up change-level findings by a null path
    return new DiffFilter(FilterMode.NOFILTER).mark(findings, new java.util.HashMap<>());
  }

  static ReviewPlan plan(ReviewPolicy policy, List<Finding> findings) {
    return new ReviewPlanner(policy)
        .plan(
            new AnalysisResult(findings, List.of(), List.of(), 1),
            allShown(findings),
            "07374fe73aff1c2024a8d4114b32406c7a8e89b7",
            List.of());
  }

  static ChangedLines addedLines(int... lines) {
    java.util.TreeSet<Integer> added = new java.util.TreeSet<>();
    for (int line : lines) {
      added.add(line);
    }
    return new ChangedLines(added, List.of(new LineRange(1, 1000)), true);
  }
}
