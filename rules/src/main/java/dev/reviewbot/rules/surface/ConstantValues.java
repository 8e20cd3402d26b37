package dev.reviewbot.rules.surface;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.Type;
import java.util.Optional;

/**
 * A constant's initializer in a form two versions can be compared by: its value where literals and
 * operators make it ({@code 1 << 10} and {@code 1024} are one value), else its text without a cast
 * to the constant's own type ({@code (long) Integer.MAX_VALUE} in a {@code long} is {@code
 * Integer.MAX_VALUE}).
 */
final class ConstantValues {
  private ConstantValues() {}

  static String comparable(Expression initializer, Type type) {
    Expression expression = initializer;
    while (expression instanceof EnclosedExpr enclosed) {
      expression = enclosed.getInner();
    }
    if (expression instanceof CastExpr cast && cast.getType().asString().equals(type.asString())) {
      expression = cast.getExpression();
    }
    return value(expression)
        .map(String::valueOf)
        .orElse(expression.toString().replaceAll("\\s+", " ").trim());
  }

  /**
   * A {@code Long}, {@code Double}, {@code Boolean} or quoted {@code String}, if literals and
   * operators make it.
   */
  private static Optional<Object> value(Expression expression) {
    try {
      return Optional.ofNullable(evaluate(expression));
    } catch (ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Object evaluate(Expression expression) {
    if (expression instanceof IntegerLiteralExpr literal) {
      return literal.asNumber().longValue();
    }
    if (expression instanceof LongLiteralExpr literal) {
      return literal.asNumber().longValue();
    }
    if (expression instanceof DoubleLiteralExpr literal) {
      return literal.asDouble();
    }
    if (expression instanceof CharLiteralExpr literal) {
      return (long) literal.asChar();
    }
    if (expression instanceof BooleanLiteralExpr literal) {
      return literal.getValue();
    }
    if (expression instanceof StringLiteralExpr literal) {
      return "\"" + literal.getValue() + "\"";
    }
    if (expression instanceof EnclosedExpr enclosed) {
      return evaluate(enclosed.getInner());
    }
    if (expression instanceof UnaryExpr unary) {
      return unary(unary.getOperator(), evaluate(unary.getExpression()));
    }
    if (expression instanceof BinaryExpr binary) {
      return binary(binary.getOperator(), evaluate(binary.getLeft()), evaluate(binary.getRight()));
    }
    return null;
  }

  private static Object unary(UnaryExpr.Operator operator, Object operand) {
    return switch (operator) {
      case MINUS ->
          operand instanceof Long l
              ? (Object) (-l)
              : operand instanceof Double d ? (Object) (-d) : null;
      case PLUS -> operand instanceof Long || operand instanceof Double ? operand : null;
      case BITWISE_COMPLEMENT -> operand instanceof Long l ? ~l : null;
      case LOGICAL_COMPLEMENT -> operand instanceof Boolean b ? !b : null;
      default -> null;
    };
  }

  private static Object binary(BinaryExpr.Operator operator, Object left, Object right) {
    if (left == null || right == null) {
      return null;
    }
    if (operator == BinaryExpr.Operator.PLUS
        && (left instanceof String || right instanceof String)) {
      return "\"" + unquoted(left) + unquoted(right) + "\"";
    }
    if (left instanceof Long a && right instanceof Long b) {
      return switch (operator) {
        case PLUS -> a + b;
        case MINUS -> a - b;
        case MULTIPLY -> a * b;
        case DIVIDE -> a / b;
        case REMAINDER -> a % b;
        case LEFT_SHIFT -> a << b;
        case SIGNED_RIGHT_SHIFT -> a >> b;
        case UNSIGNED_RIGHT_SHIFT -> a >>> b;
        case BINARY_AND -> a & b;
        case BINARY_OR -> a | b;
        case XOR -> a ^ b;
        default -> null;
      };
    }
    if (left instanceof Number a && right instanceof Number b) {
      double x = a.doubleValue();
      double y = b.doubleValue();
      return switch (operator) {
        case PLUS -> x + y;
        case MINUS -> x - y;
        case MULTIPLY -> x * y;
        case DIVIDE -> x / y;
        default -> null;
      };
    }
    return null;
  }

  private static String unquoted(Object value) {
    String text = String.valueOf(value);
    return value instanceof String ? text.substring(1, text.length() - 1) : text;
  }
}
