package dev.reviewbot.config;

import dev.reviewbot.api.Option;
import dev.reviewbot.config.internal.YamlValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One value of the configuration file together with where it is: the file, the line of the key that
 * introduced it and its dotted key path. Every accessor that finds the wrong kind of value throws a
 * {@link ConfigException} naming all three, so section readers never lose the location.
 */
public final class ConfigNode {
  private final String source;
  private final String path;
  private final int line;
  private final Node node;
  private final Path directory;

  private ConfigNode(String source, String path, int line, Node node, Path directory) {
    this.source = source;
    this.path = path;
    this.line = line;
    this.node = node;
    this.directory = directory;
  }

  /**
   * The whole document; {@code node} is what SnakeYAML's composer returned.
   *
   * @param directory the configuration file's directory, {@code null} for text not read from a file
   */
  public static ConfigNode root(String source, Node node, Path directory) {
    return new ConfigNode(source, "", lineOf(node.getStartMark()), node, directory);
  }

  /**
   * The directory of the configuration file, which relative paths in it start from; empty for
   * configuration not read from a file (e.g. fetched from GitHub).
   */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /** The file as the user knows it, e.g. {@code .reviewbot.yml}. */
  public String source() {
    return source;
  }

  /** Dotted key path, e.g. {@code rules.argument-count.max}; list items add {@code [i]}. */
  public String path() {
    return path;
  }

  /** 1-based line of the key (or, for a list item, of the item). */
  public int line() {
    return line;
  }

  /** True for an empty value ({@code key:} with nothing after it, {@code ~} or {@code null}). */
  public boolean isNull() {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  /**
   * The entries of a map in file order. An empty value counts as an empty map, so a section written
   * as {@code rules:} with nothing under it simply sets nothing.
   *
   * @throws ConfigException if this is not a map, a key is not a plain value, or a key repeats
   */
  public Map<String, ConfigNode> entries() {
    if (isNull()) {
      return Map.of();
    }
    if (!(node instanceof MappingNode mapping)) {
      throw error("expected a map of keys but was " + describe());
    }
    Map<String, ConfigNode> result = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      int keyLine = lineOf(tuple.getKeyNode().getStartMark());
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        throw new ConfigException(
            source, keyLine, path, "keys must be plain words, not a list or a map");
      }
      String key = keyNode.getValue();
      ConfigNode child =
          new ConfigNode(
              source,
              path.isEmpty() ? key : path + "." + key,
              keyLine,
              tuple.getValueNode(),
              directory);
      if (result.putIfAbsent(key, child) != null) {
        throw child.error("duplicate key (first at line " + result.get(key).line() + ")");
      }
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * The items of a list; a single plain value counts as a one-item list.
   *
   * @throws ConfigException if this is empty or a map
   */
  public List<ConfigNode> items() {
    if (node instanceof ScalarNode && !isNull()) {
      return List.of(this);
    }
    if (!(node instanceof SequenceNode sequence)) {
      throw error("expected a list but was " + describe());
    }
    List<ConfigNode> result = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      result.add(
          new ConfigNode(
              source,
              path + "[" + result.size() + "]",
              lineOf(item.getStartMark()),
              item,
              directory));
    }
    return List.copyOf(result);
  }

  /**
   * The text of a plain value, whatever YAML would make of it ({@code 12} gives {@code "12"}).
   *
   * @throws ConfigException if this is empty, a list or a map
   */
  public String text() {
    if (!(node instanceof ScalarNode scalar) || isNull()) {
      throw error("expected a single value but was " + describe());
    }
    return scalar.getValue();
  }

  /** {@code true} or {@code false}. */
  public boolean bool() {
    if (value() instanceof Boolean b) {
      return b;
    }
    throw error("expected true or false but was " + describe());
  }

  /**
   * The value as plain Java objects, as YAML reads it: Integer/Long, Double, Boolean, String, List,
   * Map, or {@code null}.
   */
  public Object value() {
    try {
      return YamlValues.construct(node);
    } catch (YAMLException e) {
      throw error("cannot read the value: " + e.getMessage());
    }
  }

  /** The value converted to a rule option's type. */
  public <T> T convert(Option<T> option) {
    Object value = value();
    try {
      return option.convert(value);
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage());
    }
  }

  /**
   * The text parsed by {@code parser}, which signals a bad value with an {@link
   * IllegalArgumentException} saying what it expected.
   */
  public <T> T parse(Function<String, T> parser) {
    String text = text();
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage());
    }
  }

  /** An exception naming this node's file, line and key. */
  public ConfigException error(String problem) {
    return new ConfigException(source, line, path, problem);
  }

  /**
   * What the value is, for messages: {@code string 'six'}, {@code a list}, {@code a map}, {@code
   * empty}.
   */
  public String describe() {
    if (isNull()) {
      return "empty";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node instanceof MappingNode) {
      return "a map";
    }
    Tag tag = node.getTag();
    String kind =
        Tag.INT.equals(tag)
            ? "integer"
            : Tag.FLOAT.equals(tag) ? "number" : Tag.BOOL.equals(tag) ? "boolean" : "string";
    return kind + " '" + ((ScalarNode) node).getValue() + "'";
  }

  static int lineOf(Mark mark) {
    return mark == null ? 0 : mark.getLine() + 1;
  }

  @Override
  public String toString() {
    return source + ":" + line + ": " + path;
  }
}
