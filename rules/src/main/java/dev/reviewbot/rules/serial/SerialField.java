package dev.reviewbot.rules.serial;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.nodeTypes.modifiers.NodeWithStaticModifier;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import dev.reviewbot.rules.internal.Types;
import java.util.Optional;

/**
 * One field of a class, as serialization sees it.
 *
 * @param name the field's name
 * @param type its type after erasure ({@code List}, {@code int[]}): what the stream's class
 *     descriptor records
 * @param primitive whether the type is a primitive (arrays of primitives are objects)
 * @param isStatic static fields are not part of an object's serialized form
 * @param isTransient nor are transient ones
 * @param isFinal final fields
 * @param initializer the field's initializer, if any
 * @param variable the declarator, to report on
 */
record SerialField(
    String name,
    String type,
    boolean primitive,
    boolean isStatic,
    boolean isTransient,
    boolean isFinal,
    Optional<Expression> initializer,
    VariableDeclarator variable) {

  static SerialField of(FieldDeclaration field, VariableDeclarator variable) {
    return new SerialField(
        variable.getNameAsString(),
        erasure(variable.getType(), field),
        variable.getType() instanceof PrimitiveType,
        field.isStatic(),
        field.isTransient(),
        field.isFinal(),
        variable.getInitializer(),
        variable);
  }

  /**
   * The erased type as the stream records it: a type variable of the class (or of one around it)
   * erases to its first bound, {@code Object} without one, so {@code Object value} becoming {@code
   * T value} changes nothing.
   */
  private static String erasure(Type type, Node at) {
    if (type instanceof ArrayType array) {
      return erasure(array.getComponentType(), at) + "[]";
    }
    if (type instanceof ClassOrInterfaceType c && c.getScope().isEmpty()) {
      for (Node n = at; n != null; n = n.getParentNode().orElse(null)) {
        if (n instanceof NodeWithTypeParameters<?> generic) {
          Optional<TypeParameter> variable =
              generic.getTypeParameters().stream()
                  .filter(p -> p.getNameAsString().equals(c.getNameAsString()))
                  .findFirst();
          if (variable.isPresent()) {
            return variable.get().getTypeBound().isEmpty()
                ? "Object"
                : erasure(variable.get().getTypeBound().get(0), n);
          }
        }
        if (n instanceof TypeDeclaration<?>
            && n instanceof NodeWithStaticModifier<?> nested
            && nested.isStatic()) {
          break; // a static nested class does not see the type variables of the class around it
        }
      }
    }
    return Types.erasure(type);
  }

  /** Written to and read from the stream by default serialization. */
  boolean serialized() {
    return !isStatic && !isTransient;
  }

  /**
   * What deserialization leaves in the field when nothing sets it: {@code null}, {@code 0}, {@code
   * false}.
   */
  String defaultValue() {
    if (!primitive) {
      return "null";
    }
    return switch (type) {
      case "boolean" -> "false";
      case "char" -> "'\\u0000'";
      case "float", "double" -> "0.0";
      default -> "0";
    };
  }
}
