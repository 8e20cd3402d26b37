package dev.reviewbot.github.internal;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Severity;
import dev.reviewbot.review.FindingOrder;
import dev.reviewbot.review.ReviewPlan;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kohsuke.github.GHCheckRun;
import org.kohsuke.github.GHCheckRunBuilder;
import org.kohsuke.github.GHRepository;

/**
 * Completes the check run for the head commit: reuses one still queued or in progress under the
 * same name (e.g. started when the job was taken), else creates one. hub4j sends the annotations 50
 * per request, GitHub's limit; at most {@link #MAX_ANNOTATIONS} are sent, the most important first,
 * and the summary counts the rest, so a file with thousands of findings costs a few requests.
 */
public final class CheckRunPoster {
  /** Six requests' worth. */
  public static final int MAX_ANNOTATIONS = 300;

  private CheckRunPoster() {}

  /** @return the check run's id */
  public static long post(GHRepository repo, String name, String headSha, ReviewPlan plan, String summary, Instant now)
      throws IOException {
    GHCheckRunBuilder builder = openRun(repo, name, headSha)
        .map(run -> repo.updateCheckRun(run.getId()))
        .orElseGet(() -> repo.createCheckRun(name, headSha));
    List<Finding> annotated = annotated(plan);
    GHCheckRunBuilder.Output output = new GHCheckRunBuilder.Output(title(plan), summary + notAnnotated(annotated.size()));
    annotated.stream().limit(MAX_ANNOTATIONS).forEach(f -> output.add(annotation(f)));
    GHCheckRun run = builder
        .withStatus(GHCheckRun.Status.COMPLETED)
        .withConclusion(plan.fails() ? GHCheckRun.Conclusion.FAILURE : GHCheckRun.Conclusion.SUCCESS)
        .withCompletedAt(Date.from(now))
        .add(output)
        .create();
    return run.getId();
  }

  public static String conclusion(ReviewPlan plan) {
    return plan.fails() ? "failure" : "success";
  }

  private static Optional<GHCheckRun> openRun(GHRepository repo, String name, String headSha) throws IOException {
    // a completed run is left alone: GitHub appends annotations on update, so reusing it would repeat them
    for (GHCheckRun run : repo.getCheckRuns(headSha, Map.of("check_name", name))) {
      if (name.equals(run.getName()) && run.getStatus() != GHCheckRun.Status.COMPLETED) {
        return Optional.of(run);
      }
    }
    return Optional.empty();
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
    return "\n\n" + rest + (rest == 1 ? " more finding is" : " more findings are") + " not annotated: a check run gets the "
        + MAX_ANNOTATIONS + " most important.";
  }

  private static GHCheckRunBuilder.Annotation annotation(Finding finding) {
    int start = finding.lines() == null ? 1 : finding.lines().start();
    int end = finding.lines() == null ? 1 : finding.lines().end();
    GHCheckRunBuilder.Annotation annotation = new GHCheckRunBuilder.Annotation(finding.path(), start, end, level(finding.severity()),
        finding.message()).withTitle(finding.ruleId());
    return finding.suggestion() == null ? annotation : annotation.withRawDetails(finding.suggestion());
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
    return total + (total == 1 ? " finding" : " findings") + ": " + plan.count(Severity.ERROR) + " error(s), "
        + plan.count(Severity.WARNING) + " warning(s), " + plan.count(Severity.INFO) + " info";
  }
}
