package dev.reviewbot.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GitHubApiClientTest {

  @ParameterizedTest
  @CsvSource(nullValues = "none", value = {
      "https://api.github.com,          https://api.github.com",
      "https://api.github.com/,         https://api.github.com",
      "https://ghe.example.com/api/v3/, https://ghe.example.com/api/v3",
      "none,                            https://api.github.com"})
  void acceptsGitHubAndEnterpriseUrls(String given, String expected) {
    assertThat(GitHubApiClient.builder(given).token("t").build().apiUrl()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://ghe.example.com", "api.github.com", "https://user:pass@ghe.example.com/api/v3", "https://x/api?q=1"})
  void refusesUrlsThatAreNotAnApiBase(String url) {
    assertThatThrownBy(() -> GitHubApiClient.builder(url)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GitHub API URL").hasMessageNotContaining("pass");
  }

  @Test
  void keepsTheTokenOutOfItsDescription() {
    GitHubApiClient client = GitHubApiClient.connect("https://ghe.example.com/api/v3", FakeGitHub.TOKEN);
    assertThat(client.toString()).isEqualTo("GitHubApiClient[https://ghe.example.com/api/v3]");
  }

  @Test
  void refusesAnEmptyToken() {
    assertThatThrownBy(() -> GitHubApiClient.builder(null).token(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the GitHub token is empty");
  }
}
