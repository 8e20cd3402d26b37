package dev.reviewbot.plan;

import dev.reviewbot.api.Severity;
import java.util.Objects;

/**
 * The knobs of a review.
 *
 * @param commentBudget most inline comments in one review; the rest goes to the summary
 * @param repeatsBeforeCollapse how many comments one rule gets before its further places are
 *     collapsed into one comment listing them
 * @param failOn lowest severity that makes the review fail (check-run conclusion, exit code)
 */
public record ReviewPolicy(int commentBudget, int repeatsBeforeCollapse, Severity failOn) {
  public static final int DEFAULT_COMMENT_BUDGET = 25;
  public static final int DEFAULT_REPEATS_BEFORE_COLLAPSE = 3;

  public ReviewPolicy {
    if (commentBudget < 0) {
      throw new IllegalArgumentException(
          "comment budget must be 0 or more but was " + commentBudget);
    }
    if (repeatsBeforeCollapse < 1) {
      throw new IllegalArgumentException(
          "repeats before collapse must be 1 or more but was " + repeatsBeforeCollapse);
    }
    Objects.requireNonNull(failOn, "failOn");
  }

  public static ReviewPolicy defaults() {
    return new ReviewPolicy(
        DEFAULT_COMMENT_BUDGET, DEFAULT_REPEATS_BEFORE_COLLAPSE, Severity.WARNING);
  }

  public ReviewPolicy withCommentBudget(int budget) {
    return new ReviewPolicy(budget, repeatsBeforeCollapse, failOn);
  }

  public ReviewPolicy withFailOn(Severity level) {
    return new ReviewPolicy(commentBudget, repeatsBeforeCollapse, level);
  }
}
