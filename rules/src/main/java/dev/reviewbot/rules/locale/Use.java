package dev.reviewbot.rules.locale;

import com.github.javaparser.ast.Node;

/**
 * What becomes of a case conversion's result, as far as the code shows.
 *
 * @param kind how the result is used
 * @param at the node that uses it (the call itself when the use is unseen)
 * @param what the use in a reviewer's words, e.g. {@code compared with "windows"}
 * @param expected the text the result is compared with, when the code says it; else {@code null}
 */
record Use(Kind kind, Node at, String what, String expected) {

  enum Kind {
    /** Compared with a literal or constant whose text a Turkish result can miss. */
    MATCHED,
    /**
     * Compared with a constant declared elsewhere, or a switch on such constants: its text is
     * unknown here.
     */
    UNKNOWN_CONSTANT,
    /** Compared with {@code equals} against something else the code does not spell out. */
    COMPARED,
    /**
     * Both sides converted in the default locale, only to compare them: {@code equalsIgnoreCase}'s
     * job.
     */
    COMPARED_CONVERTED,
    /** A {@code switch} selector. */
    SWITCH,
    /** Looked up as an enum constant: {@code Type.valueOf(...)}. */
    ENUM_LOOKUP,
    /** A map or set key, a charset or class name. */
    KEY,
    /** Searched in, or searched for, in other text: {@code text.toLowerCase().contains(query)}. */
    SEARCHED,
    /** Shown to a person: logged, printed, an exception's message. */
    SHOWN,
    /**
     * Compared in a way no default locale changes: {@code equalsIgnoreCase}, a literal without the
     * letter.
     */
    SAFE,
    /** Returned, stored or passed on: the code here does not say what it is. */
    UNSEEN;

    /** True for uses a reviewer would question at the line: the result is an identifier or key. */
    boolean identifies() {
      return this == MATCHED
          || this == COMPARED
          || this == COMPARED_CONVERTED
          || this == SWITCH
          || this == ENUM_LOOKUP
          || this == KEY;
    }

    /** Order of interest when a variable has several uses: the first kind wins. */
    int rank() {
      return switch (this) {
        case MATCHED, SWITCH, ENUM_LOOKUP -> 0;
        case COMPARED_CONVERTED, COMPARED, KEY -> 1;
        case UNKNOWN_CONSTANT, UNSEEN -> 2;
        case SEARCHED -> 3;
        case SHOWN -> 4;
        case SAFE -> 5;
      };
    }
  }

  static Use of(Kind kind, Node at, String what) {
    return new Use(kind, at, what, null);
  }
}
