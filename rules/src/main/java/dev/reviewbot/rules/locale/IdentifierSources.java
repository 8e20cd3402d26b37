package dev.reviewbot.rules.locale;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import dev.reviewbot.rules.internal.Ancestors;
import java.util.Optional;
import java.util.Set;

/**
 * Text that is an identifier whatever is done with it next: an enum constant's name, a class name,
 * the OS name.
 */
final class IdentifierSources {
  /** The {@code os.name} values that have a capital I, lower-cased. */
  private static final Identifier OS_NAME =
      new Identifier("the os.name system property", "AIX", "Linux", Set.of("aix", "irix"));

  private IdentifierSources() {}

  /**
   * An identifier and typical values of it that a Turkish locale converts wrongly.
   *
   * @param what the identifier in a reviewer's words
   * @param toLower a value with an {@code I}, for lower-casing
   * @param toUpper a value with an {@code i}, for upper-casing
   */
  record Identifier(String what, String toLower, String toUpper, Set<String> lowerCaseValues) {
    /** {@code "INFO"} becomes {@code "ınfo"}. */
    String example(Conversion conversion) {
      String input = conversion == Conversion.LOWER ? toLower : toUpper;
      return "`\""
          + input
          + "\"` becomes `\""
          + conversion.convert(input, Conversion.TURKISH)
          + "\"`";
    }

    /**
     * False when lower-casing the identifier's known values can only miss {@code expected} where
     * the value already has a lower-case i: {@code os.name} is {@code "Windows 10"} or {@code
     * "Linux"}, so a Turkish locale lower-cases it right for {@code "windows"}; only {@code "AIX"}
     * and {@code "IRIX"} have a capital I.
     */
    boolean canMiss(String expected, Conversion conversion) {
      return conversion != Conversion.LOWER
          || lowerCaseValues.isEmpty()
          || lowerCaseValues.stream()
              .anyMatch(value -> value.contains(expected) || expected.contains(value));
    }
  }

  /** What {@code scope} is, if its text is an identifier. */
  static Optional<Identifier> of(Expression scope) {
    if (scope instanceof NameExpr variable) {
      return initializer(variable).flatMap(IdentifierSources::of);
    }
    if (!(scope instanceof MethodCallExpr call)) {
      return Optional.empty();
    }
    String name = call.getNameAsString();
    if (name.equals("name") && call.getArguments().isEmpty() && call.getScope().isPresent()) {
      return Optional.of(new Identifier("an enum constant's name", "INFO", "info", Set.of()));
    }
    if ((name.equals("getSimpleName") || name.equals("getName"))
        && call.getArguments().isEmpty()
        && call.getScope()
            .filter(
                s ->
                    s instanceof ClassExpr
                        || s instanceof MethodCallExpr m && m.getNameAsString().equals("getClass"))
            .isPresent()) {
      return Optional.of(new Identifier("a class name", "Item", "Item", Set.of()));
    }
    if (name.equals("getProperty")
        && call.getArguments().size() == 1
        && call.getArgument(0) instanceof StringLiteralExpr key
        && key.asString().startsWith("os.")) {
      return Optional.of(
          key.asString().equals("os.name")
              ? OS_NAME
              : new Identifier(
                  "the " + key.asString() + " system property", "AIX", "Linux", Set.of()));
    }
    return Optional.empty();
  }

  /**
   * What the local variable was declared with: {@code String osName =
   * System.getProperty("os.name")}.
   */
  private static Optional<Expression> initializer(NameExpr variable) {
    return Ancestors.nearest(
            variable,
            Node.class,
            n -> n instanceof BodyDeclaration<?> && !(n instanceof TypeDeclaration<?>))
        .flatMap(
            member ->
                member.findFirst(
                    VariableDeclarator.class,
                    d ->
                        d.getNameAsString().equals(variable.getNameAsString())
                            && d.getParentNode().orElse(null) instanceof VariableDeclarationExpr))
        .flatMap(VariableDeclarator::getInitializer)
        .filter(MethodCallExpr.class::isInstance);
  }
}
