package dev.reviewbot.rules.complexity;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.LineRange;
import java.util.List;
import java.util.Optional;

/**
 * Where a finding about a whole method goes in a change: on its header when the change touched the
 * header, else on the first line the change added inside the method (preferring one that added
 * complexity), so that the comment lands where the author was working. Empty for a plain scan,
 * where the engine's default (the header) is right.
 */
final class ChangeAnchor {
  private ChangeAnchor() {}

  static Optional<LineRange> of(
      Node method, List<CognitiveComplexity.Increment> increments, ChangedLines changed) {
    if (!changed.known() || method.getBegin().isEmpty() || method.getEnd().isEmpty()) {
      return Optional.empty();
    }
    LineRange header = header(method);
    if (changed.anyAdded(header)) {
      return Optional.of(header);
    }
    Optional<Integer> addedIncrement =
        increments.stream()
            .map(CognitiveComplexity.Increment::line)
            .filter(changed::isAdded)
            .findFirst();
    if (addedIncrement.isPresent()) {
      return addedIncrement.map(LineRange::of);
    }
    Integer firstAdded = changed.added().ceiling(method.getBegin().get().line);
    if (firstAdded != null && firstAdded <= method.getEnd().get().line) {
      return Optional.of(LineRange.of(firstAdded));
    }
    return Optional.of(header);
  }

  /** From the name to the parameter list's end (the engine's anchor for a method). */
  private static LineRange header(Node method) {
    int start =
        method instanceof NodeWithSimpleName<?> named
            ? named.getName().getBegin().map(p -> p.line).orElse(method.getBegin().get().line)
            : method.getBegin().get().line;
    int end =
        method instanceof CallableDeclaration<?> callable
            ? callable
                .getParameters()
                .getLast()
                .flatMap(Node::getEnd)
                .map(p -> p.line)
                .orElse(start)
            : start;
    return new LineRange(start, Math.max(start, end));
  }
}
