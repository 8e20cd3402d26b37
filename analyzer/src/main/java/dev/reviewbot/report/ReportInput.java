package dev.reviewbot.report;

import dev.reviewbot.api.Finding;
import dev.reviewbot.baseline.BaselineReport;
import dev.reviewbot.diff.MarkedFinding;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.ReviewOutcome;
import dev.reviewbot.engine.RuleCrash;
import dev.reviewbot.registry.RuleDescriptor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a reporter may show, independent of where it goes (terminal, file, GitHub).
 *
 * @param findings the findings to show, in report order (the engine's: change-level first, then by
 *     path and line); a finding with a {@code null} path is about the whole change
 * @param hiddenFindings how many more findings the filter mode hid, for the summary line
 * @param notices what could not be analyzed (e.g. files that do not parse)
 * @param crashes rules that threw
 * @param rules the rules that ran, for rule metadata (SARIF) and help links
 * @param base what the change was compared against, e.g. {@code origin/main (1a2b3c4)}; {@code
 *     null} for a scan
 * @param head what was reviewed, e.g. {@code HEAD (5d6e7f8)} or {@code working tree}; may be {@code
 *     null}
 * @param filesAnalyzed how many Java files were parsed and checked
 * @param toolVersion reviewbot's version, e.g. {@code 0.1.0}
 * @param baseline what the baseline held back, {@link BaselineReport#NONE} for a run without one;
 *     {@code findings} never holds a baselined finding
 */
public record ReportInput(
    List<Finding> findings,
    int hiddenFindings,
    List<Notice> notices,
    List<RuleCrash> crashes,
    List<RuleDescriptor> rules,
    String base,
    String head,
    int filesAnalyzed,
    String toolVersion,
    BaselineReport baseline) {

  public ReportInput {
    findings = List.copyOf(findings);
    notices = List.copyOf(notices);
    crashes = List.copyOf(crashes);
    rules = List.copyOf(rules);
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(baseline, "baseline");
    if (hiddenFindings < 0 || filesAnalyzed < 0) {
      throw new IllegalArgumentException(
          "negative count: hidden " + hiddenFindings + ", analyzed " + filesAnalyzed);
    }
  }

  /** A run without a baseline. */
  public ReportInput(
      List<Finding> findings,
      int hiddenFindings,
      List<Notice> notices,
      List<RuleCrash> crashes,
      List<RuleDescriptor> rules,
      String base,
      String head,
      int filesAnalyzed,
      String toolVersion) {
    this(
        findings,
        hiddenFindings,
        notices,
        crashes,
        rules,
        base,
        head,
        filesAnalyzed,
        toolVersion,
        BaselineReport.NONE);
  }

  /** This input with what its baseline held back. */
  public ReportInput withBaseline(BaselineReport report) {
    return new ReportInput(
        findings,
        hiddenFindings,
        notices,
        crashes,
        rules,
        base,
        head,
        filesAnalyzed,
        toolVersion,
        report);
  }

  /**
   * The usual way in: the engine's result, the diff filter's marks, and the rules that ran.
   * Findings the filter did not keep are counted, not shown.
   */
  public static ReportInput of(
      AnalysisResult result,
      List<MarkedFinding> marked,
      List<RuleDescriptor> rules,
      String base,
      String head,
      String toolVersion) {
    List<Finding> shown =
        marked.stream().filter(MarkedFinding::shown).map(MarkedFinding::finding).toList();
    return new ReportInput(
        shown,
        marked.size() - shown.size(),
        result.notices(),
        result.crashes(),
        rules,
        base,
        head,
        result.filesAnalyzed(),
        toolVersion);
  }

  /** From the review pipeline's outcome; base and head are the change's labels. */
  public static ReportInput of(
      ReviewOutcome outcome, List<RuleDescriptor> rules, String toolVersion) {
    return of(
        outcome.analysis(),
        outcome.marked(),
        rules,
        outcome.change().base(),
        outcome.change().head(),
        toolVersion);
  }

  public Optional<RuleDescriptor> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** True when there is nothing at all to say: no findings, notices or crashes. */
  public boolean isClean() {
    return findings.isEmpty() && notices.isEmpty() && crashes.isEmpty();
  }
}
