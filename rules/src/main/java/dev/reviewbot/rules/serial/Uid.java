package dev.reviewbot.rules.serial;

import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Locale;

/**
 * An explicit {@code serialVersionUID}: its value when it is a literal ({@code 1L} and {@code 1}
 * are the same), else the initializer's text.
 */
record Uid(String text) {

  static Uid of(Expression initializer) {
    return new Uid(normalised(initializer));
  }

  private static String normalised(Expression initializer) {
    Expression e = initializer;
    while (e instanceof EnclosedExpr || e instanceof CastExpr) {
      e = e instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) e).getExpression();
    }
    boolean negative =
        e instanceof UnaryExpr unary && unary.getOperator() == UnaryExpr.Operator.MINUS;
    if (e instanceof UnaryExpr unary
        && (negative || unary.getOperator() == UnaryExpr.Operator.PLUS)) {
      e = unary.getExpression();
    }
    if (e.isIntegerLiteralExpr() || e.isLongLiteralExpr()) {
      String digits = e.toString().replace("_", "").toLowerCase(Locale.ROOT);
      digits = digits.endsWith("l") ? digits.substring(0, digits.length() - 1) : digits;
      try {
        long value =
            digits.startsWith("0x")
                ? Long.parseUnsignedLong(digits.substring(2), 16)
                : digits.startsWith("0b")
                    ? Long.parseUnsignedLong(digits.substring(2), 2)
                    : digits.length() > 1 && digits.startsWith("0")
                        ? Long.parseUnsignedLong(digits.substring(1), 8)
                        : Long.parseUnsignedLong(digits);
        return Long.toString(negative ? -value : value);
      } catch (NumberFormatException e2) {
        return initializer.toString();
      }
    }
    return initializer.toString();
  }

  /** The value as a reader writes it: {@code 42L}. */
  String shown() {
    return text.matches("-?\\d+") ? text + "L" : text;
  }
}
