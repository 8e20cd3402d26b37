package dev.reviewbot.github.internal;

import dev.reviewbot.github.HttpTimeouts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kohsuke.github.connector.GitHubConnector;
import org.kohsuke.github.connector.GitHubConnectorRequest;
import org.kohsuke.github.connector.GitHubConnectorResponse;

/**
 * hub4j's {@code HttpClientGitHubConnector} with deadlines: a connect timeout on the client, and
 * one bound on the whole exchange (request body out, headers and body in). The JDK's request
 * timeout alone stops at the headers, so a body that trickles or stalls would still hang; waiting
 * on the future with a timeout covers it. An interrupted caller gets an {@link
 * InterruptedIOException} at once, and the exchange is cancelled.
 */
public final class TimedHttpConnector implements GitHubConnector {
  /** Set by the JDK client itself; it refuses them in a request. */
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final HttpClient client;
  private final HttpTimeouts timeouts;

  public TimedHttpConnector(HttpTimeouts timeouts) {
    this.timeouts = timeouts;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeouts.connect())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public GitHubConnectorResponse send(GitHubConnectorRequest request) throws IOException {
    CompletableFuture<HttpResponse<byte[]>> exchange =
        client.sendAsync(toHttpRequest(request), HttpResponse.BodyHandlers.ofByteArray());
    try {
      HttpResponse<byte[]> response =
          exchange.get(timeouts.read().toMillis(), TimeUnit.MILLISECONDS);
      return new BufferedResponse(request, response);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw timedOut(request);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(
          "interrupted during " + request.method() + " " + request.url().getPath());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      // the client's own timeouts can fire first; their messages name no request
      if (cause instanceof HttpConnectTimeoutException) {
        throw new HttpConnectTimeoutException(
            request.method()
                + " "
                + request.url().getPath()
                + ": could not connect to GitHub within "
                + timeouts.connect().toMillis()
                + " ms");
      }
      if (cause instanceof HttpTimeoutException) {
        throw timedOut(request);
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(
          request.method() + " " + request.url().getPath() + " failed: " + cause, cause);
    }
  }

  private HttpTimeoutException timedOut(GitHubConnectorRequest request) {
    return new HttpTimeoutException(
        request.method()
            + " "
            + request.url().getPath()
            + ": no complete answer from GitHub within "
            + timeouts.read().toMillis()
            + " ms");
  }

  private HttpRequest toHttpRequest(GitHubConnectorRequest request) throws IOException {
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(request.url().toURI()).timeout(timeouts.read());
    } catch (URISyntaxException e) {
      throw new IOException("invalid URL: " + request.url().getPath(), e);
    }
    for (Map.Entry<String, List<String>> header : request.allHeaders().entrySet()) {
      if (header.getKey() != null
          && header.getValue() != null
          && !RESTRICTED.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
        builder.header(header.getKey(), String.join(", ", header.getValue()));
      }
    }
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
    if (request.hasBody()) {
      try (InputStream in = request.body()) {
        body = HttpRequest.BodyPublishers.ofByteArray(in.readAllBytes());
      }
    }
    return builder.method(request.method(), body).build();
  }

  /**
   * The whole body is in memory, so hub4j and the retry logic may read it without touching the
   * network.
   */
  private static final class BufferedResponse extends GitHubConnectorResponse.ByteArrayResponse {
    private final byte[] body;

    BufferedResponse(GitHubConnectorRequest request, HttpResponse<byte[]> response) {
      super(request, response.statusCode(), response.headers().map());
      this.body = response.body();
    }

    @Override
    protected InputStream rawBodyStream() {
      return new ByteArrayInputStream(body == null ? new byte[0] : body);
    }
  }
}
