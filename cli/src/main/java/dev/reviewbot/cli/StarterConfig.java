package dev.reviewbot.cli;

import dev.reviewbot.api.Option;
import dev.reviewbot.config.ConfigSchema;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleRegistry;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code .reviewbot.yml} that {@code reviewbot init} writes: the schema line editors read, the
 * top-level settings at their defaults, and every rule with its options commented out, so the file
 * changes nothing until someone uncomments a line.
 */
final class StarterConfig {
  private StarterConfig() {}

  static String render(RuleRegistry registry) {
    StringBuilder text = new StringBuilder();
    text.append("# yaml-language-server: $schema=").append(ConfigSchema.URL).append('\n');
    text.append(
        """
        # reviewbot configuration. Every key is optional; the values below are the defaults.
        # 'reviewbot rules' lists the rules; each has a page at https://github.com/reviewbot/reviewbot/tree/main/rule-docs/rules

        # Which findings to show: added (on added or modified lines), diff_context, file, nofilter.
        filter-mode: added
        # check exits 1 on a shown finding at or above: info, warning, error.
        fail-on: warning
        # Globs of repository-relative paths to analyze (empty: every file) and never to analyze.
        include: []
        exclude: []
        # Globs of test code; the list replaces the defaults.
        # test-code: ["**/src/test/**", "**/*Test.java"]

        # Findings accepted for now: run 'reviewbot baseline', then uncomment.
        # baseline: .reviewbot-baseline.json

        # Coverage of the changed lines, as check's --coverage flags; paths relative to the repository root.
        # coverage:
        #   reports: [target/site/jacoco/jacoco.xml]
        #   min-patch-coverage: 80

        # Per rule: enabled, severity (info | warning | error), tests (skip | lower | same | summary),
        # channel (inline | summary) and the rule's own options.
        rules:
        """);
    for (RuleDescriptor rule : registry.all()) {
      text.append("  # ")
          .append(rule.id())
          .append(":  # ")
          .append(rule.info().summary())
          .append(" (")
          .append(rule.info().severity().id())
          .append(")\n");
      text.append("  #   enabled: true\n");
      for (Option<?> option : rule.options()) {
        text.append("  #   ")
            .append(option.name())
            .append(": ")
            .append(yaml(option.defaultValue()))
            .append("  # ")
            .append(option.description())
            .append('\n');
      }
    }
    return text.toString();
  }

  /** A default as YAML flow text: numbers and booleans bare, strings and list items quoted. */
  private static String yaml(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(StarterConfig::yaml).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof String text) {
      return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    return String.valueOf(value);
  }
}
