package dev.reviewbot.rules.leftover;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Optional;

/**
 * Conditions whose value is written into them: {@code true}, {@code false}, {@code !true}, {@code x
 * || true}, {@code false && x}. Only literals count: a {@code static final boolean DEBUG} switch is
 * the established way to compile code in or out, and says so by its name.
 */
final class ConstantConditions {
  private ConstantConditions() {}

  /** The value {@code condition} always has, or empty if it depends on anything but literals. */
  static Optional<Boolean> valueOf(Expression condition) {
    if (condition instanceof BooleanLiteralExpr literal) {
      return Optional.of(literal.getValue());
    }
    if (condition instanceof EnclosedExpr enclosed) {
      return valueOf(enclosed.getInner());
    }
    if (condition instanceof UnaryExpr unary
        && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      return valueOf(unary.getExpression()).map(value -> !value);
    }
    if (condition instanceof BinaryExpr binary) {
      Optional<Boolean> left = valueOf(binary.getLeft());
      Optional<Boolean> right = valueOf(binary.getRight());
      if (binary.getOperator() == BinaryExpr.Operator.OR) {
        return decided(left, right, true);
      }
      if (binary.getOperator() == BinaryExpr.Operator.AND) {
        return decided(left, right, false);
      }
    }
    return Optional.empty();
  }

  /**
   * {@code ||} is decided by one {@code true} operand, {@code &&} by one {@code false}; else by
   * both.
   */
  private static Optional<Boolean> decided(
      Optional<Boolean> left, Optional<Boolean> right, boolean deciding) {
    if (left.filter(v -> v == deciding).isPresent()
        || right.filter(v -> v == deciding).isPresent()) {
      return Optional.of(deciding);
    }
    return left.isPresent() && right.isPresent() ? Optional.of(!deciding) : Optional.empty();
  }
}
