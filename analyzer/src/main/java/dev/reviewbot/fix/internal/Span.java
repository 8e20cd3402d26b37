package dev.reviewbot.fix.internal;

/** Replace the text in {@code [start, end)} with {@code text}: an edit resolved to offsets. */
public record Span(int start, int end, String text) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + "-" + end);
    }
  }

  boolean isInsert() {
    return start == end;
  }

  /**
   * True if applying both is ambiguous: they touch the same text, or one inserts at the other's
   * start or inside it. Two insertions at one place do not conflict: they go in in order (two
   * imports before the same one, say).
   */
  public boolean conflicts(Span other) {
    if (isInsert() && other.isInsert()) {
      return false;
    }
    if (isInsert()) {
      return other.start <= start && start < other.end;
    }
    if (other.isInsert()) {
      return other.conflicts(this);
    }
    return start < other.end && other.start < end;
  }
}
