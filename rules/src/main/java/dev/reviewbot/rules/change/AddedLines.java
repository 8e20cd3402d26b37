package dev.reviewbot.rules.change;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.CompilationUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Head lines of a file that the change surely added: their text, white space aside, is nowhere in
 * the base version, so any line diff marks them added (and the diff filter, which takes a line that
 * only changed its white space as unchanged, agrees). A change rule is not given the diff; a
 * finding anchored on such a line lands on the diff, where an inline comment can go. Lines a diff
 * also marks added but whose text occurs elsewhere in the base are missed, and lines without a
 * letter or digit (a lone brace) are no anchor.
 */
final class AddedLines {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private final List<String> head;
  private final Set<String> base;

  private AddedLines(List<String> head, Set<String> base) {
    this.head = head;
    this.base = base;
  }

  /**
   * @param base empty for a file the change adds: every line is new
   */
  static AddedLines of(Optional<CompilationUnit> base, CompilationUnit head) {
    return new AddedLines(
        lines(head),
        new HashSet<>(
            base.map(AddedLines::lines).orElse(List.of()).stream()
                .map(AddedLines::withoutWhitespace)
                .toList()));
  }

  /**
   * The added line nearest {@code target} within {@code first..last}, a later one on a tie; empty
   * when there is none.
   */
  Optional<Integer> nearest(int first, int last, int target) {
    Integer best = null;
    for (int line = first; line <= last; line++) {
      if (isAdded(line)
          && (best == null
              || Math.abs(line - target) < Math.abs(best - target)
              || Math.abs(line - target) == Math.abs(best - target) && line > best)) {
        best = line;
      }
    }
    return Optional.ofNullable(best);
  }

  boolean isAdded(int line) {
    if (line < 1 || line > head.size()) {
      return false;
    }
    String text = head.get(line - 1);
    return text.chars().anyMatch(Character::isLetterOrDigit)
        && !base.contains(withoutWhitespace(text));
  }

  private static String withoutWhitespace(String text) {
    return WHITESPACE.matcher(text).replaceAll("");
  }

  /** The file's text line by line, rebuilt from its tokens (whitespace and comments included). */
  static List<String> lines(CompilationUnit unit) {
    StringBuilder text = new StringBuilder();
    unit.getTokenRange()
        .ifPresent(
            range -> {
              JavaToken token = range.getBegin();
              while (token.getPreviousToken().isPresent()) {
                token = token.getPreviousToken().get();
              }
              for (Optional<JavaToken> t = Optional.of(token);
                  t.isPresent();
                  t = t.get().getNextToken()) {
                text.append(t.get().getText());
              }
            });
    return new ArrayList<>(List.of(text.toString().split("\r\n|\r|\n", -1)));
  }
}
