package dev.reviewbot.maven.internal;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.report.ReportInput;
import dev.reviewbot.report.TextReporter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The message a failing build ends with: the findings at or above the fail level (the first {@value
 * #MOST}; the log above and the reports have them all), and where the reports are.
 */
public final class FailureMessage {
  static final int MOST = 20;

  private FailureMessage() {}

  public static String of(ReportInput input, Severity failOn, Path reports) {
    List<Finding> failing =
        input.findings().stream().filter(f -> f.severity().atLeast(failOn)).toList();
    List<Finding> shown = failing.subList(0, Math.min(MOST, failing.size()));
    // no base: the first line below already says what was compared, so the text report does not
    // repeat it
    ReportInput listed =
        new ReportInput(
            shown,
            0,
            List.of(),
            List.of(),
            input.rules(),
            null,
            input.head(),
            input.filesAnalyzed(),
            input.toolVersion());
    StringWriter text = new StringWriter();
    text.append("reviewbot: findings at or above ")
        .append(failOn.id())
        .append(" (failOn) in ")
        .append(describe(input))
        .append(":\n");
    try {
      new TextReporter(false).write(listed, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    if (failing.size() > shown.size()) {
      text.append("... and ")
          .append(String.valueOf(failing.size() - shown.size()))
          .append(" more.\n");
    }
    return text.append("Reports: ").append(reports.toString()).toString();
  }

  private static String describe(ReportInput input) {
    return input.base() == null
        ? String.valueOf(input.head())
        : input.head() + " against " + input.base();
  }
}
