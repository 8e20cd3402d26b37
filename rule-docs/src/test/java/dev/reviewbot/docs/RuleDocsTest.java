package dev.reviewbot.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeRule;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The committed rule pages match the rules, and every rule has what its page needs. */
class RuleDocsTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Path PAGES = ROOT.resolve(RuleDocsGenerator.PAGES);

  static Stream<RuleDescriptor> rules() {
    return RuleRegistry.builtIn().all().stream();
  }

  @Test
  void everyRuleHasNotesAndExamples() {
    List<String> problems =
        new RulePages(
                RuleRegistry.builtIn(),
                ROOT.resolve(RuleDocsGenerator.FIXTURES),
                getClass().getClassLoader())
            .problems();
    assertThat(problems).as("what rules lack for their pages").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void everyRuleHasItsMetadata(RuleDescriptor rule) {
    RuleInfo info = rule.info();
    assertThat(info.summary()).as("summary of %s", rule.id()).isNotBlank();
    assertThat(info.since()).as("since of %s", rule.id()).isNotBlank();
    assertThat(info.tags()).as("tags of %s", rule.id()).isNotEmpty();
    for (Option<?> option : rule.options()) {
      assertThat(option.description())
          .as("description of option %s of %s", option.name(), rule.id())
          .isNotBlank();
    }
  }

  @Test
  void committedPagesAreUpToDate() throws IOException {
    Map<String, String> expected = RuleDocsGenerator.render(ROOT);
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> page : expected.entrySet()) {
      Path file = PAGES.resolve(page.getKey());
      if (!Files.exists(file)
          || !Files.readString(file, StandardCharsets.UTF_8).equals(page.getValue())) {
        stale.add(page.getKey() + (Files.exists(file) ? " (stale)" : " (missing)"));
      }
    }
    if (Files.isDirectory(PAGES)) {
      try (Stream<Path> files = Files.list(PAGES)) {
        files
            .map(f -> f.getFileName().toString())
            .filter(name -> !expected.containsKey(name))
            .forEach(name -> stale.add(name + " (no such rule)"));
      }
    }
    assertThat(stale)
        .as(
            "rule pages in %s out of date; regenerate them with: %s",
            PAGES, RuleDocsGenerator.COMMAND)
        .isEmpty();
  }

  @Test
  void ruleIdsAreUniqueAndEveryRegisteredRuleLoads() throws IOException {
    List<String> registered = new ArrayList<>();
    for (URL services :
        Collections.list(
            getClass().getClassLoader().getResources("META-INF/services/dev.reviewbot.api.Rule"))) {
      try (InputStream in = services.openStream()) {
        new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .forEach(registered::add);
      }
    }
    List<String> ids = RuleRegistry.builtIn().all().stream().map(RuleDescriptor::id).toList();
    assertThat(registered).as("service entries").doesNotHaveDuplicates();
    assertThat(ids)
        .as("one rule per service entry, each with its own id")
        .hasSize(registered.size())
        .doesNotHaveDuplicates();
  }

  @RuleInfo(id = "same-id", summary = "first", since = "test")
  public static final class First implements ChangeRule {
    @Override
    public void check(ChangeContext context) {}
  }

  @RuleInfo(id = "same-id", summary = "second", since = "test")
  public static final class Second implements ChangeRule {
    @Override
    public void check(ChangeContext context) {}
  }

  @Test
  void theRegistryRefusesTwoRulesWithOneId() {
    assertThatThrownBy(() -> RuleRegistry.ofClasses(First.class, Second.class))
        .hasMessageContaining("duplicate rule id 'same-id'");
  }
}
