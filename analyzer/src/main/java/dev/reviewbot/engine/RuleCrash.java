package dev.reviewbot.engine;

import dev.reviewbot.registry.RuleDescriptor;

/**
 * A rule that threw while checking a file. The run goes on; summaries show it; tests fail on it.
 *
 * @param path the file being checked, or {@code null} for a change rule
 * @param exception exception class name and message
 * @param stackTrace the full stack trace, for bug reports
 * @param origin where the rule came from ({@link RuleDescriptor#origin()}), so a crash in a plugin
 *     is reported against the plugin, not against reviewbot
 */
public record RuleCrash(
    String ruleId, String path, String exception, String stackTrace, String origin) {

  public RuleCrash {
    origin = origin == null ? RuleDescriptor.BUILT_IN : origin;
  }

  /** A crash of a built-in rule. */
  public RuleCrash(String ruleId, String path, String exception, String stackTrace) {
    this(ruleId, path, exception, stackTrace, RuleDescriptor.BUILT_IN);
  }

  /** The same crash attributed to a rule from {@code newOrigin}. */
  public RuleCrash withOrigin(String newOrigin) {
    return new RuleCrash(ruleId, path, exception, stackTrace, newOrigin);
  }

  /**
   * The rule as messages name it: its id, followed by where it came from unless it is built in,
   * e.g. {@code house-no-date (plugin house-rules.jar)}.
   */
  public String rule() {
    String label = RuleDescriptor.originLabel(origin);
    return label.isEmpty() ? ruleId : ruleId + " (" + label + ")";
  }

  @Override
  public String toString() {
    return "rule " + rule() + " crashed" + (path == null ? "" : " on " + path) + ": " + exception;
  }
}
