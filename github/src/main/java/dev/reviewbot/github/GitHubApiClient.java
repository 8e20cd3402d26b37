package dev.reviewbot.github;

import dev.reviewbot.github.internal.RestCalls;
import dev.reviewbot.github.internal.RetryingConnector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;
import org.kohsuke.github.authorization.AuthorizationProvider;
import org.kohsuke.github.authorization.ImmutableAuthorizationProvider;
import org.kohsuke.github.connector.GitHubConnector;

/**
 * One authenticated connection to a GitHub API: hub4j for the calls it has, plain JSON calls for
 * the rest, both over one connector that retries 5xx and rate limits. Works with github.com ({@code
 * https://api.github.com}) and GitHub Enterprise Server ({@code https://HOST/api/v3}).
 *
 * <p>The token lives only inside the authorization provider; {@link #toString()} shows the URL.
 */
public final class GitHubApiClient {
  public static final String GITHUB_COM = "https://api.github.com";

  private final String apiUrl;
  private final GitHub hub4j;
  private final RestCalls rest;
  private final Clock clock;

  private GitHubApiClient(Builder builder) {
    this.apiUrl = builder.apiUrl;
    this.clock = builder.clock;
    GitHubConnector transport =
        builder.transport != null ? builder.transport.connector() : builder.timeouts.connector();
    GitHubConnector connector =
        new RetryingConnector(transport, builder.retryPolicy, builder.sleeper, builder.clock);
    try {
      this.hub4j =
          new GitHubBuilder()
              .withEndpoint(apiUrl)
              .withAuthorizationProvider(builder.authorization)
              .withConnector(connector)
              // our connector does the waiting, with the injected sleeper; hub4j must not sleep on
              // its own
              .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
              .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL)
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot set up the GitHub client for " + apiUrl + ": " + e.getMessage(), e);
    }
    this.rest = new RestCalls(apiUrl, connector, builder.authorization);
  }

  /** A client for {@code apiUrl} authenticated with {@code token}, retrying with real waits. */
  public static GitHubApiClient connect(String apiUrl, String token) {
    return builder(apiUrl).token(token).build();
  }

  public static Builder builder(String apiUrl) {
    return new Builder(apiUrl);
  }

  public String apiUrl() {
    return apiUrl;
  }

  /** The hub4j client, for this package's reading and posting; hub4j stays inside the module. */
  GitHub hub4j() {
    return hub4j;
  }

  RestCalls rest() {
    return rest;
  }

  Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "GitHubApiClient[" + apiUrl + "]";
  }

  /**
   * Credentials that may change over time, e.g. a GitHub App's installation token, asked for on
   * every request so a long review switches to a fresh token by itself.
   */
  @FunctionalInterface
  public interface TokenSource {
    String token() throws IOException;
  }

  /** Builds a {@link GitHubApiClient}; only the API URL and the credentials are required. */
  public static final class Builder {
    private final String apiUrl;
    private AuthorizationProvider authorization;
    private HttpTransport transport;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Sleeper sleeper = Sleeper.REAL;
    private Clock clock = Clock.systemUTC();
    private HttpTimeouts timeouts = HttpTimeouts.defaults();

    private Builder(String apiUrl) {
      this.apiUrl = normalize(apiUrl);
    }

    /** A personal, installation or {@code GITHUB_TOKEN} token. */
    public Builder token(String token) {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("the GitHub token is empty");
      }
      this.authorization = ImmutableAuthorizationProvider.fromOauthToken(token.strip());
      return this;
    }

    /** Credentials that may change over time, e.g. a GitHub App's installation tokens. */
    public Builder tokens(TokenSource source) {
      Objects.requireNonNull(source, "source");
      this.authorization = () -> "token " + source.token();
      return this;
    }

    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    public Builder sleeper(Sleeper newSleeper) {
      this.sleeper = Objects.requireNonNull(newSleeper, "sleeper");
      return this;
    }

    public Builder clock(Clock newClock) {
      this.clock = Objects.requireNonNull(newClock, "clock");
      return this;
    }

    /** Timeouts of the default transport; ignored when {@link #transport} gives another. */
    public Builder timeouts(HttpTimeouts newTimeouts) {
      this.timeouts = Objects.requireNonNull(newTimeouts, "timeouts");
      return this;
    }

    /**
     * The HTTP transport below the retries, shared with other clients; by default a new one with
     * {@link #timeouts}.
     */
    public Builder transport(HttpTransport shared) {
      this.transport = Objects.requireNonNull(shared, "transport");
      return this;
    }

    public GitHubApiClient build() {
      if (authorization == null) {
        throw new IllegalStateException("no GitHub credentials: call token(...) or tokens(...)");
      }
      return new GitHubApiClient(this);
    }

    private static String normalize(String url) {
      String text = url == null || url.isBlank() ? GITHUB_COM : url.strip();
      while (text.endsWith("/")) {
        text = text.substring(0, text.length() - 1);
      }
      URI uri;
      try {
        uri = URI.create(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "the GitHub API URL '" + text + "' is not a URL: " + e.getMessage(), e);
      }
      if (uri.getScheme() == null
          || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
          || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "the GitHub API URL must look like https://api.github.com or https://HOST/api/v3 but was '"
                + text
                + "'");
      }
      if (uri.getUserInfo() != null || uri.getQuery() != null) {
        throw new IllegalArgumentException(
            "the GitHub API URL must not carry credentials or a query: "
                + uri.getScheme()
                + "://"
                + uri.getHost());
      }
      return text;
    }
  }
}
