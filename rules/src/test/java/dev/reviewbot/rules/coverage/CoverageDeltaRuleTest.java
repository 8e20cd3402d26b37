package dev.reviewbot.rules.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Severity;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.coverage.FileCoverage;
import dev.reviewbot.coverage.LineGroup;
import dev.reviewbot.coverage.PatchCoverage;
import dev.reviewbot.coverage.Ratio;
import dev.reviewbot.diff.FileDiff;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.Analyzer;
import dev.reviewbot.engine.Attachments;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageDeltaRuleTest {
  private static final String PATH = "app/src/main/java/com/acme/Cart.java";

  private static final FileCoverage CART =
      new FileCoverage(
          PATH,
          new Ratio(3, 8),
          new Ratio(1, 4),
          List.of(
              new LineGroup(new LineRange(12, 15), 0, 0, "int a = 1; return a; }"),
              new LineGroup(LineRange.of(20), 2, 0, "if (x) {")),
          List.of(new LineGroup(LineRange.of(9), 1, 1, "if (n > 0) {")),
          new Ratio(10, 20),
          null);

  private static PatchCoverage coverage(FileCoverage... files) {
    Ratio lines = Ratio.EMPTY;
    for (FileCoverage file : files) {
      lines = lines.plus(file.lines());
    }
    return new PatchCoverage(
        List.of(files),
        lines,
        new Ratio(1, 4),
        new Ratio(10, 20),
        new Ratio(12, 20),
        80,
        5.0,
        List.of(),
        List.of());
  }

  private static AnalysisResult analyze(Attachments attachments, boolean scan) {
    FileDiff diff = new FileDiff(PATH, PATH, ChangeKind.MODIFIED, false, null, null, List.of());
    ChangedFile file =
        new ChangedFile(
            PATH, PATH, ChangeKind.MODIFIED, scan ? null : diff, null, "class Cart {}\n", false);
    ChangeSet change = new ChangeSet(scan ? null : "main", "HEAD", null, List.of(file));
    return new Analyzer(RuleRegistry.ofClasses(CoverageDeltaRule.class), ReviewConfig.defaults())
        .analyze(change, attachments);
  }

  @Test
  void reportsEachUncoveredRangePartlyCoveredLinesAndFailedGates() {
    AnalysisResult result = analyze(Attachments.of(PatchCoverage.class, coverage(CART)), false);

    assertThat(result.crashes()).isEmpty();
    assertThat(result.findings())
        .extracting(Finding::path, Finding::lines, Finding::severity, Finding::message)
        .containsExactly(
            tuple(
                null,
                null,
                Severity.ERROR,
                "coverage gate failed: patch coverage 37.5% (3 of 8 coverable added lines) is below the minimum of 80%"),
            tuple(
                null,
                null,
                Severity.ERROR,
                "coverage gate failed: project line coverage dropped by 10.0 pp (60.0% (12/20) at base, 50.0% (10/20) at head), "
                    + "more than the allowed 5 pp"),
            tuple(
                PATH,
                LineRange.of(9),
                Severity.INFO,
                "line 9 is only partly covered by tests: 1 of 2 branches never taken"),
            tuple(
                PATH,
                new LineRange(12, 15),
                Severity.WARNING,
                "lines 12-15 are not covered by tests"),
            tuple(PATH, LineRange.of(20), Severity.WARNING, "line 20 is not covered by tests"));
  }

  @Test
  void fingerprintsDoNotDependOnLineNumbers() {
    FileCoverage moved =
        new FileCoverage(
            PATH,
            CART.lines(),
            CART.branches(),
            List.of(new LineGroup(new LineRange(112, 115), 0, 0, "int a = 1; return a; }")),
            List.of(),
            CART.headFile(),
            null);
    Finding before =
        analyze(Attachments.of(PatchCoverage.class, coverage(CART)), false).findings().stream()
            .filter(f -> f.line() == 12)
            .findFirst()
            .orElseThrow();
    Finding after =
        analyze(Attachments.of(PatchCoverage.class, coverage(moved)), false).findings().stream()
            .filter(f -> f.line() == 112)
            .findFirst()
            .orElseThrow();
    assertThat(after.fingerprint()).isEqualTo(before.fingerprint());
  }

  @Test
  void reportsNothingWithoutCoverageData() {
    assertThat(analyze(Attachments.none(), false).findings()).isEmpty();
  }

  @Test
  void reportsNothingOnAPlainScan() {
    assertThat(analyze(Attachments.of(PatchCoverage.class, coverage(CART)), true).findings())
        .isEmpty();
  }

  @Test
  void aFullyCoveredChangePasses() {
    FileCoverage covered =
        new FileCoverage(
            PATH, new Ratio(5, 5), Ratio.EMPTY, List.of(), List.of(), new Ratio(20, 20), null);
    PatchCoverage coverage =
        new PatchCoverage(
            List.of(covered),
            new Ratio(5, 5),
            Ratio.EMPTY,
            new Ratio(20, 20),
            null,
            80,
            null,
            List.of(),
            List.of());
    assertThat(analyze(Attachments.of(PatchCoverage.class, coverage), false).findings()).isEmpty();
  }
}
