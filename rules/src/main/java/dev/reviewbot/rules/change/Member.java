package dev.reviewbot.rules.change;

import com.github.javaparser.ast.Node;
import java.util.List;

/**
 * One declaration of a type, reduced to what it does: its tokens without comments, whitespace,
 * annotations, {@code final} and its own name, split into the statements of its body.
 *
 * @param scope enclosing types, outermost first, dot-separated ({@code Outer.Inner}; an enum
 *     constant with a body is a scope too)
 * @param kind what sort of declaration
 * @param name its simple name ({@code <init>} for constructors and initializer blocks)
 * @param key what identifies it within its scope: name and parameter types for a method
 * @param header its tokens outside any statement: modifiers, types, parameters, initializer
 * @param statements the tokens each statement of its body owns (nested statements are their own
 *     entries), in source order; parameters and local variables read as their place of declaration
 *     ({@code $1}, {@code $2}) in the header and statements, so renaming one changes nothing
 * @param written the same statements with their names as written: a local inserted early renumbers
 *     every later one, and a statement moved into another member finds its locals at other places
 * @param initialised a field with an initializer, or an enum constant
 * @param declaration its node in the compilation unit it was read from, for rules that read its
 *     tree; {@code null} when not known
 */
record Member(
    String scope,
    Kind kind,
    String name,
    String key,
    List<String> header,
    List<List<String>> statements,
    List<List<String>> written,
    boolean initialised,
    Node declaration) {

  enum Kind {
    /** A class, interface, enum, record or annotation header: supertypes, components. */
    TYPE,
    /** A method, constructor or initializer block. */
    METHOD,
    /** A field, enum constant or annotation element. */
    FIELD
  }

  Member {
    header = List.copyOf(header);
    statements = List.copyOf(statements);
    written = List.copyOf(written);
  }

  /** A member whose declaration node is not known. */
  Member(
      String scope,
      Kind kind,
      String name,
      String key,
      List<String> header,
      List<List<String>> statements,
      List<List<String>> written,
      boolean initialised) {
    this(scope, kind, name, key, header, statements, written, initialised, null);
  }

  Member withDeclaration(Node node) {
    return new Member(scope, kind, name, key, header, statements, written, initialised, node);
  }

  Member withScope(String newScope) {
    return new Member(
        newScope, kind, name, key, header, statements, written, initialised, declaration);
  }
}
