package dev.reviewbot.github;

import dev.reviewbot.github.internal.TimedHttpConnector;
import java.time.Duration;
import java.util.Objects;
import org.kohsuke.github.connector.GitHubConnector;

/**
 * How long one GitHub call may take. Without these a response that never comes holds the caller
 * forever (hub4j's own connector sets none).
 *
 * @param connect to open the connection
 * @param read from sending the request to having the whole response body, request body included
 */
public record HttpTimeouts(Duration connect, Duration read) {
  public HttpTimeouts {
    requirePositive(connect, "connect");
    requirePositive(read, "read");
  }

  /**
   * GitHub itself gives up on a REST call after about 10 s, so 30 s leaves room for large pages;
   * with the default retries a call that never answers fails in about two minutes.
   */
  public static HttpTimeouts defaults() {
    return new HttpTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30));
  }

  /** A transport for hub4j and our own calls that enforces these timeouts. */
  GitHubConnector connector() {
    return new TimedHttpConnector(this);
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(
          "the " + name + " timeout must be positive but was " + value);
    }
  }
}
