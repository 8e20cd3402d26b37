package dev.reviewbot.engine.internal;

import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * At most so many findings of one rule on one file; the rest become one finding that counts them. A
 * generated or pathological file could otherwise yield thousands of findings of one kind.
 */
public final class FindingCap {
  private final int maxPerRule;

  public FindingCap(int maxPerRule) {
    this.maxPerRule = maxPerRule;
  }

  /**
   * Keeps the first findings of each rule, those on changed lines first (the ones a diff review
   * shows), and adds one counting finding per rule that had more.
   *
   * @param findings one file's findings
   */
  public List<Finding> apply(String path, List<Finding> findings, ChangedLines changed) {
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    findings.forEach(f -> byRule.computeIfAbsent(f.ruleId(), id -> new ArrayList<>()).add(f));
    if (byRule.values().stream().allMatch(list -> list.size() <= maxPerRule)) {
      return findings;
    }
    List<Finding> result = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
      List<Finding> all = rule.getValue();
      if (all.size() <= maxPerRule) {
        result.addAll(all);
        continue;
      }
      List<Finding> ordered = new ArrayList<>(all);
      ordered.sort(
          Comparator.comparing((Finding f) -> !onChangedLine(f, changed))
              .thenComparingInt(Finding::line));
      result.addAll(ordered.subList(0, maxPerRule));
      result.add(counting(rule.getKey(), path, ordered.subList(maxPerRule, ordered.size())));
    }
    return result;
  }

  private static boolean onChangedLine(Finding finding, ChangedLines changed) {
    return finding.lines() == null || changed.anyAdded(finding.lines());
  }

  private Finding counting(String ruleId, String path, List<Finding> rest) {
    Severity highest =
        rest.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElseThrow();
    String message =
        rest.size()
            + " more "
            + (rest.size() == 1 ? "finding" : "findings")
            + " of "
            + ruleId
            + " in this file not listed: at most "
            + maxPerRule
            + " per rule and file (limits.max-findings-per-rule)";
    return new Finding(
        ruleId,
        highest,
        path,
        null,
        message,
        Fingerprints.forKey(ruleId, path, "findings-over-limit"),
        null,
        Channel.SUMMARY);
  }
}
