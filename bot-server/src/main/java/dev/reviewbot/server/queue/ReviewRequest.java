package dev.reviewbot.server.queue;

import java.time.Instant;
import java.util.Objects;

/**
 * What a pull request event asks for: review this head of this pull request.
 *
 * @param repository {@code owner/name}
 * @param installationId the GitHub App installation that sent the event; {@code null} when the
 *     payload has none (personal-token mode, or the installation is looked up by repository)
 * @param headUpdatedAt the pull request's {@code updated_at} in the event: orders events for the
 *     same pull request when they arrive out of order
 * @param baseSha base branch tip when the event was sent
 * @param baseRef base branch name
 */
public record ReviewRequest(
    String repository,
    int prNumber,
    Long installationId,
    String headSha,
    Instant headUpdatedAt,
    String baseSha,
    String baseRef) {

  public ReviewRequest {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(headSha, "headSha");
    Objects.requireNonNull(headUpdatedAt, "headUpdatedAt");
    Objects.requireNonNull(baseSha, "baseSha");
    Objects.requireNonNull(baseRef, "baseRef");
    if (!repository.contains("/")) {
      throw new IllegalArgumentException("repository must be owner/name: " + repository);
    }
  }

  public String owner() {
    return repository.substring(0, repository.indexOf('/'));
  }

  public String name() {
    return repository.substring(repository.indexOf('/') + 1);
  }

  /** {@code owner/name#number}, as logs and messages show a pull request. */
  public String prKey() {
    return repository + "#" + prNumber;
  }
}
