package dev.reviewbot.report.internal;

/** Message text made safe for plain-text outputs. */
public final class PlainText {
  private PlainText() {}

  /**
   * Line ends become {@code \n}; other control characters (an ESC from a string literal could
   * repaint a terminal) become visible {@code \u001b}-style escapes. Tabs stay.
   */
  public static String clean(String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  /** Continuation lines of a multi-line text indented by {@code indent}. */
  public static String indentContinuation(String text, String indent) {
    return text.replace("\n", "\n" + indent);
  }
}
