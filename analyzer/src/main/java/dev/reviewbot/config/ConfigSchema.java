package dev.reviewbot.config;

import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.config.internal.BanReader;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.json.JsonOutput;
import dev.reviewbot.registry.RuleDescriptor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON Schema (draft-07) of {@code .reviewbot.yml} that a loader accepts, for editors: every
 * top-level key with the sections the loader was given, every rule of its registry with the
 * reserved keys and the rule's options (type, default, description). Generated, never written by
 * hand, so it cannot drift from the rules.
 */
public final class ConfigSchema {
  /** Where the committed schema of the built-in rules is published, for {@code $schema=} lines. */
  public static final String URL =
      "https://raw.githubusercontent.com/reviewbot/reviewbot/main/docs/reviewbot.schema.json";

  /** The committed schema, relative to the repository root. */
  public static final String FILE = "docs/reviewbot.schema.json";

  private static final Pattern MINIMUM = Pattern.compile("integer >= (-?\\d+)");

  private ConfigSchema() {}

  /**
   * The schema as text: sorted keys, two-space indents, {@code \n} line ends and a final newline.
   */
  public static String render(ConfigLoader loader) {
    return JsonOutput.text(of(loader));
  }

  /** The schema as plain maps and lists. */
  public static Map<String, Object> of(ConfigLoader loader) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(
        "filter-mode",
        SchemaParts.oneOf(
            "Which findings to show: on added or modified lines, inside the "
                + "diff's hunks, or anywhere in the changed files.",
            FilterMode.ADDED.id(),
            ids(FilterMode.values())));
    properties.put(
        "fail-on",
        SchemaParts.oneOf(
            "Lowest severity that makes check exit 1.",
            Severity.WARNING.id(),
            ids(Severity.values())));
    properties.put(
        "include",
        SchemaParts.withDefault(
            SchemaParts.strings(
                "Globs of repository-relative paths to analyze; empty: every file."),
            List.of()));
    properties.put(
        "exclude",
        SchemaParts.withDefault(
            SchemaParts.strings("Globs of paths never to analyze."), List.of()));
    properties.put(
        "test-code",
        SchemaParts.withDefault(
            SchemaParts.strings("Globs of test code; replaces the defaults."),
            ReviewConfig.DEFAULT_TEST_GLOBS));
    properties.put(
        ConfigLoader.PLUGINS, SchemaParts.strings("Rule jars to load, relative to this file."));
    Map<String, Object> banned = new LinkedHashMap<>();
    banned.put(
        "description",
        "Rules declared here: banned types, constructors, methods, imports or annotations.");
    banned.put("type", "array");
    banned.put("items", BanReader.ENTRY_SCHEMA);
    properties.put(BanReader.KEY, banned);
    properties.put("rules", rules(loader.registry().all()));
    for (ConfigSection<?> section : loader.sections()) {
      properties.put(section.name(), section.schema());
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "http://json-schema.org/draft-07/schema#");
    schema.put("$id", URL);
    schema.put("title", "reviewbot configuration (.reviewbot.yml)");
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("additionalProperties", false);
    return schema;
  }

  /**
   * Each known rule with its keys. Rules that {@code plugins:} or {@code banned:} add can be set
   * too, so other ids take the reserved keys and any option.
   */
  private static Map<String, Object> rules(List<RuleDescriptor> rules) {
    Map<String, Object> byId = new LinkedHashMap<>();
    for (RuleDescriptor rule : rules) {
      Map<String, Map<String, Object>> keys = reservedKeys();
      for (Option<?> option : rule.options()) {
        keys.put(option.name(), option(option));
      }
      byId.put(
          rule.id(),
          SchemaParts.object(
              rule.info().summary() + " (default severity " + rule.info().severity().id() + ")",
              keys));
    }
    Map<String, Object> other = new LinkedHashMap<>();
    other.put("type", SchemaParts.MAP);
    other.put("properties", reservedKeys());
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put(
        "description",
        "Settings by rule id: the reserved keys enabled, severity, tests and channel, and the rule's options.");
    schema.put("type", SchemaParts.MAP);
    schema.put("properties", byId);
    schema.put("additionalProperties", other);
    return schema;
  }

  private static Map<String, Map<String, Object>> reservedKeys() {
    Map<String, Map<String, Object>> keys = new LinkedHashMap<>();
    Map<String, Object> enabled = new LinkedHashMap<>();
    enabled.put("description", "Whether the rule runs.");
    enabled.put("type", "boolean");
    enabled.put("default", true);
    keys.put("enabled", enabled);
    keys.put(
        "severity",
        SchemaParts.oneOf(
            "Severity of its findings, instead of the rule's default.",
            null,
            ids(Severity.values())));
    keys.put(
        "tests",
        SchemaParts.oneOf(
            "How the rule treats test code: skip it, lower the severity, the same, or "
                + "findings in the summary only.",
            null,
            Arrays.stream(TestCodePolicy.values())
                .map(p -> p.name().toLowerCase(Locale.ROOT))
                .toArray(String[]::new)));
    keys.put(
        "channel",
        SchemaParts.oneOf(
            "Where all its findings go: inline comments or summary lines.",
            null,
            Arrays.stream(Channel.values()).map(Channel::id).toArray(String[]::new)));
    return keys;
  }

  /**
   * An option's type from its {@link Option#typeName()}; a type this does not know is left open.
   */
  static Map<String, Object> option(Option<?> option) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("description", option.description());
    String type = option.typeName();
    Matcher minimum = MINIMUM.matcher(type);
    if (minimum.matches()) {
      schema.put("type", "integer");
      schema.put("minimum", Integer.parseInt(minimum.group(1)));
    } else if (type.equals("number") || type.equals("boolean") || type.equals("string")) {
      schema.put("type", type);
    } else if (type.equals("list of strings")) {
      schema.putAll(SchemaParts.strings(option.description()));
    }
    if (option.defaultValue() != null) {
      schema.put("default", option.defaultValue());
    }
    return schema;
  }

  private static String[] ids(FilterMode[] modes) {
    return Arrays.stream(modes).map(FilterMode::id).toArray(String[]::new);
  }

  private static String[] ids(Severity[] severities) {
    return Arrays.stream(severities).map(Severity::id).toArray(String[]::new);
  }
}
