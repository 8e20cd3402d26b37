package dev.reviewbot.rules.errors;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.reviewbot.api.Report;
import dev.reviewbot.rules.internal.Ancestors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a catch block throws: a new exception that drops the caught one, or one it has just logged.
 */
final class ThrowChecks {
  private static final Set<String> LOG_METHODS =
      Set.of(
          "trace", "debug", "info", "warn", "warning", "error", "fatal", "severe", "fine", "finer",
          "finest", "log");
  private static final Set<String> ATTACH_CAUSE = Set.of("initCause", "addSuppressed");

  private ThrowChecks() {}

  /**
   * {@code throw new X(...)} (directly or through a local) with no caught exception as its cause,
   * unless the caught exception only signals a condition or was handed to some call already.
   */
  static List<Report> lostCauses(CatchClause c, Set<String> signalTypes) {
    List<Report> reports = new ArrayList<>();
    if (CatchChecks.types(c).stream().allMatch(t -> signalTypes.contains(CatchChecks.simpleName(t)))
        || CatchChecks.passedToACall(c)) {
      return reports;
    }
    Set<String> caught = CatchScope.caughtNames(c);
    for (ThrowStmt thrown : CatchScope.find(c, ThrowStmt.class)) {
      if (Ancestors.nearest(thrown, CatchClause.class).filter(owner -> owner == c).isEmpty()) {
        continue; // an inner catch judges its own throws
      }
      created(c, thrown.getExpression())
          .filter(
              creation ->
                  creation.getArguments().stream()
                      .noneMatch(arg -> CatchScope.isCause(arg, caught)))
          .filter(creation -> !attachesCause(c, caught))
          .ifPresent(
              creation ->
                  reports.add(
                      withCause(
                          creation,
                          CatchChecks.name(c),
                          Report.at(
                                  thrown,
                                  "Throws a new "
                                      + creation.getTypeAsString()
                                      + " without the caught "
                                      + CatchChecks.name(c)
                                      + " as its cause: the stack trace that says what went "
                                      + "wrong is lost.")
                              .withSuggestion(
                                  "Pass "
                                      + CatchChecks.name(c)
                                      + " as the cause (new "
                                      + creation.getTypeAsString()
                                      + "(..., "
                                      + CatchChecks.name(c)
                                      + ")), or call initCause("
                                      + CatchChecks.name(c)
                                      + ") if the type has no such constructor."))));
    }
    return reports;
  }

  /** The report with the fix that passes the cause, when the thrown expression is the creation. */
  private static Report withCause(ObjectCreationExpr creation, String caught, Report report) {
    boolean thrownDirectly =
        creation.getParentNode().filter(ThrowStmt.class::isInstance).isPresent();
    return thrownDirectly
        ? CauseFix.of(creation, caught).map(report::withFix).orElse(report)
        : report;
  }

  /**
   * A log call with the caught exception, followed by rethrowing or wrapping it: one failure,
   * logged twice.
   */
  static Optional<Report> loggedAndRethrown(CatchClause c) {
    String name = CatchChecks.name(c);
    Set<String> caught = CatchScope.caughtNames(c);
    for (MethodCallExpr log : CatchScope.find(c, MethodCallExpr.class)) {
      boolean logsIt =
          isLogCall(log)
              && !isDiagnosticLevel(log)
              && log.getArguments().stream()
                  .anyMatch(
                      arg ->
                          CatchScope.strip(arg) instanceof NameExpr n
                              && n.getNameAsString().equals(name));
      if (logsIt) {
        Optional<ThrowStmt> rethrow = thrownAfter(log).filter(t -> rethrows(t, caught));
        if (rethrow.isPresent()) {
          return Optional.of(report(log, rethrow.get(), name));
        }
      }
    }
    return Optional.empty();
  }

  private static Report report(MethodCallExpr log, ThrowStmt rethrow, String name) {
    int line = rethrow.getBegin().map(p -> p.line).orElse(0);
    return Report.at(
            log,
            name
                + " is logged here and thrown on at line "
                + line
                + ": whoever catches it will log it again, so one failure shows up as several log entries.")
        .withSuggestion(
            "Either log it and handle it here, or throw it on (with context in the message) and let the "
                + "handler that finally deals with it log it once.");
  }

  /** A throw later in the same block as the log call: both happen, in that order, on one path. */
  private static Optional<ThrowStmt> thrownAfter(MethodCallExpr log) {
    Optional<Statement> statement = Ancestors.nearest(log, Statement.class);
    Optional<BlockStmt> block =
        statement
            .flatMap(s -> s.getParentNode())
            .filter(BlockStmt.class::isInstance)
            .map(BlockStmt.class::cast);
    if (statement.isEmpty() || block.isEmpty()) {
      return Optional.empty();
    }
    List<Statement> statements = block.get().getStatements();
    return statements.subList(statements.indexOf(statement.get()) + 1, statements.size()).stream()
        .filter(ThrowStmt.class::isInstance)
        .map(ThrowStmt.class::cast)
        .findFirst();
  }

  private static boolean rethrows(ThrowStmt thrown, Set<String> caught) {
    Expression e = CatchScope.strip(thrown.getExpression());
    return CatchScope.isCause(e, caught)
        || (e instanceof ObjectCreationExpr creation
            && creation.getArguments().stream().anyMatch(a -> CatchScope.isCause(a, caught)));
  }

  /**
   * Debug and trace output is context for a diagnosis, not a report of the failure: logging it
   * twice is harmless.
   */
  private static boolean isDiagnosticLevel(MethodCallExpr log) {
    String level =
        log.getNameAsString().equals("log") && !log.getArguments().isEmpty()
            ? log.getArgument(0).toString()
            : log.getNameAsString();
    String upper = level.toUpperCase(Locale.ROOT);
    return upper.endsWith("DEBUG")
        || upper.endsWith("TRACE")
        || upper.endsWith("FINE")
        || upper.endsWith("FINER")
        || upper.endsWith("FINEST");
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
    return c.getBody().findAll(MethodCallExpr.class).stream()
        .anyMatch(
            call ->
                ATTACH_CAUSE.contains(call.getNameAsString())
                    && call.getArguments().stream()
                        .anyMatch(arg -> CatchScope.isCause(arg, caught)));
  }

  static boolean isLogCall(MethodCallExpr call) {
    if (!LOG_METHODS.contains(call.getNameAsString())) {
      return false;
    }
    return call.getScope()
        .map(scope -> scope.toString().toLowerCase(Locale.ROOT).contains("log"))
        .orElse(false);
  }
}
