package dev.reviewbot.server.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Reports a start-up failure that some analyzer recognised (ours, or Spring Boot's for bad
 * properties or a port in use) as one log line an operator reads at a glance; the exception goes to
 * DEBUG. It replaces Spring Boot's multi-line banner, whose logger application.yml turns off.
 */
public final class OneLineFailureReporter implements FailureAnalysisReporter {
  private static final Logger log = LoggerFactory.getLogger(OneLineFailureReporter.class);

  @Override
  public void report(FailureAnalysis analysis) {
    log.error("{}", line(analysis));
    log.debug("start-up failure", analysis.getCause());
  }

  /**
   * "reviewbot did not start: DESCRIPTION (ACTION)", the lines of a multi-line description joined.
   */
  static String line(FailureAnalysis analysis) {
    String text = "reviewbot did not start: " + joined(analysis.getDescription());
    String action = joined(analysis.getAction());
    return action.isEmpty() ? text : text + " (" + action + ")";
  }

  private static String joined(String text) {
    if (text == null) {
      return "";
    }
    return String.join(
        "; ", text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
  }
}
