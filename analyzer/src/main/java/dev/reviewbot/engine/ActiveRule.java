package dev.reviewbot.engine;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.config.RuleSettings;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleRegistry;
import java.util.List;
import java.util.Map;

/**
 * A rule as one run uses it: its descriptor with severity, test-code policy and option values
 * resolved from the configuration.
 */
public record ActiveRule(
    RuleDescriptor descriptor,
    Severity severity,
    TestCodePolicy testCode,
    Channel channel,
    Map<String, Object> options) {

  public ActiveRule {
    options = Map.copyOf(options);
  }

  /**
   * The enabled rules of {@code registry} and of the rules {@code config} adds (its plugins and
   * declared rules), in id order.
   *
   * @throws IllegalArgumentException naming both origins when a rule the configuration adds has the
   *     id of another rule
   */
  public static List<ActiveRule> resolve(RuleRegistry registry, ReviewConfig config) {
    return registry.plus(config.addedRules()).all().stream()
        .filter(rule -> !Boolean.FALSE.equals(config.rule(rule.id()).enabled()))
        .map(rule -> resolve(rule, config.rule(rule.id())))
        .toList();
  }

  public static ActiveRule resolve(RuleDescriptor rule, RuleSettings settings) {
    Severity severity = settings.severity() != null ? settings.severity() : rule.info().severity();
    TestCodePolicy tests = settings.tests() != null ? settings.tests() : rule.info().testCode();
    return new ActiveRule(rule, severity, tests, settings.channel(), settings.options());
  }

  public String id() {
    return descriptor.id();
  }

  /** The configured value, or the option's default. */
  @SuppressWarnings("unchecked")
  public <T> T option(Option<T> option) {
    Object value = options.get(option.name());
    return value == null ? option.defaultValue() : (T) value;
  }

  /**
   * Where a finding goes: the configuration's channel for the rule if it names one, else the
   * summary for test code under {@link TestCodePolicy#SUMMARY}, else what the report asked for,
   * else the rule's default.
   *
   * @param reported the report's channel, {@code null} for the rule's default
   */
  public Channel channelFor(boolean testCode, Channel reported) {
    if (channel != null) {
      return channel;
    }
    if (testCode && this.testCode == TestCodePolicy.SUMMARY) {
      return Channel.SUMMARY;
    }
    return reported != null ? reported : descriptor.info().channel();
  }

  /** Severity on a file, or {@code null} if the rule does not run there. */
  public Severity severityFor(boolean testCode) {
    return severityFor(testCode, severity);
  }

  /** {@code reported} adjusted for test code, or {@code null} if the rule does not run there. */
  public Severity severityFor(boolean testCode, Severity reported) {
    if (!testCode) {
      return reported;
    }
    return switch (this.testCode) {
      case SKIP -> null;
      case LOWER, SUMMARY -> reported.lower();
      case SAME -> reported;
    };
  }
}
