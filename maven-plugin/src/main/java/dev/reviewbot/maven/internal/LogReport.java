package dev.reviewbot.maven.internal;

import dev.reviewbot.coverage.PatchCoverage;
import dev.reviewbot.report.ReportInput;
import dev.reviewbot.report.TextReporter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The review as the build log shows it: the text report without colour, then the coverage summary.
 */
public final class LogReport {
  private LogReport() {}

  public static List<String> lines(ReportInput input, Optional<PatchCoverage> coverage) {
    StringWriter text = new StringWriter();
    try {
      new TextReporter(false).write(input, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    List<String> lines = new ArrayList<>(text.toString().lines().toList());
    coverage.ifPresent(
        c -> {
          lines.add("");
          lines.addAll(c.toMarkdownTable().lines().toList());
        });
    return lines;
  }
}
