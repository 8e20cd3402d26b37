package dev.reviewbot.rules.serial;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.List;

/**
 * Whether a class gives a field its value back after deserialization, which runs neither field
 * initializers nor constructors: its {@code readObject} (or a method of the class it calls) names
 * the field, its {@code readResolve} returns another object than {@code this}, or its code compares
 * the field with {@code null} (it is initialised lazily, so a missing value is expected).
 */
final class Restoration {
  private Restoration() {}

  static boolean restores(SerialForm form, SerialField field) {
    return form.readObject().map(m -> namesField(m, form, field.name())).orElse(false)
        || form.readResolve().map(Restoration::resolvesToAnother).orElse(false)
        || !field.primitive() && comparedWithNull(form, field.name());
  }

  /**
   * {@code readObject}, or a method of the class it calls (directly or through others), names the
   * field; a call to a method the class does not declare (an inherited {@code init()} or {@code
   * doReadObject(in)}, {@code super.readObject...}) may set it, unseen, so it counts too.
   */
  private static boolean namesField(MethodDeclaration readObject, SerialForm form, String field) {
    return Calls.reach(
        form.type(),
        readObject,
        m ->
            m.findFirst(
                    Expression.class,
                    e ->
                        names(e, field)
                            || e instanceof FieldAccessExpr a && a.getNameAsString().equals(field))
                .isPresent());
  }

  /**
   * Anything but a plain {@code return this;}: a fresh object, built by a constructor that runs the
   * initializers.
   */
  private static boolean resolvesToAnother(MethodDeclaration readResolve) {
    List<Statement> statements =
        readResolve.getBody().<List<Statement>>map(b -> b.getStatements()).orElse(List.of());
    return !(statements.size() == 1
        && statements.get(0) instanceof ReturnStmt r
        && r.getExpression().filter(Expression::isThisExpr).isPresent());
  }

  private static boolean comparedWithNull(SerialForm form, String field) {
    return form.type()
        .findFirst(
            BinaryExpr.class,
            b ->
                (b.getOperator() == BinaryExpr.Operator.EQUALS
                        || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)
                    && (names(b.getLeft(), field) && b.getRight() instanceof NullLiteralExpr
                        || names(b.getRight(), field) && b.getLeft() instanceof NullLiteralExpr))
        .isPresent();
  }

  private static boolean names(Expression e, String field) {
    return e instanceof NameExpr n && n.getNameAsString().equals(field)
        || e instanceof FieldAccessExpr a
            && a.getNameAsString().equals(field)
            && a.getScope().isThisExpr();
  }
}
