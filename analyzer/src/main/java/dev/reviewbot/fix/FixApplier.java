package dev.reviewbot.fix;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import dev.reviewbot.api.Edit;
import dev.reviewbot.api.Fix;
import dev.reviewbot.engine.internal.JavaParsers;
import dev.reviewbot.fix.internal.Imports;
import dev.reviewbot.fix.internal.LineIndex;
import dev.reviewbot.fix.internal.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Applies fixes to one file's text by exact offsets, so everything outside the edits stays as it
 * was, byte for byte. A fix applies whole or not at all; one that conflicts with an earlier one is
 * skipped, as is everything when the result would not parse.
 */
public final class FixApplier {
  private FixApplier() {}

  public static AppliedFixes apply(String content, List<Fix> fixes) {
    Supplier<Optional<CompilationUnit>> unit = parsedOnce(content);
    LineIndex index = new LineIndex(content);
    List<Span> accepted = new ArrayList<>();
    List<Fix> applied = new ArrayList<>();
    List<Fix> skipped = new ArrayList<>();
    for (Fix fix : fixes) {
      Optional<List<Span>> spans = spans(fix, unit, index);
      // the same edit in two fixes (one import for both) is made once
      List<Span> fresh =
          spans.map(l -> l.stream().filter(s -> !accepted.contains(s)).toList()).orElse(List.of());
      if (spans.isEmpty()
          || fresh.stream().anyMatch(s -> accepted.stream().anyMatch(s::conflicts))) {
        skipped.add(fix);
        continue;
      }
      accepted.addAll(fresh);
      applied.add(fix);
    }
    String result = splice(content, accepted);
    if (!applied.isEmpty() && parse(result).isEmpty()) {
      return new AppliedFixes(content, List.of(), fixes);
    }
    return new AppliedFixes(result, applied, skipped);
  }

  /**
   * The fix's edits as offsets in {@code content}, imports the file already has left out; empty
   * when an edit points outside the file or two of its edits conflict.
   */
  public static Optional<List<Span>> resolve(Fix fix, String content) {
    return spans(fix, parsedOnce(content), new LineIndex(content));
  }

  /**
   * @param unit the parsed file, asked for only by an import edit: the fixes a rule reported are
   *     already exact replacements ({@link FixResolver}), so applying them parses nothing
   */
  static Optional<List<Span>> spans(
      Fix fix, Supplier<Optional<CompilationUnit>> unit, LineIndex index) {
    List<Span> spans = new ArrayList<>();
    String eol = index.lineEnding();
    try {
      for (Edit edit : fix.edits()) {
        if (edit instanceof Edit.Replace r) {
          spans.add(
              new Span(
                  index.offset(r.line(), r.column()),
                  index.offset(r.endLine(), r.endColumn()),
                  r.text().replace("\r\n", "\n").replace("\n", eol)));
        } else if (edit instanceof Edit.AddImport i) {
          Optional<CompilationUnit> parsed = unit.get();
          if (parsed.isEmpty()) {
            return Optional.empty();
          }
          Imports.insertion(parsed.get(), index, i.name()).ifPresent(spans::add);
        }
      }
    } catch (IllegalArgumentException outside) {
      return Optional.empty();
    }
    for (int i = 0; i < spans.size(); i++) {
      for (int j = i + 1; j < spans.size(); j++) {
        if (spans.get(i).conflicts(spans.get(j))) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(spans);
  }

  /**
   * {@code content} with non-conflicting spans applied, from the end so offsets stay valid;
   * insertions at one place end up in the order given.
   */
  public static String splice(String content, List<Span> spans) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingInt(i -> spans.get(i).start())
            .thenComparingInt(i -> spans.get(i).end())
            .thenComparingInt(i -> i)
            .reversed());
    StringBuilder text = new StringBuilder(content);
    for (int i : order) {
      Span span = spans.get(i);
      text.replace(span.start(), span.end(), span.text());
    }
    return text.toString();
  }

  private static Supplier<Optional<CompilationUnit>> parsedOnce(String content) {
    return new Supplier<>() {
      private Optional<CompilationUnit> unit;

      @Override
      public Optional<CompilationUnit> get() {
        if (unit == null) {
          unit = parse(content);
        }
        return unit;
      }
    };
  }

  private static Optional<CompilationUnit> parse(String content) {
    ParseResult<CompilationUnit> parsed = JavaParsers.parse(content);
    return parsed.isSuccessful() ? parsed.getResult() : Optional.empty();
  }
}
