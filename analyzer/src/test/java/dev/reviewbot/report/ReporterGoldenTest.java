package dev.reviewbot.report;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReporterGoldenTest {

  static String render(Reporter reporter, ReportInput input) {
    StringWriter out = new StringWriter();
    try {
      reporter.write(input, out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  static String extension(ReportFormat format) {
    return switch (format) {
      case TEXT -> "txt";
      case JSON -> "json";
      case SARIF -> "sarif.json";
      case CHECKSTYLE -> "checkstyle.xml";
      case MARKDOWN -> "md";
      case GITHUB -> "github.txt";
    };
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void writesTheSampleAsInItsGoldenFile(ReportFormat format) {
    Golden.assertMatches(
        "sample." + extension(format), render(format.reporter(), ReportSamples.sample()));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void writesACleanRunAsInItsGoldenFile(ReportFormat format) {
    Golden.assertMatches(
        "clean." + extension(format), render(format.reporter(), ReportSamples.clean()));
  }

  @Test
  void writesTheSampleInColourWhenAskedTo() {
    Golden.assertMatches(
        "sample-colour.txt", render(new TextReporter(true), ReportSamples.sample()));
  }
}
