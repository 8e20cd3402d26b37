package dev.reviewbot.pipeline;

import dev.reviewbot.api.Severity;
import dev.reviewbot.baseline.BaselineReport;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.coverage.PatchCoverage;
import dev.reviewbot.engine.Attachments;
import dev.reviewbot.engine.ReviewOutcome;
import dev.reviewbot.plan.ReviewPlan;
import dev.reviewbot.plan.ReviewPlanner;
import dev.reviewbot.plan.ReviewPolicy;
import dev.reviewbot.plan.SummarySection;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.report.ReportInput;
import java.util.List;
import java.util.Optional;

/**
 * One review's result, what every sink starts from.
 *
 * @param outcome the findings the diff filter marked, without those the baseline holds
 * @param baseline what the baseline held
 * @param config the configuration the review ran with
 * @param rules the rules that ran (built-in, plugins and the configuration's banned rules)
 * @param attachments what the enrichers computed, e.g. {@link PatchCoverage}
 * @param sections the summary's extra blocks, e.g. the coverage table
 */
public record ReviewResult(
    ReviewOutcome outcome,
    BaselineReport baseline,
    ReviewConfig config,
    List<RuleDescriptor> rules,
    Attachments attachments,
    List<SummarySection> sections) {

  public ReviewResult {
    rules = List.copyOf(rules);
    sections = List.copyOf(sections);
  }

  /** The coverage of the changed lines; empty when none was asked for. */
  public Optional<PatchCoverage> coverage() {
    return attachments.get(PatchCoverage.class);
  }

  /** True when a shown finding is at or above the configuration's fail level. */
  public boolean fails() {
    return outcome.failsAt(config.failOn());
  }

  public boolean failsAt(Severity level) {
    return outcome.failsAt(level);
  }

  /** How many shown findings have {@code severity}. */
  public long count(Severity severity) {
    return outcome.shown().stream().filter(m -> m.finding().severity() == severity).count();
  }

  /** What the reporters write. */
  public ReportInput report(String toolVersion) {
    return ReportInput.of(outcome, rules, toolVersion).withBaseline(baseline);
  }

  /**
   * The review as it is posted on a pull request: inline comments within {@code policy}'s budget,
   * the rest in the summary.
   *
   * @throws IllegalStateException when the head is not a commit (a working tree cannot be posted)
   */
  public ReviewPlan plan(ReviewPolicy policy) {
    return plan(new ReviewPlanner(policy));
  }

  /**
   * As {@link #plan(ReviewPolicy)}, planned by {@code planner}, e.g. with rules moved to the
   * summary.
   */
  public ReviewPlan plan(ReviewPlanner planner) {
    String headSha = outcome.change().headCommit();
    if (headSha == null) {
      throw new IllegalStateException(
          "a review plan needs a commit as the head, not " + outcome.change().head());
    }
    return planner.plan(outcome, headSha, sections);
  }
}
