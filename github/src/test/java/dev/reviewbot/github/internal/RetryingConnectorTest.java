package dev.reviewbot.github.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.github.RetryPolicy;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.connector.GitHubConnectorRequest;
import org.kohsuke.github.connector.GitHubConnectorResponse;

class RetryingConnectorTest {

  @ParameterizedTest(name = "{0} answered {1}: {2} request(s)")
  @CsvSource({
    "GET,   502, 2",
    "PATCH, 502, 2",
    "POST,  502, 1",
    "POST,  429, 2",
    "POST,  201, 1",
  })
  void retriesUnlessAPostMayAlreadyHaveTakenEffect(
      String method, int firstStatus, int expectedRequests) throws Exception {
    List<String> sent = new ArrayList<>();
    List<Duration> waits = new ArrayList<>();
    GitHubConnector github =
        request -> {
          sent.add(request.method());
          return new Response(request, sent.size() == 1 ? firstStatus : 200);
        };
    RetryingConnector connector =
        new RetryingConnector(github, RetryPolicy.defaults(), waits::add, Clock.systemUTC());

    GitHubConnectorResponse response =
        connector.send(
            new ConnectorRequest(
                method,
                new URL("https://api.github.com/repos/o/r/pulls/1/reviews"),
                Map.of(),
                new byte[0]));

    assertThat(sent).hasSize(expectedRequests);
    assertThat(response.statusCode()).isEqualTo(expectedRequests == 1 ? firstStatus : 200);
  }

  @ParameterizedTest(name = "{0} failed with {1}: {2} request(s)")
  @CsvSource({
    "GET,   read timeout,       2",
    "PATCH, read timeout,       2",
    "POST,  read timeout,       1",
    "POST,  connect timeout,    2",
    "POST,  connection refused, 1",
    "GET,   interrupted,        1",
  })
  void retriesTransportFailuresOnlyWhenNothingCanHaveTakenEffect(
      String method, String failure, int expectedRequests) throws Exception {
    List<String> sent = new ArrayList<>();
    GitHubConnector github =
        request -> {
          sent.add(request.method());
          if (sent.size() > 1) {
            return new Response(request, 200);
          }
          throw switch (failure) {
            case "read timeout" -> new java.net.http.HttpTimeoutException("no answer");
            case "connect timeout" ->
                new java.net.http.HttpConnectTimeoutException("no connection");
            case "connection refused" -> new java.net.ConnectException("refused");
            default -> new java.io.InterruptedIOException("stopped");
          };
        };
    RetryingConnector connector =
        new RetryingConnector(github, RetryPolicy.defaults(), d -> {}, Clock.systemUTC());
    GitHubConnectorRequest request =
        new ConnectorRequest(
            method,
            new URL("https://api.github.com/repos/o/r/pulls/1/reviews"),
            Map.of(),
            new byte[0]);

    if (expectedRequests == 1) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> connector.send(request))
          .isInstanceOf(java.io.IOException.class);
    } else {
      assertThat(connector.send(request).statusCode()).isEqualTo(200);
    }
    assertThat(sent).hasSize(expectedRequests);
  }

  private static final class Response extends GitHubConnectorResponse {
    Response(GitHubConnectorRequest request, int status) {
      super(request, status, Map.of());
    }

    @Override
    public InputStream bodyStream() {
      return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public void close() {}
  }
}
