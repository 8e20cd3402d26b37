package dev.reviewbot.rules.errors;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.reviewbot.api.Edit;
import dev.reviewbot.api.Fix;
import dev.reviewbot.rules.internal.Layout;
import java.util.List;
import java.util.Optional;

/**
 * Restores the interrupt as the catch block's first statement. Not offered inside a loop the catch
 * does not leave: there the restored status would make the next blocking call throw at once, and
 * the loop would spin, so the right change (leave the loop, or restore after it) needs judgement.
 */
final class InterruptFix {
  static final String RESTORE = "Thread.currentThread().interrupt();";
  private static final String DEFAULT_STEP = "    ";

  private InterruptFix() {}

  static Optional<Fix> of(CatchClause c) {
    if (inLoop(c) && !leaves(c.getBody())) {
      return Optional.empty();
    }
    BlockStmt block = c.getBody();
    List<Statement> statements = block.getStatements();
    if (!statements.isEmpty()) {
      Statement first = statements.get(0);
      Optional<String> indent = Layout.indentation(first);
      if (indent.isEmpty()) {
        return Optional.empty();
      }
      if (first.getBegin().get().line == block.getBegin().get().line) {
        return Optional.of(fix(Edit.insertBefore(first, RESTORE + " ")));
      }
      if (Layout.endsItsLine(block.getBegin().get(), block)) {
        // on the brace's line, which a review comment on the catch covers
        int line = block.getBegin().get().line;
        int column = block.getBegin().get().column + 1;
        return Optional.of(
            fix(new Edit.Replace(line, column, line, column, "\n" + indent.get() + RESTORE)));
      }
      return Optional.of(fix(Edit.insertBefore(first, RESTORE + "\n" + indent.get())));
    }
    Optional<String> outer = Layout.indentation(c);
    if (outer.isEmpty() || block.getBegin().isEmpty() || block.getEnd().isEmpty()) {
      return Optional.empty();
    }
    String inner = outer.get() + step(c).orElse(DEFAULT_STEP);
    if (block.getBegin().get().line == block.getEnd().get().line) {
      if (!block.getAllContainedComments().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          fix(Edit.replace(block, "{\n" + inner + RESTORE + "\n" + outer.get() + "}")));
    }
    // a block over several lines ends with "}" on a line of its own: add the statement above it
    int closing = block.getEnd().get().line;
    if (block.getEnd().get().column != outer.get().length() + 1) {
      return Optional.empty();
    }
    return Optional.of(fix(new Edit.Replace(closing, 1, closing, 1, inner + RESTORE + "\n")));
  }

  private static Fix fix(Edit edit) {
    return Fix.of("Restore the interrupted status", edit);
  }

  /** One level of indentation, read from the try block's first statement and the try itself. */
  private static Optional<String> step(CatchClause c) {
    Optional<TryStmt> tryStmt = c.getParentNode().map(TryStmt.class::cast);
    if (tryStmt.isEmpty() || tryStmt.get().getTryBlock().getStatements().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> outer = Layout.indentation(tryStmt.get());
    Optional<String> inner = Layout.indentation(tryStmt.get().getTryBlock().getStatements().get(0));
    return outer.isPresent()
            && inner.isPresent()
            && inner.get().length() > outer.get().length()
            && inner.get().startsWith(outer.get())
        ? Optional.of(inner.get().substring(outer.get().length()))
        : Optional.empty();
  }

  /** Inside a loop of the same method or lambda. */
  private static boolean inLoop(Node node) {
    for (Node at = node.getParentNode().orElse(null);
        at != null && !(at instanceof CallableDeclaration<?>) && !(at instanceof LambdaExpr);
        at = at.getParentNode().orElse(null)) {
      if (at instanceof WhileStmt
          || at instanceof DoStmt
          || at instanceof ForStmt
          || at instanceof ForEachStmt) {
        return true;
      }
    }
    return false;
  }

  /** The block ends by leaving the method, so the loop ends too. */
  private static boolean leaves(BlockStmt block) {
    return block.getStatements().getLast().filter(ReturnStmt.class::isInstance).isPresent();
  }
}
