package dev.reviewbot.github;

import dev.reviewbot.registry.RuleLinks;
import java.util.Objects;
import java.util.Set;

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
 * @param withheldFingerprints findings never to comment on inline again on this pull request (e.g.
 *     marked not useful there before); they count as already commented on
 */
public record PublishOptions(
    String checkRunName,
    boolean requestChanges,
    boolean resolveThreads,
    String botLogin,
    RuleLinks ruleLinks,
    Set<String> withheldFingerprints) {
  public static final String DEFAULT_CHECK_RUN_NAME = "reviewbot";

  public PublishOptions {
    Objects.requireNonNull(ruleLinks, "ruleLinks");
    withheldFingerprints = Set.copyOf(withheldFingerprints);
    if (checkRunName != null && checkRunName.isBlank()) {
      throw new IllegalArgumentException("check run name is blank");
    }
  }

  public static PublishOptions defaults() {
    return new PublishOptions(
        DEFAULT_CHECK_RUN_NAME, false, true, null, RuleLinks.DEFAULT, Set.of());
  }

  public PublishOptions withCheckRunName(String name) {
    return new PublishOptions(
        name, requestChanges, resolveThreads, botLogin, ruleLinks, withheldFingerprints);
  }

  public PublishOptions withRequestChanges(boolean value) {
    return new PublishOptions(
        checkRunName, value, resolveThreads, botLogin, ruleLinks, withheldFingerprints);
  }

  public PublishOptions withResolveThreads(boolean value) {
    return new PublishOptions(
        checkRunName, requestChanges, value, botLogin, ruleLinks, withheldFingerprints);
  }

  public PublishOptions withBotLogin(String login) {
    return new PublishOptions(
        checkRunName, requestChanges, resolveThreads, login, ruleLinks, withheldFingerprints);
  }

  public PublishOptions withWithheldFingerprints(Set<String> fingerprints) {
    return new PublishOptions(
        checkRunName, requestChanges, resolveThreads, botLogin, ruleLinks, fingerprints);
  }

  public PublishOptions withRuleLinks(RuleLinks links) {
    return new PublishOptions(
        checkRunName, requestChanges, resolveThreads, botLogin, links, withheldFingerprints);
  }
}
