package dev.reviewbot.action.internal;

import dev.reviewbot.action.ActionEnvironment;
import dev.reviewbot.action.ActionException;
import dev.reviewbot.github.GitHubApiClient;
import dev.reviewbot.github.GitHubPublisher;
import dev.reviewbot.github.PublishException;
import dev.reviewbot.github.PublishOptions;
import dev.reviewbot.github.PublishResult;
import dev.reviewbot.github.PullRequestRef;
import dev.reviewbot.plan.ReviewPlan;

/** Posts a review plan through the github module with the step's token and API URL. */
public final class Posting {
  private Posting() {}

  /**
   * @return what GitHub did; {@link PublishResult.Status#REFUSED} when the token may not write
   * @throws ActionException when GitHub cannot be used for another reason (after the publisher's
   *     retries)
   */
  public static PublishResult publish(ActionEnvironment env, ReviewPlan plan, PullRequestRef pr) {
    try {
      GitHubApiClient client = GitHubApiClient.connect(env.apiUrl(), env.requireToken());
      return new GitHubPublisher(client, PublishOptions.defaults()).publish(plan, pr);
    } catch (PublishException | IllegalArgumentException e) {
      throw new ActionException(e.getMessage(), e);
    }
  }

  /** {@code owner/name} and the event's pull request as the publisher's coordinates. */
  public static PullRequestRef pullRequest(String repository, int number, String headSha) {
    int slash = repository.indexOf('/');
    if (slash < 1) {
      throw new ActionException(
          "the repository must look like owner/name but is '" + repository + "'");
    }
    return new PullRequestRef(
        repository.substring(0, slash), repository.substring(slash + 1), number, headSha);
  }
}
