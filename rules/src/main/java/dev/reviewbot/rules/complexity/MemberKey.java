package dev.reviewbot.rules.complexity;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Identifies a method across the base and head versions of a file: enclosing types, name and
 * parameter types, e.g. {@code Outer.Inner#parse(String,int)}. Line numbers play no part.
 */
final class MemberKey {
  private MemberKey() {}

  static String of(Node member) {
    Deque<String> types = new ArrayDeque<>();
    for (Node n = member.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> type) {
        types.push(type.getNameAsString());
      } else if (n instanceof ObjectCreationExpr anonymous
          && anonymous.getAnonymousClassBody().isPresent()) {
        types.push("new " + anonymous.getTypeAsString());
      }
    }
    return String.join(".", types) + "#" + signature(member);
  }

  /** The member of {@code unit} with the same key as {@code member}, if any. */
  static Optional<Node> find(CompilationUnit unit, Node member) {
    String key = of(member);
    return unit.findFirst(member.getClass(), candidate -> of(candidate).equals(key))
        .map(Node.class::cast);
  }

  private static String signature(Node member) {
    if (member instanceof CallableDeclaration<?> callable) {
      return callable.getNameAsString()
          + "("
          + callable.getParameters().stream()
              .map(p -> p.getType().asString() + (p.isVarArgs() ? "..." : ""))
              .collect(Collectors.joining(","))
          + ")";
    }
    if (member instanceof CompactConstructorDeclaration compact) {
      return compact.getNameAsString() + "{compact}";
    }
    return member.getClass().getSimpleName();
  }
}
