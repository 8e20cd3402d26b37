package dev.reviewbot.declared.internal;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a simple name in an expression is a variable, and if so of which declared type. Without
 * symbol resolution this is approximate: in a member, the nearest declaration of the name before
 * the use counts (parameters, locals, lambda, catch and pattern variables); then the fields, record
 * components and enum constants of the enclosing types. A {@code var} is known only when it is
 * initialised with {@code new}. One instance per file.
 */
public final class Variables {
  private final TypeNames types;
  private final Map<Node, List<Declared>> byMember = new IdentityHashMap<>();

  public Variables(TypeNames types) {
    this.types = types;
  }

  /**
   * Empty if {@code name} at {@code at} is not a variable the file declares (so it may be a type);
   * otherwise what its declared type may be ({@link Resolution#NONE} when unknown).
   */
  public Optional<Resolution> typeOf(String name, Node at) {
    Position use = at.getBegin().orElse(null);
    for (Node node = at; node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof BodyDeclaration<?> && !(node instanceof TypeDeclaration<?>)) {
        Optional<Declared> local =
            byMember.computeIfAbsent(node, Variables::declaredIn).stream()
                .filter(d -> d.name.equals(name) && (use == null || d.at.isBefore(use)))
                .max(Comparator.comparing(Declared::at));
        if (local.isPresent()) {
          return Optional.of(local.get().type.map(this::resolve).orElse(Resolution.NONE));
        }
      }
      if (node instanceof TypeDeclaration<?> type) {
        Optional<Resolution> member = memberVariable(type, name);
        if (member.isPresent()) {
          return member;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Resolution> memberVariable(TypeDeclaration<?> type, String name) {
    for (FieldDeclaration field : type.getFields()) {
      for (VariableDeclarator variable : field.getVariables()) {
        if (variable.getNameAsString().equals(name)) {
          return Optional.of(resolve(variable.getType()));
        }
      }
    }
    if (type instanceof RecordDeclaration record) {
      for (Parameter component : record.getParameters()) {
        if (component.getNameAsString().equals(name)) {
          return Optional.of(resolve(component.getType()));
        }
      }
    }
    if (type instanceof EnumDeclaration enumeration) {
      for (EnumConstantDeclaration constant : enumeration.getEntries()) {
        if (constant.getNameAsString().equals(name)) {
          return Optional.of(
              enumeration.getFullyQualifiedName().map(Resolution::exactly).orElse(Resolution.NONE));
        }
      }
    }
    return Optional.empty();
  }

  private Resolution resolve(Type type) {
    return type instanceof ClassOrInterfaceType named
        ? types.resolve(named.getNameWithScope(), named)
        : Resolution.NONE;
  }

  private static List<Declared> declaredIn(Node member) {
    List<Declared> declared = new ArrayList<>();
    member.walk(
        node -> {
          if (node instanceof Parameter parameter) {
            add(
                declared,
                parameter,
                parameter.getNameAsString(),
                parameter.getType().isUnknownType() ? null : parameter.getType());
          } else if (node instanceof VariableDeclarator variable
              && variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr) {
            add(declared, variable, variable.getNameAsString(), declaredType(variable));
          } else if (node instanceof TypePatternExpr pattern) {
            add(declared, pattern, pattern.getNameAsString(), pattern.getType());
          }
        });
    return declared;
  }

  /** The declared type; for {@code var}, the type of a {@code new} initialiser, else unknown. */
  private static Type declaredType(VariableDeclarator variable) {
    if (!variable.getType().isVarType()) {
      return variable.getType();
    }
    return variable
        .getInitializer()
        .filter(i -> i instanceof ObjectCreationExpr)
        .map(i -> (Type) ((ObjectCreationExpr) i).getType())
        .orElse(null);
  }

  private static void add(List<Declared> declared, Node node, String name, Type type) {
    node.getBegin()
        .ifPresent(at -> declared.add(new Declared(name, at, Optional.ofNullable(type))));
  }

  private record Declared(String name, Position at, Optional<Type> type) {}
}
