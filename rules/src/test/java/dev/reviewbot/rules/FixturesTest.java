package dev.reviewbot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.testkit.RuleFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture under {@code src/test/resources/fixtures/<rule-id>/} through the test kit, and
 * holds each Java rule, and each change rule that has fixtures, to a minimum number of cases so
 * none can silently drop: positive cases are {@code // expect: <rule-id>} marks, negative cases
 * {@code // ok: <why>} marks on lines where a finding might be expected but must not come.
 */
class FixturesTest {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  static final int MIN_POSITIVE = 15;
  static final int MIN_NEGATIVE = 10;
  private static final Pattern OK = Pattern.compile("//\\s*ok:");

  static Stream<Arguments> fixtureFiles() throws IOException {
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .sorted()
          .map(
              f ->
                  Arguments.of(
                      FIXTURES.relativize(f).getName(0).toString(),
                      FIXTURES.relativize(f).toString()))
          .toList()
          .stream();
    }
  }

  /**
   * Java rules, and the change rules that have fixtures (a change rule may be tested otherwise).
   */
  static Stream<RuleDescriptor> javaRules() {
    return RuleRegistry.builtIn().all().stream()
        .filter(r -> r.isJavaRule() || Files.isDirectory(FIXTURES.resolve(r.id())));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("fixtureFiles")
  void fixtureMatchesItsMarks(String ruleId, String file) {
    RuleDescriptor rule =
        RuleRegistry.builtIn()
            .find(ruleId)
            .orElseThrow(
                () ->
                    new AssertionError("fixture directory " + ruleId + " names no built-in rule"));
    RuleFixture.of(rule.type()).assertMatches(FIXTURES.resolve(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaRules")
  void everyJavaRuleHasEnoughPositiveAndNegativeCases(RuleDescriptor rule) {
    List<String> lines = fixtureLines(rule.id());
    Pattern expect = Pattern.compile("//\\s*expect:.*\\b" + Pattern.quote(rule.id()) + "\\b");
    long positive = lines.stream().filter(l -> expect.matcher(l).find()).count();
    long negative = lines.stream().filter(l -> OK.matcher(l).find()).count();
    assertThat(positive)
        .as("positive cases (// expect: %s) in fixtures/%s", rule.id(), rule.id())
        .isGreaterThanOrEqualTo(MIN_POSITIVE);
    assertThat(negative)
        .as("negative cases (// ok: ...) in fixtures/%s", rule.id())
        .isGreaterThanOrEqualTo(MIN_NEGATIVE);
  }

  static List<String> fixtureLines(String ruleId) {
    Path dir = FIXTURES.resolve(ruleId);
    assertThat(dir).as("fixture directory for rule %s", ruleId).isDirectory();
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .flatMap(FixturesTest::lines)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
