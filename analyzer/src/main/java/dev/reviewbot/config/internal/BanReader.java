package dev.reviewbot.config.internal;

import dev.reviewbot.api.Severity;
import dev.reviewbot.config.ConfigException;
import dev.reviewbot.config.ConfigNode;
import dev.reviewbot.config.DidYouMean;
import dev.reviewbot.config.SchemaParts;
import dev.reviewbot.declared.Ban;
import dev.reviewbot.declared.DeclaredRules;
import dev.reviewbot.declared.JavaNames;
import dev.reviewbot.glob.Glob;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the {@code banned:} list of {@code .reviewbot.yml} into rules ({@link DeclaredRules}
 * describes the syntax); checks every key, id and name, and says where a mistake is.
 */
public final class BanReader {
  /** The top-level key of {@code .reviewbot.yml}. */
  public static final String KEY = "banned";

  private static final List<String> KINDS =
      List.of("types", "constructors", "methods", "imports", "annotations");
  private static final List<String> KEYS =
      List.of(
          "id",
          "message",
          "severity",
          "types",
          "constructors",
          "methods",
          "imports",
          "annotations",
          "paths");

  /** One ban, for the configuration's JSON Schema; the keys are those of {@link #KEYS}. */
  public static final Map<String, Object> ENTRY_SCHEMA = entrySchema();

  private BanReader() {}

  private static Map<String, Object> entrySchema() {
    Map<String, Map<String, Object>> keys = new LinkedHashMap<>();
    keys.put(
        "id",
        SchemaParts.string(
            "The rule's id: lower-case words joined by dashes, e.g. no-java-util-date."));
    keys.put("message", SchemaParts.string("What to do instead, shown with every finding."));
    keys.put(
        "severity",
        SchemaParts.oneOf("Severity of its findings.", null, "info", "warning", "error"));
    keys.put("types", SchemaParts.strings("Fully qualified types: any use of them."));
    keys.put(
        "constructors",
        SchemaParts.strings("Types whose constructors are banned: new X(..), X::new."));
    keys.put(
        "methods",
        SchemaParts.strings(
            "Methods as owner#name, e.g. java.lang.System#exit: calls and method references."));
    keys.put(
        "imports", SchemaParts.strings("Imported names, or packages with .* for all below them."));
    keys.put("annotations", SchemaParts.strings("Fully qualified annotation types."));
    keys.put("paths", SchemaParts.strings("Only files matching one of these globs."));
    Map<String, Object> schema =
        new LinkedHashMap<>(SchemaParts.object("A rule declared here: a banned API.", keys));
    schema.put("type", "object");
    schema.put("required", List.of("id", "message", "severity"));
    return Collections.unmodifiableMap(schema);
  }

  /**
   * The rules the {@code banned:} list declares.
   *
   * @param known the rules already known (built-in and plugins): a declared id must differ from
   *     theirs
   * @throws ConfigException naming the file, line and key of any mistake
   */
  public static List<RuleDescriptor> read(ConfigNode banned, RuleRegistry known) {
    List<RuleDescriptor> rules = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    for (ConfigNode item : banned.items()) {
      Map<String, ConfigNode> entries = item.entries();
      for (Map.Entry<String, ConfigNode> entry : entries.entrySet()) {
        if (!KEYS.contains(entry.getKey())) {
          throw entry
              .getValue()
              .error(
                  "unknown key"
                      + DidYouMean.hint(entry.getKey(), KEYS)
                      + "; expected one of "
                      + String.join(", ", KEYS));
        }
      }
      ConfigNode idNode = required(item, entries, "id");
      String id = idNode.text().trim();
      if (!RuleDescriptor.isValidId(id)) {
        throw idNode.error(
            "rule id '"
                + id
                + "' must be lower-case words joined by dashes, e.g. no-java-util-date");
      }
      known
          .find(id)
          .ifPresent(
              rule -> {
                throw idNode.error(
                    "'"
                        + id
                        + "' is already the id of a rule ("
                        + rule.type().getName()
                        + ", "
                        + rule.origin()
                        + "); pick another id");
              });
      Integer first = lines.putIfAbsent(id, idNode.line());
      if (first != null) {
        throw idNode.error("duplicate id '" + id + "' (first declared at line " + first + ")");
      }
      rules.add(DeclaredRules.descriptor(read(item, entries, id), banned.source()));
    }
    return List.copyOf(rules);
  }

  private static Ban read(ConfigNode item, Map<String, ConfigNode> entries, String id) {
    String message = required(item, entries, "message").text().trim();
    if (message.isEmpty()) {
      throw entries.get("message").error("expected a message saying what to do instead");
    }
    Severity severity = required(item, entries, "severity").parse(Severity::parse);
    if (KINDS.stream().noneMatch(entries::containsKey)) {
      throw item.error(
          "ban '" + id + "' bans nothing: give at least one of " + String.join(", ", KINDS));
    }
    return new Ban(
        id,
        message,
        severity,
        names(entries.get("types"), BanReader::qualifiedName),
        names(entries.get("constructors"), BanReader::qualifiedName),
        names(entries.get("methods"), Ban.MethodName::parse),
        List.copyOf(names(entries.get("imports"), BanReader::importName)),
        names(entries.get("annotations"), BanReader::qualifiedName),
        List.copyOf(names(entries.get("paths"), BanReader::glob)));
  }

  private static ConfigNode required(ConfigNode item, Map<String, ConfigNode> entries, String key) {
    ConfigNode node = entries.get(key);
    if (node == null || node.isNull()) {
      throw item.error("missing '" + key + "'; every ban needs id, message and severity");
    }
    return node;
  }

  private static <T> Set<T> names(ConfigNode node, Function<String, T> parser) {
    Set<T> result = new LinkedHashSet<>();
    if (node == null) {
      return result;
    }
    for (ConfigNode item : node.items()) {
      result.add(item.parse(text -> parser.apply(text.trim())));
    }
    return result;
  }

  private static String qualifiedName(String text) {
    if (!JavaNames.isQualified(text)) {
      throw new IllegalArgumentException(
          "expected a fully qualified type name, e.g. java.util.Date, but was '" + text + "'");
    }
    return text;
  }

  private static String importName(String text) {
    String name = text.endsWith(".*") ? text.substring(0, text.length() - 2) : text;
    if (!JavaNames.isQualified(name) && !JavaNames.isIdentifier(name)) {
      throw new IllegalArgumentException(
          "expected an imported name (java.util.Date) or a package with .* (sun.misc.*), but was '"
              + text
              + "'");
    }
    return text;
  }

  private static Glob glob(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("expected a glob but was an empty string");
    }
    if (text.startsWith("/")) {
      throw new IllegalArgumentException(
          "globs match repository-relative paths; drop the leading '/' of '" + text + "'");
    }
    return Glob.of(text);
  }
}
