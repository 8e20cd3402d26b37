package dev.reviewbot.rules.change;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a method's head version does with a null it no longer rejects by a check. */
final class NullHandling {
  /** Calls that take null in their stride: {@code isEmpty(s)}, {@code Objects.toString(o, "")}, {@code requireNonNullElse}. */
  private static final Pattern NULL_SAFE = Pattern.compile(".*(null|empty|blank).*");

  private NullHandling() {}

  /**
   * The head decides what null means: compares the variable with null, tests it with {@code
   * instanceof}, hands it to a call named for null or emptiness, or to a method of its file that
   * compares its parameter with null.
   */
  static boolean handles(MethodBody head, String variable) {
    if (comparesWithNull(head.body(), variable)) {
      return true;
    }
    return head.body().findFirst(MethodCallExpr.class, call -> {
      for (int i = 0; i < call.getArguments().size(); i++) {
        if (GuardRemovals.reads(call.getArgument(i), variable)
            && (NULL_SAFE.matcher(call.getNameAsString().toLowerCase(Locale.ROOT)).matches() || sameFileHandles(head, call, i))) {
          return true;
        }
      }
      return false;
    }).isPresent();
  }

  private static boolean comparesWithNull(Node body, String variable) {
    return body.findFirst(Expression.class, n -> {
      if (n instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.EQUALS || b.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
        return b.getLeft() instanceof NullLiteralExpr && GuardRemovals.reads(b.getRight(), variable)
            || b.getRight() instanceof NullLiteralExpr && GuardRemovals.reads(b.getLeft(), variable);
      }
      return n instanceof InstanceOfExpr i && GuardRemovals.reads(i.getExpression(), variable);
    }).isPresent();
  }

  /** An unqualified call of a method of the same file that compares the parameter at {@code index} with null. */
  private static boolean sameFileHandles(MethodBody head, MethodCallExpr call, int index) {
    if (call.getScope().filter(s -> !(s instanceof ThisExpr)).isPresent()) {
      return false;
    }
    return head.declaration().findCompilationUnit().stream()
        .flatMap(unit -> unit.findAll(MethodDeclaration.class, m -> m.getNameAsString().equals(call.getNameAsString())
            && m.getParameters().size() == call.getArguments().size() && m != head.declaration()).stream())
        .anyMatch(m -> m.getBody().isPresent() && comparesWithNull(m.getBody().get(), m.getParameter(index).getNameAsString()));
  }

  /**
   * The head's first statement that reads the variable dereferences it, outside any branch: a
   * null still fails at once with a {@code NullPointerException}, only without the check's message.
   */
  static boolean dereferencedFirst(MethodBody head, String variable) {
    for (Statement statement : head.body().getStatements()) {
      if (statement.findFirst(Expression.class, e -> GuardRemovals.isVariable(e, variable)).isEmpty()) {
        continue;
      }
      if (statement instanceof ForEachStmt each) {
        return GuardRemovals.isVariable(Guards.strip(each.getIterable()), variable);
      }
      return (statement instanceof ExpressionStmt || statement instanceof ReturnStmt || statement instanceof ThrowStmt
          || statement instanceof ExplicitConstructorInvocationStmt)
          && statement.findFirst(Expression.class, e -> dereferences(e, variable) && unconditional(e, statement)).isPresent();
    }
    return false;
  }

  /** {@code v.m()}, {@code v.f}, {@code v[i]}: fails on null. */
  private static boolean dereferences(Expression e, String variable) {
    Expression target = e instanceof MethodCallExpr call ? call.getScope().orElse(null)
        : e instanceof FieldAccessExpr access && !(access.getScope() instanceof ThisExpr) ? access.getScope()
        : e instanceof ArrayAccessExpr array ? array.getName() : null;
    return target != null && GuardRemovals.isVariable(Guards.strip(target), variable);
  }

  /** Evaluated whenever its statement runs: not in a lambda, a branch of {@code ?:}, or the right of {@code &&} or {@code ||}. */
  private static boolean unconditional(Node node, Statement statement) {
    Node child = node;
    for (Node parent = node.getParentNode().orElse(null); parent != null && child != statement; parent = parent.getParentNode().orElse(null)) {
      if (parent instanceof LambdaExpr || parent instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()
          || parent instanceof ConditionalExpr c && c.getCondition() != child
          || parent instanceof BinaryExpr b && b.getRight() == child
              && (b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR)) {
        return false;
      }
      child = parent;
    }
    return true;
  }
}
