package dev.reviewbot.maven.internal;

import dev.reviewbot.coverage.PatchCoverage;
import dev.reviewbot.report.ReportFormat;
import dev.reviewbot.report.ReportInput;
import dev.reviewbot.report.ReporterOptions;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a review in each asked-for format to one directory: {@code report.txt}, {@code
 * report.sarif}, ...
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * The {@code formats} parameter: ids such as {@code sarif}, also comma-separated in one entry (as
   * {@code -Dreviewbot.formats=text,sarif} arrives), in order, without repeats.
   *
   * @throws IllegalArgumentException naming the valid formats
   */
  public static List<ReportFormat> formats(List<String> ids) {
    Set<ReportFormat> formats = new LinkedHashSet<>();
    for (String entry : ids) {
      Arrays.stream(entry.split(","))
          .map(String::trim)
          .filter(id -> !id.isEmpty())
          .forEach(id -> formats.add(ReportFormat.parse(id)));
    }
    return List.copyOf(formats);
  }

  /** The file a format is written to: the extension tools look for. */
  public static String fileName(ReportFormat format) {
    return switch (format) {
      case TEXT -> "report.txt";
      case JSON -> "report.json";
      case SARIF -> "report.sarif";
      case CHECKSTYLE -> "report.checkstyle.xml";
      case MARKDOWN -> "report.md";
      case GITHUB -> "report.github.txt";
    };
  }

  /**
   * Writes the reports; the text and Markdown ones end with the coverage summary, as the command
   * line's do (the machine formats carry coverage as findings only).
   *
   * @return the files written
   */
  public static List<Path> write(
      ReportInput input,
      Optional<PatchCoverage> coverage,
      List<ReportFormat> formats,
      Path directory)
      throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : formats) {
      Path file = directory.resolve(fileName(format));
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        format.reporter(ReporterOptions.defaults()).write(input, out);
        if (coverage.isPresent()
            && (format == ReportFormat.TEXT || format == ReportFormat.MARKDOWN)) {
          out.write("\n" + coverage.get().toMarkdownTable());
        }
      }
      written.add(file);
    }
    return written;
  }
}
