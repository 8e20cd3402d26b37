package dev.reviewbot.rules.surface;

/**
 * A type in a signature, as written and as erased.
 *
 * @param text as written, without annotations or spaces, type variables of a generic method renamed
 *     by position ({@code <T> T id(T)} and {@code <U> U id(U)} read the same)
 * @param erasure what the compiler puts in the class file: no type arguments, type variables
 *     replaced by their first bound, names without their package ({@code List}, {@code Map.Entry})
 * @param shown as written, for messages
 */
record TypeRef(String text, String erasure, String shown) {

  /** Same erasure, other type arguments: a change only source code sees. */
  boolean sameErasureOtherArguments(TypeRef other) {
    return erasure.equals(other.erasure) && !text.equals(other.text);
  }

  /**
   * No type arguments anywhere: a raw or non-generic use, which any parameterization still matches.
   */
  boolean isRaw() {
    return text.indexOf('<') < 0;
  }
}
