package dev.reviewbot.server.auth;

import java.net.URI;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;

/** hub4j client settings shared by both auth modes. */
public final class Clients {
  private Clients() {}

  /**
   * A builder for {@code apiUrl}. Rate limits fail fast instead of hub4j's default of sleeping
   * until the reset: a worker thread must not block for an hour; the queue retries with backoff.
   */
  public static GitHubBuilder builder(URI apiUrl) {
    String endpoint = apiUrl.toString().replaceAll("/+$", "");
    return new GitHubBuilder()
        .withEndpoint(endpoint)
        .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
        .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL);
  }
}
