package dev.reviewbot.action.internal;

import dev.reviewbot.pipeline.ReviewResult;
import dev.reviewbot.pipeline.ReviewSink;
import java.io.IOException;

/**
 * Annotations on the run for the most severe findings, when the review was not posted; the job
 * summary says how many GitHub's per-step limit left out.
 */
public record AnnotationSink(StepLog log, String toolVersion, JobSummary summary)
    implements ReviewSink {
  @Override
  public boolean deliver(ReviewResult result) throws IOException {
    Annotations annotations = Annotations.select(result.report(toolVersion));
    annotations.write(log.out());
    if (annotations.omitted() > 0) {
      summary.note(
          "Annotations: the "
              + Annotations.PER_TYPE
              + " most severe of each type (GitHub shows at most "
              + Annotations.PER_TYPE
              + " per type per step); "
              + annotations.omittedText()
              + " are listed only here.");
    }
    return true;
  }
}
