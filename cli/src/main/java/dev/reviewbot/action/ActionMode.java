package dev.reviewbot.action;

import java.util.Locale;

/** What the Action does in this step. */
public enum ActionMode {
  /**
   * Analyze and post the review; when posting is refused, fall back to {@link #ANALYZE}'s outputs.
   */
  REVIEW,
  /**
   * Analyze only, with a read-only token: annotations, job summary, SARIF and a review bundle.
   * Phase A of the fork-safe setup.
   */
  ANALYZE,
  /** Post a review bundle made by an earlier {@link #ANALYZE} run; analyzes nothing. Phase B. */
  PUBLISH;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code review}, {@code analyze} or {@code publish} (any case). */
  public static ActionMode parse(String text) {
    for (ActionMode mode : values()) {
      if (mode.id().equalsIgnoreCase(text.trim())) {
        return mode;
      }
    }
    throw new ActionException(
        "mode must be one of review, analyze, publish but was '" + text + "'");
  }
}
