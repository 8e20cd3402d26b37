package dev.reviewbot.declared.internal;

import java.util.Collection;
import java.util.List;

/**
 * The full names a type name may denote. Exact when the file alone decides it (a single-type
 * import, a type of the file, a nested type in scope); otherwise the candidates are every on-demand
 * import, {@code java.lang} and the file's own package, because which of those holds the type
 * depends on files this one does not show. Empty when the name denotes something no ban can name: a
 * type parameter or a local class.
 *
 * @param names candidate full names, most specific first
 * @param exact true if {@code names} holds the one answer
 */
public record Resolution(List<String> names, boolean exact) {
  public static final Resolution NONE = new Resolution(List.of(), true);

  public Resolution {
    names = List.copyOf(names);
  }

  public static Resolution exactly(String name) {
    return new Resolution(List.of(name), true);
  }

  /** True if any candidate is in {@code banned}. */
  public boolean anyIn(Collection<String> banned) {
    return names.stream().anyMatch(banned::contains);
  }

  /** The first candidate in {@code banned}, or {@code null}. */
  public String firstIn(Collection<String> banned) {
    return names.stream().filter(banned::contains).findFirst().orElse(null);
  }

  /** Each candidate followed by {@code suffix}, e.g. {@code .Entry} for a qualified name. */
  public Resolution append(String suffix) {
    return new Resolution(names.stream().map(n -> n + suffix).toList(), exact);
  }
}
