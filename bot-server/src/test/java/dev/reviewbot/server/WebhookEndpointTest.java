package dev.reviewbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.server.support.Webhooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * POST /webhook with the real GitHub payloads, on the embedded H2 queue, with no workers so the
 * stored jobs stay where the intake put them.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "reviewbot.webhook.secret=" + Webhooks.SECRET,
      "reviewbot.webhook.max-payload-size=64KB",
      "reviewbot.github.token=test-token",
      "reviewbot.github.api-url=http://127.0.0.1:9/unused",
      "reviewbot.queue.workers=0"
    })
@AutoConfigureWebTestClient
class WebhookEndpointTest {
  private static final String OPENED = "pull_request/opened.payload.json";
  private static final String HEAD = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";

  @Autowired WebTestClient web;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("reviewbot-webhook-test");
    registry.add("reviewbot.data-dir", dir::toString);
  }

  @BeforeEach
  void emptyQueue() {
    jdbc.update("DELETE FROM review_job");
    jdbc.update("DELETE FROM webhook_delivery");
    jdbc.update("DELETE FROM app_installation_repository");
    jdbc.update("DELETE FROM app_installation");
  }

  @Test
  void queuesReviewAndAnswers202WhenSignatureIsGood() {
    byte[] body = Webhooks.payload(OPENED);

    post("pull_request", "d-1", body, Webhooks.sign(body)).expectStatus().isAccepted();

    Map<String, Object> job = jdbc.queryForMap("SELECT * FROM review_job");
    assertThat(job)
        .containsEntry("REPOSITORY", "Codertocat/Hello-World")
        .containsEntry("PR_NUMBER", 2)
        .containsEntry("HEAD_SHA", HEAD)
        .containsEntry("STATUS", "QUEUED")
        .containsEntry("INSTALLATION_ID", 1L)
        .containsEntry("BASE_REF", "master")
        .containsEntry("DELIVERY_ID", "d-1");
    assertThat(
            jdbc.queryForObject(
                "SELECT outcome FROM webhook_delivery WHERE delivery_id = 'd-1'", String.class))
        .isEqualTo("QUEUED");
  }

  static Stream<Arguments> badSignatures() {
    byte[] body = Webhooks.payload(OPENED);
    byte[] tampered = body.clone();
    tampered[tampered.length / 2] ^= 1;
    String good = Webhooks.sign(body);
    return Stream.of(
        Arguments.of("missing", null),
        Arguments.of("empty", ""),
        Arguments.of("sha1 scheme", "sha1=" + good.substring(7, 47)),
        Arguments.of("not hex", "sha256=" + "z".repeat(64)),
        Arguments.of("truncated", good.substring(0, good.length() - 2)),
        Arguments.of(
            "other secret", new dev.reviewbot.server.webhook.SignatureVerifier("wrong").sign(body)),
        Arguments.of("signature of other bytes", Webhooks.sign(tampered)),
        Arguments.of("upper-case prefix", "SHA256=" + good.substring(7)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSignatures")
  void refusesWith401AndStoresNothingWhenSignatureIsBad(String label, String signature) {
    post("pull_request", "bad-" + label, Webhooks.payload(OPENED), signature)
        .expectStatus()
        .isUnauthorized();

    assertThat(count("review_job")).isZero();
    assertThat(count("webhook_delivery")).isZero();
  }

  @Test
  void refusesUnsignedGarbageBeforeParsingIt() {
    byte[] garbage = "{not json".getBytes();
    post("pull_request", "g-1", garbage, null).expectStatus().isUnauthorized();
    post("pull_request", "g-2", garbage, Webhooks.sign(garbage))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.message")
        .value(m -> assertThat((String) m).contains("not valid JSON"));
    assertThat(count("webhook_delivery")).isZero();
  }

  @Test
  void refusesWith413AndStoresNothingWhenBodyExceedsTheCap() {
    byte[] huge = new byte[65 * 1024 + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    post("pull_request", "big-1", huge, Webhooks.sign(huge)).expectStatus().isEqualTo(413);
    assertThat(count("webhook_delivery")).isZero();
  }

  @Test
  void redeliveryStoresNothingNew() {
    byte[] body = Webhooks.payload(OPENED);
    post("pull_request", "d-same", body, Webhooks.sign(body)).expectStatus().isAccepted();
    jdbc.update("UPDATE review_job SET status = 'DONE', reviewed_sha = head_sha");

    post("pull_request", "d-same", body, Webhooks.sign(body))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.message")
        .isEqualTo("delivery already received");

    assertThat(count("webhook_delivery")).isOne();
    assertThat(jdbc.queryForObject("SELECT status FROM review_job", String.class))
        .isEqualTo("DONE");
  }

  @Test
  void synchronizeSupersedesTheStillQueuedOpened() {
    Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
    byte[] opened = Webhooks.pullRequest("opened", "octo/app", 7, Webhooks.sha("a"), t0);
    byte[] pushed =
        Webhooks.pullRequest("synchronize", "octo/app", 7, Webhooks.sha("b"), t0.plusSeconds(30));

    post("pull_request", "d-open", opened, Webhooks.sign(opened)).expectStatus().isAccepted();
    post("pull_request", "d-sync", pushed, Webhooks.sign(pushed))
        .expectStatus()
        .isAccepted()
        .expectBody()
        .jsonPath("$.message")
        .value(m -> assertThat((String) m).contains("replaces"));

    assertThat(
            jdbc.queryForList(
                "SELECT head_sha FROM review_job WHERE repository = 'octo/app'", String.class))
        .containsExactly(Webhooks.sha("b"));
    assertThat(
            jdbc.queryForObject(
                "SELECT outcome FROM webhook_delivery WHERE delivery_id = 'd-sync'", String.class))
        .isEqualTo("SUPERSEDED_OLDER");
  }

  @Test
  void olderEventArrivingLateDoesNotReplaceNewerHead() {
    Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
    byte[] newer =
        Webhooks.pullRequest("synchronize", "octo/app", 8, Webhooks.sha("new"), t0.plusSeconds(60));
    byte[] older = Webhooks.pullRequest("opened", "octo/app", 8, Webhooks.sha("old"), t0);

    post("pull_request", "d-new", newer, Webhooks.sign(newer)).expectStatus().isAccepted();
    post("pull_request", "d-old", older, Webhooks.sign(older)).expectStatus().isAccepted();

    assertThat(
            jdbc.queryForObject(
                "SELECT head_sha FROM review_job WHERE pr_number = 8", String.class))
        .isEqualTo(Webhooks.sha("new"));
    assertThat(
            jdbc.queryForObject(
                "SELECT outcome FROM webhook_delivery WHERE delivery_id = 'd-old'", String.class))
        .isEqualTo("STALE");
  }

  static Stream<Arguments> eventsThatQueueNothing() {
    return Stream.of(
        Arguments.of("ping", "ping/payload.json", 200),
        Arguments.of("pull_request", "pull_request/closed.payload.json", 204),
        Arguments.of(
            "pull_request", "pull_request/converted_to_draft.with-installation.payload.json", 204),
        Arguments.of("issue_comment", "issue_comment/created.payload.json", 204),
        Arguments.of("check_suite", "check_suite/requested.payload.json", 204),
        Arguments.of("workflow_run", "workflow_run/completed.payload.json", 204));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("eventsThatQueueNothing")
  void answersWithoutQueueingForEventsThatNeedNoReview(String event, String file, int status) {
    byte[] body = Webhooks.payload(file);
    post(event, "n-" + file, body, Webhooks.sign(body)).expectStatus().isEqualTo(status);
    assertThat(count("review_job")).isZero();
  }

  @Test
  void skipsDraftPullRequests() {
    byte[] draft =
        Webhooks.pullRequest("opened", "octo/app", 9, Webhooks.sha("draft"), Instant.now());
    tools.jackson.databind.node.ObjectNode root =
        (tools.jackson.databind.node.ObjectNode) Webhooks.tree(draft);
    ((tools.jackson.databind.node.ObjectNode) root.get("pull_request")).put("draft", true);
    byte[] body = root.toString().getBytes();

    post("pull_request", "draft-1", body, Webhooks.sign(body)).expectStatus().isNoContent();
    assertThat(count("review_job")).isZero();
  }

  @Test
  void readyForReviewAndReopenedQueueAReview() {
    for (String action : new String[] {"ready_for_review", "reopened"}) {
      byte[] body = Webhooks.payload("pull_request/" + action + ".payload.json");
      post("pull_request", "r-" + action, body, Webhooks.sign(body)).expectStatus().isAccepted();
    }
    assertThat(count("review_job")).isOne();
    assertThat(count("webhook_delivery")).isEqualTo(2);
  }

  @Test
  void keepsInstallationBookkeeping() {
    byte[] created = Webhooks.payload("installation/created.payload.json");
    byte[] added = Webhooks.payload("installation_repositories/added.payload.json");
    post("installation", "i-1", created, Webhooks.sign(created)).expectStatus().isOk();
    post("installation_repositories", "i-2", added, Webhooks.sign(added)).expectStatus().isOk();
    post("installation_repositories", "i-2", added, Webhooks.sign(added))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.message")
        .isEqualTo("delivery already received");

    assertThat(
            jdbc.queryForMap(
                "SELECT account_login, status FROM app_installation WHERE installation_id = 957387"))
        .containsEntry("ACCOUNT_LOGIN", "Codertocat")
        .containsEntry("STATUS", "ACTIVE");
    assertThat(
            jdbc.queryForList(
                "SELECT repository FROM app_installation_repository ORDER BY repository",
                String.class))
        .containsExactly("Codertocat/Hello-World", "Codertocat/Space");

    byte[] deleted = Webhooks.payload("installation/deleted.payload.json");
    post("installation", "i-3", deleted, Webhooks.sign(deleted)).expectStatus().isOk();
    assertThat(
            jdbc.queryForObject(
                "SELECT status FROM app_installation WHERE installation_id = 2", String.class))
        .isEqualTo("DELETED");
  }

  @Test
  void refusesDeliveryWithoutDeliveryId() {
    byte[] body = Webhooks.payload(OPENED);
    post("pull_request", null, body, Webhooks.sign(body)).expectStatus().isBadRequest();
    assertThat(count("webhook_delivery")).isZero();
  }

  private WebTestClient.ResponseSpec post(
      String event, String delivery, byte[] body, String signature) {
    WebTestClient.RequestBodySpec request =
        web.post()
            .uri("/webhook")
            .contentType(MediaType.APPLICATION_JSON)
            .header("X-GitHub-Event", event);
    if (delivery != null) {
      request = request.header("X-GitHub-Delivery", delivery);
    }
    if (signature != null) {
      request = request.header("X-Hub-Signature-256", signature);
    }
    return request.bodyValue(body).exchange();
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }
}
