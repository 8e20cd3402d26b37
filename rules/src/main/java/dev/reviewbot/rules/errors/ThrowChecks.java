package dev.reviewbot.rules.errors;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.reviewbot.api.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a catch block throws: a new exception that drops the caught one, or one it has just logged. */
final class ThrowChecks {
  private static final Set<String> LOG_METHODS = Set.of(
      "trace", "debug", "info", "warn", "warning", "error", "fatal", "severe", "fine", "finer", "finest", "log");
  private static final Set<String> ATTACH_CAUSE = Set.of("initCause", "addSuppressed");

  private ThrowChecks() {}

  /** {@code throw new X(...)} (directly or through a local) with no caught exception as its cause. */
  static List<Report> lostCauses(CatchClause c) {
    List<Report> reports = new ArrayList<>();
    Set<String> caught = CatchScope.caughtNames(c);
    for (ThrowStmt thrown : CatchScope.find(c, ThrowStmt.class)) {
      if (thrown.findAncestor(CatchClause.class).filter(owner -> owner == c).isEmpty()) {
        continue; // an inner catch judges its own throws
      }
      created(c, thrown.getExpression())
          .filter(creation -> creation.getArguments().stream().noneMatch(arg -> CatchScope.isCause(arg, caught)))
          .filter(creation -> !attachesCause(c, caught))
          .ifPresent(creation -> reports.add(Report.at(thrown, "Throws a new " + creation.getTypeAsString()
              + " without the caught " + CatchChecks.name(c) + " as its cause: the stack trace that says what went "
              + "wrong is lost.").withSuggestion("Pass " + CatchChecks.name(c) + " as the cause (new "
              + creation.getTypeAsString() + "(..., " + CatchChecks.name(c) + ")), or call initCause("
              + CatchChecks.name(c) + ") if the type has no such constructor.")));
    }
    return reports;
  }

  /** A log call with the caught exception, followed by rethrowing or wrapping it: one failure, logged twice. */
  static Optional<Report> loggedAndRethrown(CatchClause c) {
    String name = CatchChecks.name(c);
    Set<String> caught = Set.of(name);
    Optional<MethodCallExpr> log = CatchScope.find(c, MethodCallExpr.class).stream()
        .filter(ThrowChecks::isLogCall)
        .filter(call -> call.getArguments().stream().anyMatch(arg -> CatchScope.strip(arg) instanceof NameExpr n
            && n.getNameAsString().equals(name)))
        .findFirst();
    Optional<ThrowStmt> rethrow = CatchScope.find(c, ThrowStmt.class).stream().filter(t -> {
      Expression e = CatchScope.strip(t.getExpression());
      return CatchScope.isCause(e, caught)
          || e instanceof ObjectCreationExpr creation && creation.getArguments().stream().anyMatch(a -> CatchScope.isCause(a, caught));
    }).findFirst();
    if (log.isEmpty() || rethrow.isEmpty()) {
      return Optional.empty();
    }
    int line = rethrow.get().getBegin().map(p -> p.line).orElse(0);
    return Optional.of(Report.at(log.get(), name + " is logged here and thrown on at line " + line
        + ": whoever catches it will log it again, so one failure shows up as several log entries.")
        .withSuggestion("Either log it and handle it here, or throw it on (with context in the message) and let the "
            + "handler that finally deals with it log it once."));
  }

  private static Optional<ObjectCreationExpr> created(CatchClause c, Expression thrown) {
    Expression e = CatchScope.strip(thrown);
    if (e instanceof ObjectCreationExpr creation) {
      return Optional.of(creation);
    }
    if (e instanceof NameExpr local) {
      return CatchScope.find(c, VariableDeclarator.class).stream()
          .filter(v -> v.getNameAsString().equals(local.getNameAsString()))
          .flatMap(v -> v.getInitializer().stream())
          .map(CatchScope::strip)
          .filter(ObjectCreationExpr.class::isInstance)
          .map(ObjectCreationExpr.class::cast)
          .findFirst();
    }
    return Optional.empty();
  }

  private static boolean attachesCause(CatchClause c, Set<String> caught) {
    return c.getBody().findAll(MethodCallExpr.class).stream().anyMatch(call -> ATTACH_CAUSE.contains(call.getNameAsString())
        && call.getArguments().stream().anyMatch(arg -> CatchScope.isCause(arg, caught)));
  }

  private static boolean isLogCall(MethodCallExpr call) {
    if (!LOG_METHODS.contains(call.getNameAsString())) {
      return false;
    }
    return call.getScope().map(scope -> scope.toString().toLowerCase(Locale.ROOT).contains("log")).orElse(false);
  }
}
