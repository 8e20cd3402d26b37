package dev.reviewbot.server.auth;

import dev.reviewbot.github.GitHubApiClient;
import dev.reviewbot.github.HttpTimeouts;
import java.net.URI;
import java.util.Optional;

/**
 * Personal-token mode, for testing and for GitHub Enterprise set-ups without an App: one token for
 * every repository, installation ids ignored.
 */
public final class PersonalTokenClients implements GitHubClients {
  private final URI apiUrl;
  private final GitHubApiClient client;

  /**
   * One client for the whole service: it is thread-safe, and a new one per review would cost a new
   * HTTP client.
   */
  public PersonalTokenClients(URI apiUrl, String token, HttpTimeouts timeouts) {
    this.apiUrl = apiUrl;
    this.client =
        GitHubApiClient.builder(apiUrl.toString()).token(token).timeouts(timeouts).build();
  }

  @Override
  public GitHubApiClient forRepository(Long installationId, String repository) {
    return client;
  }

  @Override
  public Optional<String> botLogin() {
    return Optional.empty();
  }

  @Override
  public void invalidate(Long installationId) {
    // a personal token does not expire on its own
  }

  @Override
  public String toString() {
    return "PersonalTokenClients[" + apiUrl + "]";
  }
}
