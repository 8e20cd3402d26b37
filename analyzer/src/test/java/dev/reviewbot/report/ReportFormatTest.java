package dev.reviewbot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.diff.DiffPlacement;
import dev.reviewbot.diff.MarkedFinding;
import dev.reviewbot.engine.AnalysisResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportFormatTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      text       | TextReporter
      JSON       | JsonReporter
      sarif      | SarifReporter
      checkstyle | CheckstyleReporter
      markdown   | MarkdownReporter
      github     | GitHubActionsReporter
      """)
  void makesTheReporterOfEachFormat(String id, String reporterClass) {
    assertThat(ReportFormat.parse(id).reporter().getClass().getSimpleName()).isEqualTo(reporterClass);
  }

  @Test
  void namesTheValidFormatsWhenTheIdIsUnknown() {
    assertThatThrownBy(() -> ReportFormat.parse("html"))
        .hasMessage("expected one of text, json, sarif, checkstyle, markdown, github but was 'html'");
  }

  @Test
  void inputFromTheFilterShowsTheKeptFindingsAndCountsTheRest() {
    Finding kept = new Finding("argument-count", Severity.WARNING, "A.java", null, "kept", "1", null);
    Finding hidden = new Finding("argument-count", Severity.WARNING, "A.java", null, "hidden", "2", null);
    AnalysisResult result = new AnalysisResult(List.of(kept, hidden), List.of(), List.of(), 1);

    ReportInput input = ReportInput.of(result, List.of(new MarkedFinding(kept, DiffPlacement.ADDED_LINE, true),
        new MarkedFinding(hidden, DiffPlacement.IN_FILE, false)), List.of(), "main", "HEAD", "1");

    assertThat(input.findings()).containsExactly(kept);
    assertThat(input.hiddenFindings()).isEqualTo(1);
  }
}
