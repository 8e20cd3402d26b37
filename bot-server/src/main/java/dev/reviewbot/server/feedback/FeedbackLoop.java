package dev.reviewbot.server.feedback;

import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.github.CommentFeedback;
import dev.reviewbot.plan.SummarySection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The review's side of the feedback loop: before planning, which rules this repository's authors
 * mostly rejected and which findings were marked 👎 on this pull request; after publishing, what
 * was posted and what people did to earlier comments. A database failure here never fails a review:
 * it is logged, and the review goes on as if there were no feedback.
 */
public final class FeedbackLoop {
  private static final Logger log = LoggerFactory.getLogger(FeedbackLoop.class);
  static final String HOW_TO =
      "React \uD83D\uDC4E on an inline comment that is not useful: it is not posted again on this pull"
          + " request, and rules often marked so move to this summary for the repository.";

  private final FeedbackStore store;
  private final DemotionPolicy policy;
  private final boolean enabled;

  public FeedbackLoop(FeedbackStore store, DemotionPolicy policy, boolean enabled) {
    this.store = store;
    this.policy = policy;
    this.enabled = enabled;
  }

  public Adjustments before(String repository, int prNumber, ReviewConfig config) {
    if (!enabled) {
      return Adjustments.none();
    }
    try {
      Set<String> withheld = store.notUseful(repository, prNumber);
      List<RuleStats> demoted =
          store.stats(repository).stream()
              .filter(policy::demotes)
              // the repository chose the rule's channel itself: that choice wins, and is the undo
              .filter(s -> config.rule(s.ruleId()).channel() == null)
              .toList();
      List<SummarySection> sections = new ArrayList<>();
      sections.add(new SummarySection("Feedback", HOW_TO));
      if (!demoted.isEmpty()) {
        sections.add(demotedSection(demoted));
      }
      Set<String> rules = new TreeSet<>();
      demoted.forEach(s -> rules.add(s.ruleId()));
      return new Adjustments(rules, withheld, sections);
    } catch (DataAccessException e) {
      log.warn("feedback not read for {}#{}: {}", repository, prNumber, e.getMessage());
      return Adjustments.none();
    }
  }

  public void after(String repository, int prNumber, String head, CommentFeedback feedback) {
    if (!enabled) {
      return;
    }
    try {
      store.observed(repository, prNumber, feedback.earlier());
      store.posted(repository, prNumber, head, feedback.posted());
    } catch (DataAccessException e) {
      log.warn("feedback not recorded for {}#{}: {}", repository, prNumber, e.getMessage());
    }
  }

  private SummarySection demotedSection(List<RuleStats> demoted) {
    StringBuilder text =
        new StringBuilder(
            "In this repository, these rules' inline comments were marked not useful or resolved"
                + " without a fix more than "
                + String.format(Locale.ROOT, "%.0f", 100 * policy.maxRejectedShare())
                + " % of the time (over at least "
                + policy.minComments()
                + " comments), so their findings are listed here instead of commented inline:\n\n");
    for (RuleStats s : demoted) {
      text.append("- `")
          .append(s.ruleId())
          .append("`: ")
          .append(s.rejected())
          .append(" of ")
          .append(s.posted())
          .append(" comments (")
          .append(String.format(Locale.ROOT, "%.0f", 100 * s.share(s.rejected())))
          .append(" %)\n");
    }
    text.append(
            "\nTo get inline comments back for a rule, set its channel in `.reviewbot.yml` on the"
                + " base branch:\n\n```yaml\nrules:\n  ")
        .append(demoted.get(0).ruleId())
        .append(":\n    channel: inline\n```");
    return new SummarySection("Moved to the summary by feedback", text.toString());
  }
}
