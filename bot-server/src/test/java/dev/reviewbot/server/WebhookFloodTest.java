package dev.reviewbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewbot.server.support.ServerInstance;
import dev.reviewbot.server.support.Webhooks;
import dev.reviewbot.server.webhook.IntakeBudget;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The webhook endpoint under a flood, over real HTTP: what is refused is refused before its body is
 * read, and the bodies read at once are bounded in number and bytes. Raw sockets send headers and
 * only part of a body, so a test can tell "answered before reading" from "read, then answered".
 */
class WebhookFloodTest {
  private static final int MB = 1024 * 1024;
  private static final String FORGED = "sha256=" + "0".repeat(64);
  private static ServerInstance server;
  private static IntakeBudget budget;
  private final List<Socket> sockets = new ArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    server =
        ServerInstance.start(
            Map.of(
                "reviewbot.github.token",
                "test-token",
                "reviewbot.github.api-url",
                "http://127.0.0.1:9/unused",
                "reviewbot.data-dir",
                Files.createTempDirectory("reviewbot-flood").toString(),
                "reviewbot.queue.workers",
                "0",
                "reviewbot.webhook.max-payload-size",
                "2MB",
                "reviewbot.webhook.max-concurrent-bodies",
                "2",
                "reviewbot.webhook.max-buffered-bytes",
                "3MB",
                "reviewbot.webhook.body-timeout",
                "3s"));
    budget = server.bean(IntakeBudget.class);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void closeSockets() throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> budget.bodiesInFlight() == 0);
  }

  @Test
  void refusesAnUnsignedPostBeforeReadingItsBody() throws IOException {
    Socket socket = startPost(2 * MB - 1, null, 100);

    assertThat(statusLine(socket)).contains(" 401 ");
  }

  @Test
  void turnsAwayADeliveryOverTheConcurrentBodiesWith503AndRetryAfterThenAcceptsOnceTheyAreDone()
      throws Exception {
    startPost(100_000, FORGED, 100);
    startPost(100_000, FORGED, 100);
    await().atMost(Duration.ofSeconds(10)).until(() -> budget.bodiesInFlight() == 2);

    HttpResponse<String> refused = ping();
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");

    for (Socket socket : sockets) {
      socket.close();
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> budget.bodiesInFlight() == 0);
    assertThat(ping().statusCode()).isEqualTo(200);
  }

  @Test
  void boundsTheDeclaredBytesInFlightWhileSmallDeliveriesStillGetThrough() throws Exception {
    startPost(2 * MB, FORGED, 100);
    await().atMost(Duration.ofSeconds(10)).until(() -> budget.bodiesInFlight() == 1);

    Socket second = startPost(2 * MB, FORGED, 100);
    assertThat(statusLine(second)).as("2 MB more would pass the 3 MB budget").contains(" 503 ");
    assertThat(ping().statusCode()).as("a small signed delivery fits").isEqualTo(200);
  }

  @Test
  void cutsOffABodyThatNeverArrivesAndFreesItsShare() throws IOException {
    Socket stalled = startPost(100_000, FORGED, 100);

    assertThat(statusLine(stalled)).contains(" 408 ");
    await().atMost(Duration.ofSeconds(10)).until(() -> budget.bodiesInFlight() == 0);
  }

  @Test
  void answersSignedDeliveriesAfterAFloodOfLargeForgedPosts() throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    byte[] large = new byte[2 * MB - 1];
    List<CompletableFuture<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      HttpRequest post =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/webhook"))
              .header("X-GitHub-Event", "pull_request")
              .header("X-GitHub-Delivery", "flood-" + i)
              .header("X-Hub-Signature-256", FORGED)
              .timeout(Duration.ofSeconds(60))
              .POST(HttpRequest.BodyPublishers.ofByteArray(large))
              .build();
      answers.add(
          client
              .sendAsync(post, HttpResponse.BodyHandlers.discarding())
              .thenApply(HttpResponse::statusCode)
              .exceptionally(
                  closedEarly ->
                      -1)); // the server may close a connection whose body it will not read
    }
    List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();

    assertThat(statuses)
        .as("forged: refused, turned away unread, or too slow on a loaded machine")
        .allMatch(s -> s == 401 || s == 503 || s == 408 || s == -1);
    assertThat(statuses).as("the budget turned some away").contains(503);
    await().atMost(Duration.ofSeconds(10)).until(() -> budget.bodiesInFlight() == 0);
    assertThat(ping().statusCode()).isEqualTo(200);
  }

  /**
   * Sends the request line, headers and the first {@code sent} bytes of a body of {@code length},
   * then stalls.
   */
  private Socket startPost(int length, String signature, int sent) throws IOException {
    Socket socket = new Socket("127.0.0.1", server.port());
    socket.setSoTimeout(20_000);
    sockets.add(socket);
    StringBuilder head =
        new StringBuilder(
            "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "X-GitHub-Event: pull_request\r\nX-GitHub-Delivery: partial\r\nContent-Length: "
                + length
                + "\r\n");
    if (signature != null) {
      head.append("X-Hub-Signature-256: ").append(signature).append("\r\n");
    }
    OutputStream out = socket.getOutputStream();
    out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
    out.write(new byte[sent]);
    out.flush();
    return socket;
  }

  /**
   * The status line, read with the socket's 20 s timeout: a server waiting for the rest of the body
   * never sends one.
   */
  private static String statusLine(Socket socket) throws IOException {
    return new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
        .readLine();
  }

  private static HttpResponse<String> ping() throws Exception {
    byte[] body = Webhooks.payload("ping/payload.json");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/webhook"))
            .header("Content-Type", "application/json")
            .header("X-GitHub-Event", "ping")
            .header("X-GitHub-Delivery", "ping-" + System.nanoTime())
            .header("X-Hub-Signature-256", Webhooks.sign(body))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(request, HttpResponse.BodyHandlers.ofString());
  }
}
