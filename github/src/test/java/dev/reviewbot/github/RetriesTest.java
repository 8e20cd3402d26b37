package dev.reviewbot.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.reviewbot.github.internal.Failures;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Retries of 5xx and rate limits, with the waits recorded instead of slept. */
class RetriesTest {
  private static final Instant NOW = RecordedGitHub.NOW;
  private static final String REPO =
      RecordedGitHub.read(
          RecordedGitHub.recording(
              "GHPullRequestTest/wiremock/pullRequestReviewComments/__files/3-r_h_github-api.json"));

  private final WireMockServer server = new WireMockServer(options().dynamicPort());
  private final RecordingSleeper sleeper = new RecordingSleeper();

  RetriesTest() {
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private GitHubApiClient client() {
    return GitHubApiClient.builder(server.baseUrl())
        .token(RecordedGitHub.TOKEN)
        .sleeper(sleeper)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
  }

  /** {@code answers} in turn, then the recorded repository forever. */
  private void answer(String path, List<ResponseDefinitionBuilder> answers) {
    List<ResponseDefinitionBuilder> all = new ArrayList<>(answers);
    all.add(
        aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(REPO));
    for (int i = 0; i < all.size(); i++) {
      server.stubFor(
          get(urlPathEqualTo(path))
              .inScenario("answers")
              .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer-" + i)
              .willSetStateTo(i == all.size() - 1 ? "answer-" + i : "answer-" + (i + 1))
              .willReturn(all.get(i)));
    }
  }

  private static ResponseDefinitionBuilder status(int status, String... headers) {
    ResponseDefinitionBuilder response =
        aResponse()
            .withStatus(status)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"message\":\"Server Error\"}");
    for (int i = 0; i < headers.length; i += 2) {
      response.withHeader(headers[i], headers[i + 1]);
    }
    return response;
  }

  private static ResponseDefinitionBuilder forbidden(String message, String... headers) {
    return status(403, headers)
        .withBody(
            "{\"message\":\""
                + message
                + "\",\"documentation_url\":\"https://docs.github.com/rest\"}");
  }

  static Stream<Arguments> waits() {
    String inNinetySeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.ofInstant(NOW.plusSeconds(90), ZoneOffset.UTC));
    return Stream.of(
        Arguments.of(
            "5xx backs off exponentially",
            List.of(status(502), status(502), status(500)),
            List.of(2L, 4L, 8L)),
        Arguments.of(
            "Retry-After in seconds", List.of(status(503, "Retry-After", "30")), List.of(30L)),
        Arguments.of(
            "Retry-After as a date",
            List.of(status(429, "Retry-After", inNinetySeconds)),
            List.of(90L)),
        Arguments.of(
            "primary limit until its reset",
            List.of(
                forbidden(
                    "API rate limit exceeded",
                    "x-ratelimit-remaining",
                    "0",
                    "x-ratelimit-reset",
                    Long.toString(NOW.getEpochSecond() + 120))),
            List.of(121L)),
        Arguments.of(
            "secondary limit without a time waits a minute",
            List.of(
                forbidden(
                    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.")),
            List.of(60L)),
        Arguments.of(
            "secondary limit with Retry-After",
            List.of(forbidden("You have exceeded a secondary rate limit", "Retry-After", "45")),
            List.of(45L)),
        Arguments.of("429 without a time waits a minute", List.of(status(429)), List.of(60L)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("waits")
  void waitsAsGitHubAsksThenSucceeds(
      String name, List<ResponseDefinitionBuilder> failures, List<Long> seconds)
      throws IOException {
    answer("/repos/hub4j-test-org/github-api", failures);

    assertThat(client().rest().get("/repos/hub4j-test-org/github-api").path("full_name").asText())
        .isEqualTo("hub4j-test-org/github-api");
    assertThat(sleeper.waits())
        .containsExactlyElementsOf(seconds.stream().map(Duration::ofSeconds).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("waits")
  void retriesHub4jCallsTheSameWay(
      String name, List<ResponseDefinitionBuilder> failures, List<Long> seconds)
      throws IOException {
    answer("/repos/hub4j-test-org/github-api", failures);

    assertThat(client().hub4j().getRepository("hub4j-test-org/github-api").getFullName())
        .isEqualTo("hub4j-test-org/github-api");
    assertThat(sleeper.waits())
        .containsExactlyElementsOf(seconds.stream().map(Duration::ofSeconds).toList());
  }

  @Test
  void givesUpAfterFourTries() {
    answer(
        "/repos/hub4j-test-org/github-api",
        List.of(status(502), status(502), status(502), status(502)));

    assertThatThrownBy(() -> client().rest().get("/repos/hub4j-test-org/github-api"))
        .isInstanceOfSatisfying(
            IOException.class, e -> assertThat(Failures.status(e)).isEqualTo(502));
    assertThat(sleeper.waits())
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
  }

  @Test
  void doesNotRetryAPermissionError() {
    answer(
        "/repos/hub4j-test-org/github-api",
        List.of(forbidden("Resource not accessible by integration")));

    assertThatThrownBy(() -> client().rest().get("/repos/hub4j-test-org/github-api"))
        .isInstanceOfSatisfying(
            IOException.class,
            e -> {
              assertThat(Failures.status(e)).isEqualTo(403);
              assertThat(Failures.message(e)).isEqualTo("Resource not accessible by integration");
            });
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void reportsALimitThatResetsTooLateInsteadOfWaitingForIt() {
    answer(
        "/repos/hub4j-test-org/github-api",
        List.of(
            forbidden(
                "API rate limit exceeded",
                "x-ratelimit-remaining",
                "0",
                "x-ratelimit-reset",
                Long.toString(NOW.getEpochSecond() + 3600))));

    assertThatThrownBy(() -> client().hub4j().getRepository("hub4j-test-org/github-api"))
        .isInstanceOfSatisfying(
            IOException.class, e -> assertThat(Failures.status(e)).isEqualTo(403));
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void neverFollowsAPageLinkToAnotherHost() {
    server.stubFor(
        get(urlPathEqualTo("/list"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("Link", "<https://evil.example/steal?page=2>; rel=\"next\"")
                    .withBody("[1]")));

    assertThatThrownBy(() -> client().rest().getAll("/list"))
        .isInstanceOf(IOException.class)
        .hasMessage("GitHub's next-page link points to another host: https://evil.example");
  }
}
