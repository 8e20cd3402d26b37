package dev.reviewbot.rules.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.Collection;
import java.util.Optional;

/** Small questions about declarations that several rules ask. */
public final class Declarations {
  private Declarations() {}

  /** True if the declaration carries {@code @Override}: its signature is fixed by a supertype. */
  public static boolean isOverride(NodeWithAnnotations<?> declaration) {
    return hasAnnotation(declaration, java.util.List.of("Override"));
  }

  /** True if one of the annotations has one of {@code simpleNames}, written simple or qualified. */
  public static boolean hasAnnotation(
      NodeWithAnnotations<?> declaration, Collection<String> simpleNames) {
    for (AnnotationExpr annotation : declaration.getAnnotations()) {
      String name = annotation.getName().getIdentifier();
      if (simpleNames.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** The nearest type declaration around {@code node} (not counting {@code node} itself). */
  public static Optional<TypeDeclaration<?>> enclosingType(Node node) {
    for (Node current = node.getParentNode().orElse(null);
        current != null;
        current = current.getParentNode().orElse(null)) {
      if (current instanceof TypeDeclaration<?> type) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** True for a record constructor whose parameters repeat the record's components. */
  public static boolean isCanonicalConstructor(ConstructorDeclaration constructor) {
    if (!(constructor.getParentNode().orElse(null) instanceof RecordDeclaration record)
        || record.getParameters().size() != constructor.getParameters().size()) {
      return false;
    }
    for (int i = 0; i < record.getParameters().size(); i++) {
      if (!Types.erasure(record.getParameter(i).getType())
          .equals(Types.erasure(constructor.getParameter(i).getType()))) {
        return false;
      }
    }
    return true;
  }

  /** The line a declaration's name is on, for anchoring a finding on its header. */
  public static int line(Node node) {
    return node.getBegin().map(p -> p.line).orElse(1);
  }
}
