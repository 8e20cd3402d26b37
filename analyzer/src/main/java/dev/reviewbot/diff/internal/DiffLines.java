package dev.reviewbot.diff.internal;

import dev.reviewbot.diff.DiffParseException;

/**
 * A cursor over the lines of a diff. Lines are split on LF only: a CR before the LF belongs to the
 * line's content (a CRLF file) and is reported by {@link #peekEndsInCr()}, not dropped silently.
 */
public final class DiffLines {
  private static final int QUOTE_LIMIT = 80;

  private final String[] lines;
  private int next;

  private DiffLines(String[] lines) {
    this.lines = lines;
  }

  public static DiffLines of(String text) {
    if (text.isEmpty()) {
      return new DiffLines(new String[0]);
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return new DiffLines(body.split("\n", -1));
  }

  public boolean hasNext() {
    return next < lines.length;
  }

  /** The next line without a trailing CR. */
  public String peek() {
    String line = lines[next];
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  public boolean peekEndsInCr() {
    return lines[next].endsWith("\r");
  }

  /** Returns {@link #peek()} and moves past it. */
  public String next() {
    String line = peek();
    next++;
    return line;
  }

  /** The 1-based number of the line {@link #peek()} returns (one past the end at the end). */
  public int lineNumber() {
    return next + 1;
  }

  /** True if only blank lines are left; editors and mail clients append those. */
  public boolean onlyBlankLinesLeft() {
    for (int i = next; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** An error at the next line, e.g. {@code expected '@@' but found 'foo'}. */
  public DiffParseException expected(String what) {
    return error("expected " + what + " but found " + describeNext());
  }

  /** An error at the next line, or at the last line when the input has ended. */
  public DiffParseException error(String problem) {
    return new DiffParseException(Math.max(1, Math.min(lineNumber(), lines.length)), problem);
  }

  /** The next line, quoted and shortened for an error message, or "end of input". */
  public String describeNext() {
    if (!hasNext()) {
      return "end of input";
    }
    String line = peek();
    return "'"
        + (line.length() > QUOTE_LIMIT ? line.substring(0, QUOTE_LIMIT) + "..." : line)
        + "'";
  }
}
