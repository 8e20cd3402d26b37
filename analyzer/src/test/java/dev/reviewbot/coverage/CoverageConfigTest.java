package dev.reviewbot.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.config.ConfigException;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.registry.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageConfigTest {
  private final ConfigLoader loader =
      new ConfigLoader(RuleRegistry.ofClasses()).withSection(CoverageOptions.SECTION);

  private CoverageOptions parse(String yaml) {
    return loader.parse(yaml, ".reviewbot.yml").section(CoverageOptions.SECTION);
  }

  @Test
  void readsTheCoverageSection() {
    CoverageOptions options =
        parse(
            """
        coverage:
          reports: [app/target/site/jacoco/jacoco.xml, lib/target/site/jacoco/jacoco.xml]
          base-reports: base/jacoco.xml
          exec: [app/target/jacoco.exec]
          classes: [app/target/classes]
          source-roots: [app/src/main/java]
          min-patch-coverage: 75.5
          max-coverage-drop: 1
          allow-missing: true
        """);

    assertThat(options)
        .isEqualTo(
            new CoverageOptions(
                List.of(
                    Path.of("app/target/site/jacoco/jacoco.xml"),
                    Path.of("lib/target/site/jacoco/jacoco.xml")),
                List.of(Path.of("base/jacoco.xml")),
                List.of(Path.of("app/target/jacoco.exec")),
                List.of(Path.of("app/target/classes")),
                List.of("app/src/main/java"),
                75.5,
                1.0,
                true));
  }

  @Test
  void withoutTheSectionNothingIsMeasuredAndTheDefaultGateApplies() {
    CoverageOptions options = parse("fail-on: error\n");
    assertThat(options).isEqualTo(CoverageOptions.DEFAULT);
    assertThat(options.hasHeadData()).isFalse();
    assertThat(options.minPatchCoverage()).isEqualTo(80.0);
    assertThat(options.maxCoverageDrop()).isNull();
    assertThat(options.allowMissing()).as("missing coverage fails the gate unless asked").isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      unknown key           | coverage:\\n  report: a.xml                | .reviewbot.yml:2: coverage.report: unknown key (did you mean 'reports'?); expected one of reports, base-reports, exec, classes, source-roots, min-patch-coverage, max-coverage-drop, allow-missing
      percentage too high   | coverage:\\n  min-patch-coverage: 120      | .reviewbot.yml:2: coverage.min-patch-coverage: expected a percentage between 0 and 100 but was integer '120'
      percentage as text    | coverage:\\n  max-coverage-drop: lots      | .reviewbot.yml:2: coverage.max-coverage-drop: expected percentage points between 0 and 100 but was string 'lots'
      empty path            | coverage:\\n  reports: ['']                | .reviewbot.yml:2: coverage.reports[0]: expected a path but was an empty string
      map instead of list   | coverage:\\n  exec: {a: b}                 | .reviewbot.yml:2: coverage.exec: expected a list but was a map
      allow-missing as text | coverage:\\n  allow-missing: maybe        | .reviewbot.yml:2: coverage.allow-missing: expected true or false but was string 'maybe'
      """)
  void namesFileLineAndKeyOfABadValue(String name, String yaml, String message) {
    assertThatThrownBy(() -> parse(yaml.replace("\\n", "\n")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(message);
  }
}
