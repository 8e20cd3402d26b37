package dev.reviewbot.rules.state;

import com.github.javaparser.ast.body.TypeDeclaration;
import dev.reviewbot.api.JavaRule;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Report;
import dev.reviewbot.api.RuleContext;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.Subscriptions;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.rules.internal.Anchoring;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * State shared between functions, above all mutable and global: non-final static fields, static
 * final fields whose value can still change (collections built with {@code new}, non-empty arrays,
 * {@code StringBuilder}, {@code Date}...), instance code writing static fields, public non-final
 * instance fields, and methods handing out a static mutable collection.
 *
 * <p>A private static final collection is reported only when code other than initialization changes
 * it, or a method hands it out: a lookup table filled once in a static block is a constant in all
 * but type. Thread-safe holders ({@code ConcurrentHashMap}, {@code AtomicLong}) used that way are
 * reported at info level: safe, but still state every caller and test shares. A type's public
 * non-final fields get one finding together (one review comment, not one per field), on the field
 * the change touched. Not reported: loggers, {@code serialVersionUID}, fields a framework injects
 * ({@code @TempDir}, {@code @Mock}, {@code @Inject}...), private static fields assigned only while
 * the class initializes, immutable values and values of unknown type.
 */
@RuleInfo(
    id = "shared-mutable-state",
    summary = "Global and shared mutable state: static fields and exposed mutable values",
    severity = Severity.WARNING,
    tags = {"state", "design"},
    since = "0.1",
    testCode = TestCodePolicy.SUMMARY)
public final class SharedMutableStateRule implements JavaRule {
  /** Fields a framework assigns: their being non-final or public is the framework's contract. */
  private static final List<String> INJECTED =
      List.of(
          "TempDir",
          "Container",
          "RegisterExtension",
          "ClassRule",
          "Rule",
          "Mock",
          "Spy",
          "Captor",
          "InjectMocks",
          "Inject",
          "Autowired",
          "Value",
          "Resource",
          "PersistenceContext",
          "Shared",
          "Parameter",
          "DataPoint",
          "DataPoints");

  @Override
  public void subscribe(Subscriptions on) {
    on.on(TypeDeclaration.class, (type, ctx) -> check(type, ctx));
  }

  private static void check(TypeDeclaration<?> type, RuleContext ctx) {
    List<SharedField> fields = SharedField.of(type, INJECTED);
    Set<String> watched = new HashSet<>();
    Set<String> statics = new HashSet<>();
    for (SharedField field : fields) {
      if (field.global() && field.isPrivate() && field.value().isShared()) {
        watched.add(field.name());
      }
      if (field.isStatic()) {
        statics.add(field.name());
      }
    }
    FieldChanges changes = new FieldChanges(type, watched, statics);
    List<SharedField> publicFields = new ArrayList<>();
    for (SharedField field : fields) {
      field
          .problem(changes)
          .ifPresent(
              problem -> {
                if (problem.publicField()) {
                  publicFields.add(field);
                } else {
                  report(field, problem, changes, ctx);
                }
              });
    }
    if (!publicFields.isEmpty()) {
      List<LineRange> lines =
          publicFields.stream().map(f -> Anchoring.lineOf(f.variable().getName())).toList();
      LineRange anchor = Anchoring.preferAdded(ctx.changedLines(), lines);
      Report report =
          Report.at(
                  type,
                  SharedField.publicFieldsMessage(
                      publicFields.stream().map(SharedField::name).toList()))
              .onLines(anchor)
              .withKey("public-fields");
      ctx.report(PublicFieldDesign.isEstablished(type, ctx) ? report.inSummary() : report);
    }
    for (FieldChanges.StaticWrite write : changes.staticWritesFromInstanceCode()) {
      ctx.report(
          write.at(),
          "instance code writes static field `"
              + write.field()
              + "`: every instance shares it, so one "
              + "object's call changes what all the others see; keep the state in an instance field, or pass it in explicitly");
    }
    Handouts.of(type, fields)
        .forEach(
            (returned, field) ->
                ctx.report(
                    returned,
                    "`"
                        + Handouts.methodName(returned)
                        + "` hands out the static "
                        + field.value().typeName()
                        + " `"
                        + field.name()
                        + "`: callers can change what every "
                        + "other caller sees; return a copy or an unmodifiable view"));
  }

  /**
   * On the declaration, or on the line that changes the value if only that one is part of the
   * change.
   */
  private static void report(
      SharedField field, SharedField.Problem problem, FieldChanges changes, RuleContext ctx) {
    List<LineRange> candidates = new ArrayList<>();
    candidates.add(Anchoring.lineOf(field.variable().getName()));
    if (problem.changedLater()) {
      changes.contentChange(field.name()).map(Anchoring::lineOf).ifPresent(candidates::add);
    }
    Report report =
        Report.at(field.variable(), problem.message())
            .onLines(Anchoring.preferAdded(ctx.changedLines(), candidates));
    report = FinalFix.of(field).map(report::withFix).orElse(report);
    ctx.report(problem.threadSafe() ? report.withSeverity(Severity.INFO) : report);
  }
}
