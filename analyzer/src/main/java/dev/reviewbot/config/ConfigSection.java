package dev.reviewbot.config;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A top-level section of {@code .reviewbot.yml} that a feature owns, e.g. {@code coverage:}.
 * Register it with {@link ConfigLoader#withSection}; read its value with {@link
 * ReviewConfig#section}. Keys a section does not know must be errors, raised through {@link
 * ConfigNode#error}.
 *
 * <pre>{@code
 * public static final ConfigSection<CoverageSettings> SECTION = new ConfigSection<>(
 *     "coverage", CoverageSettings.class, CoverageSettings.DEFAULT, CoverageSettings::read);
 * }</pre>
 *
 * @param name the top-level key
 * @param type the value's type, for a checked read
 * @param defaultValue the value when the file has no such section
 * @param reader reads the section's node; throws {@link ConfigException} on bad input
 * @param schema the section's JSON Schema as plain maps and lists (see {@link SchemaParts}), for
 *     the schema of the whole file that editors check against; empty: any value
 */
public record ConfigSection<T>(
    String name,
    Class<T> type,
    T defaultValue,
    Function<ConfigNode, T> reader,
    Map<String, Object> schema) {
  public ConfigSection {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(reader, "reader");
    schema = Map.copyOf(schema);
  }

  /** A section that does not describe its value for editors. */
  public ConfigSection(String name, Class<T> type, T defaultValue, Function<ConfigNode, T> reader) {
    this(name, type, defaultValue, reader, Map.of());
  }

  /** This section, described by {@code newSchema}. */
  public ConfigSection<T> withSchema(Map<String, Object> newSchema) {
    return new ConfigSection<>(name, type, defaultValue, reader, newSchema);
  }

  /** The section's value in {@code node}, as its reader makes it. */
  public T read(ConfigNode node) {
    return type.cast(reader.apply(node));
  }
}
