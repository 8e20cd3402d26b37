package dev.reviewbot.config;

import dev.reviewbot.api.Severity;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.glob.Glob;
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
 * @param sections values of the sections features add ({@link ConfigSection}), by section name; a
 *     section absent here has its default value
 * @param addedRules rules the file adds to the registry: those of the plugins it loaded and those
 *     it declares ({@code banned:}); the engine runs them beside the registry's
 * @param plugins the {@code plugins:} entries as written, whether or not they were loaded (a loader
 *     that does not load plugins, as the bot-server's, only records them)
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

  public static final List<String> DEFAULT_TEST_GLOBS =
      List.of(
          "**/src/test/**",
          "**/src/it/**",
          "**/src/testFixtures/**",
          "**/src/integrationTest/**",
          "**/*Test.java",
          "**/*Tests.java",
          "**/*IT.java",
          "**/*TestCase.java");

  /**
   * Use {@link #builder()} or {@link #toBuilder()}: a record's canonical constructor cannot be
   * private.
   */
  public ReviewConfig {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    testCode = List.copyOf(testCode);
    rules = Map.copyOf(rules);
    sections = Map.copyOf(sections);
    addedRules = List.copyOf(addedRules);
    plugins = List.copyOf(plugins);
  }

  /** The configuration of a repository without a configuration file. */
  public static ReviewConfig defaults() {
    return builder().build();
  }

  /** A builder that starts from the {@linkplain #defaults() defaults}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this configuration, for a copy that changes a few values. */
  public Builder toBuilder() {
    return new Builder(this);
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

  /**
   * {@code registry} plus the rules this configuration adds: the rule set reporters describe.
   *
   * @throws IllegalArgumentException naming both origins on a duplicate id
   */
  public RuleRegistry registry(RuleRegistry registry) {
    return registry.plus(addedRules);
  }

  /** Sets what differs from the defaults or from the configuration it started from. */
  public static final class Builder {
    private FilterMode filterMode = FilterMode.ADDED;
    private Severity failOn = Severity.WARNING;
    private List<Glob> include = List.of();
    private List<Glob> exclude = List.of();
    private List<Glob> testCode = DEFAULT_TEST_GLOBS.stream().map(Glob::of).toList();
    private Map<String, RuleSettings> rules = Map.of();
    private String source;
    private final Map<String, Object> sections = new HashMap<>();
    private List<RuleDescriptor> addedRules = List.of();
    private List<String> plugins = List.of();

    private Builder() {}

    private Builder(ReviewConfig from) {
      filterMode = from.filterMode;
      failOn = from.failOn;
      include = from.include;
      exclude = from.exclude;
      testCode = from.testCode;
      rules = from.rules;
      source = from.source;
      sections.putAll(from.sections);
      addedRules = from.addedRules;
      plugins = from.plugins;
    }

    public Builder filterMode(FilterMode value) {
      filterMode = value;
      return this;
    }

    public Builder failOn(Severity value) {
      failOn = value;
      return this;
    }

    public Builder include(List<Glob> value) {
      include = value;
      return this;
    }

    public Builder exclude(List<Glob> value) {
      exclude = value;
      return this;
    }

    /** Replaces the test-code globs, the defaults too. */
    public Builder testCode(List<Glob> value) {
      testCode = value;
      return this;
    }

    /** Replaces the settings of every rule. */
    public Builder rules(Map<String, RuleSettings> value) {
      rules = value;
      return this;
    }

    public Builder source(String value) {
      source = value;
      return this;
    }

    public <T> Builder section(ConfigSection<T> section, T value) {
      sections.put(section.name(), section.type().cast(value));
      return this;
    }

    public Builder addedRules(List<RuleDescriptor> value) {
      addedRules = value;
      return this;
    }

    public Builder plugins(List<String> value) {
      plugins = value;
      return this;
    }

    public ReviewConfig build() {
      return new ReviewConfig(
          filterMode,
          failOn,
          include,
          exclude,
          testCode,
          rules,
          source,
          sections,
          addedRules,
          plugins);
    }
  }
}
