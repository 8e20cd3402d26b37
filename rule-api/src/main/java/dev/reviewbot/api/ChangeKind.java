package dev.reviewbot.api;

/** How a file changed between base and head. */
public enum ChangeKind {
  ADDED,
  DELETED,
  MODIFIED,
  RENAMED,
  COPIED,
  /** Only the file mode changed (e.g. made executable); no content lines. */
  MODE_CHANGED,
  /** No diff: the file is checked as a whole, as in {@code reviewbot scan}. */
  SCANNED
}
