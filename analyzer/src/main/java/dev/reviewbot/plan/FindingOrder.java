package dev.reviewbot.plan;

import dev.reviewbot.api.Finding;
import java.util.Comparator;
import java.util.List;

/**
 * The order a review shows findings in, which is also the order inline comments are spent from the
 * budget: the most valuable first, never file order.
 *
 * <ol>
 *   <li>Severity, highest first.
 *   <li>Within a severity, by what a finding costs when it is missed ({@link #RULE_VALUE}):
 *       breaking API changes, then lost exceptions and error handling, then complexity jumps on
 *       changed code, shared mutable state, uncovered new code, and the design and naming advice;
 *       any other rule (a plugin's) after the built-in ones, by id.
 *   <li>Then path, line and fingerprint, so the order is total and stable.
 * </ol>
 */
public final class FindingOrder {
  /** Built-in rules from most to least valuable when a finding of theirs is missed. */
  public static final List<String> RULE_VALUE =
      List.of(
          "public-api-surface",
          "error-handling",
          "hard-to-follow",
          "shared-mutable-state",
          "coverage-delta",
          "argument-count",
          "confusable-parameters",
          "misleading-name",
          "untested-change",
          "pr-size");

  public static final Comparator<Finding> RANK =
      Comparator.comparing(Finding::severity, Comparator.reverseOrder())
          .thenComparingInt(FindingOrder::ruleValue)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::path, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingInt(Finding::line)
          .thenComparing(Finding::fingerprint);

  private FindingOrder() {}

  private static int ruleValue(Finding finding) {
    int index = RULE_VALUE.indexOf(finding.ruleId());
    return index < 0 ? RULE_VALUE.size() : index;
  }
}
