package dev.reviewbot.config;

import java.util.regex.Pattern;

/**
 * A path glob as in {@code .gitignore}-style configs: {@code *} matches within one directory,
 * {@code **} across directories, {@code **}{@code /} also matches no directory at all (so
 * {@code **}{@code /src/test/**} matches {@code src/test/A.java}), {@code ?} one character.
 */
public record Glob(String pattern, Pattern regex) {

  public static Glob of(String pattern) {
    return new Glob(pattern, Pattern.compile(toRegex(pattern)));
  }

  public boolean matches(String path) {
    return regex.matcher(path).matches();
  }

  private static String toRegex(String glob) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (c == '*' && glob.startsWith("**/", i)) {
        out.append("(?:.*/)?");
        i += 3;
      } else if (c == '*' && glob.startsWith("**", i)) {
        out.append(".*");
        i += 2;
      } else if (c == '*') {
        out.append("[^/]*");
        i++;
      } else if (c == '?') {
        out.append("[^/]");
        i++;
      } else {
        out.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return out.toString();
  }

  /** Same pattern, same glob ({@link Pattern} itself has no value equality). */
  @Override
  public boolean equals(Object other) {
    return other instanceof Glob glob && glob.pattern.equals(pattern);
  }

  @Override
  public int hashCode() {
    return pattern.hashCode();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
