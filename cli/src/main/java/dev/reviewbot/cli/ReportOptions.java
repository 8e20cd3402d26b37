package dev.reviewbot.cli;

import dev.reviewbot.api.Severity;
import dev.reviewbot.baseline.BaselineSetting;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.coverage.CoverageOptions;
import dev.reviewbot.pipeline.ReviewResult;
import dev.reviewbot.plugin.PluginLoader;
import dev.reviewbot.registry.RuleRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by {@code check} and {@code scan}: configuration, output and failure level. */
final class ReportOptions {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "Output format: text, json, sarif, checkstyle, markdown, github (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "Exit 1 when a shown finding is at or above info, warning or error; none never exits 1 "
              + "(default: the config's fail-on, else warning).")
  String failOn;

  /** {@code --fail-on none}: report everything, fail on nothing. */
  static final String NONE = "none";

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file (default: .reviewbot.yml at the repository root, if present).")
  Path config;

  /**
   * The configuration: {@code --config}, else {@code .reviewbot.yml} under {@code root}, with
   * {@code --fail-on} applied. Its {@code plugins:} are loaded: the command line runs for the
   * person who owns this configuration (the bot-server never loads plugins named by a repository).
   */
  ReviewConfig loadConfig(RuleRegistry registry, Path root) {
    ConfigLoader loader = configLoader(registry);
    ReviewConfig loaded = config != null ? loader.load(config) : loader.loadFromRepository(root);
    return failOn == null || neverFails()
        ? loaded
        : loaded.toBuilder().failOn(Severity.parse(failOn)).build();
  }

  /** The report on {@code stdout}, or in {@code --output}. */
  TerminalReport sink(PrintWriter stdout) {
    return new TerminalReport(this, stdout);
  }

  /** {@link ExitCode#FINDINGS} when a shown finding reaches the fail level, unless {@code none}. */
  int exitCode(ReviewResult result) {
    return !neverFails() && result.fails() ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  boolean neverFails() {
    return NONE.equalsIgnoreCase(failOn == null ? "" : failOn.trim());
  }

  /**
   * The command line's configuration loader: every section it knows, and {@code plugins:} loaded.
   */
  static ConfigLoader configLoader(RuleRegistry registry) {
    return new ConfigLoader(registry)
        .withSection(CoverageOptions.SECTION)
        .withSection(BaselineSetting.SECTION)
        .loadingPlugins(new PluginLoader());
  }
}
