package dev.reviewbot.testkit;

import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.Rule;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.config.RuleSettings;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.engine.Analyzer;
import dev.reviewbot.engine.Notice;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import dev.reviewbot.source.LastRelease;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The fixture test kit. A fixture is a Java file whose expectations are inline:
 *
 * <pre>{@code
 * // options: {max: 3}                  (optional header: rule options as YAML)
 * // path: src/test/java/FooTest.java   (optional header: the path the file is checked as)
 * // base: base/Example.java             (optional header: check the file as a change of this
 *                                         base version, a path relative to the fixture; "none"
 *                                         checks it as an added file)
 * class Example {
 *   void tooMany(int a, int b, int c, int d) {}  // expect: argument-count
 *   void fine(int a) {}
 * }
 * }</pre>
 *
 * <p>{@link #assertMatches} fails on any finding on a line without its mark, any mark without its
 * finding, any rule crash and any parse problem. A line may carry several marks, comma-separated;
 * repeat an id for several findings on one line. {@link #assertFixtures} does that for every
 * fixture of a directory, for a one-line test:
 *
 * <pre>{@code
 * @Test
 * void fixturesMatchTheirMarks() {
 *   RuleFixture.assertFixtures(HouseNoDateRule.class, Path.of("src/test/resources/fixtures/house-no-date"));
 * }
 * }</pre>
 */
public final class RuleFixture {
  private static final Pattern EXPECT = Pattern.compile("//\\s*expect:\\s*([a-z0-9, -]+?)\\s*$");
  private static final Pattern OPTIONS = Pattern.compile("^\\s*//\\s*options:\\s*(.+)$");
  private static final Pattern PATH = Pattern.compile("^\\s*//\\s*path:\\s*(\\S+)\\s*$");
  private static final Pattern BASE = Pattern.compile("^\\s*//\\s*base:\\s*(\\S+)\\s*$");
  private static final String NO_BASE = "none";

  private final RuleDescriptor rule;

  private RuleFixture(RuleDescriptor rule) {
    this.rule = rule;
  }

  /**
   * The test kit for one rule class (public, with a public no-argument constructor and
   * {@code @RuleInfo}, as the engine needs it).
   *
   * @throws IllegalArgumentException if the engine could not load the class as a rule
   */
  public static RuleFixture of(Class<? extends Rule> ruleClass) {
    return new RuleFixture(RuleDescriptor.of(ruleClass, "test"));
  }

  /** The test kit for a rule as the engine describes it, e.g. one declared in configuration. */
  public static RuleFixture of(RuleDescriptor rule) {
    return new RuleFixture(rule);
  }

  /**
   * Checks every fixture ({@code *.java}, searched recursively, in name order) under {@code dir}
   * and throws one {@link AssertionError} listing the mismatches of all of them. An empty or
   * missing directory fails too, so a misspelt path cannot pass silently.
   */
  public static void assertFixtures(Class<? extends Rule> ruleClass, Path dir) {
    RuleFixture fixture = of(ruleClass);
    List<Path> files = fixtures(dir);
    if (files.isEmpty()) {
      throw new AssertionError("no fixtures (*.java) under " + dir.toAbsolutePath());
    }
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      try {
        fixture.assertMatches(file);
      } catch (AssertionError e) {
        failures.add(e.getMessage());
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(
          failures.size()
              + " of "
              + files.size()
              + " fixtures of rule "
              + fixture.rule.id()
              + " failed:\n"
              + String.join("\n", failures));
    }
  }

  /**
   * The fixture files ({@code *.java}) under {@code dir}, recursively, in name order; empty when
   * the directory does not exist. For a parameterized test with one case per fixture.
   */
  public static List<Path> fixtures(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".java"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list fixtures under " + dir, e);
    }
  }

  /** The rule under test. */
  public RuleDescriptor rule() {
    return rule;
  }

  /** Checks the fixture file and throws {@link AssertionError} describing every mismatch. */
  public void assertMatches(Path fixture) {
    String source = read(fixture);
    String fileName = fixture.getFileName().toString();
    java.util.Optional<String> base = header(source, BASE);
    List<Finding> findings =
        base.isEmpty()
            ? findings(fileName, source)
            : findingsForChange(
                fileName,
                base.get().equals(NO_BASE) ? null : read(fixture.resolveSibling(base.get())),
                source);
    Map<Integer, List<String>> expected = expectations(source);
    Map<Integer, List<String>> actual = new TreeMap<>();
    for (Finding f : findings) {
      actual.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(f.ruleId());
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<Integer, List<String>> e : actual.entrySet()) {
      List<String> marks = new ArrayList<>(expected.getOrDefault(e.getKey(), List.of()));
      for (String id : e.getValue()) {
        if (!marks.remove(id)) {
          problems.add(
              "line "
                  + e.getKey()
                  + ": unexpected finding "
                  + id
                  + ": "
                  + messageAt(findings, e.getKey(), id));
        }
      }
    }
    for (Map.Entry<Integer, List<String>> e : expected.entrySet()) {
      List<String> found = new ArrayList<>(actual.getOrDefault(e.getKey(), List.of()));
      for (String id : e.getValue()) {
        if (!found.remove(id)) {
          problems.add("line " + e.getKey() + ": expected " + id + " but it was not reported");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          fixture + " does not match its marks:\n  " + String.join("\n  ", problems));
    }
  }

  /**
   * The findings of this rule on {@code source}, checked as a whole file (no diff) under the
   * header's options and path. Fails on crashes and parse problems.
   */
  public List<Finding> findings(String fileName, String source) {
    String path = path(fileName, source);
    return analyze(
        path,
        source,
        new ChangeSet(null, "fixture", null, List.of(ChangedFile.scanned(path, source))));
  }

  /**
   * The findings of this rule on {@code headSource} checked as a change of {@code baseSource} (the
   * diff is computed line by line, as git would), under the head's options and path.
   *
   * @param baseSource the base version, {@code null} for a file the change adds
   */
  public List<Finding> findingsForChange(String fileName, String baseSource, String headSource) {
    return findingsForChange(fileName, baseSource, headSource, null);
  }

  /**
   * As {@link #findingsForChange(String, String, String)}, for a repository whose newest release
   * before the change is {@code release} ({@code null}: no release known, as without tags); its
   * files are keyed by the fixture's path, {@code src/main/java/} + {@code fileName} unless the
   * source says {@code // path:}.
   */
  public List<Finding> findingsForChange(
      String fileName, String baseSource, String headSource, LastRelease release) {
    String path = path(fileName, headSource);
    ChangedFile file =
        new ChangedFile(
            path,
            baseSource == null ? null : path,
            baseSource == null ? ChangeKind.ADDED : ChangeKind.MODIFIED,
            LineDiffs.between(path, baseSource, headSource),
            baseSource,
            headSource,
            false);
    return analyze(
        path, headSource, new ChangeSet("fixture base", "fixture", null, List.of(file), release));
  }

  private static String path(String fileName, String source) {
    return header(source, PATH).orElse("src/main/java/" + fileName);
  }

  private List<Finding> analyze(String path, String source, ChangeSet change) {
    Map<String, Object> options = options(source);
    ReviewConfig config =
        ReviewConfig.builder()
            .rules(Map.of(rule.id(), new RuleSettings(true, null, null, options)))
            .build();
    AnalysisResult result = new Analyzer(RuleRegistry.of(List.of(rule)), config, 1).analyze(change);
    if (!result.crashes().isEmpty()) {
      throw new AssertionError(
          "rule crashed on " + path + ":\n" + result.crashes().get(0).stackTrace());
    }
    // advisory notices (e.g. a suppression of a rule this one-rule run does not know) are no
    // failure
    List<Notice> skipped = result.notices().stream().filter(n -> !n.advisoryNotice()).toList();
    if (!skipped.isEmpty()) {
      throw new AssertionError("fixture " + path + " did not parse: " + skipped);
    }
    return result.findings();
  }

  private Map<String, Object> options(String source) {
    Map<String, Object> converted = new HashMap<>();
    header(source, OPTIONS)
        .ifPresent(
            yaml -> {
              Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
              if (!(loaded instanceof Map<?, ?> map)) {
                throw new AssertionError(
                    "options header must be a YAML map, e.g. {max: 3}, but was: " + yaml);
              }
              map.forEach(
                  (key, value) -> {
                    Option<?> option =
                        rule.option(String.valueOf(key))
                            .orElseThrow(
                                () ->
                                    new AssertionError(
                                        "rule " + rule.id() + " has no option '" + key + "'"));
                    converted.put(option.name(), option.convert(value));
                  });
            });
    return converted;
  }

  static Map<Integer, List<String>> expectations(String source) {
    Map<Integer, List<String>> marks = new TreeMap<>();
    String[] lines = source.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = EXPECT.matcher(lines[i]);
      if (m.find()) {
        for (String id : m.group(1).split("\\s*,\\s*")) {
          if (!id.isBlank()) {
            marks.computeIfAbsent(i + 1, k -> new ArrayList<>()).add(id.trim());
          }
        }
      }
    }
    return marks;
  }

  private static java.util.Optional<String> header(String source, Pattern pattern) {
    return source
        .lines()
        .map(pattern::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1).trim())
        .findFirst();
  }

  private static String messageAt(List<Finding> findings, int line, String id) {
    return findings.stream()
        .filter(f -> f.line() == line && f.ruleId().equals(id))
        .map(Finding::message)
        .findFirst()
        .orElse("");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture " + file, e);
    }
  }
}
