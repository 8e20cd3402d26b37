package dev.reviewbot.engine;

/**
 * Told how far an analysis is, e.g. to show progress on a terminal. Called from the threads that
 * analyze files, so an implementation must be thread-safe.
 */
@FunctionalInterface
public interface AnalysisProgress {
  /** Tells nobody. */
  AnalysisProgress NONE = (done, total) -> {};

  /** {@code done} of {@code total} files are analyzed; first called with 0 before any is. */
  void filesDone(int done, int total);
}
