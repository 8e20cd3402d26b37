package dev.reviewbot.rules.locale;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.reviewbot.api.Edit;
import dev.reviewbot.api.Fix;
import java.util.Optional;

/**
 * Passes {@code Locale.ROOT} to a case conversion and imports {@code java.util.Locale}; spelt out
 * in full where the file means another {@code Locale}.
 */
final class RootLocaleFix {
  private RootLocaleFix() {}

  static Optional<Fix> of(MethodCallExpr call) {
    Optional<CompilationUnit> unit = call.findCompilationUnit();
    if (unit.isEmpty() || call.getEnd().isEmpty()) {
      return Optional.empty();
    }
    // the call's last character is its closing parenthesis: the argument goes just before it
    int line = call.getEnd().get().line;
    int column = call.getEnd().get().column;
    String description = "Pass Locale.ROOT to " + call.getNameAsString();
    if (otherLocale(unit.get())) {
      return Optional.of(
          Fix.of(
              description, new Edit.Replace(line, column, line, column, "java.util.Locale.ROOT")));
    }
    return Optional.of(
        Fix.of(
            description,
            new Edit.Replace(line, column, line, column, "Locale.ROOT"),
            Edit.addImport("java.util.Locale")));
  }

  private static boolean otherLocale(CompilationUnit unit) {
    return unit.getImports().stream()
            .anyMatch(
                i ->
                    !i.isStatic()
                        && !i.isAsterisk()
                        && i.getName().getIdentifier().equals("Locale")
                        && !i.getNameAsString().equals("java.util.Locale"))
        || unit.findFirst(TypeDeclaration.class, t -> t.getNameAsString().equals("Locale"))
            .isPresent();
  }
}
