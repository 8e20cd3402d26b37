package dev.reviewbot.api;

/** What a rule does on test code (files matching the configured test globs). */
public enum TestCodePolicy {
  /** The rule does not run on test code. */
  SKIP,
  /** The rule runs on test code one severity level lower. */
  LOWER,
  /** The rule runs on test code at its normal severity. */
  SAME,
  /**
   * The rule runs on test code one severity level lower, and its findings there go to the summary,
   * never inline: tests matter less to a reviewer than production code.
   */
  SUMMARY
}
