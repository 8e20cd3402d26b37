package dev.reviewbot.baseline;

import dev.reviewbot.api.Finding;
import dev.reviewbot.diff.MarkedFinding;
import dev.reviewbot.engine.ReviewOutcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings a team has accepted for now, e.g. in legacy code: {@code check} and {@code scan}
 * with a baseline report only the others. Read and written by {@link BaselineFile}.
 *
 * <p>A finding is baselined when an entry has its rule, path and fingerprint; fingerprints hold no
 * line numbers, so lines inserted above a finding keep it baselined. Each entry matches one
 * finding: two equal findings against one entry leave one of them new.
 *
 * @param entries sorted, so the file diffs well
 */
public record Baseline(List<BaselineEntry> entries) {

  public Baseline {
    entries = entries.stream().sorted().toList();
  }

  public static Baseline of(Collection<Finding> findings) {
    return new Baseline(findings.stream().map(BaselineEntry::of).toList());
  }

  /**
   * {@code outcome} without the findings this baseline holds, and how it compares: the baselined
   * findings, and the entries whose file the run analyzed without finding them any more.
   */
  public Baselined apply(ReviewOutcome outcome) {
    Map<BaselineEntry.Key, Integer> unmatched = new HashMap<>();
    entries.forEach(entry -> unmatched.merge(entry.key(), 1, Integer::sum));
    List<MarkedFinding> remaining = new ArrayList<>();
    List<MarkedFinding> matched = new ArrayList<>();
    for (MarkedFinding marked : outcome.marked()) {
      BaselineEntry.Key key = BaselineEntry.keyOf(marked.finding());
      if (unmatched.getOrDefault(key, 0) > 0) {
        unmatched.merge(key, -1, Integer::sum);
        matched.add(marked);
      } else {
        remaining.add(marked);
      }
    }
    List<BaselineEntry> absent = absent(unmatched, outcome.analysis().analyzedPaths());
    List<Finding> unchanged =
        matched.stream().filter(MarkedFinding::shown).map(MarkedFinding::finding).toList();
    return new Baselined(
        new ReviewOutcome(outcome.change(), outcome.analysis(), remaining),
        new BaselineReport(true, unchanged, matched.size(), absent));
  }

  /**
   * Entries left unmatched in files the run analyzed: they were fixed (or their code moved away).
   */
  private List<BaselineEntry> absent(
      Map<BaselineEntry.Key, Integer> unmatched, Set<String> analyzedPaths) {
    Map<BaselineEntry.Key, Integer> left = new HashMap<>(unmatched);
    List<BaselineEntry> result = new ArrayList<>();
    for (BaselineEntry entry : entries) {
      if (entry.path() != null
          && analyzedPaths.contains(entry.path())
          && left.getOrDefault(entry.key(), 0) > 0) {
        left.merge(entry.key(), -1, Integer::sum);
        result.add(entry);
      }
    }
    return List.copyOf(result);
  }
}
