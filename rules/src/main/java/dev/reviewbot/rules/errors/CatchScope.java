package dev.reviewbot.rules.errors;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The code of one catch block that runs when it catches: nested lambdas and class bodies run later,
 * if at all, so they are left out. Also says which expressions refer to a caught exception.
 */
final class CatchScope {
  private static final Set<String> CAUSE_GETTERS =
      Set.of("getCause", "getTargetException", "getException");

  /** Calls that turn an exception into text: the stack trace does not survive them. */
  private static final Set<String> TO_TEXT =
      Set.of(
          "format",
          "formatted",
          "valueOf",
          "toString",
          "join",
          "concat",
          "append",
          "getMessage",
          "getLocalizedMessage");

  private CatchScope() {}

  /** Nodes of {@code kind} in the catch body, outside nested lambdas and classes. */
  static <T extends Node> List<T> find(CatchClause catchClause, Class<T> kind) {
    List<T> found = new ArrayList<>();
    collect(catchClause.getBody(), kind, found);
    return found;
  }

  private static <T extends Node> void collect(Node node, Class<T> kind, List<T> found) {
    if (node instanceof LambdaExpr
        || node instanceof LocalClassDeclarationStmt
        || node instanceof LocalRecordDeclarationStmt) {
      return;
    }
    if (kind.isInstance(node)) {
      found.add(kind.cast(node));
    }
    if (node instanceof ObjectCreationExpr creation
        && creation.getAnonymousClassBody().isPresent()) {
      creation.getArguments().forEach(arg -> collect(arg, kind, found));
      return;
    }
    for (Node child : node.getChildNodes()) {
      collect(child, kind, found);
    }
  }

  /**
   * Names of the exceptions caught by the catch blocks around {@code node}, and of the locals there
   * that hold one of them or its cause ({@code Throwable cause = e.getCause();}).
   */
  static Set<String> caughtNames(Node node) {
    Set<String> names = new HashSet<>();
    List<CatchClause> clauses = new ArrayList<>();
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof CatchClause c) {
        names.add(c.getParameter().getNameAsString());
        clauses.add(c);
      }
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (CatchClause c : clauses) {
        for (VariableDeclarator local : find(c, VariableDeclarator.class)) {
          if (!names.contains(local.getNameAsString())
              && local.getInitializer().filter(init -> isCause(init, names)).isPresent()) {
            grew = names.add(local.getNameAsString());
          }
        }
      }
    }
    return names;
  }

  /** {@code String.format(..., e)}, {@code e.getMessage()}...: the exception becomes text. */
  static boolean turnsIntoText(MethodCallExpr call) {
    return TO_TEXT.contains(call.getNameAsString());
  }

  /**
   * True if {@code expression} is a caught exception, its cause, or a call handed one of them (such
   * as {@code wrap(e)}), but not when the call only turns it into text.
   */
  static boolean isCause(Expression expression, Set<String> caught) {
    Expression e = strip(expression);
    if (e instanceof NameExpr name) {
      return caught.contains(name.getNameAsString());
    }
    if (e instanceof MethodCallExpr call) {
      boolean getter =
          CAUSE_GETTERS.contains(call.getNameAsString())
              && call.getScope().map(scope -> isCause(scope, caught)).orElse(false);
      return getter
          || (!TO_TEXT.contains(call.getNameAsString())
              && call.getArguments().stream().anyMatch(arg -> isCause(arg, caught)));
    }
    return false;
  }

  static Expression strip(Expression expression) {
    Expression e = expression;
    while (e instanceof EnclosedExpr || e instanceof CastExpr) {
      e = e instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) e).getExpression();
    }
    return e;
  }
}
