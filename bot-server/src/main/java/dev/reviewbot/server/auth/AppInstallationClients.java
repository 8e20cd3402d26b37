package dev.reviewbot.server.auth;

import dev.reviewbot.github.GitHubApiClient;
import dev.reviewbot.github.HttpTimeouts;
import dev.reviewbot.github.HttpTransport;
import dev.reviewbot.server.installation.InstallationStore;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GitHub App mode: each job acts as the installation the event came from, with a cached
 * installation token (asked for again whenever the cached one is near expiry, also in the middle of
 * a long job). When the event named no installation, the bookkeeping tables are asked first and
 * GitHub ({@code GET /repos/{owner}/{repo}/installation}) second.
 */
public final class AppInstallationClients implements GitHubClients {
  private final URI apiUrl;
  private final InstallationTokens tokens;
  private final InstallationStore installations;

  /** One HTTP transport for all installations, one thread-safe client per installation. */
  private final HttpTransport transport;

  private final Map<Long, GitHubApiClient> clients = new ConcurrentHashMap<>();
  private volatile String botLogin;

  public AppInstallationClients(
      URI apiUrl,
      InstallationTokens tokens,
      InstallationStore installations,
      HttpTimeouts timeouts) {
    this.apiUrl = apiUrl;
    this.transport = HttpTransport.create(timeouts);
    this.tokens = tokens;
    this.installations = installations;
  }

  @Override
  public GitHubApiClient forRepository(Long installationId, String repository) throws IOException {
    Long installation =
        installationId != null
            ? installationId
            : installations.installationFor(repository).orElse(null);
    if (installation == null) {
      installation = tokens.installationOf(repository);
    }
    return clients.computeIfAbsent(
        installation,
        id -> {
          // asks the cache on every request, so a long review switches to a fresh token by itself
          return GitHubApiClient.builder(apiUrl.toString())
              .tokens(() -> tokens.token(id))
              .transport(transport)
              .build();
        });
  }

  @Override
  public Optional<String> botLogin() throws IOException {
    if (botLogin == null) {
      botLogin = tokens.appSlug() + "[bot]";
    }
    return Optional.of(botLogin);
  }

  @Override
  public void invalidate(Long installationId) {
    if (installationId != null) {
      tokens.invalidate(installationId);
    }
  }
}
