package dev.reviewbot.plan;

import dev.reviewbot.api.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * What a plan becomes once the platform has checked anchors and named what is already posted.
 *
 * @param inline comments to post now, in rank order, at most the comment budget
 * @param overBudget findings that would have been inline but the budget ran out
 * @param unanchored findings whose lines cannot carry a comment (e.g. outside the diff)
 * @param alreadyPosted findings an earlier run already commented on
 */
public record Selection(
    List<InlineComment> inline,
    List<Finding> overBudget,
    List<Finding> unanchored,
    List<Finding> alreadyPosted) {
  public Selection {
    inline = List.copyOf(inline);
    overBudget = List.copyOf(overBudget);
    unanchored = List.copyOf(unanchored);
    alreadyPosted = List.copyOf(alreadyPosted);
  }

  /** Findings that still have to be shown somewhere else (the summary). */
  public List<Finding> notInline() {
    List<Finding> all = new ArrayList<>(unanchored);
    all.addAll(overBudget);
    return all;
  }

  /**
   * The same selection with some comments moved from inline to unanchored, e.g. after GitHub
   * refused them.
   */
  public Selection withRefused(List<InlineComment> refused) {
    List<InlineComment> kept = new ArrayList<>(inline);
    kept.removeAll(refused);
    List<Finding> moved = new ArrayList<>(unanchored);
    refused.forEach(c -> moved.addAll(c.findings()));
    moved.sort(FindingOrder.RANK);
    return new Selection(kept, overBudget, moved, alreadyPosted);
  }
}
