package dev.reviewbot.rules.change;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.ChangeRule;
import dev.reviewbot.api.ChangedFileSummary;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.config.Glob;
import dev.reviewbot.rules.internal.Declarations;
import dev.reviewbot.rules.internal.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A check of a parameter or field (an {@code if (x == null) throw}, {@code Objects.requireNonNull},
 * {@code Preconditions.check*}, {@code Validate.*}, a {@code check*} helper) that the base version
 * of a method made and the head version, still there, no longer makes in any form. A change rule
 * rather than a file rule: whether a changed test exercises the method decides whether the
 * removal looks deliberate, and only the change sees its test files.
 *
 * <p>Inline when the method is reachable from outside its class, not deprecated, no changed test
 * mentions it or its class, and the change edited a line of it to anchor on; otherwise in the
 * summary. An {@code assert} removed is always only summarised: it is off in production.
 */
@RuleInfo(
    id = "removed-guard",
    summary = "A check of a parameter or field removed from a method that still exists",
    severity = Severity.WARNING,
    tags = {"behaviour", "review"},
    since = "0.1",
    testCode = TestCodePolicy.SKIP)
public final class RemovedGuardRule implements ChangeRule {
  static final Option<List<String>> IGNORE = Option.stringList("ignore", List.of(
      "**/generated/**", "**/generated-sources/**"),
      "Globs of production files whose removed checks are not reported (generated code)");
  static final Option<Boolean> PRIVATE_INLINE = Option.bool("privateInline", false,
      "Also comment inline on private methods (by default they go to the summary: their callers may check instead)");

  private static final int QUOTED = 2;

  @Override
  public void check(ChangeContext ctx) {
    if (!ctx.isDiff()) {
      return;
    }
    List<Glob> ignore = ctx.option(IGNORE).stream().map(Glob::of).toList();
    List<SourcePair> sources = new ArrayList<>();
    for (ChangedFileSummary file : ctx.files()) {
      // added and deleted files too: a method may move between files, and a guard into a new one
      if (file.isJava() && !file.testCode() && !file.binary() && file.kind() != ChangeKind.MODE_CHANGED
          && ignore.stream().noneMatch(g -> g.matches(file.path()))) {
        SourcePair.read(ctx, file).ifPresent(sources::add);
      }
    }
    if (sources.isEmpty()) {
      return;
    }
    TestMentions tests = TestMentions.of(ctx);
    List<MemberPairing.Pair> pairs = BehaviourChange.pairing(sources).pairs();
    GuardRemovals removals = GuardRemovals.of(pairs, sources.stream().flatMap(f -> f.head().stream()).toList());
    for (MemberPairing.Pair pair : pairs) {
      if (pair.base() == null || pair.base().content().equals(pair.head().content())) {
        continue;
      }
      Optional<MethodBody> base = GuardRemovals.body(pair.base());
      Optional<MethodBody> head = GuardRemovals.body(pair.head());
      if (base.isEmpty() || head.isEmpty()) {
        continue;
      }
      List<Guard> removed = removals.removed(base.get(), head.get());
      if (!removed.isEmpty()) {
        SourcePair file = sources.get(pair.head().file());
        report(ctx, file.path(), AddedLines.of(file.base(), file.head().orElseThrow()), base.get(), head.get(), removed, tests);
      }
    }
  }

  private static void report(ChangeContext ctx, String path, AddedLines added, MethodBody base, MethodBody head,
      List<Guard> removed, TestMentions tests) {
    String message = message(head, removed);
    String key = head.display() + ": " + removed.stream().map(Guard::quote).collect(Collectors.joining("; "));
    Optional<String> quiet = summaryReason(ctx, head, removed, tests);
    Optional<Integer> anchor = anchor(added, base, head, removed.get(0));
    if (quiet.isEmpty() && anchor.isPresent()) {
      ctx.report(path, LineRange.of(anchor.get()), key, message, null);
      return;
    }
    String why = quiet.orElse("the change only deleted lines of this method, where no comment can go");
    ctx.report(path + "#" + key, "`" + path + "` line " + Declarations.line(head.declaration()) + ": " + message
        + " (in the summary: " + why + ")", ctx.severity().lower(), null);
  }

  /** What the method no longer checks, and the question a reviewer would ask. */
  static String message(MethodBody head, List<Guard> removed) {
    Set<String> variables = new LinkedHashSet<>();
    removed.forEach(g -> variables.addAll(g.variables()));
    List<String> quotes = removed.stream().map(g -> "`" + g.quote() + "`").distinct().toList();
    String gone = quotes.size() == 1 ? quotes.get(0) + " is gone"
        : String.join(", ", quotes.subList(0, Math.min(QUOTED, quotes.size()))) + (quotes.size() > QUOTED
            ? " and " + (quotes.size() - QUOTED) + " more checks are gone" : " are gone");
    List<String> questions = removed.stream().map(Guard::question).distinct().toList();
    String checked = variables.isEmpty() ? "its state" : variables.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
    return "`" + head.display() + "` no longer checks " + checked + ": " + gone + " and nothing in the method checks "
        + (variables.size() > 1 || removed.size() > 1 ? "that" : "it") + " instead. What happens now "
        + String.join(", or ", questions.subList(0, Math.min(QUOTED, questions.size()))) + "? Keep the check, or add a test "
        + "that shows the new behaviour is intended.";
  }

  /** Why a removal goes to the summary rather than inline, if it does. */
  private static Optional<String> summaryReason(ChangeContext ctx, MethodBody head, List<Guard> removed, TestMentions tests) {
    if (removed.stream().allMatch(g -> g.kind() == Guard.Kind.ASSERT)) {
      return Optional.of("an assert runs only with -ea");
    }
    if (deprecated(head.declaration())) {
      return Optional.of("the method is deprecated");
    }
    if (head.declaration() instanceof BodyDeclaration<?> declaration && Visibility.effective(declaration) == Visibility.Level.PRIVATE
        && !ctx.option(PRIVATE_INLINE)) {
      return Optional.of("the method is private, and its callers may check instead");
    }
    List<String> names = new ArrayList<>();
    names.add(head.name());
    for (Node n = head.declaration().getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> type) {
        names.add(type.getNameAsString());
      }
    }
    return tests.anyOf(names).map(name -> "a test the change edits mentions `" + name + "`, so the new behaviour may be intended and tested");
  }

  private static boolean deprecated(Node declaration) {
    for (Node n = declaration; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof NodeWithAnnotations<?> annotated && annotated.isAnnotationPresent("Deprecated")) {
        return true;
      }
    }
    return false;
  }

  /** An added line of the head method, nearest where the first removed guard stood. */
  private static Optional<Integer> anchor(AddedLines added, MethodBody base, MethodBody head, Guard first) {
    int baseStart = Declarations.line(base.declaration());
    int offset = first.node().getBegin().map(p -> p.line).orElse(baseStart) - baseStart;
    int headStart = Declarations.line(head.declaration());
    int headEnd = head.declaration().getEnd().map(p -> p.line).orElse(headStart);
    return added.nearest(headStart, headEnd, Math.min(headStart + offset, headEnd));
  }
}
