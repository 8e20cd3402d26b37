package dev.reviewbot.action.internal;

import dev.reviewbot.action.ActionException;
import dev.reviewbot.action.GitHubEvent;
import dev.reviewbot.github.PullRequestRef;
import dev.reviewbot.github.ReviewBundle;

/**
 * Phase B's checks on a review bundle before posting it. The bundle was made in a job the pull
 * request could change, so it must at least be for this repository and for the commit the finished
 * run was about; the publisher then posts only if that is still the pull request's head.
 */
public final class BundleCheck {
  private BundleCheck() {}

  /**
   * @throws ActionException naming what does not match; nothing is posted then
   */
  public static void requireMatches(
      ReviewBundle bundle, GitHubEvent.WorkflowRun run, String repository) {
    PullRequestRef pr = bundle.pullRequest();
    if (!pr.fullName().equalsIgnoreCase(repository)) {
      throw refused(
          "it is for "
              + pr.fullName()
              + "#"
              + pr.number()
              + ", not for this repository, "
              + repository);
    }
    if (!pr.headSha().equals(run.headSha())) {
      throw refused(
          "it is for commit "
              + pr.headSha()
              + ", but the "
              + run.triggeringEvent()
              + " run "
              + run.runId()
              + " it came from ran on "
              + run.headSha());
    }
    boolean listed = run.pullRequests().stream().anyMatch(linked -> linked.number() == pr.number());
    // GitHub lists no pull requests for runs on forks; the head commit check above and the
    // publisher's
    // check of the pull request's current head are what bind the bundle then
    if (!run.pullRequests().isEmpty() && !listed) {
      throw refused(
          "it is for pull request #"
              + pr.number()
              + ", but run "
              + run.runId()
              + " was for "
              + run.pullRequests().stream().map(p -> "#" + p.number()).toList());
    }
  }

  private static ActionException refused(String why) {
    return new ActionException(
        "refusing to post the review bundle: "
            + why
            + ". Publish only the bundle of the workflow_run that triggered this run (download it with its run-id).");
  }
}
