package dev.reviewbot.server.support;

import dev.reviewbot.server.ReviewbotServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One running bot-server (a full Spring context on a free port) and a client that signs deliveries
 * for it.
 */
public final class ServerInstance implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final int port;
  private final int managementPort;

  private ServerInstance(ConfigurableApplicationContext context) {
    this.context = context;
    this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    this.managementPort =
        Integer.parseInt(
            context.getEnvironment().getProperty("local.management.port", Integer.toString(port)));
  }

  public static ServerInstance start(Map<String, String> properties) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    if (!properties.containsKey("management.server.port")) {
      args.add("--management.server.port=0");
    }
    if (!properties.containsKey("reviewbot.webhook.secret")) {
      args.add("--reviewbot.webhook.secret=" + Webhooks.SECRET);
    }
    properties.forEach((key, value) -> args.add("--" + key + "=" + value));
    return new ServerInstance(
        new SpringApplicationBuilder(ReviewbotServer.class).run(args.toArray(String[]::new)));
  }

  public int port() {
    return port;
  }

  /** Where health and metrics are served: a port of their own unless configured otherwise. */
  public int managementPort() {
    return managementPort;
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** Posts a signed delivery; returns the HTTP status. */
  public int deliver(String event, String deliveryId, byte[] body) throws Exception {
    return deliver(port, event, deliveryId, body);
  }

  public static int deliver(int port, String event, String deliveryId, byte[] body)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhook"))
            .header("Content-Type", "application/json")
            .header("X-GitHub-Event", event)
            .header("X-GitHub-Delivery", deliveryId)
            .header("X-Hub-Signature-256", Webhooks.sign(body))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  public static String get(int port, String path) throws Exception {
    return client()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** A client per call: no pooled connection outlives the server it was opened to. */
  private static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  @Override
  public void close() {
    context.close();
  }
}
