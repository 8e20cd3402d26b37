package dev.reviewbot.server.support;

import static org.awaitility.Awaitility.await;

import dev.reviewbot.server.ReviewbotServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * bot-server in its own JVM, started from this test's class path, so a test can kill it the hard
 * way ({@link Process#destroyForcibly()}, SIGKILL): no shutdown hook, no lease released.
 */
public final class ChildServer implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;

  private ChildServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  public static ChildServer start(Map<String, String> properties) throws IOException {
    int port = freePort();
    int managementPort = freePort();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                ReviewbotServer.class.getName(),
                "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--reviewbot.webhook.secret=" + Webhooks.SECRET));
    properties.forEach((key, value) -> command.add("--" + key + "=" + value));
    Path log = Files.createTempFile("reviewbot-child", ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ChildServer child = new ChildServer(process, port, log);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new IllegalStateException(
                    "child bot-server exited:\n" + Files.readString(log));
              }
              try {
                return ServerInstance.get(managementPort, "/actuator/health/readiness")
                    .contains("UP");
              } catch (IOException notYet) {
                return false;
              }
            });
    return child;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  public int port() {
    return port;
  }

  public int deliver(String event, String deliveryId, byte[] body) throws Exception {
    return ServerInstance.deliver(port, event, deliveryId, body);
  }

  /** kill -9: the JVM gets no chance to release anything. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  public String output() throws IOException {
    return Files.readString(log);
  }

  /**
   * Kills the process if it still runs; an interrupt while waiting for it is kept for the caller.
   */
  @Override
  public void close() {
    if (process.isAlive()) {
      try {
        kill();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
