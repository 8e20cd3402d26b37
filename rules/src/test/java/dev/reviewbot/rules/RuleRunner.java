package dev.reviewbot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Rule;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.config.RuleSettings;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.Analyzer;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Runs one rule through the real engine, as a run would, and fails on any crash or parse problem.
 */
public final class RuleRunner {
  private RuleRunner() {}

  public static List<Finding> findings(
      Class<? extends Rule> rule, ChangeSet change, Map<String, Object> options) {
    RuleDescriptor descriptor = RuleDescriptor.of(rule, "test");
    ReviewConfig config =
        ReviewConfig.builder()
            .rules(Map.of(descriptor.id(), new RuleSettings(true, null, null, options)))
            .build();
    AnalysisResult result =
        new Analyzer(RuleRegistry.of(List.of(descriptor)), config, 1).analyze(change);
    assertThat(result.crashes()).as("rule crashes").isEmpty();
    assertThat(result.notices()).as("files that did not parse").isEmpty();
    return result.findings();
  }

  /** {@code count} distinct lines of text. */
  public static String lines(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> "line " + i + "\n")
        .collect(Collectors.joining());
  }

  /** A small Java class with {@code bodyLines} statements. */
  public static String javaClass(String name, int bodyLines) {
    return "class "
        + name
        + " {\n  void run() {\n"
        + IntStream.rangeClosed(1, bodyLines)
            .mapToObj(i -> "    step(" + i + ");\n")
            .collect(Collectors.joining())
        + "  }\n}\n";
  }
}
