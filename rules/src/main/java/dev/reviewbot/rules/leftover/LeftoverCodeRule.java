package dev.reviewbot.rules.leftover;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.Report;
import dev.reviewbot.api.RuleContext;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.rules.internal.Declarations;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What debugging and unfinished work leave behind in a change: a condition written as a constant
 * ({@code if (true) return;}, {@code if (false) {...}}), a block of commented-out code, a call that
 * ends the JVM in library code, and a parameter a new method never reads. Only what the change
 * added is judged: a constant condition or exit call on an added line, commented-out code whose
 * lines are mostly added and that no comment of the base version held (moved and re-indented
 * comments are not the change's), a parameter the base version did not have.
 */
@RuleInfo(
    id = "leftover-code",
    summary =
        "Debug leftovers and dead code: constant conditions, commented-out code, "
            + "System.exit in library code, ignored parameters",
    severity = Severity.WARNING,
    tags = {"debugging", "dead-code"},
    since = "0.1",
    testCode = TestCodePolicy.SUMMARY)
public final class LeftoverCodeRule implements JavaRule {
  static final Option<Integer> COMMENTED_OUT_MIN_LINES =
      Option.integer(
          "commentedOutMinLines",
          3,
          1,
          "Lines of commented-out code (with no explanation beside them) from which the finding is an inline comment; "
              + "two lines or more, or explained code, go to the summary");
  static final Option<List<String>> ENTRY_POINT_WORDS =
      Option.stringList(
          "entryPointWords",
          List.of(
              "cli",
              "cling",
              "launcher",
              "bootstrap",
              "command",
              "commands",
              "cmd",
              "shell",
              "console",
              "tool",
              "tools",
              "demo",
              "demos",
              "example",
              "examples",
              "sample",
              "samples"),
          "Words of a file's path (directories, package and class name, split at / . - _ and camel case) that mark a "
              + "command-line tool, where System.exit is the job; types declaring a main method are always allowed");
  static final Option<List<String>> IGNORED_PARAMETER_NAMES =
      Option.stringList(
          "ignoredParameterNames",
          List.of("unused", "ignored", "ignore", "dummy", "_"),
          "Name prefixes that say a parameter is unused on purpose");

  // per file, worked out when first needed: the engine makes a rule instance per file
  private Boolean generated;

  /**
   * Names of the methods the file uses as method references: a functional interface fixes their
   * signature.
   */
  private Set<String> methodReferences;

  private BaseStatements baseStatements;

  @Override
  public void subscribe(Subscriptions on) {
    on.on(IfStmt.class, this::checkIf);
    on.on(ConditionalExpr.class, this::checkConditional);
    on.on(MethodCallExpr.class, this::checkExit);
    on.on(CallableDeclaration.class, this::checkParameters);
    on.onFileEnd(this::checkComments);
  }

  private void checkIf(IfStmt branch, RuleContext ctx) {
    ConstantConditions.valueOf(branch.getCondition())
        .filter(
            value ->
                addedLine(branch.getCondition(), ctx) && !generated(ctx) && !inBase(branch, ctx))
        .ifPresent(
            value -> {
              Report report = DeadBranches.of(branch, value);
              ctx.report(DeadBlockFix.of(branch).map(report::withFix).orElse(report));
            });
  }

  private void checkConditional(ConditionalExpr conditional, RuleContext ctx) {
    ConstantConditions.valueOf(conditional.getCondition())
        .filter(
            value -> addedLine(conditional, ctx) && !generated(ctx) && !inBase(conditional, ctx))
        .ifPresent(value -> ctx.report(DeadBranches.of(conditional, value)));
  }

  private void checkExit(MethodCallExpr call, RuleContext ctx) {
    Optional<String> exit = ProcessExits.exitCall(call);
    if (exit.isEmpty()
        || !addedLine(call, ctx)
        || generated(ctx)
        || inBase(call, ctx)
        || ProcessExits.inEntryPoint(call, ctx.path(), ctx.option(ENTRY_POINT_WORDS))) {
      return;
    }
    ctx.report(
        Report.at(
                call,
                "`"
                    + exit.get()
                    + "(...)` in library code ends the whole JVM: the application, server or "
                    + "test run that called this code cannot handle the failure, clean up or carry on.")
            .withSuggestion(
                "Throw an exception (or return a status) and let the program's entry point decide to exit; if this "
                    + "file is a command-line tool, add a word of its path to the option entryPointWords.")
            .onLines(LineRange.of(Declarations.line(call))));
  }

  private void checkParameters(CallableDeclaration<?> callable, RuleContext ctx) {
    if (callable.getParameters().stream().noneMatch(p -> addedLine(p, ctx)) || generated(ctx)) {
      return;
    }
    if (methodReferences == null) {
      methodReferences =
          ctx.compilationUnit().findAll(MethodReferenceExpr.class).stream()
              .map(MethodReferenceExpr::getIdentifier)
              .collect(Collectors.toSet());
    }
    for (IgnoredParameters.Ignored ignored :
        IgnoredParameters.of(callable, ctx.option(IGNORED_PARAMETER_NAMES), methodReferences)) {
      var parameter = ignored.parameter();
      if (!addedLine(parameter, ctx)
          || IgnoredParameters.inBase(ctx.baseCompilationUnit(), callable, parameter)) {
        continue;
      }
      String name = parameter.getNameAsString();
      String what = "parameter `" + name + "` of `" + callable.getNameAsString() + "`";
      Report report =
          ignored.shadowedField()
              ? Report.at(
                      parameter,
                      what
                          + " is never read, but the body reads the field `this."
                          + name
                          + "`: did it mean the "
                          + "parameter?")
                  .withSuggestion("Read the parameter, or remove it if the field is what is meant.")
              : Report.at(
                      parameter,
                      what
                          + " is never read: every caller must pass a value that changes nothing, and a "
                          + "reader wonders what it was for.")
                  .withSuggestion(
                      "Use it, or remove it; if a signature elsewhere fixes "
                          + "it, say so in a comment or name it `unused`.")
                  .inSummary();
      ctx.report(report.onLines(LineRange.of(Declarations.line(parameter))));
    }
  }

  private void checkComments(RuleContext ctx) {
    if (!generated(ctx)) {
      CommentedOutFindings.of(ctx, ctx.option(COMMENTED_OUT_MIN_LINES)).forEach(ctx::report);
    }
  }

  /**
   * The base version had the same statement in a method of the same name: moved or re-wrapped, not
   * added.
   */
  private boolean inBase(Node node, RuleContext ctx) {
    if (baseStatements == null) {
      baseStatements = BaseStatements.of(ctx.baseCompilationUnit());
    }
    return baseStatements.had(node);
  }

  /**
   * A tool's output is nobody's leftover (parser generators write {@code if (true) return x;} on
   * purpose); asked once per file.
   */
  private boolean generated(RuleContext ctx) {
    if (generated == null) {
      generated = GeneratedCode.isGenerated(ctx.compilationUnit());
    }
    return generated;
  }

  private static boolean addedLine(Node node, RuleContext ctx) {
    return ctx.changedLines().isAdded(Declarations.line(node));
  }
}
