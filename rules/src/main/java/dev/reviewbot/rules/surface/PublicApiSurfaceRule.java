package dev.reviewbot.rules.surface;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.modules.ModuleDeclaration;
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
import dev.reviewbot.rules.internal.Anchoring;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a change does to the exported API. Comparing the base and head of each changed file, it
 * classifies every change to a public or protected type or member as source- and/or
 * binary-compatible (JLS chapter 13, japicmp where the JLS leaves source compatibility open; see
 * {@link ApiChangeKind}) and reports:
 *
 * <ul>
 *   <li>inline, one warning per type: the changes that break callers of released API, each saying
 *       whether callers stop compiling or already-compiled callers fail to link, and how to make
 *       the change without the break. Released means the newest release the base contains had it
 *       ({@link dev.reviewbot.api.RuleContext#lastRelease()}); when that is unknown every break
 *       counts;
 *   <li>in the summary: breaks of API no release has had yet (it was added, or given its shape,
 *       after the newest release), which break nobody's code, and breaks on the way to a new major
 *       version (the base builds {@code 4.0.0-SNAPSHOT} after release {@code 3.6.3}), which
 *       semantic versioning expects;
 *   <li>in the summary, one level lower: removals of what the base had deprecated (expected, but
 *       worth a release note), what the change adds, and a type this change takes past {@code
 *       maxPublicMembers} (never one that was past it already).
 * </ul>
 *
 * <p>Effective visibility counts: a public member of a package-private type is not exported, nor is
 * a protected member of a class nobody outside can extend; interface members are public, and
 * packages matching {@code internalPackages} export nothing. For {@code module-info.java} it
 * reports packages no longer exported (inline) and newly exported (summary). In a plain scan there
 * is nothing to compare, so only the size limit is checked. Test code is skipped: nobody compiles
 * against a project's tests.
 */
@RuleInfo(
    id = "public-api-surface",
    summary =
        "Changes that break callers of exported API, each with how to avoid it; new API in the summary",
    severity = Severity.WARNING,
    tags = {"api", "design"},
    since = "0.1",
    testCode = TestCodePolicy.SKIP)
public final class PublicApiSurfaceRule implements JavaRule {
  static final Option<Integer> MAX_PUBLIC_MEMBERS =
      Option.integer(
          "maxPublicMembers",
          20,
          1,
          "Most exported methods, constructors and non-constant fields one type may have");
  static final Option<List<String>> INTERNAL_PACKAGES =
      Option.stringList(
          "internalPackages",
          List.of("internal"),
          "Packages that export nothing: a name without a dot matches that package segment anywhere (`internal`), "
              + "a dotted name matches that package and its subpackages (`com.acme.impl`)");

  @Override
  public void subscribe(Subscriptions on) {
    on.onFileEnd(
        ctx -> {
          CompilationUnit head = ctx.compilationUnit();
          head.getModule()
              .ifPresentOrElse(module -> checkModule(module, ctx), () -> checkTypes(head, ctx));
        });
  }

  private static void checkTypes(CompilationUnit head, RuleContext ctx) {
    List<String> internal = ctx.option(INTERNAL_PACKAGES);
    Map<String, ApiType> after = ExportedApi.of(head, internal);
    ChangedLines changed = ctx.changedLines();
    Optional<CompilationUnit> base = changed.known() ? ctx.baseCompilationUnit() : Optional.empty();
    FileComparison comparison =
        !changed.known()
            ? FileComparison.scanned(after)
            : base.map(unit -> FileComparison.of(ExportedApi.of(unit, internal), after, unit, head))
                .orElseGet(() -> FileComparison.byLines(after, changed));
    Severity informational = ctx.severity().lower();
    ReleasedApi released = new ReleasedApi(ctx.lastRelease(), after, head, internal);
    for (ApiDelta delta : comparison.deltas()) {
      String type = delta.type().path();
      List<ApiChange> breaks = delta.breaking();
      List<ApiChange> ofRelease =
          breaks.stream().filter(c -> released.breaksReleased(type, c)).toList();
      List<ApiChange> unreleased =
          breaks.stream().filter(c -> !released.breaksReleased(type, c)).toList();
      if (released.nextMajor() == null) {
        TypeFindings.breaking(delta, ofRelease, changed).ifPresent(ctx::report);
      } else {
        TypeFindings.breaksInSummary(
                delta,
                ofRelease,
                "breaking-major",
                BreakMessages.inMajorVersion(
                    "`" + type + "`", ofRelease, released.tag(), released.nextMajor()),
                changed)
            .ifPresent(report -> ctx.report(report.withSeverity(informational)));
      }
      TypeFindings.breaksInSummary(
              delta,
              unreleased,
              "breaking-unreleased",
              BreakMessages.unreleased("`" + type + "`", unreleased, released.tag()),
              changed)
          .ifPresent(report -> ctx.report(report.withSeverity(informational)));
      TypeFindings.announced(delta, changed)
          .ifPresent(report -> ctx.report(report.withSeverity(informational)));
      TypeFindings.possiblyMovedUp(delta, changed)
          .ifPresent(report -> ctx.report(report.withSeverity(informational)));
      TypeFindings.added(delta, changed)
          .ifPresent(report -> ctx.report(report.withSeverity(informational)));
      TypeFindings.size(delta, ctx.option(MAX_PUBLIC_MEMBERS), changed)
          .ifPresent(report -> ctx.report(report.withSeverity(informational)));
    }
    LineRange anchor =
        head.getTypes().isEmpty() ? LineRange.of(1) : Anchoring.lineOf(head.getType(0).getName());
    List<LineRange> candidates =
        changed.added().isEmpty()
            ? List.of(anchor)
            : List.of(anchor, LineRange.of(changed.added().first()));
    for (ApiChange gone : comparison.removedTypes()) {
      LineRange at = Anchoring.preferAdded(changed, candidates);
      if (gone.announced()) {
        ctx.report(
            Report.atLines(
                    at, "removed:" + gone.subject(), BreakMessages.announced(null, List.of(gone)))
                .inSummary()
                .withSeverity(informational));
      } else if (released.breaksReleased("", gone) && released.nextMajor() == null) {
        ctx.report(
            Report.atLines(
                at, "removed:" + gone.subject(), BreakMessages.describe(null, List.of(gone))));
      } else if (released.breaksReleased("", gone)) {
        ctx.report(
            Report.atLines(
                    at,
                    "removed-major:" + gone.subject(),
                    BreakMessages.inMajorVersion(
                        null, List.of(gone), released.tag(), released.nextMajor()))
                .inSummary()
                .withSeverity(informational));
      } else {
        ctx.report(
            Report.atLines(
                    at,
                    "removed-unreleased:" + gone.subject(),
                    BreakMessages.unreleased(null, List.of(gone), released.tag()))
                .inSummary()
                .withSeverity(informational));
      }
    }
  }

  private static void checkModule(ModuleDeclaration module, RuleContext ctx) {
    if (!ctx.changedLines().known()) {
      return;
    }
    ModuleExports.Delta delta =
        ModuleExports.of(
            ctx.baseCompilationUnit().flatMap(CompilationUnit::getModule),
            module,
            ctx.changedLines());
    LineRange header = Anchoring.lineOf(module.getName());
    if (!delta.added().isEmpty()) {
      ctx.report(
          Report.at(
                  module,
                  "module `"
                      + module.getNameAsString()
                      + "` now exports "
                      + TypeFindings.list(
                          delta.added().stream().map(ModuleExports.Export::describe))
                      + ": every public type in "
                      + (delta.added().size() == 1 ? "it" : "them")
                      + " becomes API that must stay compatible")
              .onLines(
                  Anchoring.preferAdded(
                      ctx.changedLines(),
                      delta.added().stream().map(ModuleExports.Export::line).toList()))
              .withKey("adds")
              .withSeverity(ctx.severity().lower())
              .inSummary());
    }
    if (!delta.removed().isEmpty()) {
      ctx.report(
          Report.at(
                  module,
                  "may break other modules: `"
                      + module.getNameAsString()
                      + "` no longer exports "
                      + TypeFindings.list(
                          delta.removed().stream().map(ModuleExports.Export::describe))
                      + "; code that uses those packages stops compiling")
              .onLines(header)
              .withKey("breaking"));
    }
  }
}
