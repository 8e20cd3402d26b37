package dev.reviewbot.rules.locale;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.reviewbot.rules.internal.Ancestors;
import dev.reviewbot.rules.internal.Types;
import java.util.List;
import java.util.Optional;

/**
 * The constants of enums the file declares: when they are known, so is every text their names can
 * convert.
 */
final class Enums {
  private Enums() {}

  /**
   * The constants of the enum named {@code simpleName} ({@code Mode} or {@code Outer.Mode}), if
   * this file declares it.
   */
  static Optional<List<String>> constants(Node inFile, String simpleName) {
    String name = simpleName.replaceFirst(".*\\.", "");
    return inFile
        .findCompilationUnit()
        .flatMap(
            unit -> unit.findFirst(EnumDeclaration.class, e -> e.getNameAsString().equals(name)))
        .map(e -> e.getEntries().stream().map(entry -> entry.getNameAsString()).toList());
  }

  /**
   * The constants {@code value} can be: {@code Mode.STRICT}, or a parameter or local variable
   * declared with an enum this file declares.
   */
  static Optional<List<String>> constantsOf(Expression value) {
    if (value instanceof FieldAccessExpr field) {
      return constants(value, field.getScope().toString());
    }
    if (!(value instanceof NameExpr variable)) {
      return Optional.empty();
    }
    String name = variable.getNameAsString();
    return Ancestors.nearest(
            value,
            Node.class,
            n -> n instanceof BodyDeclaration<?> && !(n instanceof TypeDeclaration<?>))
        .flatMap(
            member ->
                member.findFirst(
                    Node.class,
                    n ->
                        n instanceof Parameter p && p.getNameAsString().equals(name)
                            || n instanceof VariableDeclarator d
                                && d.getNameAsString().equals(name)))
        .map(
            declaration ->
                declaration instanceof Parameter p
                    ? p.getType()
                    : ((VariableDeclarator) declaration).getType())
        .flatMap(type -> constants(value, Types.simpleName(type)));
  }
}
