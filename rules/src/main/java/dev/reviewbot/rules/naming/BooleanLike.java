package dev.reviewbot.rules.naming;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import dev.reviewbot.rules.internal.Ancestors;
import dev.reviewbot.rules.internal.Names;
import dev.reviewbot.rules.internal.Types;
import java.util.Set;

/**
 * Whether a type answers a yes/no question, as an {@code isX}/{@code hasX}/{@code canX} name
 * promises: {@code boolean}, {@code Boolean}, a boolean holder ({@code AtomicBoolean}), a deferred
 * boolean ({@code Supplier<Boolean>}, {@code Future<Boolean>}) or a test that produces one ({@code
 * Predicate}, a Hamcrest {@code Matcher}).
 */
final class BooleanLike {
  private static final Set<String> HOLDERS =
      Set.of(
          "AtomicBoolean",
          "MutableBoolean",
          "BooleanSupplier",
          "BooleanProperty",
          "SimpleBooleanProperty",
          "ObservableBooleanValue",
          "BooleanExpression");
  private static final String[] TEST_SUFFIXES = {
    "Predicate", "Matcher", "Condition", "Specification", "Assert", "Assertion", "Guard"
  };

  private BooleanLike() {}

  static boolean isBooleanLike(Type type) {
    if (Types.isBoolean(type)) {
      return true;
    }
    if (type instanceof ArrayType array) {
      return isBooleanLike(array.getComponentType());
    }
    if (!(type instanceof ClassOrInterfaceType c)) {
      return false;
    }
    String name = c.getName().getIdentifier();
    if (HOLDERS.contains(name) || Names.wordPrefix(name, "Is", "Has", "Can") != null) {
      return true; // a type named for the question is the answer object, e.g. CharMatcher.IsEither
    }
    for (String suffix : TEST_SUFFIXES) {
      if (name.endsWith(suffix)) {
        return true;
      }
    }
    // Supplier<Boolean>, Optional<Boolean>, Function<T, Boolean>: the answer is the last type
    // argument
    return c.getTypeArguments()
        .filter(args -> !args.isEmpty())
        .map(args -> Types.isBoolean(args.getLast().get()))
        .orElse(false);
  }

  /**
   * True for a fluent method: it returns its own type or a type variable, as assertion and builder
   * DSLs do ({@code assertThat(x).isEmpty()} checks and returns {@code this}).
   */
  static boolean isFluent(MethodDeclaration method) {
    Type returned = method.getType();
    if (!(returned instanceof ClassOrInterfaceType c)) {
      return false;
    }
    String name = c.getName().getIdentifier();
    if (method.getTypeParameters().stream()
        .map(TypeParameter::getNameAsString)
        .anyMatch(name::equals)) {
      return true;
    }
    return Ancestors.nearest(method, TypeDeclaration.class)
        .map(
            type ->
                type.getNameAsString().equals(name)
                    || type.isClassOrInterfaceDeclaration()
                        && type.asClassOrInterfaceDeclaration().getTypeParameters().stream()
                            .map(TypeParameter::getNameAsString)
                            .anyMatch(name::equals))
        .orElse(false);
  }
}
