package dev.reviewbot.diff.internal;

import dev.reviewbot.diff.DiffLine;
import dev.reviewbot.diff.DiffParseException;
import dev.reviewbot.diff.Hunk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one hunk. The header's line counts decide where the hunk ends, so a removed line that reads
 * {@code -- x} or an added {@code ++ y} is never taken for a file header.
 */
public final class HunkParser {
  private static final Pattern HEADER =
      Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@(?: (.*))?");

  private HunkParser() {}

  public static boolean atHunk(DiffLines in) {
    return in.hasNext() && in.peek().startsWith("@@ ");
  }

  public static Hunk parse(DiffLines in) {
    int headerLine = in.lineNumber();
    if (in.hasNext() && in.peek().startsWith("@@@")) {
      throw in.error("combined diff hunks ('@@@', from merge commits) are not supported");
    }
    Matcher header = in.hasNext() ? HEADER.matcher(in.peek()) : null;
    if (header == null || !header.matches()) {
      throw in.expected("a hunk header like '@@ -1,4 +1,5 @@'");
    }
    in.next();
    int oldStart = number(header.group(1), headerLine);
    int oldCount = header.group(2) == null ? 1 : number(header.group(2), headerLine);
    int newStart = number(header.group(3), headerLine);
    int newCount = header.group(4) == null ? 1 : number(header.group(4), headerLine);
    String section = header.group(5) == null ? "" : header.group(5);
    if (pastLastLine(oldStart, oldCount) || pastLastLine(newStart, newCount)) {
      // the line numbers would wrap around to negative ones
      throw new DiffParseException(headerLine, "the hunk runs past line " + Integer.MAX_VALUE);
    }

    List<DiffLine> lines = new ArrayList<>();
    int oldLine = oldStart;
    int newLine = newStart;
    int oldLeft = oldCount;
    int newLeft = newCount;
    while (oldLeft > 0 || newLeft > 0) {
      if (!in.hasNext()) {
        throw in.error(lacking(headerLine, oldLeft, newLeft) + " at the end of input");
      }
      String raw = in.peek();
      boolean crlf = in.peekEndsInCr();
      // An empty line is a context line whose single space an editor or mail client trimmed.
      char marker = raw.isEmpty() ? ' ' : raw.charAt(0);
      String text = raw.isEmpty() ? "" : raw.substring(1);
      switch (marker) {
        case ' ' -> {
          if (oldLeft == 0 || newLeft == 0) {
            throw in.error("found a context line but " + lacking(headerLine, oldLeft, newLeft));
          }
          lines.add(new DiffLine(DiffLine.Kind.CONTEXT, oldLine++, newLine++, text, false, crlf));
          oldLeft--;
          newLeft--;
        }
        case '-' -> {
          if (oldLeft == 0) {
            throw in.error("found a removed line but " + lacking(headerLine, oldLeft, newLeft));
          }
          lines.add(new DiffLine(DiffLine.Kind.REMOVED, oldLine++, 0, text, false, crlf));
          oldLeft--;
        }
        case '+' -> {
          if (newLeft == 0) {
            throw in.error("found an added line but " + lacking(headerLine, oldLeft, newLeft));
          }
          lines.add(new DiffLine(DiffLine.Kind.ADDED, 0, newLine++, text, false, crlf));
          newLeft--;
        }
        case '\\' -> markNoNewline(lines, in);
        default ->
            throw in.expected(
                "a hunk line starting with ' ', '-', '+' or '\\' ("
                    + lacking(headerLine, oldLeft, newLeft)
                    + ")");
      }
      in.next();
    }
    if (in.hasNext() && in.peek().startsWith("\\")) {
      markNoNewline(lines, in);
      in.next();
    }
    return new Hunk(oldStart, oldCount, newStart, newCount, section, lines);
  }

  private static void markNoNewline(List<DiffLine> lines, DiffLines in) {
    if (lines.isEmpty()) {
      throw in.error("'\\ No newline at end of file' must follow a hunk line");
    }
    int last = lines.size() - 1;
    lines.set(last, lines.get(last).withNoNewlineAtEnd());
  }

  private static String lacking(int headerLine, int oldLeft, int newLeft) {
    return "the hunk at line "
        + headerLine
        + " expects "
        + oldLeft
        + " more old and "
        + newLeft
        + " more new line(s)";
  }

  private static boolean pastLastLine(int start, int count) {
    return (long) start + count - 1 > Integer.MAX_VALUE;
  }

  private static int number(String digits, int headerLine) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new DiffParseException(headerLine, "line number too large in hunk header: " + digits);
    }
  }
}
