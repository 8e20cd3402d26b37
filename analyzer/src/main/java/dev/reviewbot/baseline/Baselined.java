package dev.reviewbot.baseline;

import dev.reviewbot.engine.ReviewOutcome;

/**
 * A review outcome after its baseline: the outcome keeps only the findings the baseline does not
 * hold (so exit codes, bundles and reports never see the others), the report says what was held.
 */
public record Baselined(ReviewOutcome outcome, BaselineReport report) {

  /** A run without a baseline. */
  public static Baselined none(ReviewOutcome outcome) {
    return new Baselined(outcome, BaselineReport.NONE);
  }
}
