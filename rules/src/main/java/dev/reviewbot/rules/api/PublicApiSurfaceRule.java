package dev.reviewbot.rules.api;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.modules.ModuleDeclaration;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
  private static final int LISTED = 10;

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
    if (!ctx.changedLines().known()) {
      after.values().forEach(type -> checkSize(type, List.of(), null, ctx));
      return;
    }
    Map<String, ApiType> before = ctx.baseCompilationUnit().map(base -> ExportedApi.of(base, internal)).orElse(null);
    for (ApiDelta delta : ApiDelta.of(before, after, ctx.changedLines())) {
      ApiType type = delta.type();
      List<ApiMember> added = delta.added();
      if (delta.isNew() || !added.isEmpty()) {
        String what = delta.isNew() ? "new exported " + type.kind() + " `" + type.path() + "`" + (added.isEmpty() ? "" : " with ")
            : "adds " + added.size() + " exported member" + (added.size() == 1 ? "" : "s") + " to `" + type.path() + "`: ";
        report(type, "adds", what + list(added.stream().map(ApiMember::display)) + "; is each meant to be API? "
            + "Whatever is exported must stay compatible; keep helpers package-private or in an internal package",
            anchors(type, delta.isNew(), added), ctx, ctx.severity().lower());
      }
      if (delta.breaks()) {
        Stream<String> gone = delta.removed().stream().map(m -> "removes " + m.display());
        Stream<String> altered = delta.changed().stream().map(p -> "changes " + p[1].display() + " (was `" + p[0].shape()
            + "`, now `" + p[1].shape() + "`)");
        report(type, "breaking", "may break callers of `" + type.path() + "`: " + list(Stream.concat(gone, altered))
            + "; code built against the old API stops compiling or linking, so deprecate first or call it out in the release notes",
            breakingAnchors(delta, ctx), ctx, null);
      }
      checkSize(type, added, before == null ? null : before.get(type.path()), ctx);
    }
    ApiDelta.removedTypes(before, after).forEach(gone -> {
      LineRange anchor = head.getTypes().isEmpty() ? LineRange.of(1) : Anchoring.lineOf(head.getType(0).getName());
      ctx.report(Report.atLines(anchor, "removed:" + gone.path(), "may break callers: removes exported " + gone.kind() + " `"
          + gone.path() + "`; code that uses it stops compiling, so deprecate first or call it out in the release notes"));
    });
  }

  private static void checkSize(ApiType type, List<ApiMember> added, ApiType before, RuleContext ctx) {
    long count = type.countedMembers();
    int max = ctx.option(MAX_PUBLIC_MEMBERS);
    long addedCounted = added.stream().filter(ApiMember::counted).count();
    if (count <= max || ctx.changedLines().known() && addedCounted == 0) {
      return;
    }
    String growth = addedCounted == 0 ? "" : before == null ? ", " + addedCounted + " added by this change"
        : ", was " + before.countedMembers();
    report(type, "size", "`" + type.path() + "` exports " + count + " members (max " + max + ", constants not counted"
        + growth + "): a type with many public methods is a warning sign; every one must stay compatible and be tested "
        + "through the interface; split it by responsibility, or keep helpers package-private",
        anchors(type, false, added.stream().filter(ApiMember::counted).toList()), ctx, null);
  }

  private static void checkModule(ModuleDeclaration module, RuleContext ctx) {
    if (!ctx.changedLines().known()) {
      return;
    }
    ModuleExports.Delta delta = ModuleExports.of(ctx.baseCompilationUnit().flatMap(CompilationUnit::getModule), module, ctx.changedLines());
    LineRange header = Anchoring.lineOf(module.getName());
    if (!delta.added().isEmpty()) {
      ctx.report(Report.at(module, "module `" + module.getNameAsString() + "` now exports "
          + list(delta.added().stream().map(ModuleExports.Export::describe)) + ": every public type in "
          + (delta.added().size() == 1 ? "it" : "them") + " becomes API that must stay compatible")
          .onLines(Anchoring.preferAdded(ctx.changedLines(), delta.added().stream().map(ModuleExports.Export::line).toList()))
          .withKey("adds").withSeverity(ctx.severity().lower()));
    }
    if (!delta.removed().isEmpty()) {
      ctx.report(Report.at(module, "may break other modules: `" + module.getNameAsString() + "` no longer exports "
          + list(delta.removed().stream().map(ModuleExports.Export::describe)) + "; code that uses those packages stops compiling")
          .onLines(header).withKey("breaking"));
    }
  }

  /**
   * A changed signature or an added member on an added line, else the diff hunk inside the type
   * where members were removed (a context line, still commentable in a review), else the header.
   */
  private static List<LineRange> breakingAnchors(ApiDelta delta, RuleContext ctx) {
    Stream<ApiMember> touched = Stream.concat(delta.changed().stream().map(pair -> pair[1]), delta.added().stream());
    var onAddedLine = touched.map(ApiMember::anchor).filter(ctx.changedLines()::anyAdded).findFirst();
    if (onAddedLine.isPresent()) {
      return List.of(onAddedLine.get());
    }
    LineRange header = delta.type().header();
    int end = delta.type().declaration().getEnd().map(p -> p.line).orElse(header.end());
    return ctx.changedLines().hunks().stream().filter(hunk -> hunk.start() <= end && hunk.end() >= header.start())
        .map(hunk -> LineRange.of(Math.max(hunk.start(), header.start()))).findFirst().map(List::of).orElse(List.of(header));
  }

  private static List<LineRange> anchors(ApiType type, boolean isNew, List<ApiMember> members) {
    List<LineRange> anchors = new ArrayList<>();
    if (isNew) {
      anchors.add(type.header());
    }
    members.stream().map(ApiMember::anchor).forEach(anchors::add);
    anchors.add(type.header());
    return anchors;
  }

  private static void report(ApiType type, String key, String message, List<LineRange> anchors, RuleContext ctx, Severity severity) {
    Report report = Report.at(type.declaration(), message).withKey(key).onLines(Anchoring.preferAdded(ctx.changedLines(), anchors));
    ctx.report(severity == null ? report : report.withSeverity(severity));
  }

  private static String list(Stream<String> items) {
    List<String> all = items.toList();
    String shown = String.join(", ", all.subList(0, Math.min(LISTED, all.size())));
    return all.size() > LISTED ? shown + " and " + (all.size() - LISTED) + " more" : shown;
  }
}
