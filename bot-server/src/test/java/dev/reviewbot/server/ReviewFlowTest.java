package dev.reviewbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.reviewbot.server.queue.JobWorkers;
import dev.reviewbot.server.support.Webhooks;
import dev.reviewbot.testgithub.FakeGitHub;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Webhook in, review out: the real payloads signed and posted to the service, the review job
 * reading the pull request from a fake GitHub over HTTP and posting through the github module. Each
 * test uses its own pull request number, so they share the fake and the database.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "reviewbot.webhook.secret=" + Webhooks.SECRET,
      "reviewbot.github.token=" + FakeGitHub.PERSONAL_TOKEN,
      "reviewbot.queue.workers=2",
      "reviewbot.queue.poll-interval=200ms"
    })
@AutoConfigureWebTestClient
class ReviewFlowTest {
  private static final String REPO = "octo/service";
  private static final String BASE = Webhooks.sha("base");
  private static final FakeGitHub github = new FakeGitHub();

  @Autowired WebTestClient web;
  @Autowired JdbcTemplate jdbc;
  @Autowired JobWorkers workers;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    registry.add("reviewbot.github.api-url", github::apiUrl);
    registry.add("reviewbot.data-dir", Files.createTempDirectory("reviewbot-flow")::toString);
  }

  @AfterAll
  static void stopGitHub() {
    github.close();
  }

  @Test
  void postsOneReviewPerHeadAndOnlyNewCommentsOnAPush() {
    String a = Webhooks.sha("flow-a");
    String b = Webhooks.sha("flow-b");
    Instant t0 = Instant.parse("2026-02-01T09:00:00Z");
    github.pullRequest(
        REPO,
        1,
        a,
        BASE,
        List.of(
            FakeGitHub.addedJavaFile(
                "src/main/java/demo/Alpha.java", "Alpha", List.of("flaggedOne", "flaggedTwo")),
            FakeGitHub.addedJavaFile("src/main/java/demo/Beta.java", "Beta", List.of("fine"))));

    deliver("opened", 1, a, t0, "flow-1");
    awaitReviewed(a);
    assertThat(reviewsFor(a)).hasSize(1);
    assertThat(flagged(1)).containsExactlyInAnyOrder("flaggedOne", "flaggedTwo");
    assertThat(github.issueComments()).filteredOn(c -> c.number() == 1).hasSize(1);

    deliver("opened", 1, a, t0, "flow-1"); // redelivery
    deliver("reopened", 1, a, t0, "flow-2"); // same head again
    assertThat(
            jdbc.queryForObject("SELECT status FROM review_job WHERE pr_number = 1", String.class))
        .isEqualTo("DONE");

    github.pullRequest(
        REPO,
        1,
        b,
        BASE,
        List.of(
            FakeGitHub.addedJavaFile(
                "src/main/java/demo/Alpha.java",
                "Alpha",
                List.of("flaggedOne", "flaggedTwo", "flaggedThree")),
            FakeGitHub.addedJavaFile("src/main/java/demo/Beta.java", "Beta", List.of("fine"))));
    deliver("synchronize", 1, b, t0.plusSeconds(60), "flow-3");
    awaitReviewed(b);

    assertThat(reviewsFor(b)).hasSize(1);
    assertThat(flagged(1))
        .as("only the new finding is posted")
        .containsExactlyInAnyOrder("flaggedOne", "flaggedTwo", "flaggedThree");
    assertThat(github.issueComments())
        .as("summary edited, not duplicated")
        .filteredOn(c -> c.number() == 1)
        .hasSize(1);
    assertThat(checkRunsFor(a)).isOne();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM webhook_delivery WHERE pr_number = 1", Integer.class))
        .isEqualTo(3);
  }

  @Test
  void synchronizeSupersedesAnOpenedStillInTheQueue() {
    String a = Webhooks.sha("queued-a");
    String b = Webhooks.sha("queued-b");
    Instant t0 = Instant.parse("2026-02-02T09:00:00Z");
    github.pullRequest(
        REPO,
        2,
        b,
        BASE,
        List.of(
            FakeGitHub.addedJavaFile(
                "src/main/java/demo/Gamma.java", "Gamma", List.of("flaggedGamma"))));
    workers.stop();
    try {
      deliver("opened", 2, a, t0, "queued-1");
      deliver("synchronize", 2, b, t0.plusSeconds(5), "queued-2");
      assertThat(
              jdbc.queryForList(
                  "SELECT head_sha FROM review_job WHERE pr_number = 2", String.class))
          .containsExactly(b);
    } finally {
      workers.start();
    }
    awaitReviewed(b);
    assertThat(reviewsFor(b)).hasSize(1);
    assertThat(flagged(2)).containsExactly("flaggedGamma");
    assertThat(checkRunsFor(a)).isZero();
    assertThat(reviewsFor(a)).isEmpty();
  }

  @Test
  void readsConfigurationFromTheBaseBranchNotThePullRequest() {
    String head = Webhooks.sha("config-head");
    String base = Webhooks.sha("config-base");
    github.baseFile(
        REPO, base, ".reviewbot.yml", "rules:\n  flagged-method:\n    enabled: false\n");
    github.pullRequest(
        REPO,
        3,
        head,
        base,
        List.of(
            FakeGitHub.addedJavaFile(
                "src/main/java/demo/Delta.java", "Delta", List.of("flaggedDelta")),
            new FakeGitHub.FakeFile(
                ".reviewbot.yml", "added", "@@ -0,0 +1 @@\n+rules: {}", null, "rules: {}\n")));

    deliver("opened", 3, head, Instant.parse("2026-02-03T09:00:00Z"), "config-1");
    awaitReviewed(head);
    assertThat(flagged(3)).as("the base branch switched the rule off").isEmpty();
  }

  @Test
  void neverLoadsPluginsARepositoryNamesAndSaysSoInTheSummary() {
    String head = Webhooks.sha("plugins-head");
    String base = Webhooks.sha("plugins-base");
    github.baseFile(REPO, base, ".reviewbot.yml", "plugins: [tools/evil-rules.jar]\n");
    github.pullRequest(
        REPO,
        5,
        head,
        base,
        List.of(
            FakeGitHub.addedJavaFile(
                "src/main/java/demo/Echo.java", "Echo", List.of("flaggedEcho"))));

    deliver("opened", 5, head, Instant.parse("2026-02-05T09:00:00Z"), "plugins-1");
    awaitReviewed(head);

    assertThat(github.issueComments())
        .filteredOn(c -> c.number() == 5)
        .singleElement()
        .satisfies(
            summary ->
                assertThat(summary.body())
                    .contains("Plugins not loaded")
                    .contains("tools/evil-rules.jar"));
    assertThat(flagged(5)).as("the review still ran").containsExactly("flaggedEcho");
  }

  @Test
  void saysOnceInTheSummaryWhenThePullRequestHasMoreFilesThanGitHubLists() {
    String head = Webhooks.sha("huge-head");
    List<FakeGitHub.FakeFile> files = new java.util.ArrayList<>();
    files.add(
        FakeGitHub.addedJavaFile("src/main/java/demo/Huge.java", "Huge", List.of("flaggedHuge")));
    for (int i = 1; i < 3000; i++) {
      files.add(
          new FakeGitHub.FakeFile(
              "docs/page" + i + ".md", "added", "@@ -0,0 +1 @@\n+page " + i, null, null));
    }
    github.pullRequest(REPO, 4, head, BASE, files, 3512);

    deliver("opened", 4, head, Instant.parse("2026-02-04T09:00:00Z"), "huge-1");
    awaitReviewed(head);

    assertThat(github.issueComments())
        .filteredOn(c -> c.number() == 4)
        .singleElement()
        .satisfies(
            summary ->
                assertThat(summary.body())
                    .contains("changes 3512 files")
                    .contains("only the first 3000 were reviewed")
                    .as("the file cap is said once")
                    .containsOnlyOnce("GitHub lists"));
    assertThat(flagged(4)).containsExactly("flaggedHuge");
  }

  @Test
  void givesUpAtOnceWithTheReasonStoredWhenThePullRequestIsGone() {
    deliver("opened", 404, Webhooks.sha("gone"), Instant.parse("2026-02-05T09:00:00Z"), "gone-1");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                "FAILED"
                    .equals(
                        jdbc.queryForObject(
                            "SELECT status FROM review_job WHERE pr_number = 404", String.class)));
    assertThat(
            jdbc.queryForMap("SELECT attempts, last_error FROM review_job WHERE pr_number = 404"))
        .containsEntry("ATTEMPTS", 1)
        .hasEntrySatisfying(
            "LAST_ERROR",
            error -> assertThat((String) error).contains("octo/service#404").contains("404"));
  }

  @Test
  void postsInlineOnlyTheBreaksOfWhatTheLastReleaseHad() {
    String head = Webhooks.sha("release-head");
    String base = Webhooks.sha("release-base");
    String released =
        "package demo;\n\npublic class Api {\n  public void released() {}\n\n  public void keep() {}\n}\n";
    String before =
        "package demo;\n\npublic class Api {\n  public void released() {}\n\n  public void fresh() {}\n\n"
            + "  public void keep() {}\n}\n";
    String after =
        "package demo;\n\npublic class Api {\n  public void keep() {}\n\n  public void added() {}\n}\n";
    String patch =
        "@@ -1,9 +1,7 @@\n package demo;\n \n public class Api {\n-  public void released() {}\n-\n"
            + "-  public void fresh() {}\n-\n   public void keep() {}\n+\n+  public void added() {}\n }";
    github.tag(
        REPO,
        new FakeGitHub.FakeTag("v2.0.0", Webhooks.sha("release-2.0"), false)); // on another branch
    github.tag(REPO, new FakeGitHub.FakeTag("v1.1.0-rc1", Webhooks.sha("release-rc"), true));
    github.tag(REPO, new FakeGitHub.FakeTag("v1.0.0", Webhooks.sha("release-1.0"), true));
    github.baseFile(REPO, Webhooks.sha("release-1.0"), "src/main/java/demo/Api.java", released);
    github.baseFile(
        REPO, base, "pom.xml", "<project><version>1.1.0-SNAPSHOT</version></project>\n");
    String other = "package demo;\n\nclass Other {\n  int a() {\n    return 1;\n  }\n}\n";
    github.pullRequest(
        REPO,
        6,
        head,
        base,
        List.of(
            new FakeGitHub.FakeFile(
                "src/main/java/demo/Api.java", "modified", patch, before, after),
            new FakeGitHub.FakeFile(
                "src/main/java/demo/Other.java",
                "modified",
                "@@ -5 +5 @@\n-    return 1;\n+    return 2;",
                other,
                other.replace("return 1", "return 2"))));

    deliver("opened", 6, head, Instant.parse("2026-02-06T09:00:00Z"), "release-1");
    awaitReviewed(head);

    assertThat(github.reviewComments())
        .filteredOn(c -> c.number() == 6)
        .singleElement()
        .satisfies(
            comment ->
                assertThat(comment.body())
                    .contains("removes method `released()`")
                    .doesNotContain("fresh()"));
    assertThat(github.issueComments())
        .filteredOn(c -> c.number() == 6)
        .singleElement()
        .satisfies(
            summary ->
                assertThat(summary.body())
                    .contains("no release has had yet (newest release: `v1.0.0`)")
                    .contains("removes method `fresh()`"));
    assertThat(github.contentReads())
        .as("a file is read at the release only when a rule compares with it")
        .filteredOn(read -> read.contains("@" + Webhooks.sha("release-1.0") + ":"))
        .containsExactly(REPO + "@" + Webhooks.sha("release-1.0") + ":src/main/java/demo/Api.java");
  }

  private void deliver(String action, int number, String head, Instant updatedAt, String delivery) {
    byte[] body = Webhooks.pullRequest(action, REPO, number, head, updatedAt);
    web.post()
        .uri("/webhook")
        .contentType(MediaType.APPLICATION_JSON)
        .header("X-GitHub-Event", "pull_request")
        .header("X-GitHub-Delivery", delivery)
        .header("X-Hub-Signature-256", Webhooks.sign(body))
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
  }

  /**
   * Waits for the job of {@code head} to finish, not for its check run: the check run is completed
   * before the job is marked done, so asserting on the job after it would race.
   */
  private void awaitReviewed(String head) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                "DONE"
                    .equals(
                        jdbc.query(
                            "SELECT status FROM review_job WHERE head_sha = ?",
                            rs -> rs.next() ? rs.getString(1) : null,
                            head)));
    assertThat(checkRunsFor(head)).as("check runs of %s", head).isOne();
  }

  private static long checkRunsFor(String head) {
    return github.checkRuns().stream().filter(c -> c.headSha().equals(head)).count();
  }

  /** The methods the test rule commented on, one entry per comment. */
  private static List<String> flagged(int number) {
    return github.flaggedComments(REPO, number).stream()
        .map(c -> c.body().replaceAll("(?s).*method (flagged\\w+) is flagged.*", "$1"))
        .toList();
  }

  private static List<Integer> reviewsFor(String head) {
    return github.reviews().stream()
        .filter(r -> r.commitId().equals(head))
        .map(FakeGitHub.Review::comments)
        .toList();
  }
}
