package dev.reviewbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.reviewbot.api.Channel;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.glob.Glob;
import dev.reviewbot.registry.RuleRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

  @RuleInfo(id = "argument-count", summary = "Too many parameters", since = "test")
  public static final class ArgumentCount implements JavaRule {
    static final Option<Integer> MAX = Option.integer("max", 5, 0, "Most parameters allowed");
    static final Option<List<String>> IGNORE =
        Option.stringList("ignore", List.of(), "Method names to skip");

    @Override
    public void subscribe(Subscriptions on) {
      on.on(MethodDeclaration.class, (m, ctx) -> {});
    }
  }

  @RuleInfo(id = "shared-mutable-state", summary = "Shared mutable state", since = "test")
  public static final class SharedState implements JavaRule {
    @Override
    public void subscribe(Subscriptions on) {
      on.on(MethodDeclaration.class, (m, ctx) -> {});
    }
  }

  private final ConfigLoader loader =
      new ConfigLoader(RuleRegistry.ofClasses(ArgumentCount.class, SharedState.class));

  @Test
  void readsEveryBuiltInKey() {
    ReviewConfig config =
        loader.parse(
            """
        filter-mode: diff_context
        fail-on: error
        include: ["**/*.java"]
        exclude:
          - "**/generated/**"
        test-code: ["**/src/test/**"]
        rules:
          argument-count:
            enabled: true
            severity: error
            tests: skip
            max: 6
            ignore: [equals, builder]
          shared-mutable-state:
            enabled: false
            channel: summary
        """,
            ".reviewbot.yml");

    assertThat(config.filterMode()).isEqualTo(FilterMode.DIFF_CONTEXT);
    assertThat(config.failOn()).isEqualTo(Severity.ERROR);
    assertThat(config.include()).extracting(Glob::pattern).containsExactly("**/*.java");
    assertThat(config.exclude()).extracting(Glob::pattern).containsExactly("**/generated/**");
    assertThat(config.testCode()).extracting(Glob::pattern).containsExactly("**/src/test/**");
    assertThat(config.isTestCode("src/main/java/FooTest.java"))
        .as("defaults replaced, not extended")
        .isFalse();
    assertThat(config.rule("argument-count"))
        .isEqualTo(
            new RuleSettings(
                true,
                Severity.ERROR,
                TestCodePolicy.SKIP,
                Map.of("max", 6, "ignore", List.of("equals", "builder"))));
    assertThat(config.rule("shared-mutable-state").enabled()).isFalse();
    assertThat(config.rule("shared-mutable-state").channel()).isEqualTo(Channel.SUMMARY);
    assertThat(config.source()).isEqualTo(".reviewbot.yml");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      empty file                     | ''
      only a comment                 | '# nothing yet'
      an explicit null document      | '~'
      an empty rules section         | 'rules:'
      a rule with nothing under it   | 'rules:\n  argument-count:'
      """)
  void anEmptyConfigurationMeansTheDefaults(String description, String yaml) {
    ReviewConfig config = loader.parse(yaml.replace("\\n", "\n"), ".reviewbot.yml");
    ReviewConfig defaults = ReviewConfig.defaults();

    assertThat(config.filterMode()).isEqualTo(defaults.filterMode());
    assertThat(config.failOn()).isEqualTo(defaults.failOn());
    assertThat(config.include()).isEqualTo(defaults.include());
    assertThat(config.exclude()).isEqualTo(defaults.exclude());
    assertThat(config.testCode())
        .extracting(Glob::pattern)
        .isEqualTo(ReviewConfig.DEFAULT_TEST_GLOBS);
    assertThat(config.rule("argument-count")).isEqualTo(RuleSettings.DEFAULT);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      wrong option type      | "rules:\n  argument-count:\n    max: six"                   | ".reviewbot.yml:3: rules.argument-count.max: expected an integer but was string 'six'"
      option below minimum   | "fail-on: info\n\nrules:\n  argument-count:\n    max: -1"    | ".reviewbot.yml:5: rules.argument-count.max: expected an integer >= 0 but was -1"
      unknown option         | "rules:\n  argument-count:\n    maximum: 3"                 | ".reviewbot.yml:3: rules.argument-count.maximum: unknown option of rule argument-count; valid keys: enabled, severity, tests, channel, ignore (list of strings), max (integer >= 0)"
      unknown rule           | "rules:\n  argument-cont:\n    max: 3"                     | ".reviewbot.yml:2: rules.argument-cont: unknown rule (did you mean 'argument-count'?); known rules: argument-count, shared-mutable-state"
      unknown top-level key  | "filter-mode: added\nfilter_mode: file"                   | ".reviewbot.yml:2: filter_mode: unknown key (did you mean 'filter-mode'?); expected one of banned, exclude, fail-on, filter-mode, include, limits, plugins, rules, test-code"
      bad filter mode        | "filter-mode: everything"                                 | ".reviewbot.yml:1: filter-mode: expected one of added, diff_context, file, nofilter but was 'everything'"
      bad fail-on            | "fail-on: fatal"                                          | ".reviewbot.yml:1: fail-on: expected one of info, warning, error but was 'fatal'"
      empty fail-on          | "fail-on:"                                                | ".reviewbot.yml:1: fail-on: expected a single value but was empty"
      bad severity           | "rules:\n  argument-count:\n    severity: [error]"          | ".reviewbot.yml:3: rules.argument-count.severity: expected a single value but was a list"
      bad tests policy       | "rules:\n  argument-count:\n    tests: ignore"              | ".reviewbot.yml:3: rules.argument-count.tests: expected one of skip, lower, same, summary but was 'ignore'"
      bad channel            | "rules:\n  argument-count:\n    channel: inbox"             | ".reviewbot.yml:3: rules.argument-count.channel: expected inline or summary but was 'inbox'"
      enabled not boolean    | "rules:\n  argument-count:\n    enabled: sometimes"         | ".reviewbot.yml:3: rules.argument-count.enabled: expected true or false but was string 'sometimes'"
      rule not a map         | "rules:\n  argument-count: 6"                             | ".reviewbot.yml:2: rules.argument-count: expected a map of keys but was integer '6'"
      rules not a map        | "rules: [argument-count]"                                 | ".reviewbot.yml:1: rules: expected a map of keys but was a list"
      glob list item a map   | "exclude:\n  - '**/gen/**'\n  - {a: b}"                   | ".reviewbot.yml:3: exclude[1]: expected a single value but was a map"
      absolute glob          | "include: ['/src/**']"                                    | ".reviewbot.yml:1: include[0]: globs match repository-relative paths; drop the leading '/' of '/src/**'"
      duplicate key          | "fail-on: info\nfail-on: error"                           | ".reviewbot.yml:2: fail-on: duplicate key (first at line 1)"
      top level is a list    | "- rules"                                                 | ".reviewbot.yml:1: expected a map of keys but was a list"
      option list wrong item | "rules:\n  argument-count:\n    ignore: [a, 1]"             | ".reviewbot.yml:3: rules.argument-count.ignore: expected a list of strings but an item was integer '1'"
      unknown limit          | "limits:\n  max-bytes: 10"                              | ".reviewbot.yml:2: limits.max-bytes: unknown key; expected one of max-file-bytes, max-seconds-per-file, max-findings-per-rule"
      limit below minimum    | "limits:\n  max-seconds-per-file: 0"                    | ".reviewbot.yml:2: limits.max-seconds-per-file: expected an integer >= 1 but was 0"
      broken YAML            | "rules:\n  argument-count:\n    max: 3\n   severity: error" | ".reviewbot.yml:4: not valid YAML: expected <block end>, but found '<block mapping start>'"
      file ends in an escape (fuzzed) | "include:\n  - ""\\u"                             | ".reviewbot.yml:2: not valid YAML: the file ends inside an escape sequence (\\x, \\u or \\U without its hex digits)"
      """)
  void namesFileLineAndKeyOfEveryMistake(String description, String yaml, String message) {
    assertThatThrownBy(() -> loader.parse(yaml.replace("\\n", "\n"), ".reviewbot.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(message);
  }

  @Test
  void readsTheLimitsAndKeepsTheDefaultsOfThoseNotSet() {
    ReviewConfig config =
        loader.parse(
            "limits:\n  max-file-bytes: 2048\n  max-findings-per-rule: 5\n", ".reviewbot.yml");

    assertThat(config.section(AnalysisLimits.SECTION))
        .isEqualTo(new AnalysisLimits(2048, AnalysisLimits.DEFAULT.timePerFile(), 5));
    assertThat(loader.parse("fail-on: info", ".reviewbot.yml").section(AnalysisLimits.SECTION))
        .isEqualTo(AnalysisLimits.DEFAULT);
  }

  @Test
  void exposesTheLocationOfAMistakeAsFields() {
    ConfigException error =
        (ConfigException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> loader.parse("rules:\n  argument-count:\n    max: six\n", "ci/review.yml"));

    assertThat(error.source()).isEqualTo("ci/review.yml");
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.key()).isEqualTo("rules.argument-count.max");
    assertThat(error.problem()).isEqualTo("expected an integer but was string 'six'");
  }

  @Test
  void acceptsASingleGlobWhereAListIsExpected() {
    ReviewConfig config = loader.parse("exclude: '**/generated/**'", ".reviewbot.yml");

    assertThat(config.isIncluded("src/generated/A.java")).isFalse();
    assertThat(config.isIncluded("src/main/A.java")).isTrue();
  }

  @Test
  void readsTheRepositoryFile(@TempDir Path repo) throws IOException {
    Files.writeString(repo.resolve(".reviewbot.yml"), "fail-on: info\n", StandardCharsets.UTF_8);

    ReviewConfig config = loader.loadFromRepository(repo);

    assertThat(config.failOn()).isEqualTo(Severity.INFO);
    assertThat(config.source()).isEqualTo(".reviewbot.yml");
  }

  @Test
  void aRepositoryWithoutAConfigFileGetsTheDefaults(@TempDir Path repo) {
    ReviewConfig config = loader.loadFromRepository(repo);

    assertThat(config).isEqualTo(ReviewConfig.defaults());
  }

  @Test
  void aMissingExplicitConfigFileIsAnError(@TempDir Path dir) {
    Path missing = dir.resolve("review.yml");

    assertThatThrownBy(() -> loader.load(missing))
        .isInstanceOf(ConfigException.class)
        .hasMessage(missing + ": config file not found");
  }

  @Test
  void anExplicitFileIsNamedAsGivenInMessages(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("review.yml"),
            "\uFEFFfail-on: info\nexclude: {}\n",
            StandardCharsets.UTF_8);

    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ":2: exclude: expected a list but was a map");
  }

  @Test
  void aFileThatIsNotUtf8IsAnError(@TempDir Path dir) throws IOException {
    Path file =
        Files.write(
            dir.resolve("review.yml"), new byte[] {'a', ':', ' ', (byte) 0xff, (byte) 0xfe});

    assertThatThrownBy(() -> loader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": not valid UTF-8 text");
  }

  /** A feature's own section, as a later issue would add one. */
  record Coverage(int minimum, boolean required) {
    static final Coverage DEFAULT = new Coverage(80, false);
    static final ConfigSection<Coverage> SECTION =
        new ConfigSection<>("coverage", Coverage.class, DEFAULT, Coverage::read);

    static Coverage read(ConfigNode node) {
      Coverage result = DEFAULT;
      for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
        result =
            switch (entry.getKey()) {
              case "minimum" ->
                  new Coverage(
                      entry.getValue().convert(Option.integer("minimum", 80, 0, "")),
                      result.required());
              case "required" -> new Coverage(result.minimum(), entry.getValue().bool());
              default ->
                  throw entry.getValue().error("unknown key; expected one of minimum, required");
            };
      }
      return result;
    }
  }

  @Test
  void aFeatureSectionIsReadByItsOwnReader() {
    ConfigLoader withCoverage = loader.withSection(Coverage.SECTION);

    ReviewConfig config = withCoverage.parse("coverage:\n  minimum: 90\n", ".reviewbot.yml");

    assertThat(config.section(Coverage.SECTION)).isEqualTo(new Coverage(90, false));
    assertThat(withCoverage.parse("fail-on: info", ".reviewbot.yml").section(Coverage.SECTION))
        .isEqualTo(Coverage.DEFAULT);
    assertThat(config.toBuilder().failOn(Severity.ERROR).build().section(Coverage.SECTION))
        .as("kept by toBuilder")
        .isEqualTo(new Coverage(90, false));
    assertThatThrownBy(
            () ->
                withCoverage.parse("coverage:\n  minimum: 90\n  maximum: 100\n", ".reviewbot.yml"))
        .hasMessage(
            ".reviewbot.yml:3: coverage.maximum: unknown key; expected one of minimum, required");
  }

  @Test
  void aSectionIsUnknownUntilRegistered() {
    assertThatThrownBy(() -> loader.parse("coverage:\n  minimum: 90\n", ".reviewbot.yml"))
        .hasMessageStartingWith(".reviewbot.yml:1: coverage: unknown key");
    assertThat(loader.withSection(Coverage.SECTION).knownKeys()).contains("coverage", "rules");
  }

  @Test
  void aSectionNameCannotBeTakenTwice() {
    assertThatThrownBy(
            () ->
                loader.withSection(
                    new ConfigSection<>("rules", String.class, "", ConfigNode::text)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> loader.withSection(Coverage.SECTION).withSection(Coverage.SECTION))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
