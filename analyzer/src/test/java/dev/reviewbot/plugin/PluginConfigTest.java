package dev.reviewbot.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.api.Severity;
import dev.reviewbot.config.ConfigException;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.engine.ActiveRule;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plugins:} in {@code .reviewbot.yml}: loaded only by a loader told to, relative to the
 * file.
 */
class PluginConfigTest {
  @TempDir static Path jars;

  static Path houseRules;

  @TempDir Path repo;

  @BeforeAll
  static void buildPlugin() {
    houseRules =
        PluginJars.build(
            jars,
            "house-rules.jar",
            Map.of(
                "com.acme.house.FlaggedRule",
                PluginJars.rule("com.acme.house.FlaggedRule", "house-flagged", PluginJars.REPORTS)),
            List.of("com.acme.house.FlaggedRule"));
  }

  @Test
  void aLoaderNotToldToLoadPluginsRecordsThemAndLoadsNothing() throws IOException {
    copyPluginTo("tools/house-rules.jar");
    write(".reviewbot.yml", "plugins: [tools/house-rules.jar, tools/missing.jar]\n");

    ReviewConfig config = new ConfigLoader(RuleRegistry.of(List.of())).loadFromRepository(repo);

    assertThat(config.plugins()).containsExactly("tools/house-rules.jar", "tools/missing.jar");
    assertThat(config.addedRules()).isEmpty();
  }

  @Test
  void aRepositorysConfigCannotConfigureAPluginRuleTheServerDidNotLoad() throws IOException {
    copyPluginTo("tools/house-rules.jar");
    write(
        ".reviewbot.yml",
        "plugins: [tools/house-rules.jar]\nrules:\n  house-flagged:\n    severity: error\n");

    assertThatThrownBy(() -> new ConfigLoader(RuleRegistry.of(List.of())).loadFromRepository(repo))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(".reviewbot.yml:3: rules.house-flagged: unknown rule");
  }

  @Test
  void loadsPluginsRelativeToTheConfigFileAndLetsRulesConfigureThemWhateverTheKeyOrder()
      throws IOException {
    copyPluginTo("tools/house-rules.jar");
    Path file =
        write(
            "ci/review.yml",
            "rules:\n  house-flagged:\n    severity: error\nplugins:\n  - ../tools/house-rules.jar\n");

    try (PluginLoader plugins = new PluginLoader()) {
      ReviewConfig config =
          new ConfigLoader(RuleRegistry.of(List.of())).loadingPlugins(plugins).load(file);

      assertThat(config.addedRules())
          .extracting(r -> r.id() + " " + r.origin())
          .containsExactly("house-flagged house-rules.jar");
      assertThat(config.rule("house-flagged").severity()).isEqualTo(Severity.ERROR);
      assertThat(ActiveRule.resolve(RuleRegistry.of(List.of()), config))
          .extracting(ActiveRule::id)
          .containsExactly("house-flagged");
      assertThat(config.registry(RuleRegistry.of(List.of())).find("house-flagged")).isPresent();
    }
  }

  @Test
  void aPluginAlreadyGivenOnTheCommandLineIsNotLoadedTwice() throws IOException {
    Path copy = copyPluginTo("tools/house-rules.jar");
    write(".reviewbot.yml", "plugins: [tools/house-rules.jar]\n");
    RuleRegistry fromCommandLine = new PluginLoader().load(copy);

    ReviewConfig config =
        new ConfigLoader(fromCommandLine)
            .loadingPlugins(new PluginLoader())
            .loadFromRepository(repo);

    assertThat(ActiveRule.resolve(fromCommandLine, config))
        .extracting(ActiveRule::id)
        .containsExactly("house-flagged");
  }

  @Test
  void aMissingPluginJarNamesTheFileLineAndPath() throws IOException {
    write(".reviewbot.yml", "fail-on: error\nplugins:\n  - tools/house-rules.jar\n");

    assertThatThrownBy(
            () ->
                new ConfigLoader(RuleRegistry.of(List.of()))
                    .loadingPlugins(new PluginLoader())
                    .loadFromRepository(repo))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            ".reviewbot.yml:3: plugins[0]: plugin jar not found: "
                + repo.toAbsolutePath().resolve("tools/house-rules.jar"));
  }

  @Test
  void aPluginRuleWithTheIdOfAKnownRuleIsAnErrorNamingBoth() throws IOException {
    copyPluginTo("tools/house-rules.jar");
    write(".reviewbot.yml", "plugins: [tools/house-rules.jar]\n");
    RuleRegistry builtIn = RuleRegistry.ofClasses(PluginLoaderTest.BuiltInFlagged.class);

    assertThatThrownBy(
            () ->
                new ConfigLoader(builtIn)
                    .loadingPlugins(new PluginLoader())
                    .loadFromRepository(repo))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(".reviewbot.yml:1: plugins[0]: duplicate rule id 'house-flagged': ")
        .hasMessageContaining("(built-in)")
        .hasMessageContaining("(house-rules.jar)");
  }

  @Test
  void configurationTextWithNoFileCannotNamePlugins() {
    ConfigLoader loader =
        new ConfigLoader(RuleRegistry.of(List.of())).loadingPlugins(new PluginLoader());

    assertThatThrownBy(() -> loader.parse("plugins: [house-rules.jar]\n", "fetched.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "fetched.yml:1: plugins[0]: plugin paths are relative to the configuration file, "
                + "and this configuration was not read from a file");
  }

  @Test
  void pluginOriginsAreJarNames() {
    RuleDescriptor rule = new PluginLoader().load(houseRules).all().get(0);

    assertThat(rule.origin()).isEqualTo("house-rules.jar");
  }

  private Path copyPluginTo(String path) throws IOException {
    Path target = repo.resolve(path);
    Files.createDirectories(target.getParent());
    return Files.copy(houseRules, target);
  }

  private Path write(String path, String text) throws IOException {
    Path target = repo.resolve(path);
    Files.createDirectories(target.getParent());
    return Files.writeString(target, text);
  }
}
