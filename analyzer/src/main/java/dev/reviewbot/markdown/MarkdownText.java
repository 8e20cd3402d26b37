package dev.reviewbot.markdown;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one place that makes text safe for GitHub-flavoured Markdown: review comments, the review
 * summary, the Markdown report, the job summary and the rule pages. Paths, messages and code can
 * carry text from a pull request: escaped, it cannot add links, HTML, headings, hidden markers,
 * {@code @}-mentions or {@code #123} cross-references, and cannot break a table.
 */
public final class MarkdownText {
  /**
   * Characters that mean something anywhere in a line ({@code $} starts GitHub's math, {@code |} a
   * table cell).
   */
  private static final String ESCAPED = "\\`*_[]|~$";

  /** Text that means something only at the start of a line: headings, lists, quotes, rules. */
  private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)([#=+-]|\\d+[.)])");

  private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\r\\n]+)`");
  private static final Pattern LONGEST_BACKTICKS = Pattern.compile("`+");

  /**
   * Breaks {@code @name} so nobody is notified, and {@code #123} so no issue is cross-referenced.
   */
  private static final String ZERO_WIDTH_SPACE = "\u200B";

  private MarkdownText() {}

  /** Plain text as one line of Markdown that renders literally, wherever the line starts. */
  public static String escape(String text) {
    String line = oneLine(text);
    Matcher start = BLOCK_START.matcher(line);
    if (!start.find()) {
      return escapeInline(line);
    }
    // escape the marker's last character: "\#", "\-", "12\."
    int end = start.end();
    String rest = line.substring(end);
    boolean issueReference =
        line.charAt(end - 1) == '#' && !rest.isEmpty() && Character.isDigit(rest.charAt(0));
    return escapeInline(line.substring(0, end - 1))
        + "\\"
        + line.charAt(end - 1)
        + (issueReference ? ZERO_WIDTH_SPACE : "")
        + escapeInline(rest);
  }

  /**
   * Plain text, possibly of several lines, as the content of one table cell or list item: escaped
   * as {@link #escape}, its line breaks kept as {@code <br>}.
   */
  public static String cell(String text) {
    return Arrays.stream(clean(text).split("\n", -1))
        .map(MarkdownText::escapeInline)
        .collect(Collectors.joining("<br>"));
  }

  private static String escapeInline(String line) {
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append('@').append(ZERO_WIDTH_SPACE);
        case '\t' -> out.append(' ');
        default -> {
          if (ESCAPED.indexOf(c) >= 0) {
            out.append('\\');
          }
          out.append(c);
          if (c == '#' && i + 1 < line.length() && Character.isDigit(line.charAt(i + 1))) {
            out.append(ZERO_WIDTH_SPACE);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Like {@link #escape}, but keeps {@code `code`} spans a rule author wrote in a message as code
   * spans (their content is inert in Markdown).
   */
  public static String escapeKeepingCode(String text) {
    return escapeKeepingCode(text, MarkdownText::code);
  }

  /** {@link #escapeKeepingCode} for a table cell: pipes in the kept code spans escaped too. */
  public static String tableCellKeepingCode(String text) {
    return escapeKeepingCode(text, MarkdownText::tableCode);
  }

  private static String escapeKeepingCode(String text, UnaryOperator<String> code) {
    String line = oneLine(text);
    StringBuilder out = new StringBuilder(line.length() + 16);
    Matcher span = CODE_SPAN.matcher(line);
    int done = 0;
    while (span.find()) {
      String before = line.substring(done, span.start());
      out.append(done == 0 ? escape(before) : escapeInline(before))
          .append(code.apply(span.group(1)));
      done = span.end();
    }
    String rest = line.substring(done);
    return out.append(done == 0 ? escape(rest) : escapeInline(rest)).toString();
  }

  /**
   * Makes Markdown from an untrusted source (e.g. a review bundle made by a pull request's
   * workflow) harmless while keeping its tables and emphasis: no HTML (hence no hidden markers), no
   * images, no @-mentions.
   */
  public static String neutralize(String markdown) {
    return markdown
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("![", "!\\[")
        .replace("@", "@" + ZERO_WIDTH_SPACE);
  }

  /** An inline code span holding {@code text} literally, whatever backticks it contains. */
  public static String code(String text) {
    String line = oneLine(text);
    String ticks = "`".repeat(longestBacktickRun(line) + 1);
    boolean pad = line.startsWith("`") || line.endsWith("`") || line.isBlank();
    return ticks + (pad ? " " : "") + line + (pad ? " " : "") + ticks;
  }

  /**
   * {@link #code} for a table cell: GitHub splits a row at every unescaped {@code |}, even inside a
   * code span, and drops the backslash of {@code \|} there, so the span still shows a pipe.
   */
  public static String tableCode(String text) {
    return code(oneLine(text).replace("|", "\\|"));
  }

  /**
   * A fenced code block; the fence is longer than any backtick run inside, so the code cannot close
   * it.
   */
  public static String fence(String code, String info) {
    String ticks = "`".repeat(Math.max(3, longestBacktickRun(code) + 1));
    String body = code.endsWith("\n") || code.isEmpty() ? code : code + "\n";
    return ticks + info + "\n" + body + ticks;
  }

  private static int longestBacktickRun(String text) {
    int longest = 0;
    Matcher run = LONGEST_BACKTICKS.matcher(text);
    while (run.find()) {
      longest = Math.max(longest, run.group().length());
    }
    return longest;
  }

  private static String oneLine(String text) {
    return clean(text).replaceAll("[\\n\\u2028\\u2029]+", " ");
  }

  /**
   * Line ends as {@code \n}; other control characters (an ESC from a string literal) as visible
   * {@code \u001b}-style escapes, so no text can hide in or garble the rendering.
   */
  private static String clean(String text) {
    if (text == null) {
      return "";
    }
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      out.append(
          c == '\n' || c == '\t' || !Character.isISOControl(c)
              ? String.valueOf(c)
              : String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }
}
