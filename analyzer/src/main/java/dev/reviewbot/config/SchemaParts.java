package dev.reviewbot.config;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema fragments, as plain maps, for the parts of {@code .reviewbot.yml}: sections describe
 * their keys with these ({@link ConfigSection#withSchema}), and {@link ConfigSchema} puts them
 * together.
 */
public final class SchemaParts {
  private SchemaParts() {}

  /**
   * The type of a map: an empty value ({@code rules:} with nothing under it) counts as an empty
   * map.
   */
  public static final List<String> MAP = List.of("object", "null");

  /** A map with exactly these keys, each optional; may be empty. */
  public static Map<String, Object> object(
      String description, Map<String, Map<String, Object>> properties) {
    Map<String, Object> schema = described(description);
    schema.put("type", MAP);
    schema.put("properties", Collections.unmodifiableMap(new LinkedHashMap<>(properties)));
    schema.put("additionalProperties", false);
    return Collections.unmodifiableMap(schema);
  }

  public static Map<String, Object> string(String description) {
    Map<String, Object> schema = described(description);
    schema.put("type", "string");
    return Collections.unmodifiableMap(schema);
  }

  /**
   * A list of strings; a single string counts as a one-item list, as {@link ConfigNode#items} reads
   * it.
   */
  public static Map<String, Object> strings(String description) {
    Map<String, Object> schema = described(description);
    schema.put(
        "anyOf",
        List.of(
            Map.of("type", "string"), Map.of("type", "array", "items", Map.of("type", "string"))));
    return Collections.unmodifiableMap(schema);
  }

  /** A number from {@code minimum} to {@code maximum}; {@code defaultValue} may be {@code null}. */
  public static Map<String, Object> number(
      String description, double minimum, double maximum, Object defaultValue) {
    Map<String, Object> schema = described(description);
    schema.put("type", "number");
    schema.put("minimum", minimum);
    schema.put("maximum", maximum);
    if (defaultValue != null) {
      schema.put("default", defaultValue);
    }
    return Collections.unmodifiableMap(schema);
  }

  public static Map<String, Object> bool(String description, boolean defaultValue) {
    Map<String, Object> schema = described(description);
    schema.put("type", "boolean");
    schema.put("default", defaultValue);
    return Collections.unmodifiableMap(schema);
  }

  /** One of {@code values}. */
  public static Map<String, Object> oneOf(
      String description, String defaultValue, String... values) {
    Map<String, Object> schema = described(description);
    schema.put("enum", Arrays.asList(values));
    if (defaultValue != null) {
      schema.put("default", defaultValue);
    }
    return Collections.unmodifiableMap(schema);
  }

  /** {@code schema} with a default value added. */
  public static Map<String, Object> withDefault(Map<String, Object> schema, Object defaultValue) {
    Map<String, Object> result = new LinkedHashMap<>(schema);
    result.put("default", defaultValue);
    return Collections.unmodifiableMap(result);
  }

  private static Map<String, Object> described(String description) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("description", description);
    return schema;
  }
}
