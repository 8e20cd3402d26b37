package dev.reviewbot.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed, documented rule option. Declare options as {@code static final} fields of the rule
 * class; the engine finds them there, validates configuration against them (naming the key and file
 * on a mismatch) and the doc generator lists them.
 *
 * <pre>{@code
 * static final Option<Integer> MAX = Option.integer("max", 5, 0, "Most parameters allowed");
 * ...
 * int max = context.option(MAX);
 * }</pre>
 */
public final class Option<T> {
  private final String name;
  private final T defaultValue;
  private final String description;
  private final String typeName;
  private final Function<Object, T> converter;

  private Option(
      String name,
      T defaultValue,
      String description,
      String typeName,
      Function<Object, T> converter) {
    this.name = Objects.requireNonNull(name);
    this.defaultValue = defaultValue;
    this.description = Objects.requireNonNull(description);
    this.typeName = typeName;
    this.converter = converter;
  }

  /** A whole number of at least {@code min}. */
  public static Option<Integer> integer(
      String name, int defaultValue, int min, String description) {
    return new Option<>(
        name,
        defaultValue,
        description,
        "integer >= " + min,
        value -> {
          if (!(value instanceof Number number)
              || number.doubleValue() != Math.rint(number.doubleValue())) {
            throw new IllegalArgumentException("expected an integer but was " + describe(value));
          }
          int result = number.intValue();
          if (result < min) {
            throw new IllegalArgumentException(
                "expected an integer >= " + min + " but was " + result);
          }
          return result;
        });
  }

  /** A decimal number, e.g. a percentage. */
  public static Option<Double> decimal(String name, double defaultValue, String description) {
    return new Option<>(
        name,
        defaultValue,
        description,
        "number",
        value -> {
          if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("expected a number but was " + describe(value));
          }
          return number.doubleValue();
        });
  }

  public static Option<Boolean> bool(String name, boolean defaultValue, String description) {
    return new Option<>(
        name,
        defaultValue,
        description,
        "boolean",
        value -> {
          if (!(value instanceof Boolean b)) {
            throw new IllegalArgumentException("expected true or false but was " + describe(value));
          }
          return b;
        });
  }

  public static Option<String> string(String name, String defaultValue, String description) {
    return new Option<>(
        name,
        defaultValue,
        description,
        "string",
        value -> {
          if (!(value instanceof String s)) {
            throw new IllegalArgumentException("expected a string but was " + describe(value));
          }
          return s;
        });
  }

  /** A list of strings; a single string is accepted as a one-element list. */
  public static Option<List<String>> stringList(
      String name, List<String> defaultValue, String description) {
    return new Option<>(
        name,
        List.copyOf(defaultValue),
        description,
        "list of strings",
        value -> {
          if (value instanceof String s) {
            return List.of(s);
          }
          if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(
                "expected a list of strings but was " + describe(value));
          }
          List<String> result = new ArrayList<>();
          for (Object item : list) {
            if (!(item instanceof String s)) {
              throw new IllegalArgumentException(
                  "expected a list of strings but an item was " + describe(item));
            }
            result.add(s);
          }
          return List.copyOf(result);
        });
  }

  public String name() {
    return name;
  }

  public T defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /** Human-readable type, e.g. {@code integer >= 0}. */
  public String typeName() {
    return typeName;
  }

  /**
   * Converts a configuration value (as YAML or JSON reads it: Integer, Double, Boolean, String,
   * List) to this option's type.
   *
   * @throws IllegalArgumentException with a message saying what was expected
   */
  public T convert(Object value) {
    return converter.apply(value);
  }

  private static String describe(Object value) {
    if (value == null) {
      return "empty";
    }
    String kind =
        value instanceof String
            ? "string"
            : value instanceof List ? "list" : value.getClass().getSimpleName().toLowerCase();
    return kind + " '" + value + "'";
  }

  @Override
  public String toString() {
    return name + " (" + typeName + ", default " + defaultValue + ")";
  }
}
