package dev.reviewbot.rules.errors;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.reviewbot.api.Report;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The checks on one catch block: empty, catch-all that swallows, and catch-all's siblings. */
final class CatchChecks {
  private CatchChecks() {}

  /** An empty block with no comment saying why and no variable named to say "ignored on purpose". */
  static Optional<Report> empty(CatchClause c, Set<String> ignoredNames) {
    if (!c.getBody().getStatements().isEmpty() || ignoredNames.contains(name(c)) || hasCommentInside(c)) {
      return Optional.empty();
    }
    return Optional.of(Report.at(c.getParameter(), "Empty catch block: a " + c.getParameter().getTypeAsString()
        + " here vanishes without a trace, and whoever debugs this will not know it happened.")
        .withSuggestion("Handle it, log it with the exception, or say why it is safe to ignore: a comment in the block, "
            + "or name the variable " + String.join("/", ignoredNames.stream().sorted().toList()) + "."));
  }

  /** A catch of {@code Exception}, {@code Throwable}... that neither rethrows nor hands the exception on. */
  static Optional<Report> swallowedCatchAll(CatchClause c, Set<String> broadTypes, Set<String> ignoredNames) {
    Optional<String> broad = types(c).stream().map(CatchChecks::simpleName).filter(broadTypes::contains).findFirst();
    if (broad.isEmpty() || ignoredNames.contains(name(c)) || !CatchScope.find(c, ThrowStmt.class).isEmpty() || handsOn(c)) {
      return Optional.empty();
    }
    boolean messageOnly = c.getBody().findAll(NameExpr.class, n -> n.getNameAsString().equals(name(c))).size() > 0;
    return Optional.of(Report.at(c.getParameter(), "catch (" + c.getParameter().getTypeAsString() + " " + name(c)
        + ") swallows every failure, bugs such as NullPointerException included, and "
        + (messageOnly ? "keeps only its message, not the stack trace." : "leaves no trace of it."))
        .withSuggestion("Catch the exceptions you expect, or hand " + name(c)
            + " on: rethrow or wrap it, or log it with the exception as the last argument."));
  }

  static String name(CatchClause c) {
    return c.getParameter().getNameAsString();
  }

  private static boolean hasCommentInside(CatchClause c) {
    var block = c.getBody();
    if (block.getBegin().isEmpty() || block.getEnd().isEmpty()) {
      return true;
    }
    // by position, not by JavaParser's attribution, which may hand a comment to a neighbour
    List<Comment> comments = c.findCompilationUnit().map(u -> u.getAllComments()).orElse(List.of());
    return comments.stream().anyMatch(comment -> comment.getBegin().isPresent()
        && comment.getBegin().get().isAfter(block.getBegin().get())
        && comment.getEnd().get().isBefore(block.getEnd().get()));
  }

  private static List<? extends Type> types(CatchClause c) {
    Type type = c.getParameter().getType();
    return type instanceof UnionType union ? union.getElements() : List.of(type);
  }

  private static String simpleName(Type type) {
    String name = type.asString();
    return name.startsWith("java.lang.") ? name.substring("java.lang.".length()) : name;
  }

  /** True if the caught exception is passed to a call, stored, returned or thrown: someone will see it. */
  private static boolean handsOn(CatchClause c) {
    for (NameExpr use : c.getBody().findAll(NameExpr.class, n -> n.getNameAsString().equals(name(c)))) {
      Node parent = use.getParentNode().orElse(null);
      boolean handed = (parent instanceof MethodCallExpr call && call.getArguments().contains(use)
              && CatchScope.isCause(call, Set.of(name(c))))
          || (parent instanceof ObjectCreationExpr creation && creation.getArguments().contains(use))
          || (parent instanceof AssignExpr assign && assign.getValue() == use)
          || (parent instanceof VariableDeclarator variable && variable.getInitializer().filter(i -> i == use).isPresent())
          || parent instanceof ReturnStmt
          || parent instanceof ThrowStmt;
      if (handed) {
        return true;
      }
    }
    return false;
  }
}
