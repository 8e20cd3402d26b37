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
import java.util.function.IntPredicate;

/**
 * What {@link HardToFollowRule} measures on one method.
 *
 * @param complexity cognitive complexity with its increments and deepest nesting
 * @param linesOfCode lines holding code, not counting blank and comment-only lines
 */
record MethodMeasures(CognitiveComplexity.Result complexity, int linesOfCode) {
  private static final int CONTRIBUTORS_SHOWN = 4;

  /** Highest cognitive complexity of straight-line code: a loop or a couple of plain ifs. */
  static final int STRAIGHT_LINE = 2;

  /** How much, relative to the method's earlier complexity, a rise must be to count as a jump. */
  static final int MIN_RISE_PERCENT = 30;

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
    return score() > limits.complexity()
        || nesting() > limits.nesting()
        || isLongAndBranching(limits);
  }

  /** True if a measure over its limit here is higher than it was in {@code base}. */
  boolean worseThan(MethodMeasures base, Limits limits) {
    return (score() > limits.complexity() && score() > base.score())
        || (nesting() > limits.nesting() && nesting() > base.nesting())
        || (isLongAndBranching(limits) && linesOfCode > base.linesOfCode);
  }

  /**
   * Length counts only for code that branches: straight-line code (cognitive complexity at most
   * {@value #STRAIGHT_LINE}) reads top to bottom, like the rows of a table of test cases or a
   * builder chain, however long it is.
   */
  boolean isLongAndBranching(Limits limits) {
    return linesOfCode > limits.lines() && score() > STRAIGHT_LINE;
  }

  /**
   * True if the change made an existing method measurably harder to follow: over the complexity
   * limit now, and up by at least {@code jump} and by at least {@value #MIN_RISE_PERCENT} % of what
   * it was. A small guard added to an already complex method is not that, and neither is a new
   * method (it is often code moved or renamed from elsewhere, which the change did not write).
   *
   * @param base the method before the change, or {@code null} for a new method
   */
  boolean jumped(MethodMeasures base, Limits limits, int jump) {
    if (base == null || score() <= limits.complexity()) {
      return false;
    }
    int rise = score() - base.score();
    return rise >= jump && rise * 100 >= base.score() * MIN_RISE_PERCENT;
  }

  /**
   * What is over the limit, e.g. {@code cognitive complexity 23 (max 15): nested if at line 40 +4,
   * ...; nested 5 levels deep at line 52 (max 4)}.
   *
   * @param base the method before the change, or {@code null}
   * @param changedLine the lines whose increments may be cited
   * @param placesLabel what introduces the cited places, e.g. {@code ": "}
   */
  String describe(
      Limits limits, MethodMeasures base, IntPredicate changedLine, String placesLabel) {
    List<String> parts = new ArrayList<>();
    if (score() > limits.complexity()) {
      // the places cited are the ones this change wrote: untouched old code is not the author's to
      // fix here
      List<CognitiveComplexity.Increment> changed =
          complexity.increments().stream()
              .filter(i -> changedLine.test(i.line()))
              .sorted(
                  java.util.Comparator.comparingInt(CognitiveComplexity.Increment::amount)
                      .reversed()
                      .thenComparingInt(CognitiveComplexity.Increment::line))
              .toList();
      List<String> biggest =
          changed.stream()
              .limit(CONTRIBUTORS_SHOWN)
              .map(CognitiveComplexity.Increment::describe)
              .toList();
      int rest = changed.size() - biggest.size();
      parts.add(
          "cognitive complexity "
              + score()
              + was(base == null ? null : base.score(), score())
              + " (max "
              + limits.complexity()
              + ")"
              + (biggest.isEmpty() ? "" : placesLabel + String.join(", ", biggest))
              + (rest > 0 ? ", and " + rest + " more" : ""));
    }
    if (nesting() > limits.nesting()) {
      parts.add(
          "nested "
              + nesting()
              + " levels deep at line "
              + complexity.deepestLine()
              + was(base == null ? null : base.nesting(), nesting())
              + " (max "
              + limits.nesting()
              + ")");
    }
    if (isLongAndBranching(limits)) {
      parts.add(
          linesOfCode
              + " lines of code"
              + was(base == null ? null : base.linesOfCode, linesOfCode)
              + " (max "
              + limits.lines()
              + ")");
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
    node.getTokenRange()
        .ifPresent(
            range -> {
              for (JavaToken token : range) {
                if (!token.getCategory().isWhitespaceOrComment()) {
                  token
                      .getRange()
                      .ifPresent(
                          r -> {
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

  /**
   * The one-statement and empty cases of switches whose filled cases are mostly one statement:
   * lookup tables.
   */
  private static List<SwitchEntry> lookupEntries(Node node) {
    List<SwitchEntry> entries = new ArrayList<>();
    for (Node found : node.findAll(Node.class, n -> n instanceof SwitchNode)) {
      List<SwitchEntry> all =
          ((SwitchNode) found)
              .getEntries().stream()
                  .filter(entry -> entry.getBegin().isPresent() && entry.getEnd().isPresent())
                  .toList();
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
    List<Statement> statements =
        entry.getStatements().stream().filter(s -> !(s instanceof BreakStmt)).toList();
    return statements.isEmpty() || (statements.size() == 1 && isSimple(statements.get(0)));
  }

  /** One return, yield, throw or expression, possibly in braces of its own. */
  private static boolean isSimple(Statement statement) {
    if (statement instanceof BlockStmt block) {
      return block.getStatements().size() == 1 && isSimple(block.getStatement(0));
    }
    return statement instanceof ReturnStmt
        || statement instanceof YieldStmt
        || statement instanceof ThrowStmt
        || statement instanceof ExpressionStmt;
  }
}
