package dev.reviewbot.rules.locale;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.Report;
import dev.reviewbot.api.RuleContext;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.rules.internal.Anchoring;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code toLowerCase()} and {@code toUpperCase()} without a locale, on text the code then uses as
 * an identifier: compared with a constant, a switch selector, an enum name, a map key. They convert
 * in the default locale, and in a Turkish or Azerbaijani one {@code "TITLE".toLowerCase()} is
 * {@code "tıtle"} and {@code "title".toUpperCase()} is {@code "TİTLE"}, so the comparison silently
 * fails on users' machines. Results compared where no locale can change the outcome (a literal
 * without an {@code i}) are left alone; those whose use the code does not show go to the summary.
 */
@RuleInfo(
    id = "locale-case",
    summary = "toLowerCase()/toUpperCase() without a locale on identifiers and keys",
    severity = Severity.WARNING,
    tags = {"i18n", "correctness"},
    since = "0.1",
    testCode = TestCodePolicy.SUMMARY)
public final class LocaleCaseRule implements JavaRule {
  static final Option<Boolean> UNCLEAR_USES =
      Option.bool(
          "unclearUses",
          true,
          "Also list, in the summary, conversions whose result is returned, stored or passed on, where the code does not show "
              + "whether it is an identifier or text for a person");

  /** Calls whose text has no letter a locale converts differently: hexadecimal digits. */
  private static final Set<String> CASELESS_SOURCES =
      Set.of("toHexString", "toOctalString", "toBinaryString");

  private CaseUses uses;
  private Boolean setsDefaultLocale;
  private Set<String> baseConversions;

  @Override
  public void subscribe(Subscriptions on) {
    on.on(MethodCallExpr.class, this::check);
  }

  private void check(MethodCallExpr call, RuleContext ctx) {
    Optional<Conversion> conversion = Conversion.of(call.getNameAsString());
    if (conversion.isEmpty() || !call.getArguments().isEmpty() || call.getScope().isEmpty()) {
      return;
    }
    LineRange line =
        LineRange.of(
            call.getName().getBegin().map(p -> p.line).orElse(Anchoring.lineOf(call).start()));
    LineRange anchor =
        Anchoring.preferAdded(ctx.changedLines(), List.of(line, Anchoring.lineOf(call)));
    if (!ctx.changedLines().anyAdded(anchor)
        || caseless(call.getScope().get(), conversion.get())
        || setsDefaultLocale(ctx)
        || existedBefore(call, ctx)) {
      return;
    }
    Optional<IdentifierSources.Identifier> identifier = IdentifierSources.of(call.getScope().get());
    List<CaseMessage> messages =
        uses(ctx).of(call, conversion.get()).stream()
            .map(use -> new CaseMessage(call, conversion.get(), use, identifier))
            .toList();
    CaseMessage message =
        messages.stream().filter(CaseMessage::inline).findFirst().orElse(messages.get(0));
    boolean inline = message.inline();
    if (!inline && (!message.worthSaying() || !ctx.option(UNCLEAR_USES))) {
      return;
    }
    Report report =
        Report.at(call, message.text()).onLines(anchor).withSuggestion(message.suggestion());
    if (inline && message.use().kind() != Use.Kind.COMPARED_CONVERTED) {
      // an identifier converted the same way on every machine: what the finding asks for
      report = RootLocaleFix.of(call).map(report::withFix).orElse(report);
    }
    ctx.report(inline ? report : report.inSummary());
  }

  /**
   * Text no locale converts differently: a literal without the letter, hexadecimal digits, the name
   * of a constant of an enum this file declares when no constant has the letter.
   */
  private static boolean caseless(Expression scope, Conversion conversion) {
    return scope instanceof StringLiteralExpr literal && !conversion.affects(literal.asString())
        || scope instanceof MethodCallExpr source
            && (CASELESS_SOURCES.contains(source.getNameAsString())
                || source.getNameAsString().equals("name")
                    && source.getArguments().isEmpty()
                    && source
                        .getScope()
                        .flatMap(Enums::constantsOf)
                        .filter(constants -> constants.stream().noneMatch(conversion::affects))
                        .isPresent());
  }

  /**
   * A file that sets the default locale is about locales: its default-locale conversions are the
   * point.
   */
  private boolean setsDefaultLocale(RuleContext ctx) {
    if (setsDefaultLocale == null) {
      setsDefaultLocale =
          ctx.compilationUnit()
              .findFirst(
                  MethodCallExpr.class,
                  m ->
                      m.getNameAsString().equals("setDefault")
                          && m.getScope().filter(s -> s.toString().endsWith("Locale")).isPresent())
              .isPresent();
    }
    return setsDefaultLocale;
  }

  /**
   * True if the base version of the file had the same conversion in the same expression: moved or
   * re-indented code, not a choice this change made.
   */
  private boolean existedBefore(MethodCallExpr call, RuleContext ctx) {
    if (baseConversions == null) {
      baseConversions = ctx.baseCompilationUnit().map(LocaleCaseRule::conversions).orElse(Set.of());
    }
    return baseConversions.contains(Expressions.statementText(call));
  }

  private static Set<String> conversions(CompilationUnit unit) {
    return Set.copyOf(
        unit
            .findAll(
                MethodCallExpr.class,
                m -> Conversion.of(m.getNameAsString()).isPresent() && m.getArguments().isEmpty())
            .stream()
            .map(Expressions::statementText)
            .toList());
  }

  private CaseUses uses(RuleContext ctx) {
    if (uses == null) {
      uses = new CaseUses(ctx.compilationUnit());
    }
    return uses;
  }
}
