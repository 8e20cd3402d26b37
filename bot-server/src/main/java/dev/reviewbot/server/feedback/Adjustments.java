package dev.reviewbot.server.feedback;

import dev.reviewbot.plan.SummarySection;
import java.util.List;
import java.util.Set;

/**
 * What feedback changes in one review: only ever fewer inline comments.
 *
 * @param summaryRules rules whose findings go to the summary in this repository
 * @param withheld fingerprints marked not useful on this pull request: not commented on again
 * @param sections what the summary says about it
 */
public record Adjustments(
    Set<String> summaryRules, Set<String> withheld, List<SummarySection> sections) {
  public Adjustments {
    summaryRules = Set.copyOf(summaryRules);
    withheld = Set.copyOf(withheld);
    sections = List.copyOf(sections);
  }

  public static Adjustments none() {
    return new Adjustments(Set.of(), Set.of(), List.of());
  }
}
