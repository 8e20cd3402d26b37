package dev.reviewbot.rules.errors;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.Report;
import dev.reviewbot.api.RuleContext;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.api.TestCodePolicy;
import java.util.List;
import java.util.Set;

/**
 * Error handling that makes a failure hard to debug: exceptions swallowed by empty or catch-all
 * blocks, causes dropped when wrapping, the same failure logged at every level, and output that
 * bypasses the logs.
 */
@RuleInfo(
    id = "error-handling",
    summary =
        "Exceptions swallowed, causes lost, failures logged twice or printed instead of logged",
    severity = Severity.WARNING,
    tags = {"debugging", "errors", "logging"},
    since = "0.1",
    testCode = TestCodePolicy.SUMMARY)
public final class ErrorHandlingRule implements JavaRule {
  static final Option<List<String>> IGNORED_NAMES =
      Option.stringList(
          "ignoredNames",
          List.of("ignored", "ignore", "expected", "_"),
          "Catch variable names that say the exception is ignored on purpose (an empty block is then fine)");
  static final Option<List<String>> CATCH_ALL_TYPES =
      Option.stringList(
          "catchAllTypes",
          List.of("Exception", "Throwable", "RuntimeException", "Error"),
          "Exception types so broad that catching one without rethrowing or handing it on hides bugs");
  static final Option<List<String>> SIGNAL_EXCEPTIONS =
      Option.stringList(
          "signalExceptions",
          List.of(
              "NumberFormatException",
              "ArithmeticException",
              "ClassCastException",
              "NoSuchElementException",
              "InterruptedException",
              "ClassNotFoundException",
              "NoSuchMethodException",
              "NoSuchFieldException",
              "IllegalAccessException",
              "NoSuchFileException",
              "ParseException",
              "MalformedURLException",
              "URISyntaxException",
              "DateTimeParseException",
              "UnsupportedCharsetException",
              "UnsupportedEncodingException"),
          "Exception types a lookup, parse or conversion throws to say \"not found\" or \"not valid\": their message is "
              + "the whole story, so translating one into a new exception without it as the cause is fine");
  static final Option<Boolean> ALLOW_CONSOLE_IN_MAIN =
      Option.bool(
          "allowConsoleInMain",
          true,
          "Allow System.out/System.err in types that declare a main method: command-line entry points print by design");

  @Override
  public void subscribe(Subscriptions on) {
    on.on(CatchClause.class, this::checkCatch);
    on.on(MethodCallExpr.class, this::checkCall);
  }

  private void checkCatch(CatchClause c, RuleContext ctx) {
    Set<String> ignored = Set.copyOf(ctx.option(IGNORED_NAMES));
    var empty = CatchChecks.empty(c, ignored);
    if (empty.isPresent()) {
      ctx.report(empty.get());
      return;
    }
    // a catch-all at the top of main (or in a test) is where failures are meant to end
    if (!ctx.isTestCode() && !ConsoleOutput.inMainMethod(c)) {
      CatchChecks.swallowedCatchAll(c, Set.copyOf(ctx.option(CATCH_ALL_TYPES)), ignored)
          .ifPresent(ctx::report);
    }
    if (!ignored.contains(CatchChecks.name(c))) {
      ThrowChecks.lostCauses(c, Set.copyOf(ctx.option(SIGNAL_EXCEPTIONS))).forEach(ctx::report);
    }
    ThrowChecks.loggedAndRethrown(c).ifPresent(ctx::report);
  }

  private void checkCall(MethodCallExpr call, RuleContext ctx) {
    if (ConsoleOutput.isPrintStackTrace(call)) {
      if (!ConsoleOutput.inMainMethod(call)) {
        Report report =
            Report.at(
                    call,
                    "printStackTrace() writes to standard error, outside the application's logs, "
                        + "where whoever debugs this is unlikely to find it.")
                .withSuggestion(
                    "Log the exception with the logger (as the last argument), or rethrow it.");
        ctx.report(LoggerFix.of(call).map(report::withFix).orElse(report));
      }
      return;
    }
    boolean console = call.getScope().flatMap(ConsoleOutput::stream).isPresent();
    if (console
        && !ctx.isTestCode()
        && !ConsoleOutput.optIn(call)
        && !(ctx.option(ALLOW_CONSOLE_IN_MAIN) && ConsoleOutput.inMainClass(call))) {
      String stream = call.getScope().flatMap(ConsoleOutput::stream).orElseThrow();
      ctx.report(
          Report.at(
                  call,
                  "System."
                      + stream
                      + "."
                      + call.getNameAsString()
                      + "(...) in production code: "
                      + "the output bypasses the logs, with no level, timestamp or context to find it by.")
              .withSuggestion(
                  "Use the logger, or write to a PrintStream/Writer the caller passes in."));
    }
  }
}
