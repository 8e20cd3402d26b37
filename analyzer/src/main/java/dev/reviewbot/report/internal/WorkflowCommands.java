package dev.reviewbot.report.internal;

/**
 * GitHub Actions workflow-command escaping, as the runner unescapes it (actions/toolkit {@code
 * command.ts}).
 */
public final class WorkflowCommands {
  private WorkflowCommands() {}

  /** The message after {@code ::}: {@code %}, CR and LF. */
  public static String escapeData(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value ({@code file=}, {@code title=}): as data, plus {@code :} and {@code ,}. */
  public static String escapeProperty(String text) {
    return escapeData(text).replace(":", "%3A").replace(",", "%2C");
  }
}
