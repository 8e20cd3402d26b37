package dev.reviewbot.review;

import dev.reviewbot.api.Finding;
import java.util.Comparator;

/** The order a review shows findings in: most severe first, then rule, path and line. */
public final class FindingOrder {
  /** Severity (highest first), rule id, path, line, then fingerprint so the order is total. */
  public static final Comparator<Finding> RANK = Comparator
      .comparing(Finding::severity, Comparator.reverseOrder())
      .thenComparing(Finding::ruleId)
      .thenComparing(Finding::path, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparingInt(Finding::line)
      .thenComparing(Finding::fingerprint);

  private FindingOrder() {}
}
