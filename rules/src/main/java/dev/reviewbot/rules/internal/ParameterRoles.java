package dev.reviewbot.rules.internal;

import com.github.javaparser.ast.body.Parameter;
import java.util.List;

/**
 * How many distinct roles a list of parameters has. A named parameter is one role; numbered
 * parameters count one role per stem: {@code e1, e2, e3} is one role, {@code k1, v1, k2, v2} two.
 * Such lists are unrolled varargs or follow a convention every reader knows ({@code Map.of(k1, v1,
 * ...)}). {@link #countInterchangeable} also counts single letters as one role together ({@code a,
 * b, c} or {@code x, y, z} of one type are interchangeable or conventional).
 */
public final class ParameterRoles {
  private ParameterRoles() {}

  /** Roles, with numbered parameters counted once per stem. */
  public static long count(List<Parameter> parameters) {
    return count(parameters, false);
  }

  /** Roles, with numbered parameters counted once per stem and single letters once altogether. */
  public static long countInterchangeable(List<Parameter> parameters) {
    return count(parameters, true);
  }

  private static long count(List<Parameter> parameters, boolean lettersArePositions) {
    long named =
        parameters.stream()
            .filter(p -> !isPositional(p.getNameAsString(), lettersArePositions))
            .count();
    long stems =
        parameters.stream()
            .map(Parameter::getNameAsString)
            .filter(n -> isPositional(n, lettersArePositions))
            .map(n -> n.length() == 1 ? "" : stem(n))
            .distinct()
            .count();
    return named + stems;
  }

  /**
   * A stem with a number ({@code arg0}, {@code k2}), or a single letter if those count as
   * positions.
   */
  private static boolean isPositional(String name, boolean lettersArePositions) {
    return lettersArePositions && name.length() == 1
        || !stem(name).equals(name) && !stem(name).isEmpty();
  }

  private static String stem(String name) {
    int end = name.length();
    while (end > 0 && Character.isDigit(name.charAt(end - 1))) {
      end--;
    }
    return name.substring(0, end);
  }
}
