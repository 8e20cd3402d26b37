package dev.reviewbot.server.auth;

import java.io.IOException;
import org.kohsuke.github.GitHub;

/** Hands out an authenticated GitHub API client for a repository. */
public interface GitHubClients {

  /**
   * @param installationId the App installation the event came from, or {@code null} to look it up
   *     by repository (ignored in personal-token mode)
   * @param repository {@code owner/name}
   */
  GitHub forRepository(Long installationId, String repository) throws IOException;

  /** Forgets cached credentials for the installation, e.g. after GitHub answered 401. */
  void invalidate(Long installationId);
}
