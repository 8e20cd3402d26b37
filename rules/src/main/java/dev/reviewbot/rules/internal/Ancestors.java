package dev.reviewbot.rules.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The nearest enclosing node of a type. JavaParser's {@code findAncestor(Class...)} takes varargs
 * of {@code Class<N>}, which makes every call an unchecked generic array creation, and its {@code
 * findAncestor(Class, Predicate)} is deprecated.
 */
public final class Ancestors {
  private Ancestors() {}

  public static <N> Optional<N> nearest(Node node, Class<N> type) {
    return nearest(node, type, n -> true);
  }

  /** The nearest enclosing {@code type} that {@code test} accepts, skipping those it does not. */
  public static <N> Optional<N> nearest(Node node, Class<N> type, Predicate<? super N> test) {
    for (Node at = node.getParentNode().orElse(null);
        at != null;
        at = at.getParentNode().orElse(null)) {
      if (type.isInstance(at) && test.test(type.cast(at))) {
        return Optional.of(type.cast(at));
      }
    }
    return Optional.empty();
  }

  /**
   * The names of the types around {@code node}, outermost first, joined by dots ({@code
   * Outer.Inner}); how a rule finds the same member in the base version of a file.
   */
  public static String typePath(Node node) {
    List<String> names = new ArrayList<>();
    for (Node at = node.getParentNode().orElse(null);
        at != null;
        at = at.getParentNode().orElse(null)) {
      if (at instanceof TypeDeclaration<?> type) {
        names.add(0, type.getNameAsString());
      }
    }
    return String.join(".", names);
  }
}
