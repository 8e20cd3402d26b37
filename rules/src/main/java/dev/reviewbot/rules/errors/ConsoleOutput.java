package dev.reviewbot.rules.errors;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import dev.reviewbot.rules.internal.MainMethods;
import java.util.Locale;
import java.util.Optional;

/** Recognizes writes to the console and the entry points whose job is to write there. */
final class ConsoleOutput {
  private ConsoleOutput() {}

  /** {@code out} or {@code err} if the expression is {@code System.out}/{@code System.err}. */
  static Optional<String> stream(Expression expression) {
    if (expression instanceof FieldAccessExpr field
        && (field.getNameAsString().equals("out") || field.getNameAsString().equals("err"))) {
      String scope = field.getScope().toString();
      if (scope.equals("System") || scope.equals("java.lang.System")) {
        return Optional.of(field.getNameAsString());
      }
    }
    return Optional.empty();
  }

  /** True for {@code e.printStackTrace()} and {@code e.printStackTrace(System.err)}. */
  static boolean isPrintStackTrace(MethodCallExpr call) {
    return call.getNameAsString().equals("printStackTrace")
        && call.getScope().isPresent()
        && (call.getArguments().isEmpty()
            || (call.getArguments().size() == 1 && stream(call.getArgument(0)).isPresent()));
  }

  /**
   * True inside an {@code if} whose condition names a verbose or debug switch: output the user
   * turned on, which is the console's job.
   */
  static boolean optIn(Node node) {
    for (Node n = node.getParentNode().orElse(null);
        n != null && !(n instanceof MethodDeclaration);
        n = n.getParentNode().orElse(null)) {
      if (n instanceof IfStmt branch) {
        String condition = branch.getCondition().toString().toLowerCase(Locale.ROOT);
        if (condition.contains("verbose") || condition.contains("debug")) {
          return true;
        }
      }
    }
    return false;
  }

  /** True inside a {@code main} method. */
  static boolean inMainMethod(Node node) {
    return MainMethods.inMainMethod(node);
  }

  /** True inside a type that declares a {@code main} method: a command-line entry point. */
  static boolean inMainClass(Node node) {
    return MainMethods.inMainClass(node);
  }
}
