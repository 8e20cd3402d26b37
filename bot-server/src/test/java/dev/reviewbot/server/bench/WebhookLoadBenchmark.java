package dev.reviewbot.server.bench;

import dev.reviewbot.server.queue.JobQueue;
import dev.reviewbot.server.queue.QueueSnapshot;
import dev.reviewbot.server.support.ServerInstance;
import dev.reviewbot.server.support.Webhooks;
import dev.reviewbot.testgithub.FakeGitHub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load benchmark (run by {@code bot-server/bench/webhook-load.sh}, not a unit test). On loopback,
 * against the fake GitHub, with the embedded H2 queue:
 *
 * <ol>
 *   <li>signed pull_request deliveries at a fixed rate (open loop: latency is measured from the
 *       scheduled send time, so a stall is not hidden), acknowledgement latency p50/p99, errors,
 *       and after the queue drains: deliveries on record and latest heads reviewed (lost jobs);
 *   <li>webhook-to-review-posted latency for a 20-file pull request, one at a time.
 * </ol>
 *
 * Arguments: rate per second (100), seconds (60), pull requests the deliveries spread over (300),
 * review workers (2; 0 measures the intake alone).
 */
public final class WebhookLoadBenchmark {

  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int pulls = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    String workers = args.length > 3 ? args[3] : "2";
    String repo = "bench/service";
    String base = Webhooks.sha("bench-base");
    try (FakeGitHub github = new FakeGitHub();
        ServerInstance server =
            ServerInstance.start(
                Map.of(
                    "reviewbot.github.token",
                    FakeGitHub.PERSONAL_TOKEN,
                    "reviewbot.github.api-url",
                    github.apiUrl(),
                    "reviewbot.data-dir",
                    Files.createTempDirectory("reviewbot-bench").toString(),
                    "reviewbot.queue.poll-interval",
                    "200ms",
                    "reviewbot.queue.workers",
                    workers,
                    "logging.level.dev.reviewbot",
                    "WARN",
                    "logging.level.org.springframework",
                    "WARN"))) {
      int total = rate * seconds;
      // every pull request gets pushes in order; its latest head is what GitHub shows
      int[] pushes = new int[pulls + 1];
      for (int i = 0; i < total; i++) {
        pushes[1 + i % pulls]++;
      }
      for (int n = 1; n <= pulls; n++) {
        github.pullRequest(
            repo,
            n,
            head(n, pushes[n]),
            base,
            List.of(
                FakeGitHub.addedJavaFile(
                    "src/main/java/bench/Pr" + n + ".java", "Pr" + n, List.of("flaggedBench"))));
      }
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .executor(Executors.newFixedThreadPool(4))
              .build();
      URI webhook = URI.create("http://127.0.0.1:" + server.port() + "/webhook");

      // warm-up: 200 deliveries on other pull requests, not counted
      for (int i = 0; i < 200; i++) {
        github.pullRequest(
            "bench/warmup",
            10_000 + i,
            head(-i, 1),
            base,
            List.of(
                FakeGitHub.addedJavaFile(
                    "src/main/java/bench/Warm.java", "Warm", List.of("flaggedWarm"))));
        byte[] body =
            Webhooks.pullRequest("opened", "bench/warmup", 10_000 + i, head(-i, 1), Instant.now());
        http.send(request(webhook, "warm-" + i, body), HttpResponse.BodyHandlers.discarding());
      }

      System.out.printf(
          "phase 1: %d deliveries at %d/s for %d s over %d pull requests%n",
          total, rate, seconds, pulls);
      ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
      AtomicInteger errors = new AtomicInteger();
      List<CompletableFuture<?>> inFlight = new ArrayList<>();
      ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
      long periodNanos = 1_000_000_000L / rate;
      // bodies come from one real payload by string substitution: the client must not eat the CPU
      // it measures
      Instant t0 = Instant.parse("2026-06-01T00:00:00Z");
      String template =
          new String(
              Webhooks.pullRequest(
                  "synchronize",
                  repo,
                  987654,
                  "f".repeat(40),
                  Instant.parse("2099-09-09T09:09:09Z")),
              java.nio.charset.StandardCharsets.UTF_8);
      int[] sent = new int[pulls + 1];
      AtomicInteger next = new AtomicInteger();
      CompletableFuture<Void> done = new CompletableFuture<>();
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean)
              java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpuBefore = os.getProcessCpuTime();
      long start = System.nanoTime();
      ticker.scheduleAtFixedRate(
          () -> {
            int i = next.getAndIncrement();
            if (i >= total) {
              done.complete(null);
              return;
            }
            int n = 1 + i % pulls;
            int push = ++sent[n];
            byte[] body =
                template
                    .replace("987654", Integer.toString(n))
                    .replace("f".repeat(40), head(n, push))
                    .replace("2099-09-09T09:09:09Z", t0.plusSeconds(push).toString())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            long scheduled = start + i * periodNanos;
            synchronized (inFlight) {
              inFlight.add(
                  http.sendAsync(
                          request(webhook, "load-" + i, body),
                          HttpResponse.BodyHandlers.discarding())
                      .whenComplete(
                          (response, failure) -> {
                            latencies.add(System.nanoTime() - scheduled);
                            if (failure != null
                                || response.statusCode() < 200
                                || response.statusCode() > 299) {
                              errors.incrementAndGet();
                            }
                          }));
            }
          },
          0,
          periodNanos,
          TimeUnit.NANOSECONDS);
      done.get();
      ticker.shutdownNow();
      synchronized (inFlight) {
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
            .exceptionally(e -> null)
            .join();
      }
      double elapsed = (System.nanoTime() - start) / 1e9;
      double cpuMillis = (os.getProcessCpuTime() - cpuBefore) / 1e6;
      long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf(
          "  sent %d in %.1f s (%.1f/s), errors %d%n",
          sorted.length, elapsed, sorted.length / elapsed, errors.get());
      System.out.printf(
          "  ack latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
          ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
      System.out.printf(
          "  CPU of this JVM (service, its workers, the fake GitHub and the client): %.2f ms per delivery, %.0f%% of"
              + " one core; machine load average %.1f on %d cores%n",
          cpuMillis / sorted.length,
          100 * cpuMillis / 1000 / elapsed,
          os.getSystemLoadAverage(),
          os.getAvailableProcessors());

      io.micrometer.core.instrument.Timer handled =
          server
              .bean(io.micrometer.core.instrument.MeterRegistry.class)
              .find("http.server.requests")
              .tag("uri", "/webhook")
              .timer();
      long gcMillis =
          java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
              .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
              .sum();
      if (handled != null) {
        System.out.printf(
            "  server side (http.server.requests /webhook, incl. warm-up): mean %.2f ms, max %.2f ms; GC so far %d ms%n",
            handled.mean(TimeUnit.MILLISECONDS), handled.max(TimeUnit.MILLISECONDS), gcMillis);
      }
      if (workers.equals("0")) {
        System.out.println("  no workers: intake only, nothing reviewed");
        System.exit(0);
      }
      JobQueue queue = server.bean(JobQueue.class);
      JdbcTemplate jdbc = server.bean(JdbcTemplate.class);
      long drainStart = System.nanoTime();
      while (true) {
        QueueSnapshot s = queue.snapshot();
        if (s.queued() == 0 && s.running() == 0) {
          break;
        }
        if (System.nanoTime() - drainStart > TimeUnit.MINUTES.toNanos(5)) {
          System.out.println("  queue did not drain within 5 minutes: " + s);
          break;
        }
        Thread.sleep(100); // polling a benchmark, not timing a test
      }
      Integer stored =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM webhook_delivery WHERE delivery_id LIKE 'load-%'",
              Integer.class);
      int lost = 0;
      for (int n = 1; n <= pulls; n++) {
        String latest = head(n, pushes[n]);
        if (github.checkRuns().stream().noneMatch(c -> c.headSha().equals(latest))) {
          lost++;
        }
      }
      System.out.printf(
          "  drained in %.1f s after the last delivery; deliveries on record %d of %d; pull requests whose latest head"
              + " is not reviewed: %d of %d; %s%n",
          (System.nanoTime() - drainStart) / 1e9, stored, total, lost, pulls, queue.snapshot());

      System.out.println("phase 2: webhook to review posted, 20-file pull request, one at a time");
      long[] reviewLatency = new long[15];
      for (int k = 0; k < reviewLatency.length; k++) {
        int number = 5000 + k;
        String head = Webhooks.sha("twenty-" + k);
        List<FakeGitHub.FakeFile> files = new ArrayList<>();
        for (int f = 0; f < 20; f++) {
          files.add(
              FakeGitHub.addedJavaFile(
                  "src/main/java/twenty/F" + f + ".java",
                  "F" + f,
                  f % 4 == 0 ? List.of("flaggedTwenty") : List.of("plain")));
        }
        github.pullRequest(repo, number, head, base, files);
        byte[] body = Webhooks.pullRequest("opened", repo, number, head, Instant.now());
        long sentAt = System.nanoTime();
        http.send(request(webhook, "twenty-" + k, body), HttpResponse.BodyHandlers.discarding());
        while (github.checkRuns().stream().noneMatch(c -> c.headSha().equals(head))) {
          Thread.sleep(2);
        }
        reviewLatency[k] = System.nanoTime() - sentAt;
      }
      long[] measured =
          Arrays.copyOfRange(
              reviewLatency, 3, reviewLatency.length); // first three warm the analyzer
      Arrays.sort(measured);
      System.out.printf(
          "  webhook->review posted ms over %d runs: p50 %.1f  min %.1f  max %.1f%n",
          measured.length,
          ms(measured, 0.5),
          measured[0] / 1e6,
          measured[measured.length - 1] / 1e6);
      System.exit(0);
    }
  }

  private static HttpRequest request(URI uri, String delivery, byte[] body) {
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json")
        .header("X-GitHub-Event", "pull_request")
        .header("X-GitHub-Delivery", delivery)
        .header("X-Hub-Signature-256", Webhooks.sign(body))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private static String head(int pr, int push) {
    return Webhooks.sha("bench-" + pr + "-" + push);
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }
}
