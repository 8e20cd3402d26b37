package dev.reviewbot.api;

/**
 * Where a finding is said. A review bot earns its place only while nearly every inline comment is
 * one the author acts on, so anything merely informational goes to the summary.
 */
public enum Channel {
  /**
   * An inline review comment on the finding's lines: something to act on at that line, in this
   * change.
   */
  INLINE,
  /**
   * A line in the review's summary comment (and the terminal report's summary section): context for
   * the reviewer, e.g. the public API a change adds, or a finding in test code.
   */
  SUMMARY;

  /** The lower-case name used in configuration. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
