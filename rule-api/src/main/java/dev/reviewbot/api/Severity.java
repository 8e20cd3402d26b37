package dev.reviewbot.api;

import java.util.Locale;

/** How much a finding matters, lowest first. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  /** One level lower, used for test code; {@code INFO} stays {@code INFO}. */
  public Severity lower() {
    return this == INFO ? INFO : values()[ordinal() - 1];
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  /** The lower-case name used in configuration and reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code info|warning|error} (any case); throws {@link IllegalArgumentException}
   * otherwise.
   */
  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.name().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "expected one of info, warning, error but was '" + text + "'");
  }
}
