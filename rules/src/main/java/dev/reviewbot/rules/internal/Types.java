package dev.reviewbot.rules.internal;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;

/** Reading types as written in the source (there is no symbol resolution). */
public final class Types {
  private Types() {}

  /** {@code boolean} or {@code Boolean} (also {@code java.lang.Boolean}). */
  public static boolean isBoolean(Type type) {
    if (type instanceof PrimitiveType primitive) {
      return primitive.getType() == PrimitiveType.Primitive.BOOLEAN;
    }
    return type instanceof ClassOrInterfaceType c && c.getName().getIdentifier().equals("Boolean");
  }

  /**
   * The last name of a class type without type arguments ({@code java.util.List<String>} gives
   * {@code List}); else the text.
   */
  public static String simpleName(Type type) {
    if (type instanceof ClassOrInterfaceType c) {
      return c.getName().getIdentifier();
    }
    return text(type);
  }

  /**
   * The type as a signature shows it after erasure: no type arguments, {@code []} per dimension,
   * and names without their package but with their outer types ({@code java.util.List} gives {@code
   * List}, {@code JsonParser.Feature} stays {@code JsonParser.Feature}).
   */
  public static String erasure(Type type) {
    if (type instanceof ArrayType array) {
      return erasure(array.getComponentType()) + "[]";
    }
    if (type instanceof ClassOrInterfaceType c) {
      StringBuilder name = new StringBuilder(c.getName().getIdentifier());
      for (ClassOrInterfaceType scope = c.getScope().orElse(null);
          scope != null && Character.isUpperCase(scope.getName().getIdentifier().charAt(0));
          scope = scope.getScope().orElse(null)) {
        name.insert(0, scope.getName().getIdentifier() + ".");
      }
      return name.toString();
    }
    return text(type);
  }

  /** The type as written, without annotations and with whitespace collapsed. */
  public static String text(Type type) {
    if (type.findFirst(AnnotationExpr.class).isEmpty()) {
      return type.asString();
    }
    Type copy = type.clone();
    copy.findAll(AnnotationExpr.class).forEach(Node::remove);
    return copy.asString().replaceAll("\\s+", " ").trim();
  }
}
