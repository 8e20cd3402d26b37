package dev.reviewbot.rules.surface;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.rules.internal.Anchoring;
import dev.reviewbot.rules.internal.Visibility.Level;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An exported type with all its members (exported or not, so that a member made package-private
 * reads as narrowed, not removed).
 *
 * @param path the type's name with its enclosing types, e.g. {@code Outer.Inner}
 * @param kind {@code class}, {@code interface}, {@code enum}, {@code record} or {@code annotation}
 * @param header what code that uses the type as a whole depends on
 */
record ApiType(
    String path,
    String kind,
    TypeDeclaration<?> declaration,
    Header header,
    List<ApiMember> members) {

  /**
   * @param access as declared
   * @param modifiers final, abstract, sealed, non-sealed, static
   * @param typeParameters the type parameters with their bounds, {@code ""} for none
   * @param supertypes erased names in {@code extends} and {@code implements}
   * @param superclass a class's erased superclass, {@code ""} if it names none
   * @param superclassElsewhere the superclass, if it is the project's own and declared in another
   *     file (not the JDK's, not in this file), else {@code ""}
   * @param deprecated the type or one around it is deprecated
   * @param extensible code outside the package can subclass or implement it: not final, sealed, an
   *     enum or a record, and (for a class) with a public or protected constructor
   */
  record Header(
      Level access,
      Set<Modifier.Keyword> modifiers,
      String typeParameters,
      List<String> supertypes,
      String superclass,
      String superclassElsewhere,
      boolean deprecated,
      boolean extensible) {
    Header {
      modifiers = Set.copyOf(modifiers);
      supertypes = List.copyOf(supertypes);
    }
  }

  ApiType {
    members = List.copyOf(members);
  }

  Map<String, ApiMember> byKey() {
    return members.stream()
        .collect(Collectors.toMap(ApiMember::key, Function.identity(), (a, b) -> a));
  }

  List<ApiMember> exported() {
    return members.stream().filter(ApiMember::exported).toList();
  }

  long countedMembers() {
    return members.stream().filter(ApiMember::counted).count();
  }

  /** The line of the type's name. */
  LineRange headerLine() {
    return Anchoring.lineOf(declaration.getName());
  }

  boolean isTopLevel() {
    return !path.contains(".");
  }

  /** The type parameters as written, e.g. {@code K, V extends Comparable<V>}. */
  String declarationTypeParameters() {
    return declaration
            instanceof com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters<?> generic
        ? generic.getTypeParameters().stream()
            .map(Object::toString)
            .collect(Collectors.joining(", "))
        : "";
  }

  boolean isInterface() {
    return kind.equals("interface");
  }
}
