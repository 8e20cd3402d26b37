package dev.reviewbot.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a workflow or action.yml the way GitHub does: every scalar stays the text it is written as
 * ({@code on} is the key "on", not YAML 1.1's {@code true}); a duplicate key is an error, as on
 * GitHub.
 */
final class WorkflowYaml {
  private WorkflowYaml() {}

  /** Maps, lists and strings; {@code null} for an empty value. */
  static Map<String, Object> read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Node root = new Yaml(new LoaderOptions()).compose(in);
      Object value = plain(root);
      if (!(value instanceof Map)) {
        throw new IllegalArgumentException(file + " is not a YAML mapping");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) value;
      return map;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository's root: the directory above the working directory that holds action.yml. */
  static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("action.yml")) && Files.isDirectory(dir.resolve("cli"))) {
        return dir;
      }
    }
    throw new AssertionError("no action.yml above " + Path.of("").toAbsolutePath());
  }

  private static Object plain(Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue().isEmpty() && scalar.getTag().getValue().endsWith(":null")
          ? null
          : scalar.getValue();
    }
    if (node instanceof SequenceNode sequence) {
      List<Object> list = new ArrayList<>();
      sequence.getValue().forEach(item -> list.add(plain(item)));
      return list;
    }
    MappingNode mapping = (MappingNode) node;
    Map<String, Object> map = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = (String) plain(tuple.getKeyNode());
      if (map.containsKey(key)) {
        throw new IllegalArgumentException(
            "duplicate key '" + key + "' at " + tuple.getKeyNode().getStartMark());
      }
      map.put(key, plain(tuple.getValueNode()));
    }
    return map;
  }
}
