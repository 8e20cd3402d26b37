package dev.reviewbot.rules.surface;

import com.github.javaparser.ast.Modifier;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.rules.internal.Visibility.Level;
import java.util.List;
import java.util.Set;

/**
 * One member of an exported type as code that uses it sees it: its access and the parts of its
 * declaration callers and subclasses compile and link against.
 *
 * @param key identity across versions: kind, name and erased parameter types ({@code
 *     method:of(List,int)}, {@code constructor:(int)}); the implicit default constructor and an
 *     explicit {@code public A()} share a key
 * @param display how a message names it, e.g. {@code method `of(List<String>, int)`}
 * @param anchor the head line to point at (its name), or {@code null} for an implicit member
 * @param access as declared or implied (interface members public, enum constructors private)
 * @param exported public, or protected in a type that can be extended from outside its package
 * @param modifiers those callers and subclasses depend on: static, final, abstract, default
 * @param signature types, parameters, exceptions and constant value
 * @param traits deprecated, {@code @Override}, implicit
 */
record ApiMember(
    String key,
    Kind kind,
    String display,
    LineRange anchor,
    Level access,
    boolean exported,
    Set<Modifier.Keyword> modifiers,
    Signature signature,
    Traits traits) {

  enum Kind {
    METHOD("method"),
    CONSTRUCTOR("constructor"),
    FIELD("field"),
    CONSTANT("constant"),
    ENUM_CONSTANT("constant"),
    COMPONENT("component"),
    ELEMENT("element");

    final String word;

    Kind(String word) {
      this.word = word;
    }

    boolean isCallable() {
      return this == METHOD || this == CONSTRUCTOR;
    }
  }

  /**
   * @param type the return type (method, element, component) or field type; {@code null} for
   *     constructors and enum constants
   * @param parameters in order; the last is an array if {@code varargs}
   * @param typeParameters the method's type parameters with their bounds, renamed by position
   * @param thrown the simple names in {@code throws}
   * @param value a constant's initializer or an annotation element's default, {@code null} if none
   */
  record Signature(
      TypeRef type,
      List<TypeRef> parameters,
      boolean varargs,
      String typeParameters,
      List<String> thrown,
      String value) {
    Signature {
      parameters = List.copyOf(parameters);
      thrown = List.copyOf(thrown);
    }
  }

  /**
   * @param deprecated {@code @Deprecated} or {@code @deprecated} in its Javadoc, or in its type's
   * @param override carries {@code @Override}: a supertype fixes its signature and keeps it
   *     callable
   * @param implicit a constructor the compiler adds (the default one, a record's canonical one)
   */
  record Traits(boolean deprecated, boolean override, boolean implicit) {}

  ApiMember {
    modifiers = Set.copyOf(modifiers);
  }

  boolean has(Modifier.Keyword keyword) {
    return modifiers.contains(keyword);
  }

  /** Methods, constructors, elements and non-constant fields count towards a type's size. */
  boolean counted() {
    return exported
        && !traits.override()
        && !traits.implicit()
        && (kind.isCallable() || kind == Kind.FIELD || kind == Kind.ELEMENT);
  }

  /**
   * Worth listing as new API: exported, written in the source, not an override of an existing
   * contract.
   */
  boolean isNewApi() {
    return exported && !traits.override() && !traits.implicit();
  }
}
