package dev.reviewbot.rules.complexity;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.nodeTypes.SwitchNode;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link HardToFollowRule} measures on one method.
 *
 * @param complexity cognitive complexity with its increments and deepest nesting
 * @param linesOfCode lines holding code, not counting blank and comment-only lines
 */
record MethodMeasures(CognitiveComplexity.Result complexity, int linesOfCode) {
  private static final int CONTRIBUTORS_SHOWN = 4;

  /** The limits a method is held to. */
  record Limits(int complexity, int nesting, int lines) {}

  static MethodMeasures of(Node method) {
    return new MethodMeasures(CognitiveComplexity.of(method), linesOfCode(method));
  }

  int score() {
    return complexity.score();
  }

  int nesting() {
    return complexity.maxNesting();
  }

  boolean exceeds(Limits limits) {
    return score() > limits.complexity() || nesting() > limits.nesting() || linesOfCode > limits.lines();
  }

  /** True if a measure over its limit here is higher than it was in {@code base}. */
  boolean worseThan(MethodMeasures base, Limits limits) {
    return (score() > limits.complexity() && score() > base.score())
        || (nesting() > limits.nesting() && nesting() > base.nesting())
        || (linesOfCode > limits.lines() && linesOfCode > base.linesOfCode);
  }

  /**
   * What is over the limit, e.g. {@code cognitive complexity 23 (max 15): nested if at line 40 +4,
   * ...; nested 5 levels deep at line 52 (max 4)}.
   *
   * @param base the method before the change, or {@code null}
   */
  String describe(Limits limits, MethodMeasures base) {
    List<String> parts = new ArrayList<>();
    if (score() > limits.complexity()) {
      List<String> biggest = complexity.biggest(CONTRIBUTORS_SHOWN).stream().map(CognitiveComplexity.Increment::describe).toList();
      int rest = complexity.increments().size() - biggest.size();
      parts.add("cognitive complexity " + score() + was(base == null ? null : base.score(), score())
          + " (max " + limits.complexity() + "): " + String.join(", ", biggest) + (rest > 0 ? ", and " + rest + " more" : ""));
    }
    if (nesting() > limits.nesting()) {
      parts.add("nested " + nesting() + " levels deep at line " + complexity.deepestLine()
          + was(base == null ? null : base.nesting(), nesting()) + " (max " + limits.nesting() + ")");
    }
    if (linesOfCode > limits.lines()) {
      parts.add(linesOfCode + " lines of code" + was(base == null ? null : base.linesOfCode, linesOfCode)
          + " (max " + limits.lines() + ")");
    }
    return String.join("; ", parts);
  }

  private static String was(Integer before, int now) {
    return before == null || before == now ? "" : ", was " + before + " before this change";
  }

  /**
   * Lines with at least one token that is neither whitespace nor a comment, not counting the
   * one-statement cases of a switch that is mostly such cases: a lookup table is read at a glance.
   */
  static int linesOfCode(Node node) {
    Set<Integer> lines = new HashSet<>();
    node.getTokenRange().ifPresent(range -> {
      for (JavaToken token : range) {
        if (!token.getCategory().isWhitespaceOrComment()) {
          token.getRange().ifPresent(r -> {
            for (int line = r.begin.line; line <= r.end.line; line++) {
              lines.add(line);
            }
          });
        }
      }
    });
    for (SwitchEntry entry : lookupEntries(node)) {
      int first = entry.getBegin().get().line;
      int last = entry.getEnd().get().line;
      lines.removeIf(line -> line >= first && line <= last);
    }
    return lines.size();
  }

  /** The one-statement and empty cases of switches whose filled cases are mostly one statement: lookup tables. */
  private static List<SwitchEntry> lookupEntries(Node node) {
    List<SwitchEntry> entries = new ArrayList<>();
    for (Node found : node.findAll(Node.class, n -> n instanceof SwitchNode)) {
      List<SwitchEntry> all = ((SwitchNode) found).getEntries().stream()
          .filter(entry -> entry.getBegin().isPresent() && entry.getEnd().isPresent()).toList();
      long filled = all.stream().filter(entry -> !entry.getStatements().isEmpty()).count();
      List<SwitchEntry> rows = all.stream().filter(MethodMeasures::isTableRow).toList();
      long filledRows = rows.stream().filter(entry -> !entry.getStatements().isEmpty()).count();
      if (filledRows * 2 > filled) {
        entries.addAll(rows);
      }
    }
    return entries;
  }

  private static boolean isTableRow(SwitchEntry entry) {
    List<Statement> statements = entry.getStatements().stream().filter(s -> !(s instanceof BreakStmt)).toList();
    return statements.isEmpty() || (statements.size() == 1 && isSimple(statements.get(0)));
  }

  /** One return, yield, throw or expression, possibly in braces of its own. */
  private static boolean isSimple(Statement statement) {
    if (statement instanceof BlockStmt block) {
      return block.getStatements().size() == 1 && isSimple(block.getStatement(0));
    }
    return statement instanceof ReturnStmt || statement instanceof YieldStmt || statement instanceof ThrowStmt
        || statement instanceof ExpressionStmt;
  }
}
