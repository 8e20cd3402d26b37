package dev.reviewbot.rules.errors;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.Report;
import dev.reviewbot.api.RuleContext;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.rules.internal.Ancestors;
import java.util.List;
import java.util.Optional;

/**
 * A caught {@code InterruptedException} that neither restores the thread's interrupted status nor
 * propagates: catching it clears the status, so the code that asked the thread to stop (an executor
 * shutting down, a cancelled task) is never told. Handing the exception on, throwing anything, a
 * comment on its own line in the block, and the end of a thread's {@code run()} or of {@code main}
 * are taken as handled.
 */
@RuleInfo(
    id = "interrupt-handling",
    summary = "InterruptedException caught and neither restored nor propagated",
    severity = Severity.WARNING,
    tags = {"concurrency", "errors"},
    since = "0.1",
    testCode = TestCodePolicy.SUMMARY)
public final class InterruptHandlingRule implements JavaRule {
  static final Option<List<String>> LOGGING_METHODS =
      Option.stringList(
          "loggingMethods",
          List.of(
              "trace", "debug", "info", "warn", "warning", "error", "fatal", "log", "severe",
              "fine", "finer", "finest"),
          "Calls that only record the exception: handing it to one of these still swallows the interrupt");

  static final String INTERRUPTED = "InterruptedException";

  @Override
  public void subscribe(Subscriptions on) {
    on.on(CatchClause.class, this::check);
  }

  private void check(CatchClause c, RuleContext ctx) {
    if (!catchesInterruption(c)
        || restoresOrPropagates(c, ctx)
        || restoresLater(c)
        || explained(c)
        || endsTheThread(c)) {
      return;
    }
    String caught = CatchChecks.name(c);
    Report report =
        Report.at(
                c.getParameter(),
                "catch ("
                    + c.getParameter().getTypeAsString()
                    + " "
                    + caught
                    + ") swallows the interrupt: catching it clears the thread's interrupted status, so whoever asked this thread "
                    + "to stop (an executor shutting down, a cancelled task) is never told, and the thread goes on as if nothing happened.")
            .withSuggestion(
                "Call Thread.currentThread().interrupt() before going on, or let InterruptedException propagate "
                    + "(declare it, or rethrow it); if stopping here is the whole point, say so in a comment in the block.");
    ctx.report(InterruptFix.of(c).map(report::withFix).orElse(report));
  }

  private static boolean catchesInterruption(CatchClause c) {
    return CatchChecks.types(c).stream().map(CatchChecks::simpleName).anyMatch(INTERRUPTED::equals);
  }

  /**
   * {@code interrupt()} called, anything thrown, or the exception handed to a call that is not
   * logging, in the code the catch runs ({@link CatchScope}: a lambda in it may never run).
   */
  private static boolean restoresOrPropagates(CatchClause c, RuleContext ctx) {
    if (!CatchScope.find(c, ThrowStmt.class).isEmpty()) {
      return true;
    }
    String caught = CatchChecks.name(c);
    List<String> logging = ctx.option(LOGGING_METHODS);
    return CatchScope.find(c, MethodCallExpr.class).stream()
        .anyMatch(
            call ->
                call.getNameAsString().equals("interrupt") && call.getArguments().isEmpty()
                    || !logging.contains(call.getNameAsString())
                        && call.getArguments().stream()
                            .anyMatch(
                                arg ->
                                    arg instanceof NameExpr name
                                        && name.getNameAsString().equals(caught)));
  }

  /**
   * The method around the catch calls {@code interrupt()} elsewhere: the idiom of noting the
   * interrupt ({@code interrupted = true}) and restoring it once, after a loop or in a finally.
   */
  private static boolean restoresLater(CatchClause c) {
    Optional<Node> method =
        Ancestors.nearest(
            c, Node.class, n -> n instanceof CallableDeclaration<?> || n instanceof LambdaExpr);
    return method
        .map(
            m ->
                m.findFirst(
                        MethodCallExpr.class,
                        call ->
                            call.getNameAsString().equals("interrupt")
                                && call.getArguments().isEmpty()
                                && !call.isDescendantOf(c))
                    .isPresent())
        .orElse(false);
  }

  /**
   * A comment on a line of its own inside the block says why the status does not matter; a remark
   * trailing code ({@code { // ignore}) is not an explanation, unlike error-handling's
   * {@code CatchChecks}, where any comment in an empty block says the exception may vanish. By
   * position, since JavaParser may attribute a comment to a neighbouring node.
   */
  private static boolean explained(CatchClause c) {
    BlockStmt block = c.getBody();
    if (block.getBegin().isEmpty() || block.getEnd().isEmpty()) {
      return true;
    }
    int opening = block.getBegin().get().line;
    List<Comment> comments =
        c.findCompilationUnit().map(CompilationUnit::getAllComments).orElse(List.of());
    return comments.stream()
        .filter(comment -> comment.getBegin().isPresent() && comment.getEnd().isPresent())
        .anyMatch(
            comment ->
                comment.getBegin().get().line > opening
                    && comment.getEnd().get().isBefore(block.getEnd().get())
                    && !trailsCode(comment, block));
  }

  private static boolean trailsCode(Comment comment, BlockStmt block) {
    Position start = comment.getBegin().orElseThrow();
    return block
        .findFirst(
            Node.class,
            node ->
                !(node instanceof Comment)
                    && node.getEnd()
                        .filter(end -> end.line == start.line && end.column < start.column)
                        .isPresent())
        .isPresent();
  }

  /**
   * The catch is where a thread's work ends: in {@code main}, or in a {@code run()} whose try is
   * its last statement or whose catch returns. The interrupted status dies with the thread.
   */
  private static boolean endsTheThread(CatchClause c) {
    Optional<MethodDeclaration> method =
        Ancestors.nearest(c, CallableDeclaration.class)
            .filter(MethodDeclaration.class::isInstance)
            .map(MethodDeclaration.class::cast);
    if (method.isEmpty()
        || Ancestors.nearest(c, LambdaExpr.class)
            .filter(l -> l.isDescendantOf(method.get()))
            .isPresent()) {
      return false;
    }
    MethodDeclaration m = method.get();
    if (m.getNameAsString().equals("main") && m.isStatic()) {
      return true;
    }
    if (!m.getNameAsString().equals("run") || !m.getParameters().isEmpty()) {
      return false;
    }
    List<Statement> last = c.getBody().getStatements();
    boolean returns = !last.isEmpty() && last.get(last.size() - 1) instanceof ReturnStmt;
    Optional<TryStmt> tryStmt = Ancestors.nearest(c, TryStmt.class);
    boolean lastInRun =
        tryStmt.isPresent()
            && m.getBody()
                .map(
                    b ->
                        !b.getStatements().isEmpty()
                            && b.getStatements().get(b.getStatements().size() - 1) == tryStmt.get())
                .orElse(false);
    return returns || lastInRun;
  }
}
