package dev.reviewbot.server.auth;

import dev.reviewbot.server.installation.InstallationStore;
import java.io.IOException;
import java.net.URI;
import org.kohsuke.github.GitHub;

/**
 * GitHub App mode: each job acts as the installation the event came from, with a cached
 * installation token. When the event named no installation, the bookkeeping tables are asked
 * first and GitHub ({@code GET /repos/{owner}/{repo}/installation}) second.
 */
public final class AppInstallationClients implements GitHubClients {
  private final URI apiUrl;
  private final InstallationTokens tokens;
  private final InstallationStore installations;

  public AppInstallationClients(URI apiUrl, InstallationTokens tokens, InstallationStore installations) {
    this.apiUrl = apiUrl;
    this.tokens = tokens;
    this.installations = installations;
  }

  @Override
  public GitHub forRepository(Long installationId, String repository) throws IOException {
    Long installation = installationId != null ? installationId : installations.installationFor(repository).orElse(null);
    if (installation == null) {
      installation = tokens.installationOf(repository);
    }
    return Clients.builder(apiUrl).withAppInstallationToken(tokens.token(installation)).build();
  }

  @Override
  public void invalidate(Long installationId) {
    if (installationId != null) {
      tokens.invalidate(installationId);
    }
  }
}
