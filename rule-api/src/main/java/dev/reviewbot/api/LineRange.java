package dev.reviewbot.api;

/** An inclusive, 1-based range of lines in the head version of a file. */
public record LineRange(int start, int end) {
  public LineRange {
    if (start < 1 || end < start) {
      throw new IllegalArgumentException("bad line range " + start + "-" + end);
    }
  }

  public static LineRange of(int line) {
    return new LineRange(line, line);
  }

  public boolean contains(int line) {
    return line >= start && line <= end;
  }

  public boolean isSingleLine() {
    return start == end;
  }

  @Override
  public String toString() {
    return isSingleLine() ? Integer.toString(start) : start + "-" + end;
  }
}
