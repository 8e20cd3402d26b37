package dev.reviewbot.diff.internal;

import org.eclipse.jgit.util.QuotedString;

/**
 * Paths as git writes them in diff headers: C-quoted when they hold a quote, a backslash, a control
 * character or (by default) a non-ASCII byte; otherwise bare, even with spaces. Unquoting is
 * JGit's, so octal-escaped UTF-8 comes back as the right characters.
 */
public final class GitPaths {
  public static final String DEV_NULL = "/dev/null";

  private GitPaths() {}

  /**
   * Splits what follows {@code diff --git } into the old and the new path, prefixes kept. Bare
   * paths with spaces are ambiguous unless both sides name the same file; then both entries are
   * {@code null} and the caller must take the paths from other header lines.
   */
  public static String[] splitHeader(String rest, DiffLines in) {
    if (rest.startsWith("\"")) {
      int end = closingQuote(rest, in);
      String first = dequote(rest.substring(0, end + 1));
      String remainder = rest.substring(end + 1);
      if (!remainder.startsWith(" ") || remainder.length() < 2) {
        throw in.error("expected a second path after " + rest.substring(0, end + 1) + " in the 'diff --git' header");
      }
      return new String[] {first, bareOrQuoted(remainder.substring(1), in)};
    }
    int quotedSecond = rest.indexOf(" \"");
    if (quotedSecond > 0) {
      return new String[] {rest.substring(0, quotedSecond), bareOrQuoted(rest.substring(quotedSecond + 1), in)};
    }
    if (rest.length() % 2 == 1) {
      int middle = rest.length() / 2;
      String first = rest.substring(0, middle);
      String second = rest.substring(middle + 1);
      if (rest.charAt(middle) == ' ' && samePathAfterPrefix(first, second)) {
        return new String[] {first, second};
      }
    }
    int space = rest.indexOf(' ');
    if (space > 0 && space == rest.lastIndexOf(' ')) {
      return new String[] {rest.substring(0, space), rest.substring(space + 1)};
    }
    return new String[] {null, null};
  }

  /** The path after {@code --- } or {@code +++ }: quoted, or up to a tab (git adds one after names with spaces). */
  public static String markerPath(String rest, DiffLines in) {
    if (rest.startsWith("\"")) {
      return dequote(rest.substring(0, closingQuote(rest, in) + 1));
    }
    int tab = rest.indexOf('\t');
    return tab >= 0 ? rest.substring(0, tab) : rest;
  }

  /** A path with no prefix, as after {@code rename from }: quoted or bare to the end of the line. */
  public static String bareOrQuoted(String rest, DiffLines in) {
    if (rest.startsWith("\"")) {
      int end = closingQuote(rest, in);
      if (end != rest.length() - 1) {
        throw in.error("unexpected text after the quoted path " + rest.substring(0, end + 1));
      }
      return dequote(rest);
    }
    return rest;
  }

  /** Drops {@code prefix} (e.g. {@code a/}) if present. {@code /dev/null} stays as it is. */
  public static String stripPrefix(String path, String prefix) {
    return path != null && path.startsWith(prefix) ? path.substring(prefix.length()) : path;
  }

  private static boolean samePathAfterPrefix(String first, String second) {
    if (first.equals(second)) {
      return true;
    }
    return first.length() > 2 && second.length() > 2 && first.charAt(1) == '/' && second.charAt(1) == '/'
        && first.substring(2).equals(second.substring(2));
  }

  private static int closingQuote(String text, DiffLines in) {
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    throw in.error("unterminated quoted path " + text);
  }

  private static String dequote(String quoted) {
    return QuotedString.GIT_PATH.dequote(quoted);
  }
}
