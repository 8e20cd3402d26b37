package dev.reviewbot.rules.leftover;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import dev.reviewbot.api.Edit;
import dev.reviewbot.api.Fix;
import dev.reviewbot.rules.internal.Layout;
import java.util.Optional;

/**
 * Deletes an {@code if (false) {...}} left over from debugging, with its lines: it never runs, so
 * deleting it changes nothing. Only for the literal {@code false} (a condition such as {@code false
 * && check()} is left alone, as is one with an {@code else}, whose branch would have to be
 * unwrapped) and only for a statement in a block, alone on its lines.
 */
final class DeadBlockFix {
  private DeadBlockFix() {}

  static Optional<Fix> of(IfStmt branch) {
    Expression condition = branch.getCondition();
    while (condition.isEnclosedExpr()) {
      condition = condition.asEnclosedExpr().getInner();
    }
    boolean literalFalse = condition instanceof BooleanLiteralExpr literal && !literal.getValue();
    if (!literalFalse
        || branch.getElseStmt().isPresent()
        || branch.getParentNode().filter(BlockStmt.class::isInstance).isEmpty()
        || branch.getComment().isPresent()
        || !Layout.aloneOnItsLines(branch)
        || branch.getBegin().isEmpty()
        || branch.getEnd().isEmpty()) {
      return Optional.empty();
    }
    int first = branch.getBegin().get().line;
    int last = branch.getEnd().get().line;
    return Optional.of(
        Fix.of("Delete the block that never runs", new Edit.Replace(first, 1, last + 1, 1, "")));
  }
}
