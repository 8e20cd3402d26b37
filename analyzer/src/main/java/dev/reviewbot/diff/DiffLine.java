package dev.reviewbot.diff;

/**
 * One line of a hunk.
 *
 * <p>Line endings: a line that ended in CR LF in its file keeps its text without the CR and has
 * {@code crlf} set. Stripping keeps text comparisons, anchors and fingerprints the same on every
 * platform; the flag keeps the fact, so a consumer can restore the exact bytes ({@code text +
 * "\r"}).
 *
 * @param kind added, removed or context
 * @param oldLine line number in the base version, 0 for an added line
 * @param newLine line number in the head version, 0 for a removed line
 * @param text the line without its leading marker and without the line terminator
 * @param noNewlineAtEnd true if followed by {@code \ No newline at end of file}
 * @param crlf true if the line ended in a carriage return before its line feed (or before the end
 *     of the file, with {@code noNewlineAtEnd}); the CR is not part of {@code text}
 */
public record DiffLine(
    Kind kind, int oldLine, int newLine, String text, boolean noNewlineAtEnd, boolean crlf) {
  public enum Kind {
    ADDED,
    REMOVED,
    CONTEXT
  }

  /** A line that ended in a plain line feed. */
  public DiffLine(Kind kind, int oldLine, int newLine, String text, boolean noNewlineAtEnd) {
    this(kind, oldLine, newLine, text, noNewlineAtEnd, false);
  }

  /** This line, followed by {@code \ No newline at end of file}. */
  public DiffLine withNoNewlineAtEnd() {
    return new DiffLine(kind, oldLine, newLine, text, true, crlf);
  }
}
