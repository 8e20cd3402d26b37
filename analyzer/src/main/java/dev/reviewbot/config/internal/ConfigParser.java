package dev.reviewbot.config.internal;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.config.ConfigLoader;
import dev.reviewbot.config.ConfigNode;
import dev.reviewbot.config.ConfigSection;
import dev.reviewbot.config.DidYouMean;
import dev.reviewbot.config.RuleSettings;
import dev.reviewbot.config.internal.RawConfig.PluginEntry;
import dev.reviewbot.config.internal.RawConfig.RuleEntry;
import dev.reviewbot.config.internal.RawConfig.SectionValue;
import dev.reviewbot.config.internal.RawConfig.Settings;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.glob.Glob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The first step of loading: YAML into a {@link RawConfig}. Checks everything that needs no
 * knowledge of the rules (YAML syntax, top-level keys, value types, globs, the reserved keys of
 * each rule, feature sections) and loads nothing.
 */
public final class ConfigParser {
  private static final List<String> KEYS =
      List.of(
          "filter-mode",
          "fail-on",
          "include",
          "exclude",
          "test-code",
          "rules",
          ConfigLoader.PLUGINS,
          BanReader.KEY);

  private final Map<String, ConfigSection<?>> sections;

  /** A parser of the built-in keys and {@code sections}. */
  public ConfigParser(Collection<ConfigSection<?>> sections) {
    this.sections =
        sections.stream().collect(Collectors.toMap(ConfigSection::name, section -> section));
  }

  /** The top-level keys this parser accepts, sorted. */
  public List<String> knownKeys() {
    TreeSet<String> all = new TreeSet<>(KEYS);
    all.addAll(sections.keySet());
    return List.copyOf(all);
  }

  /**
   * A file, read as UTF-8.
   *
   * @param source the file as the user knows it, used in every message
   */
  public RawConfig read(Path file, String source) {
    return parse(YamlDocument.read(file, source), source, file.toAbsolutePath().getParent());
  }

  /**
   * Configuration text.
   *
   * @param directory where relative paths in it start from; {@code null} for text not read from a
   *     file
   */
  public RawConfig parse(String yaml, String source, Path directory) {
    Map<String, ConfigNode> entries =
        YamlDocument.root(yaml, source, directory).map(ConfigNode::entries).orElse(Map.of());
    entries.forEach(this::checkKnown);
    Settings settings =
        new Settings(
            value(entries, "filter-mode", node -> node.parse(FilterMode::parse)),
            value(entries, "fail-on", node -> node.parse(Severity::parse)),
            value(entries, "include", ConfigParser::globs),
            value(entries, "exclude", ConfigParser::globs),
            value(entries, "test-code", ConfigParser::globs),
            sectionValues(entries));
    return new RawConfig(
        source,
        Optional.ofNullable(directory),
        settings,
        value(entries, "rules", ConfigParser::rules).orElse(List.of()),
        value(entries, ConfigLoader.PLUGINS, ConfigParser::plugins).orElse(List.of()),
        Optional.ofNullable(entries.get(BanReader.KEY)));
  }

  private void checkKnown(String key, ConfigNode node) {
    if (!KEYS.contains(key) && !sections.containsKey(key)) {
      throw node.error(
          "unknown key"
              + DidYouMean.hint(key, knownKeys())
              + "; expected one of "
              + String.join(", ", knownKeys()));
    }
  }

  private static <T> Optional<T> value(
      Map<String, ConfigNode> entries, String key, Function<ConfigNode, T> reader) {
    return Optional.ofNullable(entries.get(key)).map(reader);
  }

  private List<SectionValue<?>> sectionValues(Map<String, ConfigNode> entries) {
    List<SectionValue<?>> result = new ArrayList<>();
    entries.forEach(
        (key, node) -> {
          ConfigSection<?> section = sections.get(key);
          if (section != null) {
            sectionValue(section, node).ifPresent(result::add);
          }
        });
    return result;
  }

  private static <T> Optional<SectionValue<T>> sectionValue(
      ConfigSection<T> section, ConfigNode node) {
    return Optional.ofNullable(section.read(node)).map(value -> new SectionValue<>(section, value));
  }

  private static List<PluginEntry> plugins(ConfigNode node) {
    List<PluginEntry> result = new ArrayList<>();
    for (ConfigNode item : node.items()) {
      String path = item.text().trim();
      if (path.isEmpty()) {
        throw item.error("expected the path of a plugin jar but was an empty string");
      }
      result.add(new PluginEntry(path, item));
    }
    return result;
  }

  private static List<RuleEntry> rules(ConfigNode node) {
    return node.entries().entrySet().stream()
        .map(entry -> rule(entry.getKey(), entry.getValue()))
        .toList();
  }

  private static RuleEntry rule(String id, ConfigNode node) {
    Boolean enabled = null;
    Severity severity = null;
    TestCodePolicy tests = null;
    Channel channel = null;
    Map<String, ConfigNode> options = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
      ConfigNode value = entry.getValue();
      switch (entry.getKey()) {
        case "enabled" -> enabled = value.bool();
        case "severity" -> severity = value.parse(Severity::parse);
        case "tests" -> tests = value.parse(ConfigParser::testCodePolicy);
        case "channel" -> channel = value.parse(ConfigParser::channel);
        default -> options.put(entry.getKey(), value);
      }
    }
    return new RuleEntry(
        id, node, new RuleSettings(enabled, severity, tests, channel, Map.of()), options);
  }

  private static TestCodePolicy testCodePolicy(String text) {
    for (TestCodePolicy policy : TestCodePolicy.values()) {
      if (policy.name().equalsIgnoreCase(text.trim())) {
        return policy;
      }
    }
    throw new IllegalArgumentException(
        "expected one of skip, lower, same, summary but was '" + text + "'");
  }

  private static Channel channel(String text) {
    for (Channel channel : Channel.values()) {
      if (channel.id().equals(text.trim())) {
        return channel;
      }
    }
    throw new IllegalArgumentException("expected inline or summary but was '" + text + "'");
  }

  private static List<Glob> globs(ConfigNode node) {
    List<Glob> result = new ArrayList<>();
    for (ConfigNode item : node.items()) {
      String pattern = item.text().trim();
      if (pattern.isEmpty()) {
        throw item.error("expected a glob but was an empty string");
      }
      if (pattern.startsWith("/")) {
        // paths are repository-relative: a leading slash would silently match nothing
        throw item.error(
            "globs match repository-relative paths; drop the leading '/' of '" + pattern + "'");
      }
      result.add(Glob.of(pattern));
    }
    return result;
  }
}
