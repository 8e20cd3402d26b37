package dev.reviewbot.server.auth;

import dev.reviewbot.github.HttpTimeouts;
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
   * The transport enforces {@code timeouts}, so a GitHub that stops answering cannot hold a worker.
   */
  public static GitHubBuilder builder(URI apiUrl, HttpTimeouts timeouts) {
    String endpoint = apiUrl.toString().replaceAll("/+$", "");
    return new GitHubBuilder()
        .withEndpoint(endpoint)
        .withConnector(timeouts.connector())
        .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
        .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL);
  }
}
