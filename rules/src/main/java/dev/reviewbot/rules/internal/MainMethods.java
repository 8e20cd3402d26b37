package dev.reviewbot.rules.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

/** Command-line entry points: {@code main} methods and the types that declare one. */
public final class MainMethods {
  private MainMethods() {}

  /** True inside a {@code main} method. */
  public static boolean inMainMethod(Node node) {
    return Ancestors.nearest(node, MethodDeclaration.class).filter(MainMethods::isMain).isPresent();
  }

  /** True inside a type that declares a {@code main} method: a command-line entry point. */
  public static boolean inMainClass(Node node) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> type
          && type.getMethodsByName("main").stream().anyMatch(MainMethods::isMain)) {
        return true;
      }
    }
    return false;
  }

  /** {@code static void main(String[])}, or the parameterless {@code void main()} of newer Java. */
  public static boolean isMain(MethodDeclaration method) {
    if (!method.getNameAsString().equals("main") || !method.getType().isVoidType()) {
      return false;
    }
    return method.getParameters().isEmpty()
        || (method.getParameters().size() == 1
            && method.getParameter(0).getType().asString().replace("...", "[]").equals("String[]"))
        || (method.getParameters().size() == 1
            && method.getParameter(0).isVarArgs()
            && method.getParameter(0).getType().asString().equals("String"));
  }
}
