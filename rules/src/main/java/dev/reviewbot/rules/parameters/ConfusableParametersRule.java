package dev.reviewbot.rules.parameters;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import dev.reviewbot.api.Channel;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calling conventions that are easy to get wrong: a boolean flag parameter ({@code copy(a, b,
 * true)} says nothing at the call site) and runs of adjacent parameters of one type (the compiler
 * accepts them swapped). Only public methods and constructors of types other packages can see are
 * checked, and interface members: the author of a private helper sees every call. {@code @Override}
 * methods, a record's canonical constructor and record components that are booleans (data, not
 * modes) are skipped; runs of same-typed record components are reported. Overloads sharing a
 * problem ({@code random(int, boolean letters, ...)} in five variants) get one finding, on the
 * overload the change touched.
 */
@RuleInfo(
    id = "confusable-parameters",
    summary =
        "Boolean flag parameters and adjacent same-typed parameters, easy to mix up at the call site",
    severity = Severity.WARNING,
    tags = {"api", "readability"},
    since = "0.1",
    testCode = TestCodePolicy.SKIP,
    channel = Channel.SUMMARY)
public final class ConfusableParametersRule implements JavaRule {
  static final Option<Integer> SAME_TYPE_RUN =
      Option.integer(
          "sameTypeRun",
          3,
          2,
          "How many adjacent parameters of one type make a call easy to get wrong");
  static final Option<Boolean> BOOLEAN_FLAGS =
      Option.bool("booleanFlags", true, "Report boolean flag parameters");

  /** Findings by overload family: owner, method name and the parameters concerned. */
  private final Map<String, List<Report>> families = new LinkedHashMap<>();

  @Override
  public void subscribe(Subscriptions on) {
    on.on(CallableDeclaration.class, this::checkCallable);
    on.on(
        RecordDeclaration.class,
        (record, ctx) -> {
          if (Visibility.effective(record).atLeast(Visibility.Level.PROTECTED)) {
            runs(record, record.getParameters(), "components", ctx);
          }
        });
    on.onFileEnd(this::reportFamilies);
  }

  private void checkCallable(CallableDeclaration<?> callable, RuleContext ctx) {
    if (!isCallableFromOutside(callable)
        || Declarations.isOverride(callable)
        || callable instanceof ConstructorDeclaration constructor
            && Declarations.isCanonicalConstructor(constructor)) {
      return;
    }
    if (ctx.option(BOOLEAN_FLAGS)) {
      for (Parameter flag : BooleanFlags.of(callable)) {
        add(
            callable,
            flag.getNameAsString(),
            Report.at(
                    flag,
                    "boolean flag `"
                        + flag.getNameAsString()
                        + "` of `"
                        + callable.getNameAsString()
                        + "`: at the call site it reads as a bare `true` or `false` that says nothing; "
                        + "prefer two well-named methods, or an enum that names each choice")
                .onLines(lines(flag, flag)));
      }
    }
    runs(callable, callable.getParameters(), "parameters", ctx);
  }

  /** One finding per family, on the member the change touched, counting the others. */
  private void reportFamilies(RuleContext ctx) {
    for (List<Report> family : families.values()) {
      Report chosen =
          family.stream()
              .filter(r -> ctx.changedLines().anyAdded(r.lines()))
              .findFirst()
              .orElse(family.get(0));
      int others = family.size() - 1;
      ctx.report(
          others == 0
              ? chosen
              : new Report(
                  chosen.node(),
                  chosen.lines(),
                  chosen.key(),
                  chosen.message()
                      + " ("
                      + others
                      + " more overload"
                      + (others > 1 ? "s share" : " shares")
                      + " it)",
                  chosen.severity(),
                  chosen.suggestion()));
    }
  }

  private void runs(
      BodyDeclaration<?> owner, List<Parameter> parameters, String what, RuleContext ctx) {
    for (List<Parameter> run :
        SameTypeRuns.of(parameters, ctx.option(SAME_TYPE_RUN), ctx.option(BOOLEAN_FLAGS))) {
      Parameter first = run.get(0);
      String names =
          run.stream().map(p -> "`" + p.getNameAsString() + "`").collect(Collectors.joining(", "));
      add(
          owner,
          names,
          Report.at(
                  first,
                  what
                      + " "
                      + names
                      + " are "
                      + run.size()
                      + " adjacent `"
                      + Types.text(first.getType())
                      + "`s: a call compiles whichever order the arguments come in, so a swap goes unnoticed; "
                      + "consider a parameter object, distinct types for each role, or a builder")
              .onLines(lines(first, run.get(run.size() - 1))));
    }
  }

  private void add(BodyDeclaration<?> owner, String concern, Report report) {
    String name = owner instanceof NodeWithSimpleName<?> named ? named.getNameAsString() : "";
    String type =
        Declarations.enclosingType(owner)
            .map(t -> t.getNameAsString() + "@" + Declarations.line(t))
            .orElse("");
    families.computeIfAbsent(type + "#" + name + ":" + concern, k -> new ArrayList<>()).add(report);
  }

  private static LineRange lines(Parameter first, Parameter last) {
    return new LineRange(
        Declarations.line(first),
        Math.max(Declarations.line(first), last.getEnd().map(p -> p.line).orElse(0)));
  }

  /** Public (or an interface member) in a type other packages can see. */
  private static boolean isCallableFromOutside(CallableDeclaration<?> callable) {
    return Visibility.declared(callable) == Visibility.Level.PUBLIC
        && Visibility.effective(callable).atLeast(Visibility.Level.PROTECTED);
  }
}
