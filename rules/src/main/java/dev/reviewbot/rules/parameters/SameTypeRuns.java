package dev.reviewbot.rules.parameters;

import com.github.javaparser.ast.body.Parameter;
import dev.reviewbot.rules.internal.ParameterRoles;
import dev.reviewbot.rules.internal.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs of adjacent parameters of one type: the compiler accepts them in any order, so a swap at the
 * call site is silent. What counts is the number of distinct roles ({@link ParameterRoles}): {@code
 * fuzzyEquals(double a, double b, double tolerance)} has two, not three, since {@code a} and {@code
 * b} are interchangeable by design.
 */
final class SameTypeRuns {
  private SameTypeRuns() {}

  static List<List<Parameter>> of(List<Parameter> parameters, int minimum, boolean skipBooleans) {
    List<List<Parameter>> runs = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= parameters.size(); i++) {
      if (i == parameters.size() || !key(parameters.get(i)).equals(key(parameters.get(start)))) {
        List<Parameter> run = parameters.subList(start, i);
        if (ParameterRoles.countInterchangeable(run) >= minimum
            && !(skipBooleans && Types.isBoolean(run.get(0).getType()))) {
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
}
