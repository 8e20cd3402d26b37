package dev.reviewbot.rules.leftover;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Report;
import dev.reviewbot.rules.internal.Declarations;
import java.util.List;
import java.util.Optional;

/**
 * What a constant condition does to the code around it, said as a finding on the condition's line.
 */
final class DeadBranches {
  private DeadBranches() {}

  /** {@code branch}'s condition always is {@code value}. */
  static Report of(IfStmt branch, boolean value) {
    Expression condition = branch.getCondition();
    String written = "`if (" + shortened(condition) + ")`";
    int skipped = value ? statementsAfter(branch) : 0;
    Optional<String> leaves = value ? leaves(branch.getThenStmt()) : Optional.empty();
    Report report;
    if (leaves.isPresent() && skipped > 0) {
      report =
          Report.at(
                  branch,
                  written
                      + " "
                      + leaves.get()
                      + " at once: the "
                      + skipped
                      + (skipped == 1 ? " statement" : " statements")
                      + " after it never "
                      + (skipped == 1 ? "runs" : "run")
                      + ", though the compiler cannot tell. A short-circuit left over "
                      + "from debugging?")
              .withSuggestion(
                  "Remove the "
                      + written
                      + " and let the code run, or delete the code it skips (version control keeps it).");
    } else if (value && branch.getElseStmt().isPresent()) {
      report =
          Report.at(
                  branch,
                  written + " always takes its first branch: the `else` branch is dead code.")
              .withSuggestion("Restore the real condition, or keep only the branch that runs.");
    } else if (value) {
      report =
          Report.at(
                  branch,
                  written
                      + " always runs its block: the condition decides nothing. A condition replaced while "
                      + "debugging?")
              .withSuggestion("Restore the real condition, or drop the `if` and keep its block.");
    } else {
      report =
          Report.at(
                  branch,
                  written
                      + " never runs its block"
                      + (branch.getElseStmt().isPresent() ? " (only the `else` does)" : "")
                      + ": dead code that still has to compile and be read.")
              .withSuggestion(
                  "Delete the block (version control keeps it), or restore the real condition; to switch code on and off, "
                      + "use a named static final boolean and say in a comment why.");
    }
    return report.onLines(LineRange.of(Declarations.line(condition)));
  }

  /** {@code conditional}'s condition always is {@code value}. */
  static Report of(ConditionalExpr conditional, boolean value) {
    Expression chosen = value ? conditional.getThenExpr() : conditional.getElseExpr();
    return Report.at(
            conditional,
            "`"
                + shortened(conditional.getCondition())
                + " ? ... : ...` always gives `"
                + shortened(chosen)
                + "`: the other operand is dead code.")
        .withSuggestion("Restore the real condition, or write only the value that is used.")
        .onLines(LineRange.of(Declarations.line(conditional)));
  }

  /**
   * How a statement leaves the code around it ("returns", "throws", ...), if it is a return, throw,
   * break or continue, or a block ending in one.
   */
  private static Optional<String> leaves(Statement statement) {
    if (statement instanceof BlockStmt block) {
      return block.getStatements().getLast().flatMap(DeadBranches::leaves);
    }
    if (statement instanceof ReturnStmt) {
      return Optional.of("returns");
    }
    if (statement instanceof ThrowStmt) {
      return Optional.of("throws");
    }
    if (statement instanceof BreakStmt) {
      return Optional.of("breaks out");
    }
    return statement instanceof ContinueStmt
        ? Optional.of("continues with the next iteration")
        : Optional.empty();
  }

  /** Statements after {@code branch} in its block (by identity: equal statements may repeat). */
  private static int statementsAfter(IfStmt branch) {
    if (branch.getParentNode().orElse(null) instanceof BlockStmt block) {
      List<Statement> statements = block.getStatements();
      for (int i = 0; i < statements.size(); i++) {
        if (statements.get(i) == branch) {
          return statements.size() - 1 - i;
        }
      }
    }
    return 0;
  }

  private static String shortened(Node node) {
    String text = node.toString().replaceAll("\\s+", " ");
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }
}
