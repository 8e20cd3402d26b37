package dev.reviewbot.rules.parameters;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.Report;
import dev.reviewbot.api.RuleContext;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.rules.internal.Declarations;
import dev.reviewbot.rules.internal.ParameterRoles;
import dev.reviewbot.rules.internal.Visibility;
import java.util.List;

/**
 * Methods, constructors and records that take more arguments than a caller can keep in order. The
 * reviewer's question is "how many arguments do your functions take?": every extra positional
 * argument is one more chance to pass the right values in the wrong order.
 *
 * <p>Not reported: {@code @Override} methods (the supertype fixed the signature), methods whose
 * arguments a framework supplies (option {@code ignoreAnnotations}, e.g. {@code @ParameterizedTest}
 * rows or {@code @Bean} factories: no call site can get the order wrong), lambdas, and a record's
 * canonical constructor (the record's own limit covers it). A constructor's parameters passed on
 * unchanged to {@code super(...)} do not count (the superclass fixed them). On a change, only a
 * signature the change made longer is reported: a method that already took that many parameters in
 * the base version is not this change's doing. A callable no other package can call goes to the
 * summary, not inline. Numbered parameters count as one role per stem ({@code of(K k1, V v1, ..., K
 * k10, V v10)} is an unrolled list of pairs, not twenty things to keep in order; see {@code
 * ParameterRoles}).
 */
@RuleInfo(
    id = "argument-count",
    summary = "Methods, constructors and records with too many parameters",
    severity = Severity.WARNING,
    tags = {"api", "readability"},
    since = "0.1",
    testCode = TestCodePolicy.SKIP)
public final class ArgumentCountRule implements JavaRule {
  static final Option<Integer> MAX =
      Option.integer("max", 5, 0, "Most parameters a method may take");
  static final Option<Integer> CONSTRUCTOR_MAX =
      Option.integer(
          "constructorMax",
          7,
          0,
          "Most parameters a constructor may take (injected collaborators often need a few more than methods)");
  static final Option<Integer> RECORD_MAX =
      Option.integer(
          "recordMax",
          10,
          0,
          "Most components a record may have (records are data carriers, so the limit is higher)");
  static final Option<List<String>> IGNORE_ANNOTATIONS =
      Option.stringList(
          "ignoreAnnotations",
          List.of(
              "ParameterizedTest",
              "Bean",
              "Provides",
              "RequestMapping",
              "GetMapping",
              "PostMapping",
              "PutMapping",
              "DeleteMapping",
              "PatchMapping"),
          "Simple names of annotations marking methods whose arguments a framework supplies; they are not checked");

  @Override
  public void subscribe(Subscriptions on) {
    on.on(
        MethodDeclaration.class,
        (method, ctx) ->
            check(
                method,
                method.getParameters(),
                ctx.option(MAX),
                "`" + method.getNameAsString() + "`",
                ctx));
    on.on(
        ConstructorDeclaration.class,
        (constructor, ctx) -> {
          if (!Declarations.isCanonicalConstructor(constructor)) {
            check(
                constructor,
                BaseArity.ownParameters(constructor),
                ctx.option(CONSTRUCTOR_MAX),
                "constructor `" + constructor.getNameAsString() + "`",
                ctx);
          }
        });
    on.on(
        RecordDeclaration.class,
        (record, ctx) -> {
          int count = record.getParameters().size();
          int max = ctx.option(RECORD_MAX);
          long roles = ParameterRoles.count(record.getParameters());
          if (roles > max && BaseArity.inBase(ctx.baseCompilationUnit(), record) < roles) {
            ctx.report(
                record,
                "record `"
                    + record.getNameAsString()
                    + "` has "
                    + count
                    + " components (max "
                    + max
                    + "): `new "
                    + record.getNameAsString()
                    + "(...)` with "
                    + count
                    + " positional values is easy to get wrong; "
                    + "group related components into smaller records, or add a builder");
          }
        });
  }

  /**
   * @param counted the parameters that are the callable's own choice (see {@link
   *     BaseArity#ownParameters})
   */
  private static void check(
      CallableDeclaration<?> callable,
      List<Parameter> counted,
      int max,
      String what,
      RuleContext ctx) {
    int count = callable.getParameters().size();
    long roles = ParameterRoles.count(counted);
    if (roles <= max
        || Declarations.isOverride(callable)
        || Declarations.hasAnnotation(callable, ctx.option(IGNORE_ANNOTATIONS))
        || BaseArity.inBase(ctx.baseCompilationUnit(), callable) >= roles) {
      return;
    }
    Report report =
        Report.at(
            callable,
            what
                + " takes "
                + count
                + " parameters (max "
                + max
                + "): callers must pass "
                + count
                + " arguments in the right order, and the compiler only catches swaps between different types; "
                + "group related parameters into a parameter object, or use a builder");
    // a helper no other package can call is its author's business: worth knowing, not a comment
    ctx.report(
        Visibility.effective(callable).atLeast(Visibility.Level.PROTECTED)
            ? report
            : report.inSummary());
  }
}
