package dev.reviewbot.config;

import dev.reviewbot.api.Severity;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The effective configuration of a run, usually read from {@code .reviewbot.yml}.
 *
 * @param filterMode which findings to show relative to the diff
 * @param failOn lowest severity that makes {@code check} exit 1
 * @param include globs of files to analyze (empty: all)
 * @param exclude globs of files never to analyze
 * @param testCode globs of files that are test code
 * @param rules per-rule settings by rule id
 * @param source where it was read from, for messages; {@code null} for built-in defaults
 * @param sections values of the sections features add ({@link ConfigSection}), by section name;
 *     a section absent here has its default value
 * @param addedRules rules the file adds to the registry: those of the plugins it loaded and those
 *     it declares ({@code banned:}); the engine runs them beside the registry's
 * @param plugins the {@code plugins:} entries as written, whether or not they were loaded (a
 *     loader that does not load plugins, as the bot-server's, only records them)
 */
public record ReviewConfig(
    FilterMode filterMode,
    Severity failOn,
    List<Glob> include,
    List<Glob> exclude,
    List<Glob> testCode,
    Map<String, RuleSettings> rules,
    String source,
    Map<String, Object> sections,
    List<RuleDescriptor> addedRules,
    List<String> plugins) {

  public static final List<String> DEFAULT_TEST_GLOBS = List.of(
      "**/src/test/**", "**/src/it/**", "**/src/testFixtures/**", "**/src/integrationTest/**",
      "**/*Test.java", "**/*Tests.java", "**/*IT.java", "**/*TestCase.java");

  public ReviewConfig {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    testCode = List.copyOf(testCode);
    rules = Map.copyOf(rules);
    sections = Map.copyOf(sections);
    addedRules = List.copyOf(addedRules);
    plugins = List.copyOf(plugins);
  }

  /** A configuration that adds no rules. */
  public ReviewConfig(FilterMode filterMode, Severity failOn, List<Glob> include, List<Glob> exclude,
      List<Glob> testCode, Map<String, RuleSettings> rules, String source, Map<String, Object> sections) {
    this(filterMode, failOn, include, exclude, testCode, rules, source, sections, List.of(), List.of());
  }

  /** A configuration with no feature sections set. */
  public ReviewConfig(FilterMode filterMode, Severity failOn, List<Glob> include, List<Glob> exclude,
      List<Glob> testCode, Map<String, RuleSettings> rules, String source) {
    this(filterMode, failOn, include, exclude, testCode, rules, source, Map.of());
  }

  public static ReviewConfig defaults() {
    return new ReviewConfig(FilterMode.ADDED, Severity.WARNING, List.of(), List.of(),
        DEFAULT_TEST_GLOBS.stream().map(Glob::of).toList(), Map.of(), null);
  }

  public RuleSettings rule(String id) {
    return rules.getOrDefault(id, RuleSettings.DEFAULT);
  }

  /** True if the path is to be analyzed under include/exclude. */
  public boolean isIncluded(String path) {
    boolean included = include.isEmpty() || include.stream().anyMatch(g -> g.matches(path));
    return included && exclude.stream().noneMatch(g -> g.matches(path));
  }

  public boolean isTestCode(String path) {
    return testCode.stream().anyMatch(g -> g.matches(path));
  }

  /** The value of a feature's section, or the section's default when the file has none. */
  public <T> T section(ConfigSection<T> section) {
    Object value = sections.get(section.name());
    return value == null ? section.defaultValue() : section.type().cast(value);
  }

  public <T> ReviewConfig withSection(ConfigSection<T> section, T value) {
    Map<String, Object> newSections = new HashMap<>(sections);
    newSections.put(section.name(), section.type().cast(value));
    return new ReviewConfig(filterMode, failOn, include, exclude, testCode, rules, source, newSections, addedRules, plugins);
  }

  public ReviewConfig withFilterMode(FilterMode mode) {
    return new ReviewConfig(mode, failOn, include, exclude, testCode, rules, source, sections, addedRules, plugins);
  }

  public ReviewConfig withFailOn(Severity severity) {
    return new ReviewConfig(filterMode, severity, include, exclude, testCode, rules, source, sections, addedRules, plugins);
  }

  /**
   * {@code registry} plus the rules this configuration adds: the rule set reporters describe.
   *
   * @throws IllegalArgumentException naming both origins on a duplicate id
   */
  public RuleRegistry registry(RuleRegistry registry) {
    return registry.plus(addedRules);
  }

  public ReviewConfig withRules(Map<String, RuleSettings> newRules) {
    return new ReviewConfig(filterMode, failOn, include, exclude, testCode, newRules, source, sections, addedRules, plugins);
  }
}
