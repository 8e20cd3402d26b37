package dev.reviewbot.report;

import static dev.reviewbot.report.ReporterGoldenTest.render;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextReporterTest {

  @Test
  void writesNoEscapeCharacterUnlessColourIsAsked() {
    assertThat(render(new TextReporter(false), ReportSamples.sample())).doesNotContain("\u001b");
    assertThat(render(new TextReporter(true), ReportSamples.sample()))
        .contains("\u001b[1;31merror\u001b[0m");
  }

  @Test
  void startsEachFindingLineWithPathAndLineSoTerminalsLinkIt() {
    String text = render(new TextReporter(true), ReportSamples.sample());

    assertThat(text.lines().filter(line -> line.contains("[argument-count]")))
        .singleElement()
        .satisfies(line -> assertThat(line).startsWith("src/main/java/com/acme/Billing.java:12: "));
  }

  @Test
  void endsWithTheCounts() {
    String text = render(new TextReporter(false), ReportSamples.sample());

    assertThat(text.lines().reduce((a, b) -> b))
        .hasValue(
            "5 findings (1 error, 2 warnings, 2 info) in 2 files and the change as a whole; "
                + "2 more hidden by the filter mode; 4 files analyzed; 1 notice; 2 rule crashes.");
  }

  @Test
  void firstLineSaysWhatWasComparedWithNamesAndShortShas() {
    String text = render(new TextReporter(false), ReportSamples.sample());

    assertThat(text.lines().findFirst())
        .hasValue("Compared origin/main (merge-base 1a2b3c4) … HEAD (5d6e7f8)");
  }

  @Test
  void aScanComparesNothingAndSaysNothingAboutIt() {
    ReportInput sample = ReportSamples.sample();
    ReportInput scan =
        new ReportInput(
            sample.findings(),
            0,
            sample.notices(),
            sample.crashes(),
            sample.rules(),
            null,
            "3 paths",
            4,
            "1");

    assertThat(render(new TextReporter(false), scan)).doesNotContain("Compared");
  }

  @Test
  void theClosingLineSaysHowManyFindingsTheBaselineHeldAndWhichOfItsEntriesAreGone() {
    String text = render(new TextReporter(false), ReportSamples.baselined());

    assertThat(text.lines().reduce((a, b) -> b))
        .hasValue(
            "1 finding (1 warning) in 1 file; 3 baselined; "
                + "1 baseline entry no longer found; 2 files analyzed.");
    assertThat(text).doesNotContain("[argument-count]");
  }

  @Test
  void advisoryNoticesAreListedApartFromTheFilesNotAnalyzed() {
    ReportInput input =
        new ReportInput(
            java.util.List.of(),
            0,
            java.util.List.of(
                new dev.reviewbot.engine.Notice("src/B.java", 2, 3, "does not parse"),
                new dev.reviewbot.engine.Notice(
                    "src/A.java", 7, 0, "@SuppressWarnings names unknown rule 'x'.", true)),
            java.util.List.of(),
            ReportSamples.RULES.all(),
            null,
            "scan",
            1,
            ReportSamples.VERSION);

    String text = render(new TextReporter(false), input);

    assertThat(text)
        .contains(
            "Not analyzed:\n  src/B.java:2:3: does not parse\n\nNotices:\n  src/A.java:7: @SuppressWarnings names unknown rule 'x'.\n")
        .endsWith("No findings; 1 file analyzed; 2 notices.\n");
  }
}
