package dev.reviewbot.rules.duplication;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import dev.reviewbot.rules.internal.Modules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether "extract a helper" is advice the author can take without a design decision: not when a
 * copy lies in deprecated code (the change is replacing that code, and the old copy goes with it),
 * nor when the copies lie in different modules (a helper both could call needs a module both depend
 * on, or one may not see the other at all). Such groups are said in the summary, not inline.
 */
final class Reach {
  private final Map<String, CompilationUnit> units;
  private final Map<String, List<int[]>> deprecated = new HashMap<>();

  /**
   * @param units the head trees by path
   */
  Reach(Map<String, CompilationUnit> units) {
    this.units = units;
  }

  /** True when every copy is live code of one module. */
  boolean helperWithinReach(Duplicate duplicate) {
    String module = Modules.beforeSourceRoot(duplicate.places().get(0).path());
    for (Duplicate.Place place : duplicate.places()) {
      if (!Modules.beforeSourceRoot(place.path()).equals(module) || inDeprecatedCode(place)) {
        return false;
      }
    }
    return true;
  }

  private boolean inDeprecatedCode(Duplicate.Place place) {
    CompilationUnit unit = units.get(place.path());
    if (unit == null) {
      return false;
    }
    List<int[]> ranges =
        deprecated.computeIfAbsent(
            place.path(),
            p ->
                unit
                    .findAll(BodyDeclaration.class, d -> d.isAnnotationPresent("Deprecated"))
                    .stream()
                    .map(Node::getRange)
                    .flatMap(Optional::stream)
                    .map(r -> new int[] {r.begin.line, r.end.line})
                    .toList());
    return ranges.stream()
        .anyMatch(r -> r[0] <= place.lines().start() && place.lines().end() <= r[1]);
  }
}
