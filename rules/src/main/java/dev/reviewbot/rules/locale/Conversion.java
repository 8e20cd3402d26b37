package dev.reviewbot.rules.locale;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code toLowerCase()} or {@code toUpperCase()}, and what a Turkish default locale does to it:
 * lower-casing turns {@code I} into a dotless {@code ı} instead of {@code i}, upper-casing turns
 * {@code i} into a dotted {@code İ} instead of {@code I}. No other letter of ASCII changes, so a
 * result can only differ from {@link Locale#ROOT}'s where {@link #rootLetter()} would be.
 */
enum Conversion {
  LOWER("toLowerCase", 'i', "TITLE"),
  UPPER("toUpperCase", 'I', "title");

  static final Locale TURKISH = Locale.forLanguageTag("tr");

  private final String method;
  private final char rootLetter;
  private final String sample;

  Conversion(String method, char rootLetter, String sample) {
    this.method = method;
    this.rootLetter = rootLetter;
    this.sample = sample;
  }

  /** The conversion a method name is, if it is one. */
  static Optional<Conversion> of(String methodName) {
    return Arrays.stream(values()).filter(c -> c.method.equals(methodName)).findFirst();
  }

  String method() {
    return method;
  }

  /**
   * The letter that {@link Locale#ROOT} produces and a Turkish locale does not: {@code i} or {@code
   * I}.
   */
  char rootLetter() {
    return rootLetter;
  }

  /** The letter's name for a message: dotless or dotted. */
  String turkishLetterName() {
    return this == LOWER ? "dotless ı" : "dotted İ";
  }

  String convert(String text, Locale locale) {
    return this == LOWER ? text.toLowerCase(locale) : text.toUpperCase(locale);
  }

  /**
   * False when the converted text is compared with {@code expected} and no default locale can
   * change the outcome: {@code expected} has no {@link #rootLetter()} for a Turkish result to miss.
   */
  boolean canMiss(String expected) {
    return expected.indexOf(rootLetter) >= 0;
  }

  /**
   * False for text that has nothing a Turkish locale converts differently (no {@code I}, or no
   * {@code i}).
   */
  boolean affects(String text) {
    return text.indexOf(this == LOWER ? 'I' : 'i') >= 0
        || text.indexOf(this == LOWER ? 'İ' : 'ı') >= 0;
  }

  /**
   * An input that in a Turkish locale does not convert to {@code expected}, and what it converts
   * to: for {@code "user_properties"} lower-casing {@code "USER_PROPERTIES"} gives {@code
   * "user_propertıes"}. Without an expected text, the sample word.
   */
  Example example(String expected) {
    String input = expected == null ? sample : inverse(expected);
    return new Example(input, convert(input, TURKISH));
  }

  private String inverse(String text) {
    return this == LOWER ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
  }

  /** {@code "TITLE".toLowerCase()} is {@code "tıtle"} in a Turkish locale. */
  record Example(String input, String turkish) {
    String describe(Conversion conversion) {
      return "`\"" + input + "\"." + conversion.method + "()` is `\"" + turkish + "\"`";
    }
  }
}
