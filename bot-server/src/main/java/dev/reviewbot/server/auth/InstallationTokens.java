package dev.reviewbot.server.auth;

import dev.reviewbot.github.GitHubAppApi;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Installation access tokens, cached until {@code refreshMargin} before they expire (GitHub issues
 * them for one hour), so a busy installation costs one token request per hour.
 */
public final class InstallationTokens {
  private final GitHubAppApi app;
  private final Clock clock;
  private final Duration refreshMargin;
  private final Map<Long, Token> cache = new ConcurrentHashMap<>();

  record Token(String value, Instant expiresAt) {}

  /**
   * @param app GitHub as the App (JWT-authenticated), which hands out the tokens
   */
  public InstallationTokens(GitHubAppApi app, Clock clock, Duration refreshMargin) {
    this.app = app;
    this.clock = clock;
    this.refreshMargin = refreshMargin;
  }

  /** A token for the installation that is valid for at least {@code refreshMargin}. */
  public String token(long installationId) throws IOException {
    Token cached = cache.get(installationId);
    if (cached != null && fresh(cached)) {
      return cached.value();
    }
    synchronized (lockFor(installationId)) {
      cached = cache.get(installationId);
      if (cached != null && fresh(cached)) {
        return cached.value();
      }
      GitHubAppApi.InstallationToken created = app.createToken(installationId);
      Instant expiresAt =
          created.expiresAt() == null
              ? clock.instant().plus(Duration.ofHours(1))
              : created.expiresAt();
      Token token = new Token(created.token(), expiresAt);
      cache.put(installationId, token);
      return token.value();
    }
  }

  /** The installation that covers {@code owner/name}, asked of GitHub as the App. */
  public long installationOf(String repository) throws IOException {
    int slash = repository.indexOf('/');
    return app.installationOf(repository.substring(0, slash), repository.substring(slash + 1));
  }

  /** The App's slug ({@code GET /app}); its comments are signed {@code <slug>[bot]}. */
  public String appSlug() throws IOException {
    return app.slug();
  }

  public void invalidate(long installationId) {
    cache.remove(installationId);
  }

  private boolean fresh(Token token) {
    return clock.instant().plus(refreshMargin).isBefore(token.expiresAt());
  }

  private final Map<Long, Object> locks = new ConcurrentHashMap<>();

  private Object lockFor(long installationId) {
    return locks.computeIfAbsent(installationId, id -> new Object());
  }
}
