package dev.reviewbot.cli;

import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.engine.ReviewOutcome;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.report.ReportFormat;
import dev.reviewbot.report.ReportInput;
import dev.reviewbot.report.ReporterOptions;
import dev.reviewbot.suppress.Baselined;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a review outcome in the chosen format and turns it into an exit code. */
final class ReportWriter {
  private ReportWriter() {}

  static int write(
      ReviewOutcome outcome,
      ReviewConfig config,
      RuleRegistry registry,
      ReportOptions options,
      PrintWriter stdout)
      throws IOException {
    return write(Baselined.none(outcome), config, registry, options, stdout);
  }

  /** As above, for an outcome its baseline has filtered; the report says what the baseline held. */
  static int write(
      Baselined baselined,
      ReviewConfig config,
      RuleRegistry registry,
      ReportOptions options,
      PrintWriter stdout)
      throws IOException {
    ReviewOutcome outcome = baselined.outcome();
    ReportFormat format = ReportFormat.parse(options.format);
    ReportInput input =
        ReportInput.of(
                outcome.analysis(),
                outcome.marked(),
                config.registry(registry).all(),
                outcome.change().base(),
                outcome.change().head(),
                Version.current())
            .withBaseline(baselined.report());
    if (options.output == null) {
      boolean colour = Terminal.attached() && System.getenv("NO_COLOR") == null;
      format.reporter(ReporterOptions.defaults().withColour(colour)).write(input, stdout);
      stdout.flush();
    } else {
      Path parent = options.output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer file = Files.newBufferedWriter(options.output, StandardCharsets.UTF_8)) {
        format.reporter(ReporterOptions.defaults()).write(input, file);
      }
    }
    return !options.neverFails() && outcome.failsAt(config.failOn())
        ? ExitCode.FINDINGS
        : ExitCode.CLEAN;
  }
}
