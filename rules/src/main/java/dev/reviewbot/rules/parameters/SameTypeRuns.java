package dev.reviewbot.rules.parameters;

import com.github.javaparser.ast.body.Parameter;
import dev.reviewbot.rules.internal.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs of adjacent parameters of one type: the compiler accepts them in any order, so a swap at
 * the call site is silent. What counts is the number of distinct roles: names that are positions
 * rather than roles ({@code e1, e2, e3}, {@code a, b, c}, {@code x, y, z}) count as one role
 * together, since such arguments are interchangeable by design or follow a convention everyone
 * knows; so {@code fuzzyEquals(double a, double b, double tolerance)} has two roles, not three.
 */
final class SameTypeRuns {
  private SameTypeRuns() {}

  static List<List<Parameter>> of(List<Parameter> parameters, int minimum, boolean skipBooleans) {
    List<List<Parameter>> runs = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= parameters.size(); i++) {
      if (i == parameters.size() || !key(parameters.get(i)).equals(key(parameters.get(start)))) {
        List<Parameter> run = parameters.subList(start, i);
        if (roles(run) >= minimum && !(skipBooleans && Types.isBoolean(run.get(0).getType()))) {
          runs.add(List.copyOf(run));
        }
        start = i;
      }
    }
    return runs;
  }

  private static String key(Parameter parameter) {
    return Types.text(parameter.getType()) + (parameter.isVarArgs() ? "..." : "");
  }

  /** Named parameters count one role each; all positional ones ({@code a}, {@code arg0}) together count one per stem. */
  private static long roles(List<Parameter> run) {
    long named = run.stream().filter(p -> !isPositional(p.getNameAsString())).count();
    long stems = run.stream().map(p -> p.getNameAsString()).filter(SameTypeRuns::isPositional)
        .map(n -> n.length() == 1 ? "" : stem(n)).distinct().count();
    return named + stems;
  }

  /** A single letter, or a stem with a number ({@code arg0}, {@code k2}). */
  private static boolean isPositional(String name) {
    return name.length() == 1 || !stem(name).equals(name) && !stem(name).isEmpty();
  }

  private static String stem(String name) {
    int end = name.length();
    while (end > 0 && Character.isDigit(name.charAt(end - 1))) {
      end--;
    }
    return name.substring(0, end);
  }
}
