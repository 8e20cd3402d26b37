package dev.reviewbot.rules.internal;

/** Reading identifiers as camel-case words, the way a reader does. */
public final class Names {
  private Names() {}

  /**
   * True if {@code name} starts with the whole word {@code prefix} followed by another word: {@code
   * isReady} and {@code is_ready} start with {@code is}; {@code isolate}, {@code island} and {@code
   * is} alone do not.
   */
  public static boolean hasWordPrefix(String name, String prefix) {
    if (name.length() <= prefix.length() || !name.startsWith(prefix)) {
      return false;
    }
    char next = name.charAt(prefix.length());
    if (next == '_') {
      return name.length() > prefix.length() + 1
          && Character.isLetterOrDigit(name.charAt(prefix.length() + 1));
    }
    return Character.isUpperCase(next) || Character.isDigit(next);
  }

  /**
   * The first of {@code prefixes} that {@code name} starts with as a whole word, or {@code null}.
   */
  public static String wordPrefix(String name, String... prefixes) {
    for (String prefix : prefixes) {
      if (hasWordPrefix(name, prefix)) {
        return prefix;
      }
    }
    return null;
  }

  /**
   * The camel-case word after {@code prefix}, e.g. {@code And} for {@code getAndSet} after {@code
   * get}.
   */
  public static String secondWord(String name, String prefix) {
    int start = prefix.length();
    if (start < name.length() && name.charAt(start) == '_') {
      start++;
    }
    int end = start + 1;
    while (end < name.length()
        && !Character.isUpperCase(name.charAt(end))
        && name.charAt(end) != '_') {
      end++;
    }
    return name.substring(start, Math.min(end, name.length()));
  }

  /** True for {@code UPPER_SNAKE} names, the convention for constants and property keys. */
  public static boolean isConstantCase(String name) {
    return name.chars().anyMatch(Character::isLetter)
        && name.chars().noneMatch(Character::isLowerCase);
  }
}
