package dev.reviewbot.engine;

/**
 * A rule that threw while checking a file. The run goes on; summaries show it; tests fail on it.
 *
 * @param path the file being checked, or {@code null} for a change rule
 * @param exception exception class name and message
 * @param stackTrace the full stack trace, for bug reports
 */
public record RuleCrash(String ruleId, String path, String exception, String stackTrace) {
  @Override
  public String toString() {
    return "rule " + ruleId + " crashed" + (path == null ? "" : " on " + path) + ": " + exception;
  }
}
