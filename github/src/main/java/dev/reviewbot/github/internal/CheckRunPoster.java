package dev.reviewbot.github.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.plan.FindingOrder;
import dev.reviewbot.plan.ReviewPlan;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kohsuke.github.GHCheckRun;
import org.kohsuke.github.GHCheckRunBuilder;
import org.kohsuke.github.GHRepository;

/**
 * Completes the check run for the head commit: one per head and name. An existing run under the
 * name is reused, queued, in progress or completed (publishing the same bundle twice updates it),
 * else one is created. GitHub appends annotations on every update and offers no way to remove them,
 * so a reused run gets only the annotations it does not show yet. hub4j sends the annotations 50
 * per request, GitHub's limit; at most {@link #MAX_ANNOTATIONS} are annotated, the most important
 * first, and the summary counts the rest, so a file with thousands of findings costs a few
 * requests.
 */
public final class CheckRunPoster {
  /** Six requests' worth. */
  public static final int MAX_ANNOTATIONS = 300;

  private CheckRunPoster() {}

  /**
   * @return the check run's id
   */
  public static long post(
      GHRepository repo,
      RestCalls rest,
      String name,
      String headSha,
      ReviewPlan plan,
      String summary,
      Instant now)
      throws IOException {
    Optional<GHCheckRun> existing = existingRun(repo, name, headSha);
    Set<String> shown =
        existing.isPresent() ? shownAnnotations(rest, repo, existing.get().getId()) : Set.of();
    GHCheckRunBuilder builder =
        existing
            .map(run -> repo.updateCheckRun(run.getId()))
            .orElseGet(() -> repo.createCheckRun(name, headSha));
    List<Finding> annotated = annotated(plan);
    GHCheckRunBuilder.Output output =
        new GHCheckRunBuilder.Output(title(plan), summary + notAnnotated(annotated.size()));
    annotated.stream()
        .limit(MAX_ANNOTATIONS)
        .filter(f -> !shown.contains(key(f)))
        .forEach(f -> output.add(annotation(f)));
    GHCheckRun run =
        builder
            .withStatus(GHCheckRun.Status.COMPLETED)
            .withConclusion(
                plan.fails() ? GHCheckRun.Conclusion.FAILURE : GHCheckRun.Conclusion.SUCCESS)
            .withCompletedAt(Date.from(now))
            .add(output)
            .create();
    return run.getId();
  }

  public static String conclusion(ReviewPlan plan) {
    return plan.fails() ? "failure" : "success";
  }

  private static Optional<GHCheckRun> existingRun(GHRepository repo, String name, String headSha)
      throws IOException {
    // GitHub lists the newest first; an older duplicate from before runs were reused stays as it is
    for (GHCheckRun run : repo.getCheckRuns(headSha, Map.of("check_name", name))) {
      if (name.equals(run.getName())) {
        return Optional.of(run);
      }
    }
    return Optional.empty();
  }

  /** Keys of the annotations the run already shows; hub4j cannot list them, so plain REST. */
  private static Set<String> shownAnnotations(RestCalls rest, GHRepository repo, long runId)
      throws IOException {
    Set<String> keys = new HashSet<>();
    for (JsonNode annotation :
        rest.getAll("/repos/" + repo.getFullName() + "/check-runs/" + runId + "/annotations")) {
      keys.add(
          key(
              annotation.path("path").asText(),
              annotation.path("start_line").asInt(),
              annotation.path("end_line").asInt(),
              annotation.path("title").asText(""),
              annotation.path("message").asText()));
    }
    return keys;
  }

  private static String key(Finding finding) {
    int start = finding.lines() == null ? 1 : finding.lines().start();
    int end = finding.lines() == null ? 1 : finding.lines().end();
    return key(finding.path(), start, end, finding.ruleId(), finding.message());
  }

  private static String key(String path, int start, int end, String title, String message) {
    return path + "\u0000" + start + "\u0000" + end + "\u0000" + title + "\u0000" + message;
  }

  private static List<Finding> annotated(ReviewPlan plan) {
    // annotations show on the diff, like inline comments: summary findings stay in the summary
    return plan.findings().stream().filter(Finding::isInline).sorted(FindingOrder.RANK).toList();
  }

  private static String notAnnotated(int annotatable) {
    int rest = annotatable - MAX_ANNOTATIONS;
    if (rest <= 0) {
      return "";
    }
    return "\n\n"
        + rest
        + (rest == 1 ? " more finding is" : " more findings are")
        + " not annotated: a check run gets the "
        + MAX_ANNOTATIONS
        + " most important.";
  }

  private static GHCheckRunBuilder.Annotation annotation(Finding finding) {
    int start = finding.lines() == null ? 1 : finding.lines().start();
    int end = finding.lines() == null ? 1 : finding.lines().end();
    GHCheckRunBuilder.Annotation annotation =
        new GHCheckRunBuilder.Annotation(
                finding.path(), start, end, level(finding.severity()), finding.message())
            .withTitle(finding.ruleId());
    return finding.suggestion() == null
        ? annotation
        : annotation.withRawDetails(finding.suggestion());
  }

  private static GHCheckRun.AnnotationLevel level(Severity severity) {
    return switch (severity) {
      case ERROR -> GHCheckRun.AnnotationLevel.FAILURE;
      case WARNING -> GHCheckRun.AnnotationLevel.WARNING;
      case INFO -> GHCheckRun.AnnotationLevel.NOTICE;
    };
  }

  private static String title(ReviewPlan plan) {
    int total = plan.findingCount();
    if (total == 0) {
      return "No findings";
    }
    return total
        + (total == 1 ? " finding" : " findings")
        + ": "
        + plan.count(Severity.ERROR)
        + " error(s), "
        + plan.count(Severity.WARNING)
        + " warning(s), "
        + plan.count(Severity.INFO)
        + " info";
  }
}
