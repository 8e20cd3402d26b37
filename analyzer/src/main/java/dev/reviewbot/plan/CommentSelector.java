package dev.reviewbot.plan;

import dev.reviewbot.api.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The cut from ranked candidates to the comments of one review (see {@link ReviewPlan#select}). */
final class CommentSelector {
  /** Keeps a collapsed comment readable and far below the platform's size limit. */
  static final int MAX_REPEATS_IN_ONE_COMMENT = 50;

  /**
   * Code spans, quoted names and numbers: the parts of a message that differ from place to place.
   */
  private static final Pattern PLACE_SPECIFIC = Pattern.compile("`[^`]*`|\"[^\"]*\"|'[^']*'|\\d+");

  private final ReviewPolicy policy;

  CommentSelector(ReviewPolicy policy) {
    this.policy = policy;
  }

  Selection select(List<InlineCandidate> ranked, AnchorFit fit, Set<String> alreadyPosted) {
    List<Finding> posted = new ArrayList<>();
    List<Finding> unanchored = new ArrayList<>();
    Drafts drafts = new Drafts();
    for (InlineCandidate candidate : ranked) {
      Finding finding = candidate.finding();
      if (alreadyPosted.contains(finding.fingerprint())) {
        posted.add(finding);
        continue;
      }
      Optional<Anchor> anchor = fit.fit(candidate.anchor());
      if (anchor.isEmpty()) {
        unanchored.add(finding);
      } else {
        drafts.add(candidate, anchor.get());
      }
    }

    List<InlineComment> inline = new ArrayList<>();
    List<Finding> overBudget = new ArrayList<>();
    for (Draft draft : drafts.all) {
      InlineComment comment =
          new InlineComment(draft.anchor, draft.lead, draft.repeats, draft.previews);
      if (inline.size() < policy.commentBudget()) {
        inline.add(comment);
      } else {
        overBudget.addAll(comment.findings());
      }
    }
    overBudget.addAll(drafts.tooMany);
    overBudget.sort(FindingOrder.RANK);
    return new Selection(inline, overBudget, unanchored, posted);
  }

  /** The comments taking shape, in rank order: one per finding, until repeats are folded in. */
  private final class Drafts {
    final List<Draft> all = new ArrayList<>();
    final List<Finding> tooMany = new ArrayList<>();
    private final Map<String, Integer> perRule = new HashMap<>();
    private final Map<String, Draft> collapsedByRule = new HashMap<>();
    private final Map<String, Draft> bySameMessage = new HashMap<>();

    void add(InlineCandidate candidate, Anchor anchor) {
      Finding finding = candidate.finding();
      Draft same = bySameMessage.get(sameFindingKey(finding));
      if (same != null) {
        // seven new classes with one message each are one comment listing seven places
        repeat(same, finding);
        return;
      }
      int seen = perRule.merge(finding.ruleId(), 1, Integer::sum);
      if (seen <= policy.repeatsBeforeCollapse()) {
        Draft draft = new Draft(anchor, candidate);
        bySameMessage.put(sameFindingKey(finding), draft);
        all.add(draft);
      } else if (seen == policy.repeatsBeforeCollapse() + 1) {
        // the first place beyond the limit carries the comment that lists all later places
        Draft collapsed = new Draft(anchor, candidate);
        collapsedByRule.put(finding.ruleId(), collapsed);
        all.add(collapsed);
      } else {
        repeat(collapsedByRule.get(finding.ruleId()), finding);
      }
    }

    /** {@code finding} listed in {@code draft}, or in the summary when the draft lists enough. */
    private void repeat(Draft draft, Finding finding) {
      (draft.repeats.size() < MAX_REPEATS_IN_ONE_COMMENT ? draft.repeats : tooMany).add(finding);
    }
  }

  /**
   * What makes two findings "the same finding" at different places: the rule and the message with
   * the names, code, quoted text and numbers that differ by place taken out.
   */
  static String sameFindingKey(Finding finding) {
    return finding.ruleId() + "|" + PLACE_SPECIFIC.matcher(finding.message()).replaceAll("_");
  }

  private static final class Draft {
    final Anchor anchor;
    final Finding lead;
    final List<FixPreview> previews;
    final List<Finding> repeats = new ArrayList<>();

    Draft(Anchor anchor, InlineCandidate candidate) {
      this.anchor = anchor;
      this.lead = candidate.finding();
      this.previews = candidate.previews();
    }
  }
}
