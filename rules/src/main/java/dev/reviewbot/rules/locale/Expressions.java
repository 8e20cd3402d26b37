package dev.reviewbot.rules.locale;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;

/** Where an expression sits in its statement. */
final class Expressions {
  private Expressions() {}

  /**
   * The text of the whole expression around {@code e} up to its statement (a condition, a selector,
   * an assignment; with the variable for an initializer), printed so that layout does not matter:
   * the same text in the base version means the code was there before.
   */
  static String statementText(Expression e) {
    Node top = e;
    while (top.getParentNode().orElse(null) instanceof Expression parent
        && !(parent instanceof LambdaExpr)) {
      top = parent;
    }
    if (top.getParentNode().orElse(null) instanceof VariableDeclarator variable) {
      top = variable;
    }
    return top.toString().replaceAll("\\s+", " ");
  }
}
