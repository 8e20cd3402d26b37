package dev.reviewbot.github;

import dev.reviewbot.plan.RuleLinks;
import java.util.Objects;

/**
 * How a review is posted.
 *
 * @param checkRunName name of the check run; {@code null} posts no check run
 * @param requestChanges post the review as {@code REQUEST_CHANGES} when an error-level finding
 *     exists
 * @param resolveThreads resolve the review thread of a fixed finding through GraphQL when the token
 *     may
 * @param botLogin the login the bot posts as (e.g. {@code github-actions[bot]}, {@code
 *     my-app[bot]}); only its comments count as earlier posts. {@code null}: ask GitHub ({@code GET
 *     /user}), and if the token cannot, trust markers in comments by any {@code [bot]} account
 * @param ruleLinks where rule ids link to
 */
public record PublishOptions(
    String checkRunName,
    boolean requestChanges,
    boolean resolveThreads,
    String botLogin,
    RuleLinks ruleLinks) {
  public static final String DEFAULT_CHECK_RUN_NAME = "reviewbot";

  public PublishOptions {
    Objects.requireNonNull(ruleLinks, "ruleLinks");
    if (checkRunName != null && checkRunName.isBlank()) {
      throw new IllegalArgumentException("check run name is blank");
    }
  }

  public static PublishOptions defaults() {
    return new PublishOptions(DEFAULT_CHECK_RUN_NAME, false, true, null, RuleLinks.DEFAULT);
  }

  public PublishOptions withCheckRunName(String name) {
    return new PublishOptions(name, requestChanges, resolveThreads, botLogin, ruleLinks);
  }

  public PublishOptions withRequestChanges(boolean value) {
    return new PublishOptions(checkRunName, value, resolveThreads, botLogin, ruleLinks);
  }

  public PublishOptions withResolveThreads(boolean value) {
    return new PublishOptions(checkRunName, requestChanges, value, botLogin, ruleLinks);
  }

  public PublishOptions withBotLogin(String login) {
    return new PublishOptions(checkRunName, requestChanges, resolveThreads, login, ruleLinks);
  }

  public PublishOptions withRuleLinks(RuleLinks links) {
    return new PublishOptions(checkRunName, requestChanges, resolveThreads, botLogin, links);
  }
}
