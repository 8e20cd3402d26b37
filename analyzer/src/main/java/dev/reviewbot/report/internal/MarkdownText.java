package dev.reviewbot.report.internal;

/** Untrusted text (messages, paths, ref names) made inert for GitHub-flavoured Markdown. */
public final class MarkdownText {
  // CommonMark lets a backslash escape any ASCII punctuation; these are the ones that act in the
  // middle of a line: emphasis, code, links and images, table cells, strikethrough, GitHub math
  private static final String ESCAPED = "\\`*_[]|~$";

  private MarkdownText() {}

  /**
   * One line of inline text: Markdown punctuation backslash-escaped, HTML special characters as
   * entities, {@code @name} kept from pinging anyone, line breaks as {@code <br>} so the text stays
   * inside one table cell or list item.
   */
  public static String inline(String text) {
    String clean = PlainText.clean(text);
    StringBuilder out = new StringBuilder(clean.length() + 16);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        // a zero-width space after @ stops GitHub from turning @someone into a mention
        case '@' -> out.append("@&#8203;");
        case '\n' -> out.append("<br>");
        case '\t' -> out.append(' ');
        default -> {
          if (ESCAPED.indexOf(c) >= 0) {
            out.append('\\');
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  /**
   * Inline code for a value we do not control: a backtick fence longer than any run of backticks
   * inside it, as CommonMark requires; line breaks become spaces and {@code |} is escaped so a
   * table cell survives.
   */
  public static String code(String text) {
    String clean = PlainText.clean(text).replace('\n', ' ').replace("|", "\\|");
    int longest = 0;
    int run = 0;
    for (int i = 0; i < clean.length(); i++) {
      run = clean.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
    return fence + pad + clean + pad + fence;
  }
}
