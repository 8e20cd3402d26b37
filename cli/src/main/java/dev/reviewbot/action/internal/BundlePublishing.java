package dev.reviewbot.action.internal;

import dev.reviewbot.action.ActionEnvironment;
import dev.reviewbot.action.ActionException;
import dev.reviewbot.action.ActionResult;
import dev.reviewbot.action.GitHubEvent;
import dev.reviewbot.github.PublishResult;
import dev.reviewbot.github.ReviewBundle;
import dev.reviewbot.github.ReviewBundleException;
import dev.reviewbot.markdown.MarkdownText;
import dev.reviewbot.plan.ReviewPlan;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Mode publish, phase B of the fork-safe setup: posts a bundle made by an analyze run, after
 * checking it belongs to the run that triggered this one.
 */
public record BundlePublishing(ActionEnvironment env, StepLog log) {

  /**
   * @param file the bundle the analyze run uploaded, resolved; {@code null} when the input is unset
   * @throws ActionException when the event, the bundle or GitHub's answer does not allow posting
   */
  public void publish(GitHubEvent event, Path file) throws IOException {
    if (!(event instanceof GitHubEvent.WorkflowRun run)) {
      throw new ActionException(
          "mode publish runs on workflow_run (phase B of the fork-safe setup), not on "
              + event.name()
              + "; on pull requests use mode review or analyze");
    }
    if (file == null) {
      throw new ActionException(
          "mode publish needs the bundle input: the review-bundle.json the analyze run uploaded");
    }
    ReviewBundle bundle = read(file);
    BundleCheck.requireMatches(bundle, run, env.requireRepository());
    PublishResult posted = Posting.publish(env, bundle.plan(), bundle.pullRequest());
    if (posted.isRefused()) {
      throw new ActionException(
          posted.message()
              + " The publishing job needs 'permissions: pull-requests: write' "
              + "(and checks: write for the check run).");
    }
    posted.warnings().forEach(log::warning);
    log.info(posted.message());
    ReviewPlan plan = bundle.plan();
    boolean published = posted.status() == PublishResult.Status.PUBLISHED;
    JobSummary.appendText(
        env.stepSummary(),
        "### reviewbot\n\n"
            + (published
                ? "Posted the review of "
                    + MarkdownText.code(bundle.pullRequest().toString())
                    + ": "
                    + plan.findingCount()
                    + " finding(s), "
                    + posted.inlinePosted()
                    + " new inline comment(s)."
                : "Not posted: " + MarkdownText.code(posted.message()))
            + "\n");
    ActionOutputs.published(
            plan, file, published ? ActionResult.PUBLISHED : ActionResult.SUPERSEDED)
        .appendTo(env.output());
  }

  private static ReviewBundle read(Path file) {
    try {
      return ReviewBundle.read(file);
    } catch (ReviewBundleException e) {
      throw new ActionException(e.getMessage(), e);
    }
  }
}
