package dev.reviewbot.rules.parameters;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
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
import dev.reviewbot.rules.internal.Types;
import dev.reviewbot.rules.internal.Visibility;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Calling conventions that are easy to get wrong: a boolean flag parameter ({@code copy(a, b,
 * true)} says nothing at the call site) and runs of adjacent parameters of one type (the compiler
 * accepts them swapped). Only declarations callable from outside their class are checked (public
 * or protected, or interface members, in types that are not private, local or anonymous): the
 * author of a private helper sees every call. {@code @Override} methods are skipped, as are a
 * record's canonical constructor and the boolean components of records (accessors and
 * constructors of data carriers); runs of same-typed record components are reported.
 */
@RuleInfo(id = "confusable-parameters", summary = "Boolean flag parameters and adjacent same-typed parameters, easy to mix up at the call site",
    severity = Severity.WARNING, tags = {"api", "readability"}, since = "0.1", testCode = TestCodePolicy.SKIP)
public final class ConfusableParametersRule implements JavaRule {
  static final Option<Integer> SAME_TYPE_RUN = Option.integer("sameTypeRun", 3, 2,
      "How many adjacent parameters of one type make a call easy to get wrong");
  static final Option<Boolean> BOOLEAN_FLAGS = Option.bool("booleanFlags", true, "Report boolean flag parameters");

  @Override
  public void subscribe(Subscriptions on) {
    on.on(CallableDeclaration.class, (callable, ctx) -> {
      if (!isCallableFromOutside(callable) || Declarations.isOverride(callable) || callable instanceof ConstructorDeclaration constructor && Declarations.isCanonicalConstructor(constructor)) {
        return;
      }
      if (ctx.option(BOOLEAN_FLAGS)) {
        for (Parameter flag : BooleanFlags.of(callable)) {
          ctx.report(flag, "boolean flag `" + flag.getNameAsString() + "` of `" + callable.getNameAsString()
              + "`: at the call site it reads as a bare `true` or `false` that says nothing; "
              + "prefer two well-named methods, or an enum that names each choice");
        }
      }
      reportRuns(callable, callable.getParameters(), "parameters", ctx);
    });
    on.on(RecordDeclaration.class, (record, ctx) -> {
      if (Visibility.effective(record).atLeast(Visibility.Level.PACKAGE)) {
        reportRuns(record, record.getParameters(), "components", ctx);
      }
    });
  }

  private static void reportRuns(BodyDeclaration<?> owner, List<Parameter> parameters, String what, RuleContext ctx) {
    for (List<Parameter> run : SameTypeRuns.of(parameters, ctx.option(SAME_TYPE_RUN), ctx.option(BOOLEAN_FLAGS))) {
      Parameter first = run.get(0);
      String names = run.stream().map(p -> "`" + p.getNameAsString() + "`").collect(Collectors.joining(", "));
      LineRange lines = new LineRange(Declarations.line(first), Declarations.line(run.get(run.size() - 1)));
      ctx.report(Report.at(first, what + " " + names + " are " + run.size() + " adjacent `" + Types.text(first.getType())
          + "`s: a call compiles whichever order the arguments come in, so a swap goes unnoticed; "
          + "consider a parameter object, distinct types for each role, or a builder").onLines(lines));
    }
  }

  private static boolean isCallableFromOutside(CallableDeclaration<?> callable) {
    return Visibility.declared(callable).atLeast(Visibility.Level.PROTECTED)
        && Visibility.effective(callable).atLeast(Visibility.Level.PACKAGE);
  }

}
