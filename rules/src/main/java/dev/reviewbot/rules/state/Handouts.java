package dev.reviewbot.rules.state;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.reviewbot.rules.internal.Ancestors;
import dev.reviewbot.rules.internal.FieldReferences;
import dev.reviewbot.rules.internal.Visibility;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Methods callable from other packages that return a private (or package-private) global mutable
 * value as it is ({@code return NAMES;}), so callers can change what every other caller sees.
 * Public and protected fields are not considered: their declaration is already reported.
 */
final class Handouts {
  private Handouts() {}

  /** Each offending return statement with the field it hands out. */
  static Map<ReturnStmt, SharedField> of(TypeDeclaration<?> type, Iterable<SharedField> fields) {
    Map<String, SharedField> candidates = new LinkedHashMap<>();
    for (SharedField field : fields) {
      if (field.global() && field.isPrivate() && field.value().isShared()) {
        candidates.put(field.name(), field);
      }
    }
    Map<ReturnStmt, SharedField> found = new LinkedHashMap<>();
    if (candidates.isEmpty()) {
      return found;
    }
    FieldReferences references = new FieldReferences();
    for (MethodDeclaration method : type.getMethods()) {
      if (!Visibility.effective(method).atLeast(Visibility.Level.PROTECTED)) {
        continue;
      }
      method.walk(
          ReturnStmt.class,
          ret -> {
            if (ownReturn(ret, method)) {
              ret.getExpression()
                  .flatMap(references::fieldName)
                  .map(candidates::get)
                  .ifPresent(field -> found.put(ret, field));
            }
          });
    }
    return found;
  }

  /**
   * False for a return inside a lambda or anonymous class: it returns from that, not from the
   * method.
   */
  private static boolean ownReturn(ReturnStmt ret, MethodDeclaration method) {
    for (Node current = ret.getParentNode().orElse(null);
        current != method && current != null;
        current = current.getParentNode().orElse(null)) {
      if (current instanceof LambdaExpr
          || current instanceof ObjectCreationExpr
          || current instanceof MethodDeclaration) {
        return false;
      }
    }
    return true;
  }

  static String methodName(Node returned) {
    return Ancestors.nearest(returned, MethodDeclaration.class)
        .map(m -> m.getNameAsString() + "()")
        .orElse("this method");
  }
}
