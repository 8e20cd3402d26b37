package dev.reviewbot.report;

import dev.reviewbot.engine.RuleDescriptor;
import java.util.Optional;

/** Where a rule's documentation lives. */
public final class RuleDocs {
  /** The project's home, used as SARIF {@code informationUri}. */
  public static final String HOME = "https://github.com/reviewbot/reviewbot";

  private RuleDocs() {}

  /** The rule's page in rule-docs, e.g. {@code .../rule-docs/rules/argument-count.md}. */
  public static String pageUri(String ruleId) {
    return HOME + "/blob/main/rule-docs/rules/" + ruleId + ".md";
  }

  /** The page of a built-in rule; plugin rules have none of ours. */
  public static Optional<String> pageUri(RuleDescriptor rule) {
    return "built-in".equals(rule.origin()) ? Optional.of(pageUri(rule.id())) : Optional.empty();
  }
}
