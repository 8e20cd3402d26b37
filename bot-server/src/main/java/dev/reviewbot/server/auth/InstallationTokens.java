package dev.reviewbot.server.auth;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kohsuke.github.GHAppInstallationToken;
import org.kohsuke.github.GitHub;

/**
 * Installation access tokens, cached until {@code refreshMargin} before they expire (GitHub
 * issues them for one hour), so a busy installation costs one token request per hour.
 */
public final class InstallationTokens {
  private final AppClient app;
  private final Clock clock;
  private final Duration refreshMargin;
  private final Map<Long, Token> cache = new ConcurrentHashMap<>();

  /** Talks to GitHub as the App (JWT-authenticated client). */
  @FunctionalInterface
  public interface AppClient {
    GitHub asApp() throws IOException;
  }

  record Token(String value, Instant expiresAt) {}

  public InstallationTokens(AppClient app, Clock clock, Duration refreshMargin) {
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
      GHAppInstallationToken created = app.asApp().getApp().getInstallationById(installationId).createToken().create();
      Instant expiresAt = created.getExpiresAt() == null ? clock.instant().plus(Duration.ofHours(1)) : created.getExpiresAt().toInstant();
      Token token = new Token(created.getToken(), expiresAt);
      cache.put(installationId, token);
      return token.value();
    }
  }

  /** The installation that covers {@code owner/name}, asked of GitHub as the App. */
  public long installationOf(String repository) throws IOException {
    int slash = repository.indexOf('/');
    return app.asApp().getApp().getInstallationByRepository(repository.substring(0, slash), repository.substring(slash + 1)).getId();
  }

  /** The App's slug ({@code GET /app}); its comments are signed {@code <slug>[bot]}. */
  public String appSlug() throws IOException {
    return app.asApp().getApp().getSlug();
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
