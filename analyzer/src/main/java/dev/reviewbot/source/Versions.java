package dev.reviewbot.source;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading version numbers out of tag names and build files. */
final class Versions {
  /** The first dotted number not preceded by a letter or digit: {@code 2} in {@code jackson-core-2.15.1} or {@code v2.4}. */
  private static final Pattern DOTTED = Pattern.compile("(?:^|[^0-9A-Za-z]|(?<=v))(\\d+)\\.\\d+");

  private Versions() {}

  static OptionalInt major(String version) {
    Matcher matcher = DOTTED.matcher(version);
    if (!matcher.find()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(matcher.group(1)));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
