package dev.reviewbot.coverage;

import dev.reviewbot.coverage.internal.CoverageMarkdown;
import dev.reviewbot.coverage.internal.Percentages;
import dev.reviewbot.engine.Notice;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Coverage of a change's added lines, from JaCoCo data; computed by {@link
 * PatchCoverageCalculator}, read by the {@code coverage-delta} rule and the summaries.
 *
 * @param files changed files that some report knows, in path order
 * @param lines patch line coverage over all files (added lines with {@code ci > 0} / coverable
 *     added lines)
 * @param branches patch branch coverage over all files (Σcb / Σ(mb+cb) on coverable added lines)
 * @param headProject project line coverage at head
 * @param baseProject project line coverage at base; {@code null} without base reports
 * @param minPatchCoverage gate, percent
 * @param maxCoverageDrop gate, percentage points; {@code null} for none
 * @param unresolved report files that no repository file could be matched to
 * @param problems inputs that could not be read (each names its file); the rest was still used
 * @param dataFailures why the data cannot back the gates (unusable, or nothing about the change);
 *     they fail the gates whatever the figures say
 */
public record PatchCoverage(
    List<FileCoverage> files,
    Ratio lines,
    Ratio branches,
    Ratio headProject,
    Ratio baseProject,
    double minPatchCoverage,
    Double maxCoverageDrop,
    List<UnresolvedSource> unresolved,
    List<Notice> problems,
    List<GateFailure> dataFailures) {

  public PatchCoverage {
    files = List.copyOf(files);
    unresolved = List.copyOf(unresolved);
    problems = List.copyOf(problems);
    dataFailures = List.copyOf(dataFailures);
  }

  /** Coverage from data that can back the gates. */
  public PatchCoverage(
      List<FileCoverage> files,
      Ratio lines,
      Ratio branches,
      Ratio headProject,
      Ratio baseProject,
      double minPatchCoverage,
      Double maxCoverageDrop,
      List<UnresolvedSource> unresolved,
      List<Notice> problems) {
    this(
        files,
        lines,
        branches,
        headProject,
        baseProject,
        minPatchCoverage,
        maxCoverageDrop,
        unresolved,
        problems,
        List.of());
  }

  public boolean hasBase() {
    return baseProject != null;
  }

  /**
   * Head minus base project line coverage in percentage points, unrounded; empty without a base.
   */
  public OptionalDouble projectDelta() {
    if (baseProject == null || baseProject.isEmpty() || headProject.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        headProject.percent().getAsDouble() - baseProject.percent().getAsDouble());
  }

  /**
   * The gates this coverage fails; empty when it passes. Compared on unrounded values. No coverable
   * added lines ("n/a") passes the patch gate: there is nothing to test. Data that cannot back the
   * gates fails them first.
   */
  public List<GateFailure> gateFailures() {
    List<GateFailure> failures = new ArrayList<>(dataFailures);
    OptionalDouble patch = lines.percent();
    if (patch.isPresent() && patch.getAsDouble() < minPatchCoverage) {
      failures.add(
          new GateFailure(
              GateFailure.Gate.PATCH_COVERAGE,
              "patch coverage "
                  + Percentages.formatAgainst(patch.getAsDouble(), minPatchCoverage)
                  + "% ("
                  + lines.covered()
                  + " of "
                  + lines.total()
                  + " coverable added lines) is below the minimum of "
                  + Percentages.threshold(minPatchCoverage)
                  + "%"));
    }
    OptionalDouble delta = projectDelta();
    if (maxCoverageDrop != null && delta.isPresent() && -delta.getAsDouble() > maxCoverageDrop) {
      failures.add(
          new GateFailure(
              GateFailure.Gate.COVERAGE_DROP,
              "project line coverage dropped by "
                  + Percentages.formatAgainst(-delta.getAsDouble(), maxCoverageDrop)
                  + " pp ("
                  + baseProject.format()
                  + " at base, "
                  + headProject.format()
                  + " at head), more than the allowed "
                  + Percentages.threshold(maxCoverageDrop)
                  + " pp"));
    }
    return failures;
  }

  /**
   * The summary section: per changed file its patch coverage, missing ranges compacted like {@code
   * 12-15, 20} and the change of its line coverage; then totals, gates, partly covered lines,
   * unresolved report files and problems.
   */
  public String toMarkdownTable() {
    return CoverageMarkdown.render(this);
  }
}
