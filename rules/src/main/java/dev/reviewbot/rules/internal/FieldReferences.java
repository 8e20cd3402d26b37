package dev.reviewbot.rules.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import java.util.Optional;

/**
 * Which field, if any, an expression names: {@code count}, {@code this.count} or {@code
 * Owner.count} (with {@code Owner} a type around the expression). With {@link #elementOf} also
 * {@code cache[i]}. Names that a local variable or parameter shadows are not fields.
 */
public final class FieldReferences {
  private final LocalNames locals = new LocalNames();

  /**
   * The field {@code expression} names, if it names one of the code's own or enclosing types'
   * fields.
   */
  public Optional<String> fieldName(Expression expression) {
    Expression e = unwrap(expression);
    if (e instanceof NameExpr name) {
      return locals.isLocal(e, name.getNameAsString())
          ? Optional.empty()
          : Optional.of(name.getNameAsString());
    }
    if (e instanceof FieldAccessExpr access) {
      Expression scope = access.getScope();
      if (scope instanceof ThisExpr
          || scope instanceof NameExpr owner && isEnclosingType(access, owner.getNameAsString())) {
        return Optional.of(access.getNameAsString());
      }
    }
    return Optional.empty();
  }

  /** The field whose element {@code expression} is ({@code cache[i]}), if any. */
  public Optional<String> elementOf(Expression expression) {
    Expression e = unwrap(expression);
    return e instanceof ArrayAccessExpr access ? fieldName(access.getName()) : Optional.empty();
  }

  /** The field {@code expression} names, or whose element it is. */
  public Optional<String> fieldOrElement(Expression expression) {
    Optional<String> field = fieldName(expression);
    return field.isPresent() ? field : elementOf(expression);
  }

  public LocalNames locals() {
    return locals;
  }

  private static Expression unwrap(Expression expression) {
    Expression e = expression;
    while (e instanceof EnclosedExpr enclosed) {
      e = enclosed.getInner();
    }
    return e;
  }

  private static boolean isEnclosingType(Node at, String name) {
    for (Node current = at; current != null; current = current.getParentNode().orElse(null)) {
      if (current instanceof TypeDeclaration<?> type && type.getNameAsString().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
