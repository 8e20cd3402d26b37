package dev.reviewbot.github;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewbot.api.Edit;
import dev.reviewbot.markdown.MarkdownText;
import dev.reviewbot.plan.ReviewPlan;
import dev.reviewbot.plan.SummarySection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A review made in one job and posted in another: the plan, the pull request and its head SHA, as
 * JSON. This is how the fork-safe workflow crosses from the read-only analysis job (phase A) to the
 * posting job with a write token (phase B), which never runs pull-request code.
 *
 * <p>Phase A runs under a workflow the pull request can change, so a bundle is untrusted input:
 * reading one checks its shape strictly, and its extra summary sections lose HTML, images and
 * mentions.
 *
 * @param version format version, {@link #VERSION}
 */
public record ReviewBundle(int version, PullRequestRef pullRequest, ReviewPlan plan) {
  /**
   * 2: rule crashes name the rule's origin (a plugin jar). 3: findings carry fixes, and inline
   * candidates how their fix shows.
   */
  public static final int VERSION = 3;

  /** A bundle is a few megabytes at most; refuse to read anything far larger. */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          // plain data only: record fields, never derived getters such as isMultiLine()
          .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
          .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
          .setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .addMixIn(Edit.class, EditKinds.class);

  /** A fix's edits are of several kinds: each says which in {@code kind}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Edit.Replace.class, name = "replace"),
    @JsonSubTypes.Type(value = Edit.AddImport.class, name = "addImport")
  })
  private interface EditKinds {}

  public ReviewBundle {
    Objects.requireNonNull(pullRequest, "pullRequest");
    Objects.requireNonNull(plan, "plan");
    if (plan.headSha() != null && !plan.headSha().equals(pullRequest.headSha())) {
      throw new IllegalArgumentException(
          "the plan is for "
              + plan.headSha()
              + " but the pull request head is "
              + pullRequest.headSha());
    }
  }

  public static ReviewBundle of(PullRequestRef pullRequest, ReviewPlan plan) {
    return new ReviewBundle(VERSION, pullRequest, plan);
  }

  public void write(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      JSON.writeValue(file.toFile(), this);
    } catch (IOException e) {
      throw new ReviewBundleException(
          "cannot write the review bundle " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * @throws ReviewBundleException naming the file, and the line and field where it went wrong
   */
  public static ReviewBundle read(Path file) {
    try {
      requireReadableSize(file);
      JsonNode tree = JSON.readTree(file.toFile());
      requireVersion(file, tree);
      ReviewBundle bundle = JSON.treeToValue(tree, ReviewBundle.class);
      return new ReviewBundle(
          bundle.version,
          bundle.pullRequest,
          bundle.plan.withSections(
              bundle.plan.sections().stream()
                  .map(s -> new SummarySection(s.title(), MarkdownText.neutralize(s.markdown())))
                  .collect(Collectors.toList())));
    } catch (ReviewBundleException e) {
      throw e;
    } catch (JsonMappingException e) {
      throw new ReviewBundleException(
          "review bundle " + file + " is invalid at " + where(e) + ": " + problem(e), e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ReviewBundleException(
          "review bundle "
              + file
              + " is not valid JSON"
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new ReviewBundleException(
          "cannot read the review bundle " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ReviewBundleException(
          "review bundle " + file + " is inconsistent: " + e.getMessage(), e);
    }
  }

  private static void requireReadableSize(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ReviewBundleException(
          "review bundle " + file + " does not exist or is not a file", null);
    }
    if (Files.size(file) > MAX_BYTES) {
      throw new ReviewBundleException(
          "review bundle "
              + file
              + " is "
              + Files.size(file)
              + " bytes, more than the "
              + MAX_BYTES
              + " a bundle can be",
          null);
    }
  }

  private static void requireVersion(Path file, JsonNode tree) {
    if (tree == null || !tree.isObject()) {
      throw new ReviewBundleException(
          file + " is not a reviewbot review bundle: expected a JSON object", null);
    }
    JsonNode version = tree.get("version");
    if (version == null) {
      throw new ReviewBundleException(
          file + " is not a reviewbot review bundle: it has no 'version' field", null);
    }
    if (!version.isInt() || version.asInt() != VERSION) {
      throw new ReviewBundleException(
          "review bundle "
              + file
              + " has version "
              + version
              + "; this reviewbot reads version "
              + VERSION
              + " (make and post bundles with the same reviewbot release)",
          null);
    }
  }

  /** The bundle as JSON text, e.g. for logs or tests. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new ReviewBundleException(
          "cannot write the review bundle as JSON: " + e.getMessage(), e);
    }
  }

  static ObjectNode tree(ReviewBundle bundle) {
    return JSON.valueToTree(bundle);
  }

  private static String where(JsonMappingException e) {
    String path =
        e.getPath().stream()
            .map(
                ref ->
                    ref.getFieldName() != null
                        ? "." + ref.getFieldName()
                        : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining());
    return path.isEmpty() ? "the top level" : path.substring(path.startsWith(".") ? 1 : 0);
  }

  private static String problem(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown field '" + unknown.getPropertyName() + "'";
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root instanceof JsonMappingException mapping
            ? mapping.getOriginalMessage()
            : root.getMessage();
    if (root instanceof NullPointerException && message != null && !message.contains(" ")) {
      return "'" + message + "' is missing";
    }
    return message == null
        ? root.getClass().getSimpleName()
        : message.lines().findFirst().orElse(message);
  }
}
