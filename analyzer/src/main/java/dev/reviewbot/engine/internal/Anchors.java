package dev.reviewbot.engine.internal;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.SimpleName;
import dev.reviewbot.api.LineRange;
import java.util.Optional;

/**
 * The lines a finding on a node points at. A method or type is anchored on its header (name to
 * closing parenthesis), not its whole body, so an edit deep inside a long method does not make a
 * finding about its signature count as "on an added line".
 */
public final class Anchors {
  private Anchors() {}

  public static Optional<LineRange> of(Node node) {
    if (node instanceof CallableDeclaration<?> callable) {
      int start = callable.getName().getBegin().map(p -> p.line).orElse(line(node.getBegin()));
      int end =
          callable
              .getParameters()
              .getLast()
              .flatMap(Parameter::getEnd)
              .map(p -> p.line)
              .orElse(start);
      return Optional.of(new LineRange(start, Math.max(start, end)));
    }
    if (node instanceof TypeDeclaration<?> type) {
      SimpleName name = type.getName();
      return name.getBegin().map(p -> LineRange.of(p.line));
    }
    if (node.getBegin().isEmpty() || node.getEnd().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LineRange(node.getBegin().get().line, node.getEnd().get().line));
  }

  private static int line(Optional<Position> position) {
    return position.map(p -> p.line).orElse(1);
  }
}
