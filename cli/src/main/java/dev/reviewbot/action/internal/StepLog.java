package dev.reviewbot.action.internal;

import dev.reviewbot.report.internal.WorkflowCommands;
import java.io.PrintWriter;

/**
 * The step's log (standard output): progress lines, and warnings and errors as workflow commands,
 * escaped so a message cannot start a command of its own.
 */
public record StepLog(PrintWriter out) {
  /** A progress line, {@code reviewbot: <text>}. */
  public void info(String text) {
    out.println("reviewbot: " + text);
  }

  /** A warning annotation on the run. */
  public void warning(String message) {
    out.println("::warning title=reviewbot::" + WorkflowCommands.escapeData(message));
  }

  /** An error annotation on the run. */
  public void error(String message) {
    out.println("::error title=reviewbot::" + WorkflowCommands.escapeData(message));
  }
}
