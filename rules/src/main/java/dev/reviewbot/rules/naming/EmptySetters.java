package dev.reviewbot.rules.naming;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.reviewbot.rules.internal.LocalNames;

/**
 * A {@code setX(...)} whose body stores nothing anywhere: it assigns no field, array element or
 * other non-local, and calls, creates or throws nothing (any call may be delegation, validation or
 * an event, so it counts as doing something). An empty body with a comment is a deliberate no-op
 * and is accepted.
 */
final class EmptySetters {
  private EmptySetters() {}

  static boolean setsNothing(MethodDeclaration setter, LocalNames locals) {
    if (setter.getParameters().isEmpty() || setter.getBody().isEmpty()) {
      return false;
    }
    BlockStmt body = setter.getBody().get();
    if (!body.getAllContainedComments().isEmpty() || !body.getOrphanComments().isEmpty()) {
      return false;
    }
    return body.stream().noneMatch(node -> doesSomething(node, locals));
  }

  private static boolean doesSomething(Node node, LocalNames locals) {
    if (node instanceof MethodCallExpr
        || node instanceof ObjectCreationExpr
        || node instanceof MethodReferenceExpr
        || node instanceof LambdaExpr
        || node instanceof ThrowStmt
        || node instanceof ExplicitConstructorInvocationStmt) {
      return true;
    }
    if (node instanceof AssignExpr assign) {
      return !isLocal(assign.getTarget(), locals);
    }
    if (node instanceof UnaryExpr unary
        && unary.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT
        && unary.getOperator() != UnaryExpr.Operator.MINUS
        && unary.getOperator() != UnaryExpr.Operator.PLUS
        && unary.getOperator() != UnaryExpr.Operator.BITWISE_COMPLEMENT) {
      return !isLocal(unary.getExpression(), locals);
    }
    return false;
  }

  private static boolean isLocal(Expression target, LocalNames locals) {
    return target instanceof NameExpr name && locals.isLocal(target, name.getNameAsString());
  }
}
