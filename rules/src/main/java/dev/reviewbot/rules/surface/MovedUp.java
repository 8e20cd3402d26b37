package dev.reviewbot.rules.surface;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.reviewbot.rules.surface.ApiMember.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a member gone from a type was moved up to a supertype, where it stays callable through
 * the type (JLS 13.4.6): a superclass in the same file declares it, or the type's own code still
 * uses it unqualified, so it must now be inherited. A move to a supertype in another file that the
 * type does not use itself is out of sight of a one-file rule.
 */
final class MovedUp {
  private MovedUp() {}

  /**
   * Where {@code member} went: the supertype's name, or {@code "a supertype"} when only its use
   * shows it.
   */
  static Optional<String> to(
      ApiType type, ApiMember member, Map<String, TypeDeclaration<?>> headTypes) {
    Optional<String> declared = sameFileSupertype(type, member, headTypes);
    if (declared.isPresent()) {
      return declared;
    }
    return type.header().supertypes().isEmpty() || !stillUsed(type.declaration(), member)
        ? Optional.empty()
        : Optional.of("a supertype");
  }

  private static Optional<String> sameFileSupertype(
      ApiType type, ApiMember member, Map<String, TypeDeclaration<?>> headTypes) {
    Map<String, TypeDeclaration<?>> bySimpleName = new LinkedHashMap<>();
    headTypes.forEach(
        (path, declaration) ->
            bySimpleName.putIfAbsent(declaration.getNameAsString(), declaration));
    Set<String> seen = new HashSet<>();
    List<String> pending = new ArrayList<>(type.header().supertypes());
    while (!pending.isEmpty()) {
      String name = pending.remove(0);
      String simple = name.substring(name.lastIndexOf('.') + 1);
      TypeDeclaration<?> declaration = bySimpleName.get(simple);
      if (declaration == null || !seen.add(simple)) {
        continue;
      }
      ApiType supertype = ExportedApi.describe(declaration);
      ApiMember inherited = supertype.byKey().get(member.key());
      if (inherited != null && inherited.access().atLeast(member.access())) {
        return Optional.of("`" + supertype.path() + "`");
      }
      pending.addAll(supertype.header().supertypes());
    }
    return Optional.empty();
  }

  /**
   * True if the type's code still reads the field or calls the method (same name and number of
   * arguments) without a qualifier other than {@code this} or {@code super}, and no local variable,
   * parameter or enclosing type could be what it names.
   */
  private static boolean stillUsed(TypeDeclaration<?> type, ApiMember member) {
    String name = name(member);
    if (member.kind() == Kind.METHOD) {
      int arity = member.signature().parameters().size();
      return !member.signature().varargs()
          && type.findAll(MethodCallExpr.class).stream()
              .anyMatch(
                  call ->
                      call.getNameAsString().equals(name)
                          && call.getArguments().size() == arity
                          && call.getScope().map(MovedUp::isSelf).orElse(true));
    }
    if (member.kind() != Kind.FIELD && member.kind() != Kind.CONSTANT) {
      return false;
    }
    boolean shadowed =
        type.findAll(VariableDeclarator.class).stream()
                .anyMatch(v -> v.getNameAsString().equals(name))
            || type.findAll(Parameter.class).stream()
                .anyMatch(p -> p.getNameAsString().equals(name))
            || enclosingTypes(type).stream()
                .anyMatch(outer -> outer.getFieldByName(name).isPresent());
    boolean read =
        type.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(name))
            || type.findAll(FieldAccessExpr.class).stream()
                .anyMatch(f -> f.getNameAsString().equals(name) && isSelf(f.getScope()));
    return read && !shadowed;
  }

  private static boolean isSelf(Expression scope) {
    return scope instanceof ThisExpr || scope instanceof SuperExpr;
  }

  private static List<TypeDeclaration<?>> enclosingTypes(TypeDeclaration<?> type) {
    List<TypeDeclaration<?>> outer = new ArrayList<>();
    for (Node node = type.getParentNode().orElse(null);
        node != null;
        node = node.getParentNode().orElse(null)) {
      if (node instanceof TypeDeclaration<?> enclosing) {
        outer.add(enclosing);
      }
    }
    return outer;
  }

  private static String name(ApiMember member) {
    String key = member.key();
    int paren = key.indexOf('(');
    return key.substring(key.indexOf(':') + 1, paren < 0 ? key.length() : paren);
  }
}
