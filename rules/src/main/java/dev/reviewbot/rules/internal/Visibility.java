package dev.reviewbot.rules.internal;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.ast.stmt.Statement;

/**
 * Who can reach a declaration, from the source alone: its own modifiers, the implicit ones
 * (interface members are public, enum constructors private) and every type around it. A public
 * method of a private nested class is private in effect; anything in a local or anonymous class is
 * too.
 */
public final class Visibility {
  /** Access levels, narrowest first. */
  public enum Level {
    PRIVATE,
    PACKAGE,
    PROTECTED,
    PUBLIC;

    public boolean atLeast(Level other) {
      return compareTo(other) >= 0;
    }

    static Level min(Level a, Level b) {
      return a.compareTo(b) <= 0 ? a : b;
    }
  }

  private Visibility() {}

  /** The level the declaration itself states or implies, ignoring the types around it. */
  public static Level declared(BodyDeclaration<?> declaration) {
    if (declaration instanceof EnumConstantDeclaration) {
      return Level.PUBLIC;
    }
    Node parent = declaration.getParentNode().orElse(null);
    if (declaration instanceof ConstructorDeclaration && parent instanceof EnumDeclaration) {
      return Level.PRIVATE;
    }
    Level stated = stated(declaration);
    if (isInterfaceLike(parent) && stated != Level.PRIVATE) {
      return Level.PUBLIC;
    }
    // a protected member of a type nobody outside can extend is only reachable from its package
    if (stated == Level.PROTECTED
        && parent instanceof TypeDeclaration<?> owner
        && !isExtensible(owner)) {
      return Level.PACKAGE;
    }
    return stated;
  }

  /** The narrowest level along the declaration and every type that encloses it. */
  public static Level effective(BodyDeclaration<?> declaration) {
    Level level = declared(declaration);
    Node current = declaration;
    while (level != Level.PRIVATE) {
      Node parent = current.getParentNode().orElse(null);
      if (parent == null || parent instanceof CompilationUnit) {
        return level;
      }
      if (!(parent instanceof TypeDeclaration<?> type) || isLocal(type)) {
        return Level.PRIVATE; // anonymous class body, enum constant body, local type
      }
      level = Level.min(level, declared(type));
      current = parent;
    }
    return level;
  }

  /** True for a class, record, enum or interface declared inside a method body. */
  public static boolean isLocal(TypeDeclaration<?> type) {
    return type.getParentNode().filter(p -> p instanceof Statement).isPresent();
  }

  private static Level stated(BodyDeclaration<?> declaration) {
    if (!(declaration instanceof NodeWithModifiers<?> modified)) {
      return Level.PACKAGE;
    }
    if (modified.hasModifier(Modifier.Keyword.PUBLIC)) {
      return Level.PUBLIC;
    }
    if (modified.hasModifier(Modifier.Keyword.PROTECTED)) {
      return Level.PROTECTED;
    }
    if (modified.hasModifier(Modifier.Keyword.PRIVATE)) {
      return Level.PRIVATE;
    }
    return Level.PACKAGE;
  }

  private static boolean isInterfaceLike(Node node) {
    return node instanceof AnnotationDeclaration
        || node instanceof ClassOrInterfaceDeclaration type && type.isInterface();
  }

  /**
   * False for final, sealed, enum and record types: no subclass outside the file can see protected
   * members.
   */
  private static boolean isExtensible(TypeDeclaration<?> type) {
    if (type instanceof EnumDeclaration || type instanceof RecordDeclaration) {
      return false;
    }
    return !(type instanceof ClassOrInterfaceDeclaration c)
        || !(c.isFinal() || c.hasModifier(Modifier.Keyword.SEALED));
  }
}
