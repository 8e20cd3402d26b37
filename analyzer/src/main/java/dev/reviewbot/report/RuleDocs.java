package dev.reviewbot.report;

import dev.reviewbot.plan.RuleLinks;
import dev.reviewbot.registry.RuleDescriptor;
import java.util.Optional;

/**
 * Where a rule's documentation lives: the pages of {@link RuleLinks#DEFAULT}, one base URL for
 * every report.
 */
public final class RuleDocs {
  /** The project's home, used as SARIF {@code informationUri}. */
  public static final String HOME = "https://github.com/reviewbot/reviewbot";

  private RuleDocs() {}

  /** The rule's page, e.g. {@code .../rule-docs/rules/argument-count.md}. */
  public static String pageUri(String ruleId) {
    return RuleLinks.DEFAULT.url(ruleId);
  }

  /** The page of a built-in rule; plugin rules have none of ours. */
  public static Optional<String> pageUri(RuleDescriptor rule) {
    return RuleLinks.DEFAULT.page(rule);
  }
}
