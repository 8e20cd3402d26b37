package dev.reviewbot.engine;

import dev.reviewbot.api.Finding;
import java.util.List;
import java.util.Set;

/**
 * What the engine found in a change, before diff filtering.
 *
 * @param findings every finding, sorted by path, line and rule id
 * @param notices files that could not be analyzed and why
 * @param crashes rules that threw
 * @param filesAnalyzed number of Java files parsed and checked
 * @param analyzedPaths the paths of those files: a baseline entry of one of them that no finding
 *     matches is gone
 */
public record AnalysisResult(
    List<Finding> findings,
    List<Notice> notices,
    List<RuleCrash> crashes,
    int filesAnalyzed,
    Set<String> analyzedPaths) {
  public AnalysisResult {
    findings = List.copyOf(findings);
    notices = List.copyOf(notices);
    crashes = List.copyOf(crashes);
    analyzedPaths = Set.copyOf(analyzedPaths);
  }

  /** A result that does not say which files it analyzed. */
  public AnalysisResult(
      List<Finding> findings, List<Notice> notices, List<RuleCrash> crashes, int filesAnalyzed) {
    this(findings, notices, crashes, filesAnalyzed, Set.of());
  }

  /**
   * This result with {@code more} notices after its own, e.g. coverage inputs that could not be
   * read.
   */
  public AnalysisResult withNotices(List<Notice> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Notice> all = new java.util.ArrayList<>(notices);
    all.addAll(more);
    return new AnalysisResult(findings, all, crashes, filesAnalyzed, analyzedPaths);
  }
}
