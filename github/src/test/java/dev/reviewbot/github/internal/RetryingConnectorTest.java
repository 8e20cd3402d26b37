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
  void retriesUnlessAPostMayAlreadyHaveTakenEffect(String method, int firstStatus, int expectedRequests) throws Exception {
    List<String> sent = new ArrayList<>();
    List<Duration> waits = new ArrayList<>();
    GitHubConnector github = request -> {
      sent.add(request.method());
      return new Response(request, sent.size() == 1 ? firstStatus : 200);
    };
    RetryingConnector connector = new RetryingConnector(github, RetryPolicy.defaults(), waits::add, Clock.systemUTC());

    GitHubConnectorResponse response = connector.send(
        new ConnectorRequest(method, new URL("https://api.github.com/repos/o/r/pulls/1/reviews"), Map.of(), new byte[0]));

    assertThat(sent).hasSize(expectedRequests);
    assertThat(response.statusCode()).isEqualTo(expectedRequests == 1 ? firstStatus : 200);
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
