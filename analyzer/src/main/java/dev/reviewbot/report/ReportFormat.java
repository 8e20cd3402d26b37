package dev.reviewbot.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats, by the id the command line uses ({@code --format sarif}). */
public enum ReportFormat {
  /** For people at a terminal: grouped by file, {@code path:line:} first so terminals link it. */
  TEXT,
  /** reviewbot's own stable JSON schema, with a {@code version} field. */
  JSON,
  /** SARIF 2.1.0, e.g. for GitHub code scanning. */
  SARIF,
  /** Checkstyle XML 4.3, for reviewdog, Jenkins and IDEs. */
  CHECKSTYLE,
  /** A summary for a pull-request comment or an Actions job summary. */
  MARKDOWN,
  /** GitHub Actions workflow commands ({@code ::warning file=...::}), i.e. annotations. */
  GITHUB;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses an id such as {@code sarif} (any case); throws {@link IllegalArgumentException} naming
   * the valid ones.
   */
  public static ReportFormat parse(String text) {
    for (ReportFormat format : values()) {
      if (format.id().equalsIgnoreCase(text.trim())) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "expected one of "
            + Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "))
            + " but was '"
            + text
            + "'");
  }

  public Reporter reporter(ReporterOptions options) {
    return switch (this) {
      case TEXT -> new TextReporter(options.colour());
      case JSON -> new JsonReporter();
      case SARIF -> new SarifReporter();
      case CHECKSTYLE -> new CheckstyleReporter();
      case MARKDOWN -> new MarkdownReporter(options.markdownMaxChars(), options.linkBase());
      case GITHUB -> new GitHubActionsReporter();
    };
  }

  public Reporter reporter() {
    return reporter(ReporterOptions.defaults());
  }
}
