package dev.reviewbot.github;

import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.kohsuke.github.GHAppInstallationToken;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubAbuseLimitHandler;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.GitHubRateLimitHandler;

/**
 * GitHub as a GitHub App itself, authenticated with the App's JSON Web Token: what an App asks
 * before it can act for an installation. Each call signs in with a fresh token from {@code jwt}
 * (GitHub accepts one for ten minutes at most).
 *
 * <p>Rate limits fail fast instead of hub4j's default of sleeping until the reset: a worker thread
 * must not block for an hour; the caller retries with backoff. The transport enforces the timeouts,
 * so a GitHub that stops answering cannot hold a worker.
 */
public final class GitHubAppApi {
  private final String apiUrl;
  private final HttpTimeouts timeouts;
  private final Supplier<String> jwt;

  /**
   * An installation access token.
   *
   * @param expiresAt when GitHub says it expires; {@code null} when it did not say
   */
  public record InstallationToken(String token, Instant expiresAt) {
    public InstallationToken {
      Objects.requireNonNull(token, "token");
    }

    /** Without the token: it must never reach a log. */
    @Override
    public String toString() {
      return "InstallationToken[expiresAt=" + expiresAt + "]";
    }
  }

  /**
   * @param jwt signs a new App JWT each time it is called
   */
  public GitHubAppApi(String apiUrl, HttpTimeouts timeouts, Supplier<String> jwt) {
    this.apiUrl = apiUrl.replaceAll("/+$", "");
    this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
    this.jwt = Objects.requireNonNull(jwt, "jwt");
  }

  /**
   * A new access token for the installation ({@code POST /app/installations/{id}/access_tokens}).
   */
  public InstallationToken createToken(long installationId) throws IOException {
    GHAppInstallationToken created =
        asApp().getApp().getInstallationById(installationId).createToken().create();
    return new InstallationToken(
        created.getToken(),
        created.getExpiresAt() == null ? null : created.getExpiresAt().toInstant());
  }

  /**
   * The installation that covers {@code owner/name} ({@code GET
   * /repos/{owner}/{name}/installation}).
   */
  public long installationOf(String owner, String name) throws IOException {
    return asApp().getApp().getInstallationByRepository(owner, name).getId();
  }

  /** The App's slug ({@code GET /app}); its comments are signed {@code <slug>[bot]}. */
  public String slug() throws IOException {
    return asApp().getApp().getSlug();
  }

  @Override
  public String toString() {
    return "GitHubAppApi[" + apiUrl + "]";
  }

  private GitHub asApp() throws IOException {
    return new GitHubBuilder()
        .withEndpoint(apiUrl)
        .withConnector(timeouts.connector())
        .withRateLimitHandler(GitHubRateLimitHandler.FAIL)
        .withAbuseLimitHandler(GitHubAbuseLimitHandler.FAIL)
        .withJwtToken(jwt.get())
        .build();
  }
}
