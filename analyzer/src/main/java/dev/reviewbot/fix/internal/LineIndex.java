package dev.reviewbot.fix.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns JavaParser positions (line and column from 1, a tab one column; {@code \r\n}, {@code \r}
 * and {@code \n} each end a line) into offsets in the text, and says which line ending the file
 * uses.
 */
public final class LineIndex {
  private final String text;
  private final int[] starts;

  public LineIndex(String text) {
    this.text = text;
    List<Integer> found = new ArrayList<>();
    found.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
        found.add(i + 1);
      } else if (c == '\r' || c == '\n') {
        found.add(i + 1);
      }
    }
    starts = found.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Number of lines; a final line ending starts no extra line unless text follows. */
  public int lines() {
    return starts[starts.length - 1] == text.length() && starts.length > 1
        ? starts.length - 1
        : starts.length;
  }

  /** Offset of {@code line}'s first character; one past the last line gives the text's length. */
  public int lineStart(int line) {
    if (line < 1 || line > starts.length + 1) {
      throw new IllegalArgumentException("no line " + line);
    }
    return line > starts.length ? text.length() : starts[line - 1];
  }

  /** Offset just before {@code line}'s line ending (or the text's end). */
  public int lineEnd(int line) {
    int end = line < starts.length ? starts[line] : text.length();
    while (end > lineStart(line)
        && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  /**
   * Offset of {@code line:column}; the column may be one past the line's last character (its line
   * ending), and {@code lines() + 1 : 1} is the end of the text.
   */
  public int offset(int line, int column) {
    int start = lineStart(line);
    int limit = line > starts.length ? start : lineEnd(line);
    int offset = start + column - 1;
    if (column < 1 || offset > limit) {
      throw new IllegalArgumentException("no column " + column + " on line " + line);
    }
    return offset;
  }

  /** 1-based line holding {@code offset}. */
  public int lineOf(int offset) {
    int low = 0;
    int high = starts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (starts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low + 1;
  }

  /** The file's first line ending, {@code \n} when it has none. */
  public String lineEnding() {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
      }
      if (c == '\n') {
        return "\n";
      }
    }
    return "\n";
  }
}
