package dev.reviewbot.github;

import java.util.Objects;
import org.kohsuke.github.connector.GitHubConnector;

/**
 * One HTTP client with {@link HttpTimeouts}, for {@link GitHubApiClient}s that should share its
 * connections, e.g. one client per GitHub App installation. Thread-safe.
 */
public final class HttpTransport {
  private final GitHubConnector connector;

  private HttpTransport(GitHubConnector connector) {
    this.connector = connector;
  }

  public static HttpTransport create(HttpTimeouts timeouts) {
    return new HttpTransport(Objects.requireNonNull(timeouts, "timeouts").connector());
  }

  GitHubConnector connector() {
    return connector;
  }
}
