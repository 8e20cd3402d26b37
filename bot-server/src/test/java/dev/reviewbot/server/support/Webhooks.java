package dev.reviewbot.server.support;

import dev.reviewbot.server.webhook.SignatureVerifier;
import dev.reviewbot.testdata.TestData;
import dev.reviewbot.testgithub.FakeGitHub;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real webhook payloads of the test data ({@link TestData}), signed like GitHub signs them, and
 * variants of them (another head SHA, pull request number or repository) for queue scenarios.
 */
public final class Webhooks {
  public static final String SECRET = "It's a Secret to Everybody";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SignatureVerifier SIGNER = new SignatureVerifier(SECRET);

  private Webhooks() {}

  /**
   * The payload file under {@code github/webhooks}, e.g. {@code pull_request/opened.payload.json}.
   */
  public static byte[] payload(String relative) {
    return TestData.bytes("github/webhooks/" + relative);
  }

  public static String sign(byte[] body) {
    return SIGNER.sign(body);
  }

  /** A real pull_request payload with its head, number, repository and updated_at replaced. */
  public static byte[] pullRequest(
      String action, String repository, int number, String headSha, Instant updatedAt) {
    ObjectNode root =
        (ObjectNode) JSON.readTree(payload("pull_request/" + action + ".payload.json"));
    root.put("number", number);
    ObjectNode pr = (ObjectNode) root.get("pull_request");
    pr.put("number", number);
    pr.put("updated_at", updatedAt.toString());
    ((ObjectNode) pr.get("head")).put("sha", headSha);
    ObjectNode repo = (ObjectNode) root.get("repository");
    repo.put("full_name", repository);
    repo.put("name", repository.substring(repository.indexOf('/') + 1));
    ((ObjectNode) repo.get("owner")).put("login", repository.substring(0, repository.indexOf('/')));
    return JSON.writeValueAsBytes(root);
  }

  public static JsonNode tree(byte[] body) {
    return JSON.readTree(body);
  }

  public static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** A 40-hex SHA derived from a label, stable across runs. */
  public static String sha(String label) {
    return FakeGitHub.sha(label);
  }

  /**
   * A real {@code pull_request_review_thread} payload ({@code resolved} or {@code unresolved}) for
   * the thread that {@code root} opened, acted on by {@code sender}.
   */
  public static byte[] reviewThread(
      String action,
      String repository,
      int number,
      ObjectNode root,
      String sender,
      String senderType) {
    ObjectNode payload =
        (ObjectNode) resource("pull_request_review_thread." + action + ".payload.json");
    retarget(payload, repository, number);
    ObjectNode first = (ObjectNode) payload.get("thread").get("comments").get(0);
    first.put("id", root.get("id").longValue());
    first.put("body", root.get("body").stringValue());
    ((ObjectNode) first.get("user")).put("login", root.get("user").get("login").stringValue());
    ((ObjectNode) payload.get("sender")).put("login", sender).put("type", senderType);
    return JSON.writeValueAsBytes(payload);
  }

  /** A real {@code pull_request_review_comment} {@code created} payload for a reply. */
  public static byte[] reviewCommentReply(
      String repository, int number, long id, long inReplyTo, String login) {
    ObjectNode payload = (ObjectNode) resource("pull_request_review_comment.created.payload.json");
    retarget(payload, repository, number);
    ObjectNode comment = (ObjectNode) payload.get("comment");
    comment.put("id", id).put("in_reply_to_id", inReplyTo);
    ((ObjectNode) comment.get("user")).put("login", login);
    ((ObjectNode) payload.get("sender")).put("login", login);
    return JSON.writeValueAsBytes(payload);
  }

  private static void retarget(ObjectNode payload, String repository, int number) {
    ((ObjectNode) payload.get("pull_request")).put("number", number);
    ObjectNode repo = (ObjectNode) payload.get("repository");
    repo.put("full_name", repository);
    repo.put("name", repository.substring(repository.indexOf('/') + 1));
    ((ObjectNode) repo.get("owner")).put("login", repository.substring(0, repository.indexOf('/')));
  }

  /** A payload under {@code github/feedback} in this module's test resources (see its README). */
  private static JsonNode resource(String name) {
    try (var in = Webhooks.class.getResourceAsStream("/github/feedback/" + name)) {
      return JSON.readTree(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
