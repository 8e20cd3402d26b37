package dev.reviewbot.diff;

/** Where a finding sits relative to the diff, most specific first. */
public enum DiffPlacement {
  /** Touches a line the change added or modified. */
  ADDED_LINE,
  /** Inside a hunk, but only on context lines. */
  DIFF_CONTEXT,
  /** In a changed file, outside the hunks. */
  IN_FILE,
  /** About the whole change (no file). Always shown. */
  CHANGE
}
