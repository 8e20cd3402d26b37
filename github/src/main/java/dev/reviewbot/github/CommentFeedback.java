package dev.reviewbot.github;

import dev.reviewbot.plan.InlineComment;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What one publishing run learned about the bot's own inline comments, for a caller that keeps
 * statistics of how useful they were (the GitHub App records it; the Action ignores it).
 *
 * @param posted the inline comments posted in this run
 * @param earlier the bot's inline comments from earlier runs, with what people did to them
 */
public record CommentFeedback(List<Posted> posted, List<Earlier> earlier) {
  public CommentFeedback {
    posted = List.copyOf(posted);
    earlier = List.copyOf(earlier);
  }

  public static CommentFeedback none() {
    return new CommentFeedback(List.of(), List.of());
  }

  /**
   * An inline comment posted now.
   *
   * @param ruleId the rule of its lead finding
   * @param fingerprint its lead finding's fingerprint
   * @param fingerprints every finding it stands for (lead first)
   */
  public record Posted(String ruleId, String fingerprint, List<String> fingerprints, String path) {
    public Posted {
      fingerprints = List.copyOf(fingerprints);
    }

    static List<Posted> of(Collection<InlineComment> comments) {
      return comments.stream()
          .map(
              c ->
                  new Posted(
                      c.lead().ruleId(),
                      c.lead().fingerprint(),
                      c.fingerprints(),
                      c.anchor().path()))
          .toList();
    }
  }

  /**
   * An inline comment of an earlier run, as read back at this head.
   *
   * @param commentId its REST id
   * @param fingerprints from its hidden markers
   * @param thumbsUp 👍 reactions by people (the bot's own are not counted)
   * @param thumbsDown 👎 reactions by people: "not useful"
   * @param replies replies in its thread by people
   * @param fixedIn the head at which its findings were gone (marked now or by an earlier run)
   */
  public record Earlier(
      long commentId,
      List<String> fingerprints,
      int thumbsUp,
      int thumbsDown,
      int replies,
      Optional<String> fixedIn) {
    public Earlier {
      fingerprints = List.copyOf(fingerprints);
    }

    /** The same comment, its findings gone at {@code sha} unless an earlier head was named. */
    Earlier fixedAt(String sha) {
      return fixedIn.isPresent()
          ? this
          : new Earlier(commentId, fingerprints, thumbsUp, thumbsDown, replies, Optional.of(sha));
    }
  }
}
