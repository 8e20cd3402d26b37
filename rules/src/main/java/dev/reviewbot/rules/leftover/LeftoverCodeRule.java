package dev.reviewbot.rules.leftover;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.reviewbot.api.ChangedLines;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What debugging and unfinished work leave behind in a change: a condition written as a constant
 * ({@code if (true) return;}, {@code if (false) {...}}), a block of commented-out code, a call that
 * ends the JVM in library code, and a parameter a new method never reads. Only what the change
 * added is judged: a constant condition or exit call on an added line, commented-out code whose
 * lines are mostly added and that no comment of the base version held (moved and re-indented
 * comments are not the change's), a parameter the base version did not have.
 */
@RuleInfo(id = "leftover-code", summary = "Debug leftovers and dead code: constant conditions, commented-out code, "
    + "System.exit in library code, ignored parameters",
    severity = Severity.WARNING, tags = {"debugging", "dead-code"}, since = "0.1", testCode = TestCodePolicy.SUMMARY)
public final class LeftoverCodeRule implements JavaRule {
  static final Option<Integer> COMMENTED_OUT_MIN_LINES = Option.integer("commentedOutMinLines", 3, 1,
      "Lines of commented-out code (with no explanation beside them) from which the finding is an inline comment; "
          + "two lines or more, or explained code, go to the summary");
  static final Option<List<String>> ENTRY_POINT_WORDS = Option.stringList("entryPointWords",
      List.of("cli", "cling", "launcher", "bootstrap", "command", "commands", "cmd", "shell", "console", "tool", "tools",
          "demo", "demos", "example", "examples", "sample", "samples"),
      "Words of a file's path (directories, package and class name, split at / . - _ and camel case) that mark a "
          + "command-line tool, where System.exit is the job; types declaring a main method are always allowed");
  static final Option<List<String>> IGNORED_PARAMETER_NAMES = Option.stringList("ignoredParameterNames",
      List.of("unused", "ignored", "ignore", "dummy", "_"),
      "Name prefixes that say a parameter is unused on purpose");

  @Override
  public void subscribe(Subscriptions on) {
    on.on(IfStmt.class, this::checkIf);
    on.on(ConditionalExpr.class, this::checkConditional);
    on.on(MethodCallExpr.class, this::checkExit);
    on.on(CallableDeclaration.class, this::checkParameters);
    on.onFileEnd(this::checkComments);
  }

  private void checkIf(IfStmt branch, RuleContext ctx) {
    Expression condition = branch.getCondition();
    Optional<Boolean> value = ConstantConditions.valueOf(condition);
    if (value.isEmpty() || !addedLine(condition, ctx) || GeneratedCode.isGenerated(ctx.compilationUnit())) {
      return;
    }
    String written = "if (" + shortened(condition) + ")";
    Report report;
    int skipped = value.get() ? statementsAfter(branch) : 0;
    Optional<String> leaves = value.get() ? leaves(branch.getThenStmt()) : Optional.empty();
    if (leaves.isPresent() && skipped > 0) {
      report = Report.at(branch, "`" + written + "` " + leaves.get() + " at once: the " + count(skipped, "statement") + " after it never "
          + (skipped == 1 ? "runs" : "run") + ", though the compiler cannot tell. A short-circuit left over from debugging?")
          .withSuggestion("Remove the `" + written + "` and let the code run, or delete the code it skips (version control keeps it).");
    } else if (value.get() && branch.getElseStmt().isPresent()) {
      report = Report.at(branch, "`" + written + "` always takes its first branch: the `else` branch is dead code.")
          .withSuggestion("Restore the real condition, or keep only the branch that runs.");
    } else if (value.get()) {
      report = Report.at(branch, "`" + written + "` always runs its block: the condition decides nothing. "
          + "A condition replaced while debugging?")
          .withSuggestion("Restore the real condition, or drop the `if` and keep its block.");
    } else {
      report = Report.at(branch, "`" + written + "` never runs its block" + (branch.getElseStmt().isPresent() ? " (only the `else` does)" : "")
          + ": dead code that still has to compile and be read.")
          .withSuggestion("Delete the block (version control keeps it), or restore the real condition; to switch code on "
              + "and off, use a named static final boolean and say in a comment why.");
    }
    ctx.report(report.onLines(LineRange.of(Declarations.line(condition))));
  }

  private void checkConditional(ConditionalExpr conditional, RuleContext ctx) {
    Optional<Boolean> value = ConstantConditions.valueOf(conditional.getCondition());
    if (value.isEmpty() || !addedLine(conditional, ctx) || GeneratedCode.isGenerated(ctx.compilationUnit())) {
      return;
    }
    Expression chosen = value.get() ? conditional.getThenExpr() : conditional.getElseExpr();
    ctx.report(Report.at(conditional, "`" + shortened(conditional.getCondition()) + " ? ... : ...` always gives `"
        + shortened(chosen) + "`: the other operand is dead code.")
        .withSuggestion("Restore the real condition, or write only the value that is used.")
        .onLines(LineRange.of(Declarations.line(conditional))));
  }

  private void checkExit(MethodCallExpr call, RuleContext ctx) {
    Optional<String> exit = ProcessExits.exitCall(call);
    if (exit.isEmpty() || !addedLine(call, ctx) || ProcessExits.inEntryPoint(call, ctx.path(), ctx.option(ENTRY_POINT_WORDS))) {
      return;
    }
    ctx.report(Report.at(call, "`" + exit.get() + "(...)` in library code ends the whole JVM: the application, server or "
        + "test run that called this code cannot handle the failure, clean up or carry on.")
        .withSuggestion("Throw an exception (or return a status) and let the program's entry point decide to exit; if this "
            + "file is a command-line tool, add a word of its path to the option entryPointWords.")
        .onLines(LineRange.of(Declarations.line(call))));
  }

  private void checkParameters(CallableDeclaration<?> callable, RuleContext ctx) {
    for (IgnoredParameters.Ignored ignored : IgnoredParameters.of(callable, ctx.option(IGNORED_PARAMETER_NAMES))) {
      var parameter = ignored.parameter();
      if (!addedLine(parameter, ctx) || IgnoredParameters.inBase(ctx.baseCompilationUnit(), callable, parameter)) {
        continue;
      }
      String name = parameter.getNameAsString();
      String what = "parameter `" + name + "` of `" + callable.getNameAsString() + "`";
      Report report = ignored.shadowedField()
          ? Report.at(parameter, what + " is never read, but the body reads the field `this." + name + "`: did it mean the "
              + "parameter?").withSuggestion("Read the parameter, or remove it if the field is what is meant.")
          : Report.at(parameter, what + " is never read: every caller must pass a value that changes nothing, and a "
              + "reader wonders what it was for.").withSuggestion("Use it, or remove it; if a signature elsewhere fixes "
              + "it, say so in a comment or name it `unused`.").inSummary();
      ctx.report(report.onLines(LineRange.of(Declarations.line(parameter))));
    }
  }

  /**
   * Commented-out code the change added. One inline comment per file at most: the same remark on
   * every block of one file is noise, so the others go to the summary and the inline one counts them.
   */
  private void checkComments(RuleContext ctx) {
    String before = ctx.baseCompilationUnit().map(CommentRun::allText).orElse("");
    int minLines = ctx.option(COMMENTED_OUT_MIN_LINES);
    List<Report> inline = new ArrayList<>();
    List<Report> summary = new ArrayList<>();
    for (CommentRun run : CommentRun.of(ctx.compilationUnit())) {
      Optional<CommentedOutCode> found = CommentedOutCode.in(run);
      if (found.isEmpty() || !mostlyAdded(found.get(), ctx.changedLines())
          || !before.isEmpty() && before.contains(CommentRun.squeezed(found.get().lines()))) {
        continue;
      }
      CommentedOutCode code = found.get();
      // debug output is a leftover whatever note is beside it; other code may be kept on purpose, if it says why
      if (code.consoleOnly() || code.codeLines() >= minLines && !code.explained()) {
        inline.add(commentedOut(run, code));
      } else if (code.codeLines() >= 2) {
        summary.add(commentedOut(run, code));
      }
    }
    if (!inline.isEmpty()) {
      Report first = inline.get(0);
      if (inline.size() > 1) {
        first = commentedOut(first, inline.size() - 1);
      }
      ctx.report(first);
      inline.stream().skip(1).map(Report::inSummary).forEach(ctx::report);
    }
    summary.stream().map(Report::inSummary).forEach(ctx::report);
  }

  private static Report commentedOut(CommentRun run, CommentedOutCode code) {
    String lines = code.codeLines() == 1 ? "A line" : code.codeLines() + " lines";
    String what = code.consoleOnly() ? "commented-out debug output" : "commented-out code";
    return Report.at(run.first(), lines + " of " + what + (code.explained() ? ", with a note above it," : "")
        + " added: a reader cannot tell whether " + (code.codeLines() == 1 ? "it is" : "they are") + " meant to come back, "
        + "and commented-out code goes stale as the code around it changes.")
        .withSuggestion("Delete it (version control keeps it); if it must stay, say in a comment why and when it comes back.")
        .withKey(CommentRun.squeezed(code.lines()))
        .onLines(new LineRange(code.firstLine(), code.lastLine()));
  }

  /** The report with a note that {@code others} more blocks of the file are listed in the summary. */
  private static Report commentedOut(Report report, int others) {
    return new Report(report.node(), report.lines(), report.key(), report.message() + " " + others + " more such "
        + (others == 1 ? "block" : "blocks") + " in this file " + (others == 1 ? "is" : "are") + " listed in the summary.",
        report.severity(), report.suggestion(), report.channel());
  }

  /** More than half of the code's lines are added (white-space-only changes do not count). */
  private static boolean mostlyAdded(CommentedOutCode code, ChangedLines changed) {
    int added = 0;
    for (int line = code.firstLine(); line <= code.lastLine(); line++) {
      if (changed.isAdded(line)) {
        added++;
      }
    }
    return added * 2 > code.lastLine() - code.firstLine() + 1;
  }

  private static boolean addedLine(Node node, RuleContext ctx) {
    return ctx.changedLines().isAdded(Declarations.line(node));
  }

  /**
   * How a statement leaves the code around it ("returns", "throws", ...), if it is a return, throw,
   * break or continue, or a block ending in one.
   */
  private static Optional<String> leaves(Statement statement) {
    if (statement instanceof BlockStmt block) {
      return block.getStatements().getLast().flatMap(LeftoverCodeRule::leaves);
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
    return statement instanceof ContinueStmt ? Optional.of("continues with the next iteration") : Optional.empty();
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

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String shortened(Node node) {
    String text = node.toString().replaceAll("\\s+", " ");
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }
}
