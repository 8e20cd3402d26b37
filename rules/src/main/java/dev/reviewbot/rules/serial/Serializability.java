package dev.reviewbot.rules.serial;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether instances of a class are written to object streams, read from the source of its file
 * alone: it (or a class or interface it extends in the same file) says {@code implements
 * Serializable} or {@code Externalizable}, it declares {@code serialVersionUID} and has a supertype
 * (which must be serializable, in another file), or it is an exception (every {@code Throwable} is
 * serializable).
 */
enum Serializability {
  /** Not serializable, as far as the file shows. */
  NONE,
  /** Default serialization: the non-static, non-transient fields are the serialized form. */
  SERIALIZABLE,
  /** {@code writeExternal}/{@code readExternal} write and read the whole form. */
  EXTERNALIZABLE;

  private static final String SERIALIZABLE_NAME = "Serializable";
  private static final String EXTERNALIZABLE_NAME = "Externalizable";

  static Serializability of(ClassOrInterfaceDeclaration type) {
    if (type.isInterface()) {
      return NONE;
    }
    Serializability inherited = inherited(type, new HashSet<>());
    if (inherited != NONE) {
      return inherited;
    }
    boolean supertypes =
        !type.getExtendedTypes().isEmpty() || !type.getImplementedTypes().isEmpty();
    // a serialVersionUID says a supertype in another file is serializable; with no supertype it
    // says nothing
    if (supertypes && type.getFieldByName(SerialForm.UID).isPresent() || isExceptionLike(type)) {
      return type.getMethodsByName("writeExternal").isEmpty() ? SERIALIZABLE : EXTERNALIZABLE;
    }
    return NONE;
  }

  /**
   * True for a class whose superclass is named like a {@code Throwable} ({@code Exception}, {@code
   * IOException}, {@code Error}), or which extends a class of its file that is.
   */
  static boolean isExceptionLike(ClassOrInterfaceDeclaration type) {
    Set<String> seen = new HashSet<>();
    for (ClassOrInterfaceDeclaration current = type;
        current != null && seen.add(current.getNameAsString()); ) {
      if (current.getExtendedTypes().isEmpty()) {
        return false;
      }
      String name = current.getExtendedTypes(0).getNameAsString();
      if (name.endsWith("Exception") || name.endsWith("Error") || name.equals("Throwable")) {
        return true;
      }
      current = sameFile(current, name, false).orElse(null);
    }
    return false;
  }

  /**
   * What the supertypes written on the declaration give, following those declared in the same file.
   */
  private static Serializability inherited(ClassOrInterfaceDeclaration type, Set<String> seen) {
    if (!seen.add(type.getNameAsString())) {
      return NONE;
    }
    Serializability best = NONE;
    List<ClassOrInterfaceType> supertypes = new java.util.ArrayList<>(type.getImplementedTypes());
    supertypes.addAll(type.getExtendedTypes());
    for (ClassOrInterfaceType supertype : supertypes) {
      String name = supertype.getNameAsString();
      Serializability found =
          name.equals(EXTERNALIZABLE_NAME)
              ? EXTERNALIZABLE
              : name.equals(SERIALIZABLE_NAME)
                  ? SERIALIZABLE
                  : sameFile(type, name, null).map(t -> inherited(t, seen)).orElse(NONE);
      if (found.ordinal() > best.ordinal()) {
        best = found;
      }
    }
    return best;
  }

  /**
   * The class or interface named {@code name} declared anywhere in the file of {@code from}.
   *
   * @param interfaceWanted {@code true} or {@code false} to look only at interfaces or classes;
   *     {@code null} for either
   */
  private static Optional<ClassOrInterfaceDeclaration> sameFile(
      ClassOrInterfaceDeclaration from, String name, Boolean interfaceWanted) {
    return from.findCompilationUnit()
        .flatMap(
            (CompilationUnit unit) ->
                unit.findFirst(
                    ClassOrInterfaceDeclaration.class,
                    c ->
                        c.getNameAsString().equals(name)
                            && (interfaceWanted == null || c.isInterface() == interfaceWanted)));
  }
}
