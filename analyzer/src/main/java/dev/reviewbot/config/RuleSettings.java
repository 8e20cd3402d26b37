package dev.reviewbot.config;

import dev.reviewbot.api.Severity;
import dev.reviewbot.api.TestCodePolicy;
import java.util.Map;

/**
 * Configuration of one rule; {@code null} fields mean "the rule's default".
 *
 * @param options option values already converted to the option's type, keyed by option name
 */
public record RuleSettings(Boolean enabled, Severity severity, TestCodePolicy tests, Map<String, Object> options) {
  public static final RuleSettings DEFAULT = new RuleSettings(null, null, null, Map.of());

  public RuleSettings {
    options = Map.copyOf(options);
  }
}
