package dev.reviewbot.fix;

import com.github.javaparser.ast.CompilationUnit;
import dev.reviewbot.api.Edit;
import dev.reviewbot.api.Fix;
import dev.reviewbot.fix.internal.LineIndex;
import dev.reviewbot.fix.internal.Span;
import java.util.List;
import java.util.Optional;

/**
 * Turns a rule's fix into exact replacements in the file it was made for: imports become insertions
 * (or nothing, when the file has them) and text gets the file's line endings. What reporters, the
 * review planner and {@code reviewbot fix} get, none of which has the parsed file.
 */
public final class FixResolver {
  private FixResolver() {}

  /** The fix as {@link Edit.Replace}s only; empty when an edit points outside the file. */
  public static Optional<Fix> resolve(Fix fix, CompilationUnit unit, String content) {
    LineIndex index = new LineIndex(content);
    return FixApplier.spans(fix, () -> Optional.of(unit), index)
        .filter(spans -> !spans.isEmpty())
        .map(spans -> new Fix(fix.description(), replacements(spans, index)));
  }

  private static List<Edit> replacements(List<Span> spans, LineIndex index) {
    return spans.stream()
        .<Edit>map(
            s -> {
              int line = index.lineOf(s.start());
              int endLine = index.lineOf(s.end());
              return new Edit.Replace(
                  line,
                  s.start() - index.lineStart(line) + 1,
                  endLine,
                  s.end() - index.lineStart(endLine) + 1,
                  s.text());
            })
        .toList();
  }
}
