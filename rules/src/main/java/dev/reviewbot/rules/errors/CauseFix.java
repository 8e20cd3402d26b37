package dev.reviewbot.rules.errors;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.reviewbot.api.Edit;
import dev.reviewbot.api.Fix;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Passes the caught exception as the cause of the new one: {@code new X("msg")} becomes {@code new
 * X("msg", e)} and {@code new X()} becomes {@code new X(e)}. Only for JDK exception types known to
 * have both constructors, named so that nothing else in the file can be meant, and a first argument
 * that is plainly a {@code String}: without type information, any other case could pick a
 * constructor that does not exist.
 */
final class CauseFix {
  /**
   * Simple name to package, for JDK types with (String, Throwable) and (Throwable) constructors.
   */
  private static final Map<String, String> KNOWN =
      Map.of(
          "Exception", "java.lang",
          "RuntimeException", "java.lang",
          "Error", "java.lang",
          "IllegalStateException", "java.lang",
          "IllegalArgumentException", "java.lang",
          "UnsupportedOperationException", "java.lang",
          "SecurityException", "java.lang",
          "IOException", "java.io");

  private static final Set<String> MESSAGE_METHODS = Set.of("getMessage", "getLocalizedMessage");

  private CauseFix() {}

  static Optional<Fix> of(ObjectCreationExpr creation, String caught) {
    if (creation.getAnonymousClassBody().isPresent()
        || creation.getScope().isPresent()
        || creation.getTypeArguments().isPresent()
        || !known(creation)) {
      return Optional.empty();
    }
    if (creation.getArguments().isEmpty()) {
      return creation
          .getEnd()
          .map(
              end ->
                  Fix.of(
                      "Pass " + caught + " as the cause",
                      new Edit.Replace(end.line, end.column, end.line, end.column, caught)));
    }
    if (creation.getArguments().size() == 1 && isString(creation.getArgument(0), caught)) {
      return Optional.of(
          Fix.of(
              "Pass " + caught + " as the cause",
              Edit.insertAfter(creation.getArgument(0), ", " + caught)));
    }
    return Optional.empty();
  }

  /** A known type, by its qualified name or by a simple name nothing in the file redefines. */
  private static boolean known(ObjectCreationExpr creation) {
    String written = creation.getType().asString();
    String simple = creation.getType().getNameAsString();
    String pkg = KNOWN.get(simple);
    if (pkg == null) {
      return false;
    }
    if (written.equals(pkg + "." + simple)) {
      return true;
    }
    if (!written.equals(simple)) {
      return false;
    }
    Optional<CompilationUnit> unit = creation.findCompilationUnit();
    if (unit.isEmpty()
        || unit.get()
            .findFirst(TypeDeclaration.class, t -> t.getNameAsString().equals(simple))
            .isPresent()) {
      return false;
    }
    boolean importedElsewhere =
        unit.get().getImports().stream()
            .anyMatch(
                i ->
                    !i.isStatic()
                        && !i.isAsterisk()
                        && i.getName().getIdentifier().equals(simple)
                        && !i.getNameAsString().equals(pkg + "." + simple));
    if (importedElsewhere) {
      return false;
    }
    return pkg.equals("java.lang") || imports(unit.get(), pkg, simple);
  }

  private static boolean imports(CompilationUnit unit, String pkg, String simple) {
    for (ImportDeclaration i : unit.getImports()) {
      if (!i.isStatic()
          && (i.isAsterisk()
              ? i.getNameAsString().equals(pkg)
              : i.getNameAsString().equals(pkg + "." + simple))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A literal, a concatenation with text, or a call known to return text: {@code toString()}, the
   * caught exception's message, {@code String.format}, {@code formatted}.
   */
  private static boolean isString(Expression e, String caught) {
    if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
      return true;
    }
    if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      return isString(b.getLeft(), caught) || isString(b.getRight(), caught);
    }
    if (e instanceof MethodCallExpr call) {
      String name = call.getNameAsString();
      boolean format =
          name.equals("format")
              && call.getScope().filter(s -> s.toString().equals("String")).isPresent();
      boolean formatted =
          name.equals("formatted") && call.getScope().filter(s -> isString(s, caught)).isPresent();
      boolean message =
          MESSAGE_METHODS.contains(name)
              && call.getScope().filter(s -> s.toString().equals(caught)).isPresent();
      boolean text = name.equals("toString") && call.getScope().isPresent();
      return call.getArguments().isEmpty() && (message || text) || format || formatted;
    }
    return e.isEnclosedExpr() && isString(e.asEnclosedExpr().getInner(), caught);
  }
}
