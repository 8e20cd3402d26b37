package dev.reviewbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.baseline.BaselineSetting;
import dev.reviewbot.coverage.CoverageOptions;
import dev.reviewbot.registry.RuleRegistry;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every unknown name in the configuration says which known one it most likely meant, when one is
 * near.
 */
class DidYouMeanTest {
  private final ConfigLoader loader =
      new ConfigLoader(
              RuleRegistry.ofClasses(
                  ConfigLoaderTest.ArgumentCount.class, ConfigLoaderTest.SharedState.class))
          .withSection(CoverageOptions.SECTION)
          .withSection(BaselineSetting.SECTION);

  @ParameterizedTest(name = "{0} among [{1}] -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "fial-on        | fail-on filter-mode          | fail-on",
        "Fail_On        | fail-on filter-mode          | fail-on",
        "filter_mode    | fail-on filter-mode          | filter-mode",
        "argumnet-count | argument-count misleading-name | argument-count",
        "mxa            | max tests                    | -",
        "maxx           | max tests                    | max",
        "tets           | max tests                    | tests",
        "severity-level | enabled severity tests       | -",
        "coverage       | baseline fail-on rules       | -",
        "no-c           | no-b no-d                    | no-b",
      })
  void suggestsTheNearestNameOnlyWhenItIsNear(String given, String known, String expected) {
    assertThat(DidYouMean.nearest(given, Arrays.asList(known.split(" "))))
        .isEqualTo(java.util.Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "top-level key       | fial-on: error                                        | .reviewbot.yml:1: fial-on: unknown key (did you mean 'fail-on'?)",
        "top-level section   | baselin: b.json                                       | .reviewbot.yml:1: baselin: unknown key (did you mean 'baseline'?)",
        "rule id             | rules:\\n  argument-cuont:\\n    max: 3              | .reviewbot.yml:2: rules.argument-cuont: unknown rule (did you mean 'argument-count'?)",
        "reserved rule key   | rules:\\n  argument-count:\\n    severty: error      | .reviewbot.yml:3: rules.argument-count.severty: unknown option of rule argument-count (did you mean 'severity'?)",
        "channel key         | rules:\\n  argument-count:\\n    chanel: summary     | .reviewbot.yml:3: rules.argument-count.chanel: unknown option of rule argument-count (did you mean 'channel'?)",
        "option name         | rules:\\n  argument-count:\\n    maxx: 3             | .reviewbot.yml:3: rules.argument-count.maxx: unknown option of rule argument-count (did you mean 'max'?)",
        "coverage key        | coverage:\\n  min-patch-coverge: 70                 | .reviewbot.yml:2: coverage.min-patch-coverge: unknown key (did you mean 'min-patch-coverage'?)",
        "banned entry key    | banned:\\n  - id: no-b\\n    mesage: m\\n    severity: info\\n    types: [a.B] | .reviewbot.yml:3: banned[0].mesage: unknown key (did you mean 'message'?)",
      })
  void unknownNamesInTheConfigurationSayWhatTheyMeant(String where, String yaml, String message) {
    assertThatThrownBy(() -> loader.parse(yaml.replace("\\n", "\n"), ".reviewbot.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unrelated key   | colour: red                                 | .reviewbot.yml:1: colour: unknown key; expected one of",
        "unrelated rule  | rules:\\n  style:\\n    enabled: false     | .reviewbot.yml:2: rules.style: unknown rule; known rules:",
      })
  void farNamesGetNoGuess(String where, String yaml, String message) {
    assertThatThrownBy(() -> loader.parse(yaml.replace("\\n", "\n"), ".reviewbot.yml"))
        .hasMessageStartingWith(message);
  }

  @Test
  void noKnownNamesMeansNoSuggestion() {
    assertThat(DidYouMean.hint("anything", List.of())).isEmpty();
  }
}
