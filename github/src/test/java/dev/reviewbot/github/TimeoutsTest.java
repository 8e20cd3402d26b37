package dev.reviewbot.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A GitHub that never answers costs a bounded time, and the retry policy decides what is sent
 * again.
 */
class TimeoutsTest {
  private static final Duration READ = Duration.ofMillis(300);
  private static final String PATH = "/repos/octo/slow";

  private final WireMockServer server =
      new WireMockServer(options().dynamicPort().containerThreads(20));
  private final RecordingSleeper sleeper = new RecordingSleeper();

  TimeoutsTest() {
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
        .timeouts(new HttpTimeouts(Duration.ofSeconds(2), READ))
        .build();
  }

  @Test
  void aStalledGetTimesOutAndIsRetriedByThePolicy() {
    server.stubFor(
        get(urlPathEqualTo(PATH))
            .willReturn(aResponse().withStatus(200).withFixedDelay(10_000).withBody("{}")));

    long start = System.nanoTime();
    assertThatThrownBy(() -> client().rest().get(PATH))
        .isInstanceOf(HttpTimeoutException.class)
        .hasMessageContaining(PATH);

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("four tries of 300 ms, not 10 s each")
        .isLessThan(Duration.ofSeconds(5));
    server.verify(4, getRequestedFor(urlPathEqualTo(PATH)));
    assertThat(sleeper.waits())
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
  }

  @Test
  void aBodyThatStallsAfterTheHeadersTimesOutToo() {
    server.stubFor(
        get(urlPathEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"full_name\":\"octo/slow\"}")
                    .withChunkedDribbleDelay(5, 10_000)));

    assertThatThrownBy(() -> client().hub4j().getRepository("octo/slow"))
        .isInstanceOf(IOException.class);
    server.verify(4, getRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void aStalledPostIsNotSentAgainBecauseGitHubMayHaveCarriedItOut() {
    server.stubFor(
        post(urlPathEqualTo(PATH))
            .willReturn(aResponse().withStatus(201).withFixedDelay(10_000).withBody("{}")));

    assertThatThrownBy(() -> client().rest().post(PATH, Map.of("body", "hello")))
        .isInstanceOf(HttpTimeoutException.class);

    server.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void anInterruptedCallerStopsWaitingAtOnce() throws Exception {
    server.stubFor(
        get(urlPathEqualTo(PATH))
            .willReturn(aResponse().withStatus(200).withFixedDelay(10_000).withBody("{}")));
    GitHubApiClient client =
        GitHubApiClient.builder(server.baseUrl())
            .token(RecordedGitHub.TOKEN)
            .sleeper(sleeper)
            .timeouts(new HttpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30)))
            .build();
    Throwable[] failure = new Throwable[1];
    Thread caller =
        new Thread(
            () -> {
              try {
                client.rest().get(PATH);
              } catch (Throwable e) {
                failure[0] = e;
              }
            });
    caller.start();
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> caller.getState() == Thread.State.TIMED_WAITING);
    caller.interrupt();
    caller.join(Duration.ofSeconds(5).toMillis());

    assertThat(caller.isAlive()).isFalse();
    assertThat(failure[0]).isInstanceOf(java.io.InterruptedIOException.class);
    assertThat(sleeper.waits()).as("not retried").isEmpty();
  }
}
