package dev.reviewbot.engine.internal;

/**
 * How deeply a Java source nests parentheses, brackets and braces, outside comments and literals.
 * The parser recurses once per level, so this tells in linear time whether a file is too deep to
 * parse, before the parser finds out by overflowing its stack.
 */
public final class NestingDepth {
  private NestingDepth() {}

  /** The deepest nesting of parentheses, brackets and braces in {@code source}. */
  public static int of(String source) {
    int depth = 0;
    int deepest = 0;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        i = endOfLine(source, i);
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        while (end > 0 && isEscaped(source, end)) {
          end = source.indexOf("\"\"\"", end + 1);
        }
        i = end < 0 ? n : end + 3;
      } else if (c == '"' || c == '\'') {
        i = endOfQuoted(source, i, c);
      } else {
        if (c == '(' || c == '[' || c == '{') {
          deepest = Math.max(deepest, ++depth);
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
          depth--;
        }
        i++;
      }
    }
    return deepest;
  }

  private static int endOfLine(String source, int from) {
    int end = source.indexOf('\n', from);
    return end < 0 ? source.length() : end + 1;
  }

  /** After the closing quote; a literal left open ends at its line end, as the compiler sees it. */
  private static int endOfQuoted(String source, int open, char quote) {
    int i = open + 1;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote || c == '\n') {
        return i + 1;
      } else {
        i++;
      }
    }
    return i;
  }

  /** True if the character at {@code at} follows an odd number of backslashes. */
  private static boolean isEscaped(String source, int at) {
    int backslashes = 0;
    for (int i = at - 1; i >= 0 && source.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}
