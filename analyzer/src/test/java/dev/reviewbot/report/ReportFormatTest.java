package dev.reviewbot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.diff.DiffPlacement;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.diff.MarkedFinding;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.ReviewOutcome;
import dev.reviewbot.pipeline.ReviewPipeline;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportFormatTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      text       | TextReporter
      JSON       | JsonReporter
      sarif      | SarifReporter
      checkstyle | CheckstyleReporter
      markdown   | MarkdownReporter
      github     | GitHubActionsReporter
      """)
  void makesTheReporterOfEachFormat(String id, String reporterClass) {
    assertThat(ReportFormat.parse(id).reporter().getClass().getSimpleName())
        .isEqualTo(reporterClass);
  }

  @Test
  void namesTheValidFormatsWhenTheIdIsUnknown() {
    assertThatThrownBy(() -> ReportFormat.parse("html"))
        .hasMessage(
            "expected one of text, json, sarif, checkstyle, markdown, github but was 'html'");
  }

  @Test
  void inputFromTheFilterShowsTheKeptFindingsAndCountsTheRest() {
    Finding kept =
        new Finding("argument-count", Severity.WARNING, "A.java", null, "kept", "1", null);
    Finding hidden =
        new Finding("argument-count", Severity.WARNING, "A.java", null, "hidden", "2", null);
    AnalysisResult result = new AnalysisResult(List.of(kept, hidden), List.of(), List.of(), 1);

    ReportInput input =
        ReportInput.of(
            result,
            List.of(
                new MarkedFinding(kept, DiffPlacement.ADDED_LINE, true),
                new MarkedFinding(hidden, DiffPlacement.IN_FILE, false)),
            List.of(),
            "main",
            "HEAD",
            "1");

    assertThat(input.findings()).containsExactly(kept);
    assertThat(input.hiddenFindings()).isEqualTo(1);
  }

  @Test
  void inputFromAReviewRunCarriesTheChangeLabels() {
    ReviewOutcome outcome =
        new ReviewPipeline(
                ReportSamples.RULES, ReviewConfig.builder().filterMode(FilterMode.NOFILTER).build())
            .run(
                new ChangeSet(
                    "origin/main (1a2b3c4)",
                    "working tree",
                    null,
                    List.of(ChangedFile.scanned("src/main/java/A.java", "class A {}\n"))))
            .outcome();

    ReportInput input = ReportInput.of(outcome, ReportSamples.RULES.all(), "1");

    assertThat(input.base()).isEqualTo("origin/main (1a2b3c4)");
    assertThat(input.head()).isEqualTo("working tree");
    assertThat(input.filesAnalyzed()).isEqualTo(1);
    assertThat(input.findings()).isEmpty();
  }
}
