package dev.reviewbot.config;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.TestCodePolicy;
import java.util.Map;

/**
 * Configuration of one rule; {@code null} fields mean "the rule's default".
 *
 * @param channel moves every finding of the rule to this channel; {@code null} keeps the rule's own
 *     choice per finding
 * @param options option values already converted to the option's type, keyed by option name
 */
public record RuleSettings(
    Boolean enabled,
    Severity severity,
    TestCodePolicy tests,
    Channel channel,
    Map<String, Object> options) {
  public static final RuleSettings DEFAULT = new RuleSettings(null, null, null, null, Map.of());

  public RuleSettings {
    options = Map.copyOf(options);
  }

  /** Settings that keep the rule's channels. */
  public RuleSettings(
      Boolean enabled, Severity severity, TestCodePolicy tests, Map<String, Object> options) {
    this(enabled, severity, tests, null, options);
  }
}
