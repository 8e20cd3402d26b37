package dev.reviewbot.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.LineRange;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metrics on a small hand-written report whose numbers are easy to check by eye; the same
 * calculator on real JaCoCo output is tested in coverage-it.
 */
class PatchCoverageCalculatorTest {
  static final String CART =
      """
      package com.acme;

      public class Cart {
        int total(int n) {
          if (n > 0) {
            return n * 2;
          }
          return 0;
        }

        int unused() {
          int a = 1;

          return a;
        }
      }
      """;

  static final String HEAD_REPORT =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
      <report name="shop">
        <package name="com/acme">
          <sourcefile name="Cart.java">
            <line nr="3" mi="0" ci="3" mb="0" cb="0"/>
            <line nr="5" mi="0" ci="2" mb="1" cb="1"/>
            <line nr="6" mi="0" ci="3" mb="0" cb="0"/>
            <line nr="8" mi="2" ci="0" mb="0" cb="0"/>
            <line nr="12" mi="2" ci="0" mb="0" cb="0"/>
            <line nr="14" mi="2" ci="0" mb="0" cb="0"/>
          </sourcefile>
          <sourcefile name="Gone.java"><line nr="1" mi="0" ci="1" mb="0" cb="0"/></sourcefile>
        </package>
      </report>
      """;

  static final String BASE_REPORT =
      """
      <report name="shop">
        <package name="com/acme">
          <sourcefile name="Cart.java">
            <line nr="3" mi="0" ci="3" mb="0" cb="0"/>
            <line nr="5" mi="0" ci="2" mb="0" cb="2"/>
            <line nr="6" mi="0" ci="3" mb="0" cb="0"/>
            <line nr="8" mi="0" ci="2" mb="0" cb="0"/>
          </sourcefile>
          <sourcefile name="Gone.java"><line nr="1" mi="0" ci="1" mb="0" cb="0"/></sourcefile>
        </package>
      </report>
      """;

  static final String CART_PATH = "shop/src/main/java/com/acme/Cart.java";

  @TempDir Path repo;

  @BeforeEach
  void writeReports() throws IOException {
    write("shop/target/site/jacoco/jacoco.xml", HEAD_REPORT);
    write("base/jacoco.xml", BASE_REPORT);
  }

  private void write(String path, String content) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static ChangeSet change() {
    return TestChanges.of(TestChanges.modified(CART_PATH, CART, TestChanges.lines(4, 15)));
  }

  static PatchCoverage compute(Path repo, ChangeSet change, CoverageOptions options) {
    return PatchCoverageCalculator.compute(change, repo, options);
  }

  private CoverageOptions options() {
    return CoverageOptions.ofReports(List.of(Path.of("shop/target/site/jacoco/jacoco.xml")));
  }

  @Test
  void countsAddedLinesWithCoveredInstructionsAsCovered() {
    PatchCoverage coverage = compute(repo, change(), options());

    FileCoverage cart = coverage.files().get(0);
    assertThat(cart.path()).isEqualTo(CART_PATH);
    assertThat(cart.lines()).isEqualTo(new Ratio(2, 5));
    assertThat(coverage.lines()).isEqualTo(new Ratio(2, 5));
    assertThat(coverage.lines().percent().getAsDouble()).isEqualTo(40.0);
  }

  @Test
  void measuresBranchesOnAddedLinesOnly() {
    PatchCoverage coverage = compute(repo, change(), options());
    assertThat(coverage.branches()).isEqualTo(new Ratio(1, 2));
  }

  @Test
  void listsPartlyCoveredLinesSeparatelyAndCountsThemCovered() {
    FileCoverage cart = compute(repo, change(), options()).files().get(0);
    assertThat(cart.partial())
        .singleElement()
        .satisfies(
            group -> {
              assertThat(group.lines()).isEqualTo(LineRange.of(5));
              assertThat(group.missedBranches()).isEqualTo(1);
              assertThat(group.coveredBranches()).isEqualTo(1);
              assertThat(group.code()).isEqualTo("if (n > 0) {");
            });
  }

  @Test
  void groupsUncoveredLinesAcrossLinesJacocoCannotCover() {
    FileCoverage cart = compute(repo, change(), options()).files().get(0);
    assertThat(cart.uncovered()).extracting(LineGroup::lines).containsExactly(new LineRange(8, 14));
    assertThat(cart.missingRanges()).isEqualTo("8-14");
  }

  @Test
  void keepsUncoveredLinesApartWhenACoverableLineLiesBetween() {
    ChangedFile file = TestChanges.modified(CART_PATH, CART, 5, 6, 8, 14);
    FileCoverage cart = compute(repo, TestChanges.of(file), options()).files().get(0);
    assertThat(cart.missingRanges()).isEqualTo("8, 14");
  }

  @Test
  void saysNotApplicableWhenNoAddedLineIsCoverable() {
    ChangedFile onlyBlankLines = TestChanges.modified(CART_PATH, CART, 2, 10, 13);
    PatchCoverage coverage = compute(repo, TestChanges.of(onlyBlankLines), options());

    assertThat(coverage.lines().percent()).isEmpty();
    assertThat(coverage.lines().format()).isEqualTo("n/a");
    assertThat(coverage.gateFailures()).isEmpty();
  }

  @Test
  void comparesProjectCoverageWithTheBaseReport() {
    CoverageOptions options =
        options().withBaseReports(List.of(Path.of("base/jacoco.xml"))).withGates(80, 5.0);
    PatchCoverage coverage = compute(repo, change(), options);

    assertThat(coverage.baseProject()).isEqualTo(new Ratio(5, 5));
    assertThat(coverage.headProject()).isEqualTo(new Ratio(4, 7));
    assertThat(coverage.projectDelta().getAsDouble())
        .isCloseTo(-42.857, org.assertj.core.data.Offset.offset(0.001));
    FileCoverage cart = coverage.files().get(0);
    assertThat(cart.headFile()).isEqualTo(new Ratio(3, 6));
    assertThat(cart.baseFile()).isEqualTo(new Ratio(4, 4));
    assertThat(coverage.gateFailures())
        .extracting(GateFailure::message)
        .containsExactly(
            "patch coverage 40.0% (2 of 5 coverable added lines) is below the minimum of 80%",
            "project line coverage dropped by 42.9 pp (100.0% (5/5) at base, 57.1% (4/7) at head), more than the allowed 5 pp");
  }

  @Test
  void listsReportFilesThatMatchNoRepositoryFile() {
    PatchCoverage coverage = compute(repo, change(), options());
    assertThat(coverage.unresolved())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.reportPath()).isEqualTo("com/acme/Gone.java");
              assertThat(u.origin()).isEqualTo("shop/target/site/jacoco/jacoco.xml");
              assertThat(u.candidates()).isEmpty();
            });
  }

  @Test
  void aBadReportIsNamedTheOthersStillGiveTheFiguresAndTheGateFails() throws IOException {
    write("broken.xml", HEAD_REPORT.substring(0, 300));
    CoverageOptions options =
        CoverageOptions.ofReports(
                List.of(Path.of("broken.xml"), Path.of("shop/target/site/jacoco/jacoco.xml")))
            .withGates(0, null);

    PatchCoverage coverage = compute(repo, change(), options);

    assertThat(coverage.problems()).extracting(Notice::path).containsExactly("broken.xml");
    assertThat(coverage.problems().get(0).message()).contains("truncated").endsWith("; not used");
    assertThat(coverage.lines()).isEqualTo(new Ratio(2, 5));
    assertThat(coverage.gateFailures())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.gate()).isEqualTo(GateFailure.Gate.UNUSABLE_DATA);
              assertThat(failure.message())
                  .startsWith(
                      "coverage data that cannot be used, so no gate can pass: broken.xml: "
                          + "JaCoCo XML report is incomplete (truncated file?)");
            });
  }

  @Test
  void aScanHasNoPatchButAProjectCoverage() {
    ChangeSet scan =
        new ChangeSet(null, "scan", null, List.of(ChangedFile.scanned(CART_PATH, CART)));
    PatchCoverage coverage = compute(repo, scan, options());
    assertThat(coverage.files()).isEmpty();
    assertThat(coverage.lines().format()).isEqualTo("n/a");
    assertThat(coverage.headProject()).isEqualTo(new Ratio(4, 7));
  }

  @Test
  void rendersTheSummaryTable() throws IOException {
    CoverageOptions options =
        options().withBaseReports(List.of(Path.of("base/jacoco.xml"))).withGates(80, 5.0);
    String markdown = compute(repo, change(), options).toMarkdownTable();

    String expected =
        new String(
            getClass().getResourceAsStream("/coverage/summary.md").readAllBytes(),
            StandardCharsets.UTF_8);
    assertThat(markdown).isEqualTo(expected);
  }
}
