package dev.reviewbot.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.config.AnalysisLimits;
import dev.reviewbot.config.ConfigException;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.plugin.PluginLoader;
import dev.reviewbot.registry.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigResolverTest {

  @RuleInfo(id = "argument-count", summary = "Too many parameters", since = "test")
  public static final class ArgumentCount implements JavaRule {
    static final Option<Integer> MAX = Option.integer("max", 5, 0, "Most parameters allowed");

    @Override
    public void subscribe(Subscriptions on) {
      on.on(MethodDeclaration.class, (m, ctx) -> {});
    }
  }

  private final ConfigParser parser = new ConfigParser(List.of(AnalysisLimits.SECTION));
  private final RuleRegistry registry = RuleRegistry.ofClasses(ArgumentCount.class);

  @Test
  void anUnknownRuleParsedWithoutErrorIsNamedWithItsKeyAndLine() {
    RawConfig raw =
        parser.parse(
            "fail-on: error\nrules:\n  argument-cont:\n    max: 3\n", ".reviewbot.yml", null);

    assertThatThrownBy(() -> new ConfigResolver(registry, null).resolve(raw))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            ".reviewbot.yml:3: rules.argument-cont: unknown rule (did you mean 'argument-count'?); "
                + "known rules: argument-count");
  }

  @Test
  void convertsTheOptionsOfAKnownRule() {
    RawConfig raw =
        parser.parse(
            "rules:\n  argument-count:\n    enabled: false\n    max: 3\n", ".reviewbot.yml", null);

    ReviewConfig config = new ConfigResolver(registry, null).resolve(raw);

    assertThat(config.rule("argument-count").enabled()).isFalse();
    assertThat(config.rule("argument-count").options()).isEqualTo(Map.of("max", 3));
    assertThat(config.source()).isEqualTo(".reviewbot.yml");
  }

  @Test
  void onlyAResolverGivenAPluginLoaderLoadsThePlugins(@TempDir Path repo) {
    RawConfig raw = parser.parse("plugins: [tools/missing.jar]\n", ".reviewbot.yml", repo);

    ReviewConfig recorded = new ConfigResolver(registry, null).resolve(raw);

    assertThat(recorded.plugins()).containsExactly("tools/missing.jar");
    assertThat(recorded.addedRules()).isEmpty();
    assertThatThrownBy(() -> new ConfigResolver(registry, new PluginLoader()).resolve(raw))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            ".reviewbot.yml:1: plugins[0]: plugin jar not found: "
                + repo.resolve("tools/missing.jar"));
  }
}
