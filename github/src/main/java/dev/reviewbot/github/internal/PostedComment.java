package dev.reviewbot.github.internal;

import java.util.List;
import java.util.Optional;

/**
 * A comment the bot posted earlier, as read back from GitHub.
 *
 * @param id the REST id
 * @param path the file of a review comment, {@code null} for an issue comment
 * @param fingerprints from its hidden markers
 * @param resolvedIn the commit it was marked resolved in, if it was
 * @param reactions its 👍 and 👎 as counted in the listing's {@code reactions} roll-up
 * @param replies replies to it by anyone but the bot
 */
public record PostedComment(
    long id,
    String path,
    String body,
    List<String> fingerprints,
    Optional<String> resolvedIn,
    Reactions reactions,
    int replies) {
  public PostedComment {
    fingerprints = List.copyOf(fingerprints);
  }

  public PostedComment(
      long id, String path, String body, List<String> fingerprints, Optional<String> resolvedIn) {
    this(id, path, body, fingerprints, resolvedIn, Reactions.NONE, 0);
  }

  /**
   * 👍 and 👎 on a comment.
   *
   * @param known false when the listing had no roll-up (older GitHub Enterprise Server): ask the
   *     reactions API
   */
  public record Reactions(int thumbsUp, int thumbsDown, boolean known) {
    public static final Reactions NONE = new Reactions(0, 0, true);

    /** Worth reading one by one: somebody reacted, or the roll-up is missing. */
    public boolean worthReading() {
      return !known || thumbsUp > 0 || thumbsDown > 0;
    }
  }
}
