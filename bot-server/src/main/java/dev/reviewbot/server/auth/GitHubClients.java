package dev.reviewbot.server.auth;

import dev.reviewbot.github.GitHubApiClient;
import java.io.IOException;
import java.util.Optional;

/** Hands out an authenticated GitHub API client for a repository. */
public interface GitHubClients {

  /**
   * @param installationId the App installation the event came from, or {@code null} to look it up
   *     by repository (ignored in personal-token mode)
   * @param repository {@code owner/name}
   */
  GitHubApiClient forRepository(Long installationId, String repository) throws IOException;

  /**
   * The login the bot's comments carry ({@code <app-slug>[bot]} for an App), so only its own
   * earlier comments count as earlier posts; empty when the token can tell GitHub itself ({@code
   * GET /user}).
   */
  Optional<String> botLogin() throws IOException;

  /** Forgets cached credentials for the installation, e.g. after GitHub answered 401. */
  void invalidate(Long installationId);
}
