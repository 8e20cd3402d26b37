package dev.reviewbot.rules.complexity;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much cognitive complexity a change took out of a file's other methods: a method that gained
 * complexity the file's other methods lost (a helper inlined into its caller, two methods merged)
 * holds moved code, which this change did not make harder to follow.
 */
final class MovedComplexity {
  private MovedComplexity() {}

  /**
   * The complexity methods other than {@code method} lost between {@code base} and {@code head},
   * gone methods counting in full.
   */
  static int removedElsewhere(CompilationUnit base, CompilationUnit head, Node method) {
    String self = MemberKey.of(method);
    Map<String, Integer> after = scores(head);
    int removed = 0;
    for (Map.Entry<String, Integer> before : scores(base).entrySet()) {
      if (!before.getKey().equals(self)) {
        removed += Math.max(0, before.getValue() - after.getOrDefault(before.getKey(), 0));
      }
    }
    return removed;
  }

  private static Map<String, Integer> scores(CompilationUnit unit) {
    Map<String, Integer> scores = new HashMap<>();
    List<Node> methods =
        unit.findAll(
            Node.class,
            n -> n instanceof CallableDeclaration<?> || n instanceof CompactConstructorDeclaration);
    for (Node method : methods) {
      if (!HardToFollowRule.isInsideAnotherMethod(method)) {
        scores.merge(MemberKey.of(method), MethodMeasures.of(method).score(), Integer::sum);
      }
    }
    return scores;
  }
}
