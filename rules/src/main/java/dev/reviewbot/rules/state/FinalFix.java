package dev.reviewbot.rules.state;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import dev.reviewbot.api.Edit;
import dev.reviewbot.api.Fix;
import dev.reviewbot.rules.internal.Visibility.Level;
import java.util.Optional;

/**
 * Adds {@code final} to a static field that only this file can reach (effectively private), that
 * has an initializer, and that nothing in the file assigns or increments, by any expression with
 * its name: then no code anywhere assigns it, and {@code final} only says so.
 */
final class FinalFix {
  private FinalFix() {}

  static Optional<Fix> of(SharedField field) {
    if (field.isFinal()
        || !field.isStatic()
        || field.level() != Level.PRIVATE
        || field.variable().getInitializer().isEmpty()
        || !(field.variable().getParentNode().orElse(null) instanceof FieldDeclaration declaration)
        || declaration.getVariables().size() != 1) {
      return Optional.empty();
    }
    String name = field.name();
    Node root = declaration.findRootNode();
    boolean written =
        root.findFirst(AssignExpr.class, a -> names(a.getTarget(), name)).isPresent()
            || root.findAll(UnaryExpr.class).stream()
                .anyMatch(u -> isStep(u.getOperator()) && names(u.getExpression(), name));
    if (written) {
      return Optional.empty();
    }
    return declaration.getModifiers().stream()
        .filter(m -> m.getKeyword() == Modifier.Keyword.STATIC)
        .findFirst()
        .map(modifier -> Fix.of("Make `" + name + "` final", Edit.insertAfter(modifier, " final")));
  }

  private static boolean isStep(UnaryExpr.Operator operator) {
    return operator == UnaryExpr.Operator.PREFIX_INCREMENT
        || operator == UnaryExpr.Operator.PREFIX_DECREMENT
        || operator == UnaryExpr.Operator.POSTFIX_INCREMENT
        || operator == UnaryExpr.Operator.POSTFIX_DECREMENT;
  }

  /** {@code name}, {@code this.name} or {@code Type.name}: any expression that could be it. */
  private static boolean names(Expression target, String name) {
    return target instanceof NameExpr n && n.getNameAsString().equals(name)
        || target instanceof FieldAccessExpr f && f.getNameAsString().equals(name);
  }
}
