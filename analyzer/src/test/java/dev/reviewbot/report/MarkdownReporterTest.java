package dev.reviewbot.report;

import static dev.reviewbot.report.ReporterGoldenTest.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Severity;
import dev.reviewbot.engine.Notice;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownReporterTest {

  private static ReportInput manyFindings(int count) {
    List<Finding> findings =
        IntStream.rangeClosed(1, count)
            .mapToObj(
                i ->
                    new Finding(
                        "argument-count",
                        Severity.WARNING,
                        "src/main/java/com/acme/File" + i + ".java",
                        LineRange.of(i),
                        "Method 'm" + i + "' has 7 parameters (max 5)",
                        "fp" + i,
                        null))
            .toList();
    return new ReportInput(
        findings,
        0,
        List.of(new Notice("src/Broken.java", 1, 1, "does not parse")),
        List.of(),
        ReportSamples.RULES.all(),
        "main",
        "HEAD",
        count,
        "1");
  }

  private static long rows(String markdown) {
    return markdown.lines().filter(line -> line.startsWith("| warning |")).count();
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 1_500, 4_000, 20_000})
  void neverExceedsTheCapAndCountsWhatItLeftOut(int cap) {
    String markdown = render(new MarkdownReporter(cap, null), manyFindings(300));

    assertThat(markdown.length()).isLessThanOrEqualTo(cap);
    long shown = rows(markdown);
    assertThat(shown).isLessThan(300);
    assertThat(markdown)
        .contains(
            "**"
                + (300 - shown)
                + " more findings, 1 more notice not shown** (this summary is limited to "
                + cap
                + " characters).");
  }

  @Test
  void showsEverythingWhenItFits() {
    String markdown = render(new MarkdownReporter(100_000, null), manyFindings(300));

    assertThat(rows(markdown)).isEqualTo(300);
    assertThat(markdown).doesNotContain("not shown").contains("does not parse");
  }

  @Test
  void aMessageCannotBreakTheTableInjectHtmlOrMentionAnyone() {
    String markdown = render(new MarkdownReporter(10_000, null), ReportSamples.sample());

    String row = markdown.lines().filter(line -> line.contains("CACHE")).findFirst().orElseThrow();
    assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count())
        .as("cell separators in %s", row)
        .isEqualTo(5);
    assertThat(markdown)
        .doesNotContain("<script>")
        .doesNotContain("@octocat")
        .doesNotContain("\u001b")
        .contains("&lt;script&gt;", "@\u200Boctocat", "\\[this\\](http://example.com)");
    assertThat(markdown.lines().filter(line -> line.contains("100% of tests")))
        .singleElement()
        .satisfies(line -> assertThat(line).contains("<br>first, second"));
  }

  @Test
  void linksFilesUnderTheGivenBase() {
    String markdown =
        render(
            new MarkdownReporter(10_000, "https://github.com/acme/billing/blob/5d6e7f8/"),
            ReportSamples.sample());

    assertThat(markdown)
        .contains(
            "(https://github.com/acme/billing/blob/5d6e7f8/src/main/java/com/acme/Billing.java#L12-L14)");
  }

  @Test
  void refusesACapTooSmallForTheSummary() {
    assertThatThrownBy(() -> new MarkdownReporter(999, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
