package dev.reviewbot.plan;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.diff.MarkedFinding;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.ReviewOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a {@link ReviewPlan} from what the analyzer found and the diff filter kept. Only shown
 * findings take part; findings in the summary channel, about the whole change, or about a file
 * without lines go to the summary; the rest are ranked inline candidates.
 */
public final class ReviewPlanner {
  private final ReviewPolicy policy;
  private final Set<String> summaryRules;

  public ReviewPlanner(ReviewPolicy policy) {
    this(policy, Set.of());
  }

  private ReviewPlanner(ReviewPolicy policy, Set<String> summaryRules) {
    this.policy = policy;
    this.summaryRules = Set.copyOf(summaryRules);
  }

  /**
   * A planner that sends every finding of these rules to the summary channel, e.g. rules whose
   * comments a repository's authors mostly found not useful. Never adds an inline comment.
   */
  public ReviewPlanner withSummaryRules(Set<String> ruleIds) {
    return new ReviewPlanner(policy, ruleIds);
  }

  public ReviewPlan plan(ReviewOutcome outcome, String headSha, List<SummarySection> sections) {
    Map<String, String> contents = new HashMap<>();
    outcome.change().files().stream()
        .filter(f -> f.headContent() != null)
        .forEach(f -> contents.put(f.path(), f.headContent()));
    return plan(outcome.analysis(), outcome.marked(), headSha, sections, contents);
  }

  /**
   * @param marked the analysis's findings as marked by the diff filter
   * @param headSha the commit reviewed
   * @param sections extra summary blocks, e.g. coverage
   */
  public ReviewPlan plan(
      AnalysisResult analysis,
      List<MarkedFinding> marked,
      String headSha,
      List<SummarySection> sections) {
    return plan(analysis, marked, headSha, sections, Map.of());
  }

  /**
   * With {@code contents}, the head version of each file by path, to show fixes as suggestions
   * ({@link FixPreview}).
   */
  public ReviewPlan plan(
      AnalysisResult analysis,
      List<MarkedFinding> marked,
      String headSha,
      List<SummarySection> sections,
      Map<String, String> contents) {
    List<Finding> shown =
        marked.stream()
            .filter(MarkedFinding::shown)
            .map(MarkedFinding::finding)
            .sorted(FindingOrder.RANK)
            .toList();
    int hidden = marked.size() - shown.size();

    List<InlineCandidate> candidates = new ArrayList<>();
    List<Finding> summaryOnly = new ArrayList<>();
    for (Finding finding : shown) {
      if (finding.isInline() && summaryRules.contains(finding.ruleId())) {
        summaryOnly.add(finding.withChannel(Channel.SUMMARY));
      } else if (finding.isInline()) {
        candidates.add(
            InlineCandidate.of(
                finding, FixPreview.of(contents.get(finding.path()), finding).stream().toList()));
      } else {
        summaryOnly.add(finding);
      }
    }
    return new ReviewPlan(
        headSha,
        candidates,
        summaryOnly,
        counts(shown),
        analysis.notices(),
        analysis.crashes(),
        sections,
        hidden,
        policy);
  }

  private static List<RuleCount> counts(List<Finding> shown) {
    Map<String, Map<Severity, Integer>> byRule = new TreeMap<>();
    for (Finding finding : shown) {
      byRule
          .computeIfAbsent(finding.ruleId(), id -> new TreeMap<>(Comparator.reverseOrder()))
          .merge(finding.severity(), 1, Integer::sum);
    }
    List<RuleCount> counts = new ArrayList<>();
    byRule.forEach(
        (rule, bySeverity) ->
            bySeverity.forEach((severity, n) -> counts.add(new RuleCount(rule, severity, n))));
    return counts;
  }
}
