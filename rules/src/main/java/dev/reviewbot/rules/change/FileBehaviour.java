package dev.reviewbot.rules.change;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed in the behaviour of one production file.
 *
 * @param path head path
 * @param statements statements added, removed or edited in bodies
 * @param methods methods, constructors and initializer blocks whose statements changed
 * @param fieldInitializers fields whose initializer's statements (in a lambda or anonymous class)
 *     changed
 * @param declarations changed declarations: a method's signature, a field's type or initializer, a
 *     type's supertypes, a new initialised field or enum constant
 */
record FileBehaviour(
    String path, int statements, int methods, int fieldInitializers, int declarations) {

  /** What the threshold compares: every changed statement and declaration counts one. */
  int changes() {
    return statements + declarations;
  }

  /** {@code 12 statements in 3 methods and 1 declaration of Foo.java}. */
  String describe() {
    List<String> parts = new ArrayList<>();
    if (statements > 0) {
      List<String> where = new ArrayList<>();
      if (methods > 0) {
        where.add(plural(methods, "method"));
      }
      if (fieldInitializers > 0) {
        where.add(plural(fieldInitializers, "field initializer"));
      }
      parts.add(plural(statements, "statement") + " in " + String.join(" and ", where));
    }
    if (declarations > 0) {
      parts.add(plural(declarations, "declaration"));
    }
    return String.join(" and ", parts) + " of " + path;
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
