package dev.reviewbot.plan;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.engine.RuleCrash;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a review will say, independent of where it is posted. Built by {@link ReviewPlanner};
 * immutable, and serializable as plain data so it can travel in a review bundle from an analysis
 * job to a posting job.
 *
 * @param headSha the commit the findings are about
 * @param candidates findings with lines, ranked ({@link FindingOrder#RANK}); which of them become
 *     inline comments is decided by {@link #select}
 * @param summaryOnly findings that can only go to the summary: about the whole change, or about a
 *     file without lines; ranked
 * @param counts shown findings per rule and severity
 * @param notices files that could not be analyzed
 * @param crashes rules that threw
 * @param sections extra summary blocks (coverage, change size...)
 * @param hiddenByFilter findings the filter mode hid (counted, never shown)
 * @param policy comment budget, collapsing, fail level
 */
public record ReviewPlan(
    String headSha,
    List<InlineCandidate> candidates,
    List<Finding> summaryOnly,
    List<RuleCount> counts,
    List<Notice> notices,
    List<RuleCrash> crashes,
    List<SummarySection> sections,
    int hiddenByFilter,
    ReviewPolicy policy) {

  public ReviewPlan {
    candidates = List.copyOf(candidates);
    summaryOnly = List.copyOf(summaryOnly);
    counts = List.copyOf(counts);
    notices = List.copyOf(notices);
    crashes = List.copyOf(crashes);
    sections = List.copyOf(sections);
    Objects.requireNonNull(policy, "policy");
  }

  /** Every shown finding: candidates then summary-only ones. */
  public List<Finding> findings() {
    List<Finding> all = new ArrayList<>(candidates.size() + summaryOnly.size());
    candidates.forEach(c -> all.add(c.finding()));
    all.addAll(summaryOnly);
    return all;
  }

  public Set<String> fingerprints() {
    Set<String> all = new LinkedHashSet<>();
    findings().forEach(f -> all.add(f.fingerprint()));
    return all;
  }

  public int findingCount() {
    return candidates.size() + summaryOnly.size();
  }

  public long count(Severity severity) {
    return findings().stream().filter(f -> f.severity() == severity).count();
  }

  public Optional<Severity> highestSeverity() {
    return findings().stream().map(Finding::severity).max(Enum::compareTo);
  }

  /** True if a shown finding is at or above the policy's fail level. */
  public boolean fails() {
    return highestSeverity().map(s -> s.atLeast(policy.failOn())).orElse(false);
  }

  /**
   * Decides the inline comments: drops findings already posted, asks {@code fit} where each may
   * sit, makes the same finding at several places one comment listing them, collapses a rule's
   * places beyond {@link ReviewPolicy#repeatsBeforeCollapse()} into one comment, and keeps the
   * first {@link ReviewPolicy#commentBudget()} comments in {@link FindingOrder#RANK} order.
   *
   * @param alreadyPosted fingerprints found in the hidden markers of earlier comments
   */
  public Selection select(AnchorFit fit, Set<String> alreadyPosted) {
    return new CommentSelector(policy).select(candidates, fit, alreadyPosted);
  }

  public ReviewPlan withSections(List<SummarySection> newSections) {
    return new ReviewPlan(
        headSha,
        candidates,
        summaryOnly,
        counts,
        notices,
        crashes,
        newSections,
        hiddenByFilter,
        policy);
  }

  public ReviewPlan withSection(SummarySection section) {
    List<SummarySection> all = new ArrayList<>(sections);
    all.add(section);
    return withSections(all);
  }

  public ReviewPlan withPolicy(ReviewPolicy newPolicy) {
    return new ReviewPlan(
        headSha,
        candidates,
        summaryOnly,
        counts,
        notices,
        crashes,
        sections,
        hiddenByFilter,
        newPolicy);
  }
}
