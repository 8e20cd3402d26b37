package dev.reviewbot.rules.change;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeRule;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.rules.internal.Declarations;
import dev.reviewbot.rules.internal.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A check of a parameter or field (an {@code if (x == null) throw}, {@code Objects.requireNonNull},
 * {@code Preconditions.check*}, {@code Validate.*}, a {@code check*} helper) that the base version
 * of a method made and the head version, still there, no longer makes in any form. A change rule
 * rather than a file rule: whether a changed test mentions the method or its class decides whether
 * the removal looks deliberate, and only the change sees its test files.
 *
 * <p>Inline only when nothing suggests the removal was meant or harmless ({@link SummaryReasons})
 * and the change edited a line of the method to anchor on; otherwise in the summary.
 */
@RuleInfo(
    id = "removed-guard",
    summary = "A check of a parameter or field removed from a method that still exists",
    severity = Severity.WARNING,
    tags = {"behaviour", "review"},
    since = "0.1",
    testCode = TestCodePolicy.SKIP)
public final class RemovedGuardRule implements ChangeRule {
  static final Option<List<String>> IGNORE =
      Option.stringList(
          "ignore",
          List.of("**/generated/**", "**/generated-sources/**"),
          "Globs of production files whose removed checks are not reported (generated code)");
  static final Option<Boolean> PRIVATE_INLINE =
      Option.bool(
          "privateInline",
          false,
          "Also comment inline on private methods (by default they go to the summary: their callers may check instead)");

  @Override
  public void check(ChangeContext ctx) {
    if (!ctx.isDiff()) {
      return;
    }
    List<SourcePair> sources = SourcePair.production(ctx, ctx.option(IGNORE));
    if (sources.isEmpty()) {
      return;
    }
    SummaryReasons reasons = new SummaryReasons(TestMentions.of(ctx), ctx.option(PRIVATE_INLINE));
    List<MemberPairing.Pair> pairs = BehaviourChange.pairing(sources).pairs();
    GuardRemovals removals =
        GuardRemovals.of(pairs, sources.stream().flatMap(f -> f.head().stream()).toList());
    for (MemberPairing.Pair pair : pairs) {
      if (pair.base() == null || pair.base().content().equals(pair.head().content())) {
        continue;
      }
      Optional<MethodBody> base = GuardRemovals.body(pair.base());
      Optional<MethodBody> head = GuardRemovals.body(pair.head());
      if (base.isEmpty() || head.isEmpty()) {
        continue;
      }
      List<GuardRemovals.Removal> removed = removals.removed(base.get(), head.get());
      if (!removed.isEmpty()) {
        SourcePair file = sources.get(pair.head().file());
        boolean moved = pair.base().file() != pair.head().file();
        Optional<String> quiet = reasons.of(base.get(), head.get(), removed, moved);
        report(ctx, file, base.get(), head.get(), removed, quiet);
      }
    }
  }

  private static void report(
      ChangeContext ctx,
      SourcePair file,
      MethodBody base,
      MethodBody head,
      List<GuardRemovals.Removal> removed,
      Optional<String> quiet) {
    String message = RemovedGuardMessage.of(head, removed);
    String key =
        head.display()
            + ": "
            + removed.stream().map(r -> r.guard().quote()).collect(Collectors.joining("; "));
    Optional<Integer> anchor =
        anchor(
            AddedLines.of(file.base(), file.head().orElseThrow()),
            base,
            head,
            removed.get(0).guard());
    if (quiet.isEmpty() && anchor.isPresent()) {
      ctx.report(file.path(), LineRange.of(anchor.get()), key, message, null);
      return;
    }
    String why =
        quiet.orElse("the change only deleted lines of this method, where no comment can go");
    ctx.report(
        file.path() + "#" + key,
        "`"
            + file.path()
            + "` line "
            + Declarations.line(head.declaration())
            + ": "
            + message
            + " (in the summary: "
            + why
            + ")",
        ctx.severity().lower(),
        null);
  }

  /** An added line of the head method, nearest where the first removed guard stood. */
  private static Optional<Integer> anchor(
      AddedLines added, MethodBody base, MethodBody head, Guard first) {
    int baseStart = Declarations.line(base.declaration());
    int offset = first.node().getBegin().map(p -> p.line).orElse(baseStart) - baseStart;
    int headStart = Declarations.line(head.declaration());
    int headEnd = head.declaration().getEnd().map(p -> p.line).orElse(headStart);
    return added.nearest(headStart, headEnd, Math.min(headStart + offset, headEnd));
  }

  /**
   * A removal whose bad value now goes on: not a null that another method receives or that is only
   * compared.
   */
  private static boolean telling(GuardRemovals.Removal removal) {
    return removal.use() == null
        || removal.use().fate() == NullHandling.Fate.KEPT
        || removal.use().fate() == NullHandling.Fate.LATER;
  }

  /**
   * Why a removal goes to the summary rather than inline, if anything suggests it was meant or is
   * harmless.
   */
  static final class SummaryReasons {
    /**
     * Method names at least this long are specific enough that a test naming one likely exercises
     * it.
     */
    private static final int DISTINCTIVE = 8;

    private final TestMentions tests;
    private final boolean privateInline;

    SummaryReasons(TestMentions tests, boolean privateInline) {
      this.tests = tests;
      this.privateInline = privateInline;
    }

    Optional<String> of(
        MethodBody base, MethodBody head, List<GuardRemovals.Removal> removed, boolean moved) {
      if (removed.stream().allMatch(r -> r.guard().kind() == Guard.Kind.ASSERT)) {
        return Optional.of("an assert runs only with -ea");
      }
      if (deprecated(head.declaration())) {
        return Optional.of("the method is deprecated");
      }
      if (!privateInline
          && head.declaration() instanceof BodyDeclaration<?> declaration
          && onlyCalledNearby(declaration)) {
        return Optional.of("the method is private, and its callers may check instead");
      }
      if (moved) {
        return Optional.of(
            "the method moved to another file, where its checks may have been rearranged");
      }
      Optional<String> mentioned = tests.anyOf(names(head));
      if (mentioned.isPresent()) {
        return Optional.of(
            "a test the change edits mentions `"
                + mentioned.get()
                + "`, so the new behaviour may be intended and tested");
      }
      if (removed.stream().noneMatch(RemovedGuardRule::telling)) {
        NullHandling.Use use = removed.get(0).use();
        return Optional.of(
            use.fate() == NullHandling.Fate.COMPARED
                ? "null now compares unequal in `"
                    + Guards.shorten(use.where())
                    + "` instead of failing"
                : "the value goes on to `" + Guards.shorten(use.where()) + "`, which may check it");
      }
      if (removed.stream().anyMatch(r -> r.guard().nullCheck()) && NullMentions.grew(base, head)) {
        return Optional.of("its Javadoc now says more about null, so null may be meant to pass");
      }
      return Optional.empty();
    }

    /**
     * The names of the types around the method, and its own name when that is distinctive: a test
     * that calls some {@code read} or {@code name} need not exercise this one.
     */
    private static List<String> names(MethodBody head) {
      List<String> names = new ArrayList<>();
      if (head.name().length() >= DISTINCTIVE) {
        names.add(head.name());
      }
      for (Node n = head.declaration().getParentNode().orElse(null);
          n != null;
          n = n.getParentNode().orElse(null)) {
        if (n instanceof com.github.javaparser.ast.body.TypeDeclaration<?> type) {
          names.add(type.getNameAsString());
        }
      }
      return names;
    }

    /**
     * Private, or in a type only its file sees, and no override: its callers are in sight of its
     * author. An {@code @Override} in a private class (an iterator's {@code next()}) is called from
     * anywhere.
     */
    private static boolean onlyCalledNearby(BodyDeclaration<?> declaration) {
      return Visibility.declared(declaration) == Visibility.Level.PRIVATE
          || Visibility.effective(declaration) == Visibility.Level.PRIVATE
              && !Declarations.isOverride(declaration);
    }

    private static boolean deprecated(Node declaration) {
      for (Node n = declaration; n != null; n = n.getParentNode().orElse(null)) {
        if (n instanceof NodeWithAnnotations<?> annotated
            && annotated.isAnnotationPresent("Deprecated")) {
          return true;
        }
      }
      return false;
    }
  }
}
