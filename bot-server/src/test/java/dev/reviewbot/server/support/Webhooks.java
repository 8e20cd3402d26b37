package dev.reviewbot.server.support;

import dev.reviewbot.server.webhook.SignatureVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real webhook payloads in {@code shared/github/webhooks}, signed like GitHub signs them, and
 * variants of them (another head SHA, pull request number or repository) for queue scenarios.
 */
public final class Webhooks {
  public static final String SECRET = "It's a Secret to Everybody";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SignatureVerifier SIGNER = new SignatureVerifier(SECRET);

  private Webhooks() {}

  /**
   * The shared test data: {@code reviewbot.shared} (set by the parent pom), else the first
   * {@code shared} folder found walking up from the working directory (a worktree nests deeper).
   */
  public static Path shared() {
    String property = System.getProperty("reviewbot.shared");
    if (property != null && Files.isDirectory(Path.of(property).resolve("github/webhooks"))) {
      return Path.of(property);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("shared/github/webhooks"))) {
        return dir.resolve("shared");
      }
    }
    throw new IllegalStateException("shared test data not found (system property reviewbot.shared=" + property + ")");
  }

  /** The payload file under {@code github/webhooks}, e.g. {@code pull_request/opened.payload.json}. */
  public static byte[] payload(String relative) {
    try {
      return Files.readAllBytes(shared().resolve("github/webhooks").resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String sign(byte[] body) {
    return SIGNER.sign(body);
  }

  /** A real pull_request payload with its head, number, repository and updated_at replaced. */
  public static byte[] pullRequest(String action, String repository, int number, String headSha, Instant updatedAt) {
    ObjectNode root = (ObjectNode) JSON.readTree(payload("pull_request/" + action + ".payload.json"));
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
    StringBuilder hex = new StringBuilder();
    int seed = label.hashCode();
    while (hex.length() < 40) {
      seed = seed * 1103515245 + 12345;
      hex.append(String.format("%08x", seed));
    }
    return hex.substring(0, 40);
  }
}
