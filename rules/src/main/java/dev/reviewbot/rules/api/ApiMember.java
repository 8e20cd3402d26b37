package dev.reviewbot.rules.api;

import dev.reviewbot.api.LineRange;

/**
 * One exported member of a type, as an API reader sees it.
 *
 * @param key identity across versions: kind, name and erased parameter types ({@code method:of(List,int)})
 * @param shape everything a caller depends on, starting with the access word and a space ({@code
 *     public static int size(List<String>)}); the same key with another shape is a changed signature
 * @param display how a message names it, e.g. {@code method `of(List<String>, int)`}
 * @param anchor the head line to point at (its name), or {@code null} for an implicit member
 * @param counted whether it counts towards the type's size (not constants, components, nested
 *     types or implicit constructors)
 * @param implicit true for the default constructor the compiler adds: not listed as added, but
 *     losing it breaks callers
 */
record ApiMember(String key, String shape, String display, LineRange anchor, boolean counted, boolean implicit) {

  /** {@code public} or {@code protected}. */
  String access() {
    return shape.substring(0, shape.indexOf(' '));
  }

  /** The shape without the access word. */
  String signature() {
    return shape.substring(shape.indexOf(' ') + 1);
  }

  /** True if {@code before} is the same member with narrower access (protected, now public): compatible. */
  boolean widens(ApiMember before) {
    return signature().equals(before.signature()) && access().equals("public") && !before.access().equals("public");
  }
}
