package dev.reviewbot.glob;

import java.util.regex.Pattern;

/**
 * The glob-to-regex conversion {@link Glob} used before it matched without backtracking, kept as
 * the oracle the new matcher must agree with on ordinary globs and paths. Not for production: its
 * regex backtracks exponentially on globs with many {@code **}{@code /}.
 */
final class RegexGlob {
  private final Pattern regex;

  RegexGlob(String glob) {
    this.regex = Pattern.compile(toRegex(glob));
  }

  boolean matches(String path) {
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
}
