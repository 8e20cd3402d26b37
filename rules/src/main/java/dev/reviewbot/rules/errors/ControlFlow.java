package dev.reviewbot.rules.errors;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Exceptions a method throws and catches itself, to leave a loop or a visitor early: control flow,
 * not failure.
 */
final class ControlFlow {
  private ControlFlow() {}

  /**
   * True if the try block throws the very type this catch catches ({@code throw new Stop()} or
   * {@code throw STOP} with {@code STOP} declared of that type in the file).
   */
  static boolean throwsCaughtTypeItself(CatchClause c) {
    if (!(c.getParentNode().orElse(null) instanceof TryStmt tryStmt)) {
      return false;
    }
    Set<String> caught =
        CatchChecks.types(c).stream().map(CatchChecks::simpleName).collect(Collectors.toSet());
    return tryStmt.getTryBlock().findAll(ThrowStmt.class).stream()
        .anyMatch(t -> caught.contains(typeOf(t.getExpression(), c)));
  }

  private static String typeOf(Expression thrown, CatchClause c) {
    Expression e = CatchScope.strip(thrown);
    if (e instanceof ObjectCreationExpr creation) {
      return creation.getType().getNameAsString();
    }
    if (e instanceof NameExpr name) {
      return c.findCompilationUnit()
          .flatMap(
              unit ->
                  unit.findFirst(
                      VariableDeclarator.class,
                      v -> v.getNameAsString().equals(name.getNameAsString())))
          .map(v -> v.getType().asString())
          .orElse("");
    }
    return "";
  }
}
