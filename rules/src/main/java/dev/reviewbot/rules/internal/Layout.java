package dev.reviewbot.rules.internal;

import com.github.javaparser.JavaToken;
import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import java.util.Optional;

/**
 * How a node sits in its file's text, read from JavaParser's tokens (white space and comments
 * included): what fixes need to insert code that looks like the code around it.
 */
public final class Layout {
  private Layout() {}

  /** The white space that starts the line on which {@code node} begins. */
  public static Optional<String> indentation(Node node) {
    Optional<JavaToken> first = node.getTokenRange().map(r -> r.getBegin());
    if (first.isEmpty()) {
      return Optional.empty();
    }
    JavaToken at = first.get();
    while (at.getPreviousToken().isPresent()
        && at.getPreviousToken().get().getCategory() != JavaToken.Category.EOL) {
      at = at.getPreviousToken().get();
    }
    StringBuilder indent = new StringBuilder();
    for (JavaToken t = at;
        t.getCategory() == JavaToken.Category.WHITESPACE_NO_EOL;
        t = t.getNextToken().orElseThrow()) {
      indent.append(t.getText());
    }
    return Optional.of(indent.toString());
  }

  /** True if only white space shares {@code node}'s first and last lines with it. */
  public static boolean aloneOnItsLines(Node node) {
    Optional<JavaToken> first = node.getTokenRange().map(r -> r.getBegin());
    Optional<JavaToken> last = node.getTokenRange().map(r -> r.getEnd());
    if (first.isEmpty() || last.isEmpty()) {
      return false;
    }
    for (JavaToken t = first.get().getPreviousToken().orElse(null);
        t != null && t.getCategory() != JavaToken.Category.EOL;
        t = t.getPreviousToken().orElse(null)) {
      if (t.getCategory() != JavaToken.Category.WHITESPACE_NO_EOL) {
        return false;
      }
    }
    for (JavaToken t = last.get().getNextToken().orElse(null);
        t != null && t.getCategory() != JavaToken.Category.EOL;
        t = t.getNextToken().orElse(null)) {
      if (t.getCategory() != JavaToken.Category.WHITESPACE_NO_EOL) {
        return false;
      }
    }
    return true;
  }

  /**
   * True if only white space follows {@code node}'s token at {@code position} on its line, e.g.
   * nothing after a block's opening brace.
   */
  public static boolean endsItsLine(Position position, Node node) {
    Optional<JavaToken> at =
        node.getTokenRange()
            .flatMap(
                r -> {
                  for (JavaToken t : r) {
                    if (t.getRange().filter(range -> range.begin.equals(position)).isPresent()) {
                      return Optional.of(t);
                    }
                  }
                  return Optional.empty();
                });
    if (at.isEmpty()) {
      return false;
    }
    for (JavaToken t = at.get().getNextToken().orElse(null);
        t != null && t.getCategory() != JavaToken.Category.EOL;
        t = t.getNextToken().orElse(null)) {
      if (t.getCategory() != JavaToken.Category.WHITESPACE_NO_EOL) {
        return false;
      }
    }
    return true;
  }
}
