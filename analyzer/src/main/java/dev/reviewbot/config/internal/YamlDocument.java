package dev.reviewbot.config.internal;

import dev.reviewbot.config.ConfigException;
import dev.reviewbot.config.ConfigNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A configuration file's text and its YAML node tree. A file that cannot be read or is not YAML is
 * a {@link ConfigException} naming the file (and the line, where the parser knows it).
 */
final class YamlDocument {
  private YamlDocument() {}

  /** The file's text, read as UTF-8. */
  static String read(Path file, String source) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigException(source, 0, "", "config file not found", e);
    } catch (CharacterCodingException e) {
      throw new ConfigException(source, 0, "", "not valid UTF-8 text", e);
    } catch (IOException e) {
      throw new ConfigException(source, 0, "", "cannot read: " + e, e);
    }
  }

  /** The document's root; empty for text without one (empty, or only comments). */
  static Optional<ConfigNode> root(String yaml, String source, Path directory) {
    return Optional.ofNullable(compose(yaml, source))
        .map(node -> ConfigNode.root(source, node, directory));
  }

  private static Node compose(String yaml, String source) {
    String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
    try {
      return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
      throw new ConfigException(source, line, "", "not valid YAML: " + problem.strip(), e);
    } catch (YAMLException e) {
      throw new ConfigException(source, 0, "", "not valid YAML: " + e.getMessage(), e);
    } catch (NumberFormatException e) {
      // SnakeYAML parses the hex digits of an escape without checking that the text has any left
      int lastLine = (int) Math.max(1, text.lines().count());
      throw new ConfigException(
          source,
          lastLine,
          "",
          "not valid YAML: the file ends inside an escape sequence (\\x, \\u or \\U without its hex digits)",
          e);
    } catch (RuntimeException e) {
      // the file is untrusted input: whatever else the YAML parser trips over is still a config
      // error
      throw new ConfigException(source, 0, "", "not valid YAML: the parser failed (" + e + ")", e);
    }
  }
}
