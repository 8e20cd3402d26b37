package dev.reviewbot.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.Analyzer;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.report.ReportInput;
import dev.reviewbot.report.TextReporter;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PluginLoaderTest {
  @TempDir static Path jars;

  static Path houseRules;
  static Path crashing;
  static Path twin;

  @BeforeAll
  static void buildPlugins() {
    houseRules =
        PluginJars.build(
            jars,
            "house-rules.jar",
            Map.of(
                "com.acme.house.FlaggedRule",
                PluginJars.rule("com.acme.house.FlaggedRule", "house-flagged", PluginJars.REPORTS)),
            List.of("com.acme.house.FlaggedRule"));
    crashing =
        PluginJars.build(
            jars,
            "crashing-rules.jar",
            Map.of(
                "com.acme.bad.CrashRule",
                PluginJars.rule("com.acme.bad.CrashRule", "house-crash", PluginJars.THROWS)),
            List.of("com.acme.bad.CrashRule"));
    twin =
        PluginJars.build(
            jars,
            "twin.jar",
            Map.of(
                "org.other.FlaggedToo",
                PluginJars.rule("org.other.FlaggedToo", "house-flagged", PluginJars.REPORTS)),
            List.of("org.other.FlaggedToo"));
  }

  @Test
  void loadsTheRulesAJarListsWithTheJarsFileNameAsOrigin() {
    try (PluginLoader loader = new PluginLoader()) {
      RuleRegistry rules = loader.load(houseRules);

      assertThat(rules.all())
          .singleElement()
          .satisfies(
              rule -> {
                assertThat(rule.id()).isEqualTo("house-flagged");
                assertThat(rule.origin()).isEqualTo("house-rules.jar");
                assertThat(rule.isPlugin()).isTrue();
                assertThat(rule.originLabel()).isEqualTo("plugin house-rules.jar");
                assertThat(rule.type().getClassLoader()).isInstanceOf(URLClassLoader.class);
                assertThat(PluginLoader.jarOf(rule))
                    .hasValueSatisfying(jar -> assertThat(jar).isEqualTo(realPath(houseRules)));
              });
    }
  }

  @Test
  void pluginsSeeTheSameRuleApiAsTheEngine() {
    try (PluginLoader loader = new PluginLoader()) {
      Class<?> type = loader.load(houseRules).all().get(0).type();

      assertThat(JavaRule.class.isAssignableFrom(type)).isTrue();
      assertThat(type.getAnnotation(RuleInfo.class)).isNotNull();
    }
  }

  @Test
  void takesOnlyTheJarsOwnRulesNotThoseVisibleThroughItsParent() throws IOException {
    try (URLClassLoader parent =
            new URLClassLoader(new URL[] {twin.toUri().toURL()}, getClass().getClassLoader());
        PluginLoader loader = new PluginLoader(parent)) {
      assertThat(RuleRegistry.load(parent, "built-in").find("house-flagged"))
          .as("the parent's own rule")
          .isPresent();

      assertThat(loader.load(crashing).all())
          .extracting(RuleDescriptor::id)
          .containsExactly("house-crash");
    }
  }

  @Test
  void theSameJarTwiceIsOneSetOfRules() throws IOException {
    Path link = Files.createSymbolicLink(jars.resolve("house-rules-link.jar"), houseRules);
    try (PluginLoader loader = new PluginLoader()) {
      RuleRegistry both = loader.loadAll(List.of(houseRules, link, houseRules));

      assertThat(both.all()).extracting(RuleDescriptor::id).containsExactly("house-flagged");
      assertThat(loader.load(link)).isSameAs(loader.load(houseRules));
    }
  }

  @Test
  void aRuleIdInTwoJarsIsAnErrorNamingBoth() {
    try (PluginLoader loader = new PluginLoader()) {
      assertThatThrownBy(() -> loader.loadAll(List.of(houseRules, twin)))
          .isInstanceOf(PluginException.class)
          .hasMessageContaining("duplicate rule id 'house-flagged'")
          .hasMessageContaining("com.acme.house.FlaggedRule (house-rules.jar)")
          .hasMessageContaining("org.other.FlaggedToo (twin.jar)");
    }
  }

  @Test
  void aPluginRuleWithABuiltInsIdIsAnErrorNamingBoth() {
    try (PluginLoader loader = new PluginLoader()) {
      RuleRegistry builtIn = RuleRegistry.ofClasses(BuiltInFlagged.class);

      assertThatThrownBy(() -> builtIn.plus(loader.load(houseRules)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "duplicate rule id 'house-flagged': "
                  + BuiltInFlagged.class.getName()
                  + " (built-in) and "
                  + "com.acme.house.FlaggedRule (house-rules.jar)");
    }
  }

  static Stream<Arguments> unusableJars() {
    return Stream.of(
        Arguments.of(
            "missing",
            (Function<Path, Path>) dir -> dir.resolve("missing.jar"),
            "plugin jar not found: "),
        Arguments.of(
            "not a jar",
            (Function<Path, Path>) dir -> write(dir.resolve("notes.jar"), "just text"),
            "is not a jar file"),
        Arguments.of(
            "a directory", (Function<Path, Path>) dir -> dir, "plugin jar is not a file: "),
        Arguments.of(
            "no service file",
            (Function<Path, Path>)
                dir ->
                    PluginJars.build(
                        dir,
                        "classes-only.jar",
                        Map.of(
                            "com.acme.Lonely",
                            PluginJars.rule("com.acme.Lonely", "lonely", PluginJars.REPORTS)),
                        List.of()),
            "has no rules: it must list its rule classes in META-INF/services/dev.reviewbot.api.Rule"),
        Arguments.of(
            "service names a missing class",
            (Function<Path, Path>)
                dir -> PluginJars.build(dir, "broken.jar", Map.of(), List.of("com.acme.Gone")),
            "plugin broken.jar: cannot load its rules: "),
        Arguments.of(
            "class without @RuleInfo",
            (Function<Path, Path>)
                dir ->
                    PluginJars.build(
                        dir,
                        "bare.jar",
                        Map.of(
                            "com.acme.Bare",
                            "package com.acme;\npublic final class Bare implements dev.reviewbot.api.JavaRule {\n"
                                + "  public void subscribe(dev.reviewbot.api.Subscriptions on) { }\n}\n"),
                        List.of("com.acme.Bare")),
            "plugin bare.jar: rule class com.acme.Bare has no @RuleInfo annotation"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unusableJars")
  void anUnusableJarIsAnErrorNamingIt(
      String description, Function<Path, Path> make, String message, @TempDir Path dir) {
    Path jar = make.apply(dir);
    try (PluginLoader loader = new PluginLoader()) {
      assertThatThrownBy(() -> loader.load(jar))
          .isInstanceOf(PluginException.class)
          .hasMessageContaining(message)
          .hasMessageContaining(jar.getFileName().toString())
          .satisfies(e -> assertThat(((PluginException) e).jar()).isEqualTo(jar));
    }
  }

  @Test
  void aPluginRuleThatThrowsIsReportedByPluginAndRuleAndTheReviewGoesOn() throws IOException {
    try (PluginLoader loader = new PluginLoader()) {
      RuleRegistry rules = loader.loadAll(List.of(houseRules, crashing));
      String source = "class A {\n  void flagged() { }\n}\n";
      ChangeSet change =
          new ChangeSet(
              null, "scan", null, List.of(ChangedFile.scanned("src/main/java/A.java", source)));

      AnalysisResult result = new Analyzer(rules, ReviewConfig.defaults(), 1).analyze(change);

      assertThat(result.findings())
          .extracting(f -> f.ruleId() + ":" + f.line())
          .containsExactly("house-flagged:2");
      assertThat(result.crashes())
          .singleElement()
          .satisfies(
              crash -> {
                assertThat(crash.ruleId()).isEqualTo("house-crash");
                assertThat(crash.origin()).isEqualTo("crashing-rules.jar");
                assertThat(crash.stackTrace()).contains("com.acme.bad.CrashRule");
              });
      StringWriter text = new StringWriter();
      new TextReporter(false)
          .write(ReportInput.of(result, List.of(), rules.all(), null, "scan", "test"), text);
      assertThat(text.toString())
          .contains(
              "rule house-crash (plugin crashing-rules.jar) crashed on src/main/java/A.java: "
                  + "java.lang.IllegalStateException: house rule bug");
    }
  }

  @Test
  void aPluginsDirectoryGivesTheRulesOfEveryJarInIt(@TempDir Path dir) throws IOException {
    Files.copy(houseRules, dir.resolve("b-house.jar"));
    Files.copy(crashing, dir.resolve("a-crashing.jar"));
    write(dir.resolve("README.txt"), "not a plugin");
    try (PluginLoader loader = new PluginLoader()) {
      RuleRegistry rules = loader.loadDirectory(dir);

      assertThat(rules.all())
          .extracting(r -> r.id() + " " + r.origin())
          .containsExactly("house-crash a-crashing.jar", "house-flagged b-house.jar");
      assertThat(
              new PluginLoader()
                  .loadDirectory(Files.createDirectories(dir.resolve("empty")))
                  .isEmpty())
          .isTrue();
      assertThatThrownBy(() -> loader.loadDirectory(dir.resolve("nowhere")))
          .isInstanceOf(PluginException.class)
          .hasMessageContaining("plugins directory not found: ");
    }
  }

  @RuleInfo(
      id = "house-flagged",
      summary = "A built-in that happens to share the id",
      since = "0.1")
  public static final class BuiltInFlagged implements JavaRule {
    @Override
    public void subscribe(Subscriptions on) {}
  }

  private static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
