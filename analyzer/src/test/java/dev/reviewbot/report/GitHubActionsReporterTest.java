package dev.reviewbot.report;

import static dev.reviewbot.report.ReporterGoldenTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Severity;
import dev.reviewbot.report.internal.WorkflowCommands;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GitHubActionsReporterTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      textBlock =
          """
      plain                 | plain                 | plain
      100%                  | 100%25                | 100%25
      a:b,c                 | a:b,c                 | a%3Ab%2Cc
      '%0A is literal'      | '%250A is literal'    | '%250A is literal'
      """)
  void escapesAsTheRunnerUnescapes(String raw, String data, String property) {
    assertThat(WorkflowCommands.escapeData(raw)).isEqualTo(data);
    assertThat(WorkflowCommands.escapeProperty(raw)).isEqualTo(property);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      ERROR   | error
      WARNING | warning
      INFO    | notice
      """)
  void writesOneCommandLinePerFindingBySeverity(Severity severity, String command) {
    Finding finding =
        new Finding(
            "argument-count",
            severity,
            "src/a,b:c.java",
            new LineRange(4, 6),
            "line one\r\nline two\n::error::injected",
            "fp",
            null);
    ReportInput input =
        new ReportInput(List.of(finding), 0, List.of(), List.of(), List.of(), null, null, 1, "1");

    assertThat(render(new GitHubActionsReporter(), input))
        .isEqualTo(
            "::"
                + command
                + " file=src/a%2Cb%3Ac.java,line=4,endLine=6,title=argument-count::line one%0Aline two%0A::error::injected\n");
  }
}
