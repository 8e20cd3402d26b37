package dev.reviewbot.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.api.Severity;
import dev.reviewbot.config.AnalysisLimits;
import dev.reviewbot.config.ConfigException;
import dev.reviewbot.config.ConfigNode;
import dev.reviewbot.config.RuleSettings;
import dev.reviewbot.config.internal.RawConfig.RuleEntry;
import dev.reviewbot.config.internal.RawConfig.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigParserTest {
  private final ConfigParser parser = new ConfigParser(List.of(AnalysisLimits.SECTION));

  @Test
  void readsWhatTheFileSaysWithoutLookingUpARuleOrLoadingAPlugin() {
    RawConfig raw =
        parser.parse(
            """
        fail-on: error
        rules:
          no-such-rule:
            severity: error
            max: 3
        plugins: [tools/missing.jar]
        banned:
          - {id: no-such-rule, message: m, severity: info, types: [a.B]}
        """,
            ".reviewbot.yml",
            Path.of("/repo"));

    assertThat(raw.settings().failOn()).contains(Severity.ERROR);
    RuleEntry rule = raw.rules().get(0);
    assertThat(rule.id()).isEqualTo("no-such-rule");
    assertThat(rule.reserved())
        .isEqualTo(new RuleSettings(null, Severity.ERROR, null, null, Map.of()));
    assertThat(rule.options()).containsOnlyKeys("max");
    ConfigNode max = rule.options().get("max");
    assertThat(max.line() + " " + max.path() + " " + max.text())
        .isEqualTo("5 rules.no-such-rule.max 3");
    assertThat(raw.plugins())
        .singleElement()
        .satisfies(
            plugin ->
                assertThat(plugin.path() + " at " + plugin.node())
                    .isEqualTo("tools/missing.jar at .reviewbot.yml:6: plugins[0]"));
    assertThat(raw.banned()).map(ConfigNode::path).contains("banned");
    assertThat(raw.directory()).contains(Path.of("/repo"));
  }

  @Test
  void aKeyTheFileDoesNotSetIsEmpty() {
    RawConfig raw = parser.parse("# nothing yet\n", ".reviewbot.yml", null);

    Settings none =
        new Settings(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of());
    assertThat(raw)
        .isEqualTo(
            new RawConfig(
                ".reviewbot.yml", Optional.empty(), none, List.of(), List.of(), Optional.empty()));
  }

  @Test
  void checksTheReservedKeysOfARuleItDoesNotKnow() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    "rules:\n  no-such-rule:\n    tests: ignore\n", ".reviewbot.yml", null))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            ".reviewbot.yml:3: rules.no-such-rule.tests: "
                + "expected one of skip, lower, same, summary but was 'ignore'");
  }
}
