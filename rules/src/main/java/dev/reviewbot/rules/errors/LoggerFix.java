package dev.reviewbot.rules.errors;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import dev.reviewbot.api.Edit;
import dev.reviewbot.api.Fix;
import java.util.Map;
import java.util.Optional;

/**
 * Replaces {@code e.printStackTrace()} of a caught exception with an error-level call on the
 * class's own logger field, when the field's type is a logging library's logger this file imports.
 * The message says no more than printStackTrace did.
 */
final class LoggerFix {
  static final String MESSAGE = "\"Unexpected exception\"";

  /** A logger type's import, and how its error call starts. */
  private static final Map<String, String> LOGGERS =
      Map.of(
          "org.slf4j.Logger", ".error(",
          "org.apache.logging.log4j.Logger", ".error(",
          "org.apache.log4j.Logger", ".error(",
          "org.apache.commons.logging.Log", ".error(",
          "java.util.logging.Logger", ".log(Level.SEVERE, ");

  private LoggerFix() {}

  static Optional<Fix> of(MethodCallExpr call) {
    if (!call.getArguments().isEmpty()
        || !(call.getScope().orElse(null) instanceof NameExpr scope)
        || call.getParentNode().filter(ExpressionStmt.class::isInstance).isEmpty()
        || !caughtHere(call, scope.getNameAsString())) {
      return Optional.empty();
    }
    Optional<TypeDeclaration<?>> type = enclosingType(call);
    Optional<CompilationUnit> unit = call.findCompilationUnit();
    if (type.isEmpty() || unit.isEmpty()) {
      return Optional.empty();
    }
    boolean staticContext = staticContext(call, type.get());
    for (FieldDeclaration field : type.get().getFields()) {
      if (staticContext && !field.isStatic() || field.getVariables().size() != 1) {
        continue;
      }
      VariableDeclarator logger = field.getVariable(0);
      Optional<String> library = library(unit.get(), logger.getTypeAsString());
      if (library.isEmpty()) {
        continue;
      }
      boolean jul = library.get().equals("java.util.logging.Logger");
      if (jul && !seesLevel(unit.get())) {
        continue;
      }
      String replacement =
          logger.getNameAsString()
              + LOGGERS.get(library.get())
              + MESSAGE
              + ", "
              + scope.getNameAsString()
              + ")";
      Fix fix =
          jul
              ? Fix.of(
                  "Log the exception",
                  Edit.replace(call, replacement),
                  Edit.addImport("java.util.logging.Level"))
              : Fix.of("Log the exception", Edit.replace(call, replacement));
      return Optional.of(fix);
    }
    return Optional.empty();
  }

  /** The logging library of a field's type, by the file's imports or the qualified name. */
  private static Optional<String> library(CompilationUnit unit, String type) {
    if (LOGGERS.containsKey(type)) {
      return Optional.of(type);
    }
    return unit.getImports().stream()
        .filter(i -> !i.isStatic() && !i.isAsterisk())
        .map(i -> i.getNameAsString())
        .filter(name -> LOGGERS.containsKey(name) && name.endsWith("." + type))
        .findFirst();
  }

  /** {@code Level} would mean java.util.logging's: imported as such, or not imported at all. */
  private static boolean seesLevel(CompilationUnit unit) {
    return unit.getImports().stream()
        .noneMatch(
            i ->
                !i.isStatic()
                    && !i.isAsterisk()
                    && i.getName().getIdentifier().equals("Level")
                    && !i.getNameAsString().equals("java.util.logging.Level"));
  }

  /** The scope is the variable of the catch clause around the call. */
  private static boolean caughtHere(MethodCallExpr call, String name) {
    for (Node at = call.getParentNode().orElse(null);
        at != null && !(at instanceof BodyDeclaration<?>);
        at = at.getParentNode().orElse(null)) {
      if (at instanceof CatchClause c) {
        return CatchChecks.name(c).equals(name);
      }
    }
    return false;
  }

  /**
   * The type whose fields the call sees by simple name; none inside an anonymous or local class,
   * whose own supertypes could declare a field of the same name.
   */
  private static Optional<TypeDeclaration<?>> enclosingType(Node node) {
    for (Node at = node.getParentNode().orElse(null);
        at != null;
        at = at.getParentNode().orElse(null)) {
      if (at instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()
          || at instanceof LocalClassDeclarationStmt) {
        return Optional.empty();
      }
      if (at instanceof TypeDeclaration<?> type) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private static boolean staticContext(Node node, TypeDeclaration<?> type) {
    for (Node at = node.getParentNode().orElse(null);
        at != null && at != type;
        at = at.getParentNode().orElse(null)) {
      if (at instanceof MethodDeclaration m && m.isStatic()
          || at instanceof InitializerDeclaration i && i.isStatic()
          || at instanceof FieldDeclaration f && f.isStatic()) {
        return true;
      }
    }
    return false;
  }
}
