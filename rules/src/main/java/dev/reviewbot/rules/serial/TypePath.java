package dev.reviewbot.rules.serial;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.Optional;

/**
 * A member class by its name and the names of the types around it ({@code Outer.Inner}), to find
 * the same class in the base version of a file. Local and anonymous classes have no such name.
 */
final class TypePath {
  private TypePath() {}

  /** {@code Outer.Inner}, or empty for a class declared inside code. */
  static Optional<String> of(TypeDeclaration<?> type) {
    StringBuilder path = new StringBuilder(type.getNameAsString());
    for (Node n = type.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> outer) {
        path.insert(0, outer.getNameAsString() + ".");
      } else if (!(n instanceof CompilationUnit)) {
        return Optional.empty();
      }
    }
    return Optional.of(path.toString());
  }

  /** The class (not interface) of {@code unit} at {@code path}. */
  static Optional<ClassOrInterfaceDeclaration> find(CompilationUnit unit, String path) {
    return unit.findFirst(
        ClassOrInterfaceDeclaration.class,
        c -> !c.isInterface() && of(c).filter(path::equals).isPresent());
  }
}
