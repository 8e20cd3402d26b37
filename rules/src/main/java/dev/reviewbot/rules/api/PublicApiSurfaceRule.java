package dev.reviewbot.rules.api;

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

/**
 * What a change exports. Comparing the base and head of each changed file, it reports per type
 * the public and protected types, methods, constructors and fields the change adds (one level
 * below the rule's severity: worth a look, not a defect), removed or changed public signatures
 * as possibly breaking, and types whose exported members exceed {@code maxPublicMembers}. For
 * {@code module-info.java} it reports packages newly exported and no longer exported.
 *
 * <p>Effective visibility counts: a public member of a package-private or private type is not
 * exported, interface members are public, and packages matching {@code internalPackages} export
 * nothing. In a plain scan there is nothing to compare, so only the size limit is checked.
 */
@RuleInfo(id = "public-api-surface", summary = "What a change exports: new public API, breaking signature changes, oversized types",
    severity = Severity.WARNING, tags = {"api", "design"}, since = "0.1", testCode = TestCodePolicy.SKIP)
public final class PublicApiSurfaceRule implements JavaRule {
  static final Option<Integer> MAX_PUBLIC_MEMBERS = Option.integer("maxPublicMembers", 20, 1,
      "Most exported methods, constructors and non-constant fields one type may have");
  static final Option<List<String>> INTERNAL_PACKAGES = Option.stringList("internalPackages", List.of("internal"),
      "Packages that export nothing: a name without a dot matches that package segment anywhere (`internal`), "
          + "a dotted name matches that package and its subpackages (`com.acme.impl`)");

  @Override
  public void subscribe(Subscriptions on) {
    on.onFileEnd(ctx -> {
      CompilationUnit head = ctx.compilationUnit();
      head.getModule().ifPresentOrElse(module -> checkModule(module, ctx), () -> checkTypes(head, ctx));
    });
  }

  private static void checkTypes(CompilationUnit head, RuleContext ctx) {
    List<String> internal = ctx.option(INTERNAL_PACKAGES);
    Map<String, ApiType> after = ExportedApi.of(head, internal);
    ChangedLines changed = ctx.changedLines();
    Map<String, ApiType> before = changed.known() ? ctx.baseCompilationUnit().map(base -> ExportedApi.of(base, internal)).orElse(null) : null;
    Severity addedSeverity = ctx.severity().lower();
    for (ApiDelta delta : changed.known() ? ApiDelta.of(before, after, changed) : ApiDelta.unchanged(after)) {
      TypeFindings.added(delta, changed).ifPresent(report -> ctx.report(report.withSeverity(addedSeverity)));
      TypeFindings.breaking(delta, changed).ifPresent(ctx::report);
      TypeFindings.size(delta, before == null ? null : before.get(delta.type().path()), ctx.option(MAX_PUBLIC_MEMBERS), changed)
          .ifPresent(ctx::report);
    }
    ApiDelta.removedTypes(before, after).forEach(gone -> {
      LineRange anchor = head.getTypes().isEmpty() ? LineRange.of(1) : Anchoring.lineOf(head.getType(0).getName());
      ctx.report(Report.atLines(anchor, "removed:" + gone.path(), "may break callers: removes exported " + gone.kind() + " `"
          + gone.path() + "`; code that uses it stops compiling, so deprecate first or call it out in the release notes"));
    });
  }

  private static void checkModule(ModuleDeclaration module, RuleContext ctx) {
    if (!ctx.changedLines().known()) {
      return;
    }
    ModuleExports.Delta delta = ModuleExports.of(ctx.baseCompilationUnit().flatMap(CompilationUnit::getModule), module, ctx.changedLines());
    LineRange header = Anchoring.lineOf(module.getName());
    if (!delta.added().isEmpty()) {
      ctx.report(Report.at(module, "module `" + module.getNameAsString() + "` now exports "
          + TypeFindings.list(delta.added().stream().map(ModuleExports.Export::describe)) + ": every public type in "
          + (delta.added().size() == 1 ? "it" : "them") + " becomes API that must stay compatible")
          .onLines(Anchoring.preferAdded(ctx.changedLines(), delta.added().stream().map(ModuleExports.Export::line).toList()))
          .withKey("adds").withSeverity(ctx.severity().lower()));
    }
    if (!delta.removed().isEmpty()) {
      ctx.report(Report.at(module, "may break other modules: `" + module.getNameAsString() + "` no longer exports "
          + TypeFindings.list(delta.removed().stream().map(ModuleExports.Export::describe)) + "; code that uses those packages stops compiling")
          .onLines(header).withKey("breaking"));
    }
  }
}
