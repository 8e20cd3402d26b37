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
   * start or inside it, where the order would decide the result.
   */
  public boolean conflicts(Span other) {
    if (isInsert() && other.isInsert()) {
      return start == other.start;
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
