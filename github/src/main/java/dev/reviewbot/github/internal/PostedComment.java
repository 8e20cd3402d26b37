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
 */
public record PostedComment(
    long id, String path, String body, List<String> fingerprints, Optional<String> resolvedIn) {
  public PostedComment {
    fingerprints = List.copyOf(fingerprints);
  }
}
