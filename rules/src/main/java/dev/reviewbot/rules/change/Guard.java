package dev.reviewbot.rules.change;

import com.github.javaparser.ast.Node;
import java.util.Set;

/**
 * A check at the start of, or anywhere in, a method that rejects a value before the method works
 * with it.
 *
 * @param node the statement or call that checks
 * @param kind its form
 * @param variables the parameters and fields it checks, as named in its method
 * @param nullCheck true if it rejects (or returns early on) {@code null}
 * @param text its tokens without comments and whitespace, parameters as their position ({@code
 *     $0}), to recognise the same check in another version of the method
 * @param written its tokens as written, to recognise it moved into another method
 * @param quote a short form of it for a message, e.g. {@code Objects.requireNonNull(in, ...)}
 * @param question what the removal leaves open, e.g. {@code when `in` is null}
 */
record Guard(
    Node node,
    Kind kind,
    Set<String> variables,
    boolean nullCheck,
    String text,
    String written,
    String quote,
    String question) {

  enum Kind {
    /** {@code if (cond) throw new SomeException(...)}. */
    THROW,
    /**
     * A call of a check: {@code Objects.requireNonNull}, {@code Preconditions.check*}, {@code
     * Validate.*}, {@code checkX(...)}.
     */
    CALL,
    /** {@code if (param == null) return ...}: null gets an answer of its own. */
    NULL_RETURN,
    /** {@code assert cond}: off unless the JVM runs with {@code -ea}. */
    ASSERT
  }

  Guard {
    variables = Set.copyOf(variables);
  }
}
