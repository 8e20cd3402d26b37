package dev.reviewbot.cli;

import dev.reviewbot.pipeline.ReviewResult;
import dev.reviewbot.pipeline.ReviewSink;
import dev.reviewbot.plan.SummarySection;
import dev.reviewbot.report.ReportFormat;
import dev.reviewbot.report.ReporterOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The report in the chosen format, on standard output or in {@code --output}. Text and Markdown
 * reports end with the summary's sections (the coverage table); the machine formats carry coverage
 * as findings only.
 */
final class TerminalReport implements ReviewSink {
  private final ReportOptions options;
  private final PrintWriter stdout;

  TerminalReport(ReportOptions options, PrintWriter stdout) {
    this.options = options;
    this.stdout = stdout;
  }

  @Override
  public boolean deliver(ReviewResult result) throws IOException {
    ReportFormat format = ReportFormat.parse(options.format);
    if (options.output == null) {
      boolean colour = Terminal.attached() && System.getenv("NO_COLOR") == null;
      write(result, format, ReporterOptions.defaults().withColour(colour), stdout);
      stdout.flush();
      return true;
    }
    Path parent = options.output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer file = Files.newBufferedWriter(options.output, StandardCharsets.UTF_8)) {
      write(result, format, ReporterOptions.defaults(), file);
    }
    return true;
  }

  private static void write(
      ReviewResult result, ReportFormat format, ReporterOptions reporterOptions, Writer out)
      throws IOException {
    format.reporter(reporterOptions).write(result.report(Version.current()), out);
    if (format == ReportFormat.TEXT || format == ReportFormat.MARKDOWN) {
      for (SummarySection section : result.sections()) {
        out.write("\n" + section.markdown());
      }
    }
  }
}
