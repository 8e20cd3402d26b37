package dev.reviewbot.rules.duplication;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.Statement;
import dev.reviewbot.suppress.Suppressions;
import java.util.HashMap;
import java.util.Map;

/**
 * The suppressions a Java rule's findings get, for copies: the engine applies none to a change
 * rule's findings, so the rule asks here. A group is silenced when any of its copies is, as
 * silencing one copy says the copies are meant.
 */
final class Suppressed {
  private final Map<String, CompilationUnit> units;
  private final Map<String, Boolean> mayTell;
  private final Map<String, Suppressions> suppressions = new HashMap<>();

  /**
   * @param units the trees by path
   * @param mayTell by path, whether the file names reviewbot anywhere: reading suppressions costs a
   *     walk over all comments of the tree, so files that cannot have any are not read
   */
  Suppressed(Map<String, CompilationUnit> units, Map<String, Boolean> mayTell) {
    this.units = units;
    this.mayTell = mayTell;
  }

  boolean any(String ruleId, Duplicate duplicate) {
    for (Duplicate.Place place : duplicate.places()) {
      CompilationUnit unit = units.get(place.path());
      if (unit == null || !mayTell.getOrDefault(place.path(), true)) {
        continue;
      }
      Node first =
          unit.findFirst(
                  Statement.class,
                  s -> s.getBegin().map(b -> b.line == place.lines().start()).orElse(false))
              .orElse(null);
      if (suppressions
          .computeIfAbsent(place.path(), p -> Suppressions.of(unit))
          .isSuppressed(ruleId, first, place.lines())) {
        return true;
      }
    }
    return false;
  }
}
