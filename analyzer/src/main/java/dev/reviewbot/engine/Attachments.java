package dev.reviewbot.engine;

import dev.reviewbot.api.Experimental;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed values a caller computed for one run and hands to the change rules through {@link
 * dev.reviewbot.api.ChangeContext#attachment(Class)}, e.g. the coverage of the changed lines that
 * the command line computed from JaCoCo reports. At most one value per type. Immutable.
 */
@Experimental
public final class Attachments {
  private static final Attachments NONE = new Attachments(Map.of());

  private final Map<Class<?>, Object> values;

  private Attachments(Map<Class<?>, Object> values) {
    this.values = values;
  }

  public static Attachments none() {
    return NONE;
  }

  public static <T> Attachments of(Class<T> type, T value) {
    return NONE.with(type, value);
  }

  /** These attachments plus {@code value} under {@code type}, replacing any value of that type. */
  public <T> Attachments with(Class<T> type, T value) {
    Objects.requireNonNull(type, "type");
    Map<Class<?>, Object> copy = new LinkedHashMap<>(values);
    copy.put(type, type.cast(Objects.requireNonNull(value, "value")));
    return new Attachments(Map.copyOf(copy));
  }

  /** These attachments plus all of {@code more}, whose values replace those of the same type. */
  public Attachments withAll(Attachments more) {
    if (more.isEmpty()) {
      return this;
    }
    Map<Class<?>, Object> copy = new LinkedHashMap<>(values);
    copy.putAll(more.values);
    return new Attachments(Map.copyOf(copy));
  }

  public <T> Optional<T> get(Class<T> type) {
    return Optional.ofNullable(values.get(type)).map(type::cast);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public String toString() {
    return "Attachments" + values.keySet().stream().map(Class::getSimpleName).toList();
  }
}
