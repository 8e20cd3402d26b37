package dev.reviewbot.config.internal;

import dev.reviewbot.api.Option;
import dev.reviewbot.config.ConfigNode;
import dev.reviewbot.config.DidYouMean;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.config.RuleSettings;
import dev.reviewbot.config.internal.RawConfig.PluginEntry;
import dev.reviewbot.config.internal.RawConfig.RuleEntry;
import dev.reviewbot.plugin.PluginException;
import dev.reviewbot.plugin.PluginLoader;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second step of loading: a {@link RawConfig} into the {@link ReviewConfig} a run uses. Adds
 * the rules of {@code plugins:} (loading the jars only if given a {@link PluginLoader}) and of
 * {@code banned:}, then checks each {@code rules:} entry against all the rules known by then, so
 * {@code rules:} can configure the added ones whatever the key order.
 */
public final class ConfigResolver {
  private final RuleRegistry registry;
  private final PluginLoader plugins;

  /**
   * @param registry the rules known before the file adds any
   * @param plugins loads the jars {@code plugins:} names; {@code null} to only record the entries,
   *     for configuration whose author must not run code (a repository the bot-server reviews)
   */
  public ConfigResolver(RuleRegistry registry, PluginLoader plugins) {
    this.registry = registry;
    this.plugins = plugins;
  }

  public ReviewConfig resolve(RawConfig raw) {
    ReviewConfig.Builder config = ReviewConfig.builder().source(raw.source());
    raw.settings().applyTo(config);
    List<RuleDescriptor> added = new ArrayList<>();
    RuleRegistry known = plugins == null ? registry : loadPlugins(raw, added);
    if (raw.banned().isPresent()) {
      List<RuleDescriptor> declared = BanReader.read(raw.banned().get(), known);
      added.addAll(declared);
      known = known.plus(declared);
    }
    return config
        .plugins(raw.plugins().stream().map(PluginEntry::path).toList())
        .addedRules(added)
        .rules(rules(raw.rules(), known))
        .build();
  }

  /**
   * The registry plus the rules of the plugin jars; those rules are also added to {@code added}.
   */
  private RuleRegistry loadPlugins(RawConfig raw, List<RuleDescriptor> added) {
    RuleRegistry known = registry;
    for (PluginEntry entry : raw.plugins()) {
      Path directory =
          raw.directory()
              .orElseThrow(
                  () ->
                      entry
                          .node()
                          .error(
                              "plugin paths are relative to the configuration file, and this configuration was not read from a file"));
      Path jar = directory.resolve(entry.path()).normalize();
      try {
        if (alreadyLoaded(known, jar)) {
          continue; // e.g. also given with --plugin
        }
        RuleRegistry rules = plugins.load(jar);
        known = known.plus(rules);
        added.addAll(rules.all());
      } catch (PluginException | IllegalArgumentException e) {
        throw entry.node().error(e.getMessage());
      }
    }
    return known;
  }

  /** True if {@code known} has rules loaded from {@code jar} itself. */
  private static boolean alreadyLoaded(RuleRegistry known, Path jar) {
    if (!Files.exists(jar)) {
      return false;
    }
    return known.all().stream()
        .filter(RuleDescriptor::isPlugin)
        .map(PluginLoader::jarOf)
        .anyMatch(from -> from.filter(path -> sameFile(path, jar)).isPresent());
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static Map<String, RuleSettings> rules(List<RuleEntry> entries, RuleRegistry known) {
    List<String> ids = known.all().stream().map(RuleDescriptor::id).toList();
    Map<String, RuleSettings> result = new HashMap<>();
    for (RuleEntry entry : entries) {
      RuleDescriptor rule =
          known
              .find(entry.id())
              .orElseThrow(
                  () ->
                      entry
                          .node()
                          .error(
                              "unknown rule"
                                  + DidYouMean.hint(entry.id(), ids)
                                  + "; known rules: "
                                  + String.join(", ", ids)));
      RuleSettings reserved = entry.reserved();
      result.put(
          rule.id(),
          new RuleSettings(
              reserved.enabled(),
              reserved.severity(),
              reserved.tests(),
              reserved.channel(),
              options(rule, entry.options())));
    }
    return result;
  }

  /** The option values converted to the options' types. */
  private static Map<String, Object> options(RuleDescriptor rule, Map<String, ConfigNode> written) {
    Map<String, Object> result = new HashMap<>();
    written.forEach(
        (name, value) -> {
          Option<?> option =
              rule.option(name)
                  .orElseThrow(
                      () ->
                          value.error(
                              "unknown option of rule "
                                  + rule.id()
                                  + DidYouMean.hint(name, keyNames(rule))
                                  + "; valid keys: "
                                  + String.join(", ", validKeys(rule))));
          result.put(option.name(), value.convert(option));
        });
    return result;
  }

  /** The reserved keys every rule has, then the rule's option names. */
  private static List<String> keyNames(RuleDescriptor rule) {
    List<String> keys = new ArrayList<>(RuleEntry.RESERVED_KEYS);
    rule.options().forEach(o -> keys.add(o.name()));
    return keys;
  }

  private static List<String> validKeys(RuleDescriptor rule) {
    List<String> keys = new ArrayList<>(RuleEntry.RESERVED_KEYS);
    rule.options().stream()
        .map(o -> o.name() + " (" + o.typeName() + ")")
        .sorted()
        .forEach(keys::add);
    return keys;
  }
}
