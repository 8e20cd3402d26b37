package dev.reviewbot.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Severity;
import dev.reviewbot.report.ReportInput;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FailureMessageTest {
  private static final Path REPORTS = Path.of("target", "reviewbot");

  @Test
  void listsTheFindingsAtOrAboveTheLevelAndWhereTheReportsAre() {
    ReportInput input =
        input(
            List.of(
                finding("argument-count", Severity.WARNING, 12),
                finding("public-api-surface", Severity.INFO, 12)));

    assertThat(FailureMessage.of(input, Severity.WARNING, REPORTS))
        .isEqualTo(
            """
        reviewbot: findings at or above warning (failOn) in working tree against main (merge-base 1a2b3c4):
        src/main/java/A.java:12: warning [argument-count] argument-count at 12

        1 finding (1 warning) in 1 file; 3 files analyzed.
        Reports: %s"""
                .formatted(REPORTS));
  }

  @Test
  void aLongListIsCutAndSaysHowManyMore() {
    ReportInput input =
        input(
            IntStream.rangeClosed(1, 25)
                .mapToObj(line -> finding("r", Severity.ERROR, line))
                .toList());

    String message = FailureMessage.of(input, Severity.ERROR, REPORTS);

    assertThat(message)
        .contains("A.java:20:")
        .doesNotContain("A.java:21:")
        .contains("... and 5 more.\n");
  }

  private static ReportInput input(List<Finding> findings) {
    return new ReportInput(
        findings,
        0,
        List.of(),
        List.of(),
        List.of(),
        "main (merge-base 1a2b3c4)",
        "working tree",
        3,
        "1.0");
  }

  private static Finding finding(String rule, Severity severity, int line) {
    return new Finding(
        rule,
        severity,
        "src/main/java/A.java",
        LineRange.of(line),
        rule + " at " + line,
        rule + line,
        null);
  }
}
