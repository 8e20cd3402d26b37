package dev.reviewbot.declared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.config.ConfigException;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.engine.ActiveRule;
import dev.reviewbot.registry.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code banned:} in {@code .reviewbot.yml}: each entry a rule of its own. */
class DeclaredRulesConfigTest {
  private final ConfigLoader loader = new ConfigLoader(RuleRegistry.ofClasses(ArgumentCount.class));

  @Test
  void eachEntryIsARuleWithItsOwnIdThatRulesCanConfigure() {
    ReviewConfig config =
        loader.parse(
            """
        rules:
          no-java-util-date:
            severity: error
            tests: skip
        banned:
          - id: no-java-util-date
            message: Use java.time instead of java.util.Date
            severity: warning
            types: [java.util.Date]
            paths: ["src/main/**"]
          - id: no-system-exit
            message: Throw instead; let main decide the exit code
            severity: error
            methods: java.lang.System#exit
        """,
            ".reviewbot.yml");

    assertThat(config.addedRules())
        .extracting(r -> r.id() + " " + r.origin() + " " + r.info().severity())
        .containsExactly(
            "no-java-util-date .reviewbot.yml WARNING", "no-system-exit .reviewbot.yml ERROR");
    assertThat(config.addedRules().get(0).info().summary())
        .isEqualTo("Use java.time instead of java.util.Date");
    assertThat(config.addedRules().get(0).info().testCode()).isEqualTo(TestCodePolicy.SAME);
    assertThat(config.rule("no-java-util-date").severity()).isEqualTo(Severity.ERROR);
    assertThat(ActiveRule.resolve(RuleRegistry.ofClasses(ArgumentCount.class), config))
        .extracting(r -> r.id() + " " + r.severity() + " " + r.testCode())
        .containsExactly(
            "argument-count WARNING LOWER",
            "no-java-util-date ERROR SKIP",
            "no-system-exit ERROR SAME");
  }

  @Test
  void aDeclaredRuleCanBeSwitchedOffLikeAnyOther() {
    ReviewConfig config =
        loader.parse(
            """
        banned:
          - {id: no-vector, message: Use ArrayList, severity: info, constructors: [java.util.Vector]}
        rules:
          no-vector: {enabled: false}
        """,
            ".reviewbot.yml");

    assertThat(ActiveRule.resolve(RuleRegistry.ofClasses(ArgumentCount.class), config))
        .extracting(ActiveRule::id)
        .containsExactly("argument-count");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      not a list               | "banned:\n  id: x"                                                                       | ".reviewbot.yml:1: banned: expected a list but was a map"
      missing id               | "banned:\n  - message: m\n    severity: info\n    types: [a.B]"                          | ".reviewbot.yml:2: banned[0]: missing 'id'; every ban needs id, message and severity"
      missing severity         | "banned:\n  - id: no-b\n    message: m\n    types: [a.B]"                                | ".reviewbot.yml:2: banned[0]: missing 'severity'; every ban needs id, message and severity"
      bad id                   | "banned:\n  - id: No_B\n    message: m\n    severity: info\n    types: [a.B]"            | ".reviewbot.yml:2: banned[0].id: rule id 'No_B' must be lower-case words joined by dashes, e.g. no-java-util-date"
      id of a built-in         | "banned:\n  - id: argument-count\n    message: m\n    severity: info\n    types: [a.B]"  | ".reviewbot.yml:2: banned[0].id: 'argument-count' is already the id of a rule (dev.reviewbot.declared.DeclaredRulesConfigTest$ArgumentCount, built-in); pick another id"
      id twice                 | "banned:\n  - {id: no-b, message: m, severity: info, types: [a.B]}\n  - {id: no-b, message: n, severity: info, types: [a.C]}" | ".reviewbot.yml:3: banned[1].id: duplicate id 'no-b' (first declared at line 2)"
      unknown key              | "banned:\n  - id: no-b\n    message: m\n    severity: info\n    type: [a.B]"             | ".reviewbot.yml:5: banned[0].type: unknown key (did you mean 'types'?); expected one of id, message, severity, types, constructors, methods, imports, annotations, paths"
      bans nothing             | "banned:\n  - id: no-b\n    message: m\n    severity: info\n    paths: [src/**]"         | ".reviewbot.yml:2: banned[0]: ban 'no-b' bans nothing: give at least one of types, constructors, methods, imports, annotations"
      simple type name         | "banned:\n  - id: no-b\n    message: m\n    severity: info\n    types: [Date]"           | ".reviewbot.yml:5: banned[0].types[0]: expected a fully qualified type name, e.g. java.util.Date, but was 'Date'"
      method without owner     | "banned:\n  - id: no-b\n    message: m\n    severity: info\n    methods: [exit]"         | ".reviewbot.yml:5: banned[0].methods[0]: expected owner#name, e.g. java.lang.System#exit, but was 'exit'"
      bad severity             | "banned:\n  - id: no-b\n    message: m\n    severity: fatal\n    types: [a.B]"            | ".reviewbot.yml:4: banned[0].severity: expected one of info, warning, error but was 'fatal'"
      absolute path glob       | "banned:\n  - id: no-b\n    message: m\n    severity: info\n    types: [a.B]\n    paths: [/src/**]" | ".reviewbot.yml:6: banned[0].paths[0]: globs match repository-relative paths; drop the leading '/' of '/src/**'"
      unknown rule in rules    | "rules:\n  no-c: {enabled: false}\nbanned:\n  - {id: no-b, message: m, severity: info, types: [a.B]}" | ".reviewbot.yml:2: rules.no-c: unknown rule (did you mean 'no-b'?); known rules: argument-count, no-b"
      """)
  void namesFileLineAndKeyOfEveryMistake(String description, String yaml, String message) {
    assertThatThrownBy(() -> loader.parse(yaml.replace("\\n", "\n"), ".reviewbot.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(message);
  }

  @RuleInfo(id = "argument-count", summary = "Too many parameters", since = "0.1")
  public static final class ArgumentCount implements JavaRule {
    @Override
    public void subscribe(Subscriptions on) {}
  }
}
