package dev.reviewbot.api;

import java.util.List;

/** What a {@link ChangeRule} knows about the whole change, and where it reports. */
public interface ChangeContext {
  /** Every file of the change, including binary and excluded ones (a size rule may need them). */
  List<ChangedFileSummary> files();

  /** False for a plain scan, where there is no change to judge. */
  boolean isDiff();

  <T> T option(Option<T> option);

  Severity severity();

  /** Reports a finding about the whole change at the rule's severity. */
  void report(String message);

  /**
   * Reports a finding about the whole change.
   *
   * @param key fingerprint text identifying this finding among the rule's others
   * @param severity {@code null} for the rule's severity
   * @param suggestion optional advice, may be {@code null}
   */
  void report(String key, String message, Severity severity, String suggestion);
}
