package dev.reviewbot.rules.serial;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import dev.reviewbot.rules.internal.Names;
import java.util.Optional;

/** What a field's initializer gives it, compared with what deserialization leaves there. */
final class InitialValues {
  private static final int MAX_SHOWN = 40;

  private InitialValues() {}

  /**
   * The initializer, if the field has one whose value deserialization would not reproduce: not
   * {@code null}, {@code false} or zero (what a missing value reads as anyway), and not a constant
   * in a {@code final} field (javac compiles the reads of such a field as the value itself).
   */
  static Optional<Expression> lost(SerialField field) {
    return field
        .initializer()
        .filter(init -> !isDefault(init) && !(field.isFinal() && isConstant(unwrap(init), field)));
  }

  /**
   * A literal, or a constant's name ({@code DEFAULT_SIZE}) in a primitive or String field: javac
   * inlines such a field's reads.
   */
  private static boolean isConstant(Expression init, SerialField field) {
    return init instanceof LiteralExpr
        || (field.primitive() || field.type().equals("String"))
            && init instanceof NameExpr name
            && Names.isConstantCase(name.getNameAsString());
  }

  static boolean isDefault(Expression initializer) {
    Expression e = unwrap(initializer);
    if (e instanceof NullLiteralExpr) {
      return true;
    }
    if (e instanceof BooleanLiteralExpr b) {
      return !b.getValue();
    }
    if (e instanceof CharLiteralExpr c) {
      return c.getValue().equals("\\0") || c.getValue().equals("\\u0000");
    }
    if (e instanceof IntegerLiteralExpr
        || e instanceof LongLiteralExpr
        || e instanceof DoubleLiteralExpr) {
      String digits = e.toString().replace("_", "").replaceAll("[lLfFdD]$", "");
      return digits.matches("0+(\\.0*)?|0[xX]0+|0[bB]0+|\\.0+");
    }
    return false;
  }

  /** The initializer as a reader sees it, or empty when too long to quote. */
  static Optional<String> shown(Expression initializer) {
    String text = initializer.toString().replaceAll("\\s+", " ");
    return text.length() <= MAX_SHOWN ? Optional.of(text) : Optional.empty();
  }

  private static Expression unwrap(Expression initializer) {
    Expression e = initializer;
    while (e instanceof EnclosedExpr || e instanceof CastExpr) {
      e = e instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) e).getExpression();
    }
    return e;
  }
}
