package dev.reviewbot.rules.errors;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import dev.reviewbot.api.Report;
import dev.reviewbot.rules.internal.Ancestors;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The checks on one catch block: empty, or a catch-all that swallows what it catches. */
final class CatchChecks {
  private CatchChecks() {}

  /**
   * An empty block with no comment saying why and no variable named to say "ignored on purpose". An
   * empty catch of {@code InterruptedException} alone is interrupt-handling's, whose advice fits.
   */
  static Optional<Report> empty(CatchClause c, Set<String> ignoredNames) {
    if (!c.getBody().getStatements().isEmpty()
        || ignoredNames.contains(name(c))
        || hasCommentInside(c)
        || closesQuietly(c)
        || ControlFlow.throwsCaughtTypeItself(c)
        || onlyInterruption(c)) {
      return Optional.empty();
    }
    return Optional.of(
        Report.at(
                c.getParameter(),
                "Empty catch block: "
                    + c.getParameter().getTypeAsString()
                    + " caught here vanishes without a trace, and whoever debugs this will not know it happened.")
            .withSuggestion(
                "Handle it, log it with the exception, or say why it is safe to ignore: a comment in the block, "
                    + "or name the variable "
                    + String.join("/", ignoredNames.stream().sorted().toList())
                    + "."));
  }

  /**
   * A catch of {@code Exception}, {@code Throwable}... that neither rethrows nor hands the
   * exception on, with no comment saying why.
   */
  static Optional<Report> swallowedCatchAll(
      CatchClause c, Set<String> broadTypes, Set<String> ignoredNames) {
    Optional<String> broad =
        types(c).stream().map(CatchChecks::simpleName).filter(broadTypes::contains).findFirst();
    if (broad.isEmpty()
        || ignoredNames.contains(name(c))
        || hasCommentInside(c)
        || !CatchScope.find(c, ThrowStmt.class).isEmpty()
        || handsOn(c)) {
      return Optional.empty();
    }
    boolean messageOnly =
        !c.getBody().findAll(NameExpr.class, n -> n.getNameAsString().equals(name(c))).isEmpty();
    return Optional.of(
        Report.at(
                c.getParameter(),
                "catch ("
                    + c.getParameter().getTypeAsString()
                    + " "
                    + name(c)
                    + ") swallows every failure, bugs such as NullPointerException included, and "
                    + (messageOnly
                        ? "keeps only its message, not the stack trace."
                        : "leaves no trace of it."))
            .withSuggestion(
                "Catch the exceptions you expect, or hand "
                    + name(c)
                    + " on: rethrow or wrap it, or log it with the exception as the last argument."));
  }

  /**
   * True if the caught exception is passed to a call (not just turned into text): it is handled
   * there.
   */
  static boolean passedToACall(CatchClause c) {
    Set<String> caught = CatchScope.caughtNames(c);
    return CatchScope.find(c, MethodCallExpr.class).stream()
        .anyMatch(
            call ->
                !CatchScope.turnsIntoText(call)
                    && call.getArguments().stream()
                        .anyMatch(arg -> CatchScope.isCause(arg, caught)));
  }

  private static boolean onlyInterruption(CatchClause c) {
    List<? extends Type> types = types(c);
    return types.size() == 1 && simpleName(types.get(0)).equals(InterruptHandlingRule.INTERRUPTED);
  }

  static String name(CatchClause c) {
    return c.getParameter().getNameAsString();
  }

  static List<? extends Type> types(CatchClause c) {
    Type type = c.getParameter().getType();
    return type instanceof UnionType union ? union.getElements() : List.of(type);
  }

  static String simpleName(Type type) {
    String name = type.asString();
    return name.startsWith("java.lang.") ? name.substring("java.lang.".length()) : name;
  }

  /**
   * {@code try { x.close(); } catch (IOException e) {}}: closing quietly, an idiom whose intent is
   * plain.
   */
  private static boolean closesQuietly(CatchClause c) {
    return c.getParentNode()
        .filter(TryStmt.class::isInstance)
        .map(TryStmt.class::cast)
        .map(t -> t.getTryBlock().getStatements())
        .filter(
            statements ->
                !statements.isEmpty()
                    && statements.stream()
                        .allMatch(
                            s ->
                                s instanceof ExpressionStmt e
                                    && e.getExpression() instanceof MethodCallExpr call
                                    && call.getNameAsString().equals("close")))
        .isPresent();
  }

  /** A comment in the block: the author says why, which is all a reviewer would ask. */
  private static boolean hasCommentInside(CatchClause c) {
    BlockStmt block = c.getBody();
    if (block.getBegin().isEmpty() || block.getEnd().isEmpty()) {
      return true;
    }
    // by position, not by JavaParser's attribution, which may hand a comment to a neighbour
    List<Comment> comments = c.findCompilationUnit().map(u -> u.getAllComments()).orElse(List.of());
    return comments.stream()
        .anyMatch(
            comment ->
                comment.getBegin().isPresent()
                    && comment.getEnd().isPresent()
                    && comment.getBegin().get().isAfter(block.getBegin().get())
                    && comment.getEnd().get().isBefore(block.getEnd().get()));
  }

  /**
   * True if the caught exception is passed to a call, stored, returned, thrown, printed (its stack
   * trace, or mentioned in console output: that has its own finding) or mentioned in a log call:
   * someone will see it.
   */
  private static boolean handsOn(CatchClause c) {
    for (NameExpr use :
        c.getBody().findAll(NameExpr.class, n -> n.getNameAsString().equals(name(c)))) {
      Node parent = use.getParentNode().orElse(null);
      boolean handed =
          (parent instanceof MethodCallExpr call
                  && call.getArguments().contains(use)
                  && !CatchScope.turnsIntoText(call))
              || (parent instanceof MethodCallExpr printed
                  && ConsoleOutput.isPrintStackTrace(printed))
              || (parent instanceof ObjectCreationExpr creation
                  && creation.getArguments().contains(use))
              || (parent instanceof AssignExpr assign && assign.getValue() == use)
              || (parent instanceof VariableDeclarator variable
                  && variable.getInitializer().filter(i -> i == use).isPresent())
              || parent instanceof ReturnStmt
              || parent instanceof ThrowStmt
              || Ancestors.nearest(use, MethodCallExpr.class, ThrowChecks::isLogCall).isPresent()
              || Ancestors.nearest(
                      use,
                      MethodCallExpr.class,
                      call -> call.getScope().flatMap(ConsoleOutput::stream).isPresent())
                  .isPresent();
      if (handed) {
        return true;
      }
    }
    return false;
  }
}
