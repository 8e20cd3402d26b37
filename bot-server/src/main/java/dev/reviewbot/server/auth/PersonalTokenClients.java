package dev.reviewbot.server.auth;

import java.io.IOException;
import java.net.URI;
import org.kohsuke.github.GitHub;

/**
 * Personal-token mode, for testing and for GitHub Enterprise set-ups without an App: one token
 * for every repository, installation ids ignored.
 */
public final class PersonalTokenClients implements GitHubClients {
  private final GitHub client;

  public PersonalTokenClients(URI apiUrl, String token) throws IOException {
    this.client = Clients.builder(apiUrl).withOAuthToken(token).build();
  }

  @Override
  public GitHub forRepository(Long installationId, String repository) {
    return client;
  }

  @Override
  public void invalidate(Long installationId) {
    // a personal token does not expire on its own
  }
}
