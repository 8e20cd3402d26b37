package dev.reviewbot.rules.complexity;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.Report;
import dev.reviewbot.api.RuleContext;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.rules.internal.Ancestors;

/**
 * Methods a reader cannot follow in one pass: cognitive complexity over a limit, statements nested
 * too deep, or too many lines of code. One finding per method names every measure over its limit
 * and the places that cost the most.
 */
@RuleInfo(
    id = "hard-to-follow",
    summary = "Method too complex, too deeply nested or too long to follow in one reading",
    severity = Severity.WARNING,
    tags = {"readability", "complexity"},
    since = "0.1",
    testCode = TestCodePolicy.SUMMARY)
public final class HardToFollowRule implements JavaRule {
  static final Option<Integer> MAX_COMPLEXITY =
      Option.integer(
          "maxComplexity",
          15,
          0,
          "Highest cognitive complexity (SonarSource's definition) a method may have");
  static final Option<Integer> MAX_NESTING =
      Option.integer(
          "maxNesting",
          4,
          1,
          "Deepest nesting of statement bodies (if/else, loops, switch cases, catch, lambdas, nested classes) a method may have");
  static final Option<Integer> MAX_LINES =
      Option.integer(
          "maxLines",
          60,
          1,
          "Most lines of code (not counting blank and comment-only lines) a method may have");
  static final Option<Boolean> NEW_PROBLEMS_ONLY =
      Option.bool(
          "newProblemsOnly",
          true,
          "In a change, report a method only if the change pushed a measure over its limit or raised one already over it");

  static final Option<Integer> MIN_JUMP =
      Option.integer(
          "minJump",
          10,
          1,
          "How much a change must raise an existing method's cognitive complexity (and by at least 30 % of what it was) "
              + "for an inline comment, net of what the file's other methods lost (moved code); smaller rises and new methods go to the summary");

  private static final String SUGGESTION =
      "Extract the deepest or longest blocks into methods whose names say what "
          + "they decide, return early instead of nesting, and name complex conditions with a local variable or method.";

  @Override
  public void subscribe(Subscriptions on) {
    on.on(
        MethodDeclaration.class,
        (method, ctx) -> method.getBody().ifPresent(body -> check(method, ctx)));
    on.on(ConstructorDeclaration.class, this::check);
    on.on(CompactConstructorDeclaration.class, this::check);
  }

  private void check(Node method, RuleContext ctx) {
    if (isInsideAnotherMethod(method)) {
      return; // counted, and reported, as part of the enclosing method, as the white paper does
    }
    MethodMeasures.Limits limits =
        new MethodMeasures.Limits(
            ctx.option(MAX_COMPLEXITY), ctx.option(MAX_NESTING), ctx.option(MAX_LINES));
    MethodMeasures head = MethodMeasures.of(method);
    if (!head.exceeds(limits)) {
      return;
    }
    MethodMeasures base =
        ctx.changedLines().known()
            ? ctx.baseCompilationUnit()
                .flatMap(unit -> MemberKey.find(unit, method))
                .map(MethodMeasures::of)
                .orElse(null)
            : null;
    if (base != null && ctx.option(NEW_PROBLEMS_ONLY) && !head.worseThan(base, limits)) {
      return;
    }
    String name =
        method instanceof NodeWithSimpleName<?> named ? named.getNameAsString() : "method";
    Report report =
        Report.at(
                method,
                name
                    + "() is hard to follow: "
                    + head.describe(
                        limits,
                        base,
                        ctx.changedLines()::isAdded,
                        ctx.changedLines().known() ? "; added by this change: " : ": ")
                    + ".")
            .withSuggestion(SUGGESTION);
    report =
        ChangeAnchor.of(method, head.complexity().increments(), ctx.changedLines())
            .map(report::onLines)
            .orElse(report);
    // inline only when this change made it measurably harder; small rises, length, nesting and
    // moved code are summary notes
    boolean inline =
        !ctx.changedLines().known()
            || head.jumped(base, limits, ctx.option(MIN_JUMP)) && !movedIn(method, head, base, ctx);
    ctx.report(inline ? report : report.inSummary());
  }

  /** Most of the rise came out of the file's other methods: code moved in, not written. */
  private static boolean movedIn(
      Node method, MethodMeasures head, MethodMeasures base, RuleContext ctx) {
    int rise = head.score() - base.score();
    int removed =
        ctx.baseCompilationUnit()
            .map(unit -> MovedComplexity.removedElsewhere(unit, ctx.compilationUnit(), method))
            .orElse(0);
    return rise - removed < ctx.option(MIN_JUMP);
  }

  /** Methods of anonymous and local classes count towards the method around them. */
  static boolean isInsideAnotherMethod(Node method) {
    return Ancestors.nearest(
            method,
            Node.class,
            n -> n instanceof CallableDeclaration<?> || n instanceof CompactConstructorDeclaration)
        .isPresent();
  }
}
