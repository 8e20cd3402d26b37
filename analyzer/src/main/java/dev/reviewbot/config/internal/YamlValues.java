package dev.reviewbot.config.internal;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns a composed YAML node into plain Java values with SnakeYAML's safe constructor (so {@code
 * 0x1F}, {@code 1_000}, {@code yes} and friends mean what YAML says), without giving up the node
 * tree the loader needs for line numbers.
 */
public final class YamlValues extends SafeConstructor {

  private YamlValues() {
    super(new LoaderOptions());
  }

  /** Integer/Long/BigInteger, Double, Boolean, String, List, Map or {@code null}. */
  public static Object construct(Node node) {
    // a constructor keeps state per document: use a fresh one per value
    return new YamlValues().constructObject(node);
  }
}
