package dev.reviewbot.action.internal;

import dev.reviewbot.action.ActionResult;
import dev.reviewbot.api.Severity;
import dev.reviewbot.pipeline.ReviewResult;
import dev.reviewbot.plan.ReviewPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The step's outputs, as {@code action.yml} documents them.
 *
 * @param patchCoverage percent of coverable added lines covered, or {@code n/a}
 * @param bundle the review bundle written or read; empty when none
 * @param sarif the SARIF file written; empty when none
 */
public record ActionOutputs(
    long errors,
    long warnings,
    long infos,
    long findings,
    String patchCoverage,
    Optional<Path> bundle,
    Optional<Path> sarif,
    ActionResult result) {

  /** After a push that deleted its branch. */
  public static ActionOutputs nothingToReview() {
    return new ActionOutputs(
        0, 0, 0, 0, "n/a", Optional.empty(), Optional.empty(), ActionResult.NOTHING_TO_REVIEW);
  }

  /** After a review in this run. */
  public static ActionOutputs of(
      ReviewResult review, ActionResult result, Optional<Path> bundle, Path sarif) {
    return new ActionOutputs(
        review.count(Severity.ERROR),
        review.count(Severity.WARNING),
        review.count(Severity.INFO),
        review.outcome().shown().size(),
        CoverageInputs.output(review.coverage()),
        bundle,
        Optional.of(sarif),
        result);
  }

  /** After posting a bundle an earlier run made. */
  public static ActionOutputs published(ReviewPlan plan, Path bundle, ActionResult result) {
    return new ActionOutputs(
        plan.count(Severity.ERROR),
        plan.count(Severity.WARNING),
        plan.count(Severity.INFO),
        plan.findingCount(),
        "n/a",
        Optional.of(bundle),
        Optional.empty(),
        result);
  }

  /** Appends the outputs to {@code file}; does nothing when there is no file (not on a runner). */
  public void appendTo(Path file) throws IOException {
    new StepOutputs()
        .put("errors", errors)
        .put("warnings", warnings)
        .put("infos", infos)
        .put("findings", findings)
        .put("patch-coverage", patchCoverage)
        .put("bundle", bundle.map(Path::toString).orElse(""))
        .put("sarif", sarif.map(Path::toString).orElse(""))
        .put("result", result.output())
        .appendTo(file);
  }
}
