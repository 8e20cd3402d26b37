package dev.reviewbot.action.internal;

import dev.reviewbot.action.ActionException;
import dev.reviewbot.github.PullRequestRef;
import dev.reviewbot.github.ReviewBundle;
import dev.reviewbot.github.ReviewBundleException;
import dev.reviewbot.markdown.MarkdownText;
import dev.reviewbot.pipeline.ReviewResult;
import dev.reviewbot.pipeline.ReviewSink;
import dev.reviewbot.plan.ReviewPolicy;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The review as a bundle file for the publishing workflow (phase B of the fork-safe setup), when
 * the event names a pull request; nothing otherwise.
 */
public final class BundleFile implements ReviewSink {
  private final Optional<PullRequestRef> target;
  private final Path file;
  private final ReviewPolicy policy;
  private final JobSummary summary;
  private Path written;

  public BundleFile(
      Optional<PullRequestRef> target, Path file, ReviewPolicy policy, JobSummary summary) {
    this.target = target;
    this.file = file;
    this.policy = policy;
    this.summary = summary;
  }

  @Override
  public boolean deliver(ReviewResult result) {
    if (target.isEmpty()) {
      return true;
    }
    try {
      ReviewBundle.of(target.get(), result.plan(policy)).write(file);
    } catch (ReviewBundleException e) {
      throw new ActionException(e.getMessage(), e);
    }
    summary.note(
        "Review bundle for the publishing workflow (phase B): "
            + MarkdownText.code(file.toString())
            + ".");
    written = file;
    return true;
  }

  /** The file written; empty when none was. */
  public Optional<Path> written() {
    return Optional.ofNullable(written);
  }
}
