package dev.reviewbot.rules.parameters;

import com.github.javaparser.ast.body.Parameter;
import dev.reviewbot.rules.internal.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs of adjacent parameters of one type: the compiler accepts them in any order, so a swap at
 * the call site is silent. A run whose names are positions rather than roles ({@code e1, e2, e3},
 * {@code a, b, c}, {@code x, y, z}) is left alone: such arguments are interchangeable by design or
 * follow a convention everyone knows.
 */
final class SameTypeRuns {
  private SameTypeRuns() {}

  static List<List<Parameter>> of(List<Parameter> parameters, int minimum, boolean skipBooleans) {
    List<List<Parameter>> runs = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= parameters.size(); i++) {
      if (i == parameters.size() || !key(parameters.get(i)).equals(key(parameters.get(start)))) {
        List<Parameter> run = parameters.subList(start, i);
        if (run.size() >= minimum && !(skipBooleans && Types.isBoolean(run.get(0).getType())) && !isPositional(run)) {
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

  /** Single letters, or one stem with numbers ({@code arg0, arg1}; {@code k1, k2}). */
  private static boolean isPositional(List<Parameter> run) {
    boolean letters = run.stream().allMatch(p -> p.getNameAsString().length() == 1);
    String stem = stem(run.get(0).getNameAsString());
    boolean numbered = run.stream().allMatch(p -> !p.getNameAsString().equals(stem(p.getNameAsString()))
        && stem(p.getNameAsString()).equals(stem));
    return letters || numbered;
  }

  private static String stem(String name) {
    int end = name.length();
    while (end > 0 && Character.isDigit(name.charAt(end - 1))) {
      end--;
    }
    return name.substring(0, end);
  }
}
