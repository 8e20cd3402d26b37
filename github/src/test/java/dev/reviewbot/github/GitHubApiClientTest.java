package dev.reviewbot.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GitHubApiClientTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "none",
      value = {
        "https://api.github.com,          https://api.github.com",
        "https://api.github.com/,         https://api.github.com",
        "https://ghe.example.com/api/v3/, https://ghe.example.com/api/v3",
        "none,                            https://api.github.com"
      })
  void acceptsGitHubAndEnterpriseUrls(String given, String expected) {
    assertThat(GitHubApiClient.builder(given).token("t").build().apiUrl()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://ghe.example.com",
        "api.github.com",
        "https://user:pass@ghe.example.com/api/v3",
        "https://x/api?q=1"
      })
  void refusesUrlsThatAreNotAnApiBase(String url) {
    assertThatThrownBy(() -> GitHubApiClient.builder(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GitHub API URL")
        .hasMessageNotContaining("pass");
  }

  @Test
  void keepsTheTokenOutOfItsDescription() {
    GitHubApiClient client =
        GitHubApiClient.connect("https://ghe.example.com/api/v3", RecordedGitHub.TOKEN);
    assertThat(client.toString()).isEqualTo("GitHubApiClient[https://ghe.example.com/api/v3]");
  }

  @Test
  void asksATokenSourceOnEveryRequest() throws Exception {
    java.util.concurrent.atomic.AtomicInteger asked =
        new java.util.concurrent.atomic.AtomicInteger();
    try (RecordedGitHub github = new RecordedGitHub()) {
      GitHubApiClient client =
          GitHubApiClient.builder(github.apiUrl())
              .tokens(() -> "installation-token-" + asked.incrementAndGet())
              .build();
      client.hub4j().getRepository(RecordedGitHub.OWNER + "/" + RecordedGitHub.REPO);
      client.hub4j().getRepository(RecordedGitHub.OWNER + "/" + RecordedGitHub.REPO);

      assertThat(
              github.requests("GET", "/repos/" + RecordedGitHub.OWNER + "/" + RecordedGitHub.REPO))
          .extracting(r -> r.getHeader("Authorization"))
          .containsExactly("token installation-token-1", "token installation-token-2");
    }
  }

  @Test
  void keepsAnInstallationTokenOutOfItsDescription() {
    GitHubAppApi.InstallationToken token =
        new GitHubAppApi.InstallationToken(RecordedGitHub.TOKEN, java.time.Instant.EPOCH);
    assertThat(token.toString())
        .doesNotContain(RecordedGitHub.TOKEN)
        .contains("1970-01-01T00:00:00Z");
  }

  @Test
  void refusesAnEmptyToken() {
    assertThatThrownBy(() -> GitHubApiClient.builder(null).token(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the GitHub token is empty");
  }
}
