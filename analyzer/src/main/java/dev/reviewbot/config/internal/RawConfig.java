package dev.reviewbot.config.internal;

import dev.reviewbot.api.Severity;
import dev.reviewbot.config.ConfigNode;
import dev.reviewbot.config.ConfigSection;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.config.RuleSettings;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.glob.Glob;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a configuration file says, read without looking up a rule or loading a plugin: the output of
 * {@link ConfigParser} and the input of {@link ConfigResolver}. What only the resolver can check
 * keeps its {@link ConfigNode}, so its errors still name the file, the line and the key.
 *
 * @param source the file as the user knows it, used in every message
 * @param directory the file's directory, which {@code plugins:} paths are relative to; empty for
 *     text not read from a file
 * @param settings the keys that need no knowledge of the rules
 * @param rules the {@code rules:} entries in file order
 * @param plugins the {@code plugins:} entries in file order
 * @param banned the {@code banned:} list; the ids it declares must differ from those of the known
 *     rules, so it is read when they are known
 */
public record RawConfig(
    String source,
    Optional<Path> directory,
    Settings settings,
    List<RuleEntry> rules,
    List<PluginEntry> plugins,
    Optional<ConfigNode> banned) {

  public RawConfig {
    rules = List.copyOf(rules);
    plugins = List.copyOf(plugins);
  }

  /**
   * The keys whose values need no knowledge of the rules, already checked and converted; a key the
   * file does not set is empty.
   *
   * @param sections the values of the feature sections the file has
   */
  public record Settings(
      Optional<FilterMode> filterMode,
      Optional<Severity> failOn,
      Optional<List<Glob>> include,
      Optional<List<Glob>> exclude,
      Optional<List<Glob>> testCode,
      List<SectionValue<?>> sections) {

    public Settings {
      sections = List.copyOf(sections);
    }

    /** Sets what the file sets; the rest keeps the builder's values. */
    void applyTo(ReviewConfig.Builder config) {
      filterMode.ifPresent(config::filterMode);
      failOn.ifPresent(config::failOn);
      include.ifPresent(config::include);
      exclude.ifPresent(config::exclude);
      testCode.ifPresent(config::testCode);
      sections.forEach(value -> value.addTo(config));
    }
  }

  /**
   * One entry under {@code rules:}.
   *
   * @param node the entry, for errors about the rule id
   * @param reserved the keys every rule has ({@link #RESERVED_KEYS}); its options are empty
   * @param options the other keys, in file order: the rule's options, checked and converted once
   *     the rule is known
   */
  public record RuleEntry(
      String id, ConfigNode node, RuleSettings reserved, Map<String, ConfigNode> options) {
    public static final List<String> RESERVED_KEYS =
        List.of("enabled", "severity", "tests", "channel");

    public RuleEntry {
      options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }
  }

  /** One entry under {@code plugins:}: the jar's path as written, trimmed. */
  public record PluginEntry(String path, ConfigNode node) {}

  /** The value a feature's section reader made of the file's section. */
  public record SectionValue<T>(ConfigSection<T> section, T value) {
    void addTo(ReviewConfig.Builder config) {
      config.section(section, value);
    }
  }
}
