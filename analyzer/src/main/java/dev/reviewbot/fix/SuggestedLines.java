package dev.reviewbot.fix;

import dev.reviewbot.api.Fix;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.fix.internal.LineIndex;
import dev.reviewbot.fix.internal.Span;
import java.util.List;
import java.util.Optional;

/**
 * What a fix makes of a range of lines, when it changes nothing outside them: the text of a GitHub
 * suggestion, which replaces exactly the lines a comment is anchored on.
 */
public final class SuggestedLines {
  private SuggestedLines() {}

  /**
   * The new text of {@code lines} (lines joined by {@code \n}, no final line ending; empty when the
   * fix deletes them), or empty when the fix touches text outside them or does not apply.
   */
  public static Optional<String> of(String content, Fix fix, LineRange lines) {
    Optional<List<Span>> spans = FixApplier.resolve(fix, content);
    LineIndex index = new LineIndex(content);
    if (spans.isEmpty() || spans.get().isEmpty() || lines.end() > index.lines()) {
      return Optional.empty();
    }
    int from = index.lineStart(lines.start());
    int to = index.lineStart(lines.end() + 1);
    if (spans.get().stream().anyMatch(s -> s.start() < from || s.end() > to)) {
      return Optional.empty();
    }
    List<Span> shifted =
        spans.get().stream()
            .map(s -> new Span(s.start() - from, s.end() - from, s.text()))
            .toList();
    String region =
        FixApplier.splice(content.substring(from, to), shifted)
            .replace("\r\n", "\n")
            .replace('\r', '\n');
    boolean endedLine = to > index.lineEnd(lines.end());
    if (region.isEmpty()) {
      return Optional.of("");
    }
    if (endedLine && !region.endsWith("\n")) {
      return Optional.empty(); // the fix joins the next line to these
    }
    return Optional.of(endedLine ? region.substring(0, region.length() - 1) : region);
  }

  /**
   * The lines a fix changes: from the line of its first edit to the line of its last, where an edit
   * that ends at the start of a line (having deleted the line ending before it) ends on the line
   * before. Empty when the fix does not apply.
   */
  public static Optional<LineRange> touched(String content, Fix fix) {
    Optional<List<Span>> spans = FixApplier.resolve(fix, content);
    if (spans.isEmpty() || spans.get().isEmpty()) {
      return Optional.empty();
    }
    LineIndex index = new LineIndex(content);
    int first = Integer.MAX_VALUE;
    int last = 0;
    for (Span span : spans.get()) {
      int start = index.lineOf(span.start());
      int end = index.lineOf(span.end());
      if (span.end() > span.start() && index.lineStart(end) == span.end() && end > start) {
        end--;
      }
      first = Math.min(first, start);
      last = Math.max(last, end);
    }
    return Optional.of(new LineRange(first, last));
  }
}
