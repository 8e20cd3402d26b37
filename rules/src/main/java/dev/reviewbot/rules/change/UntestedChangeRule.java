package dev.reviewbot.rules.change;

import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.ChangeRule;
import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.TestCodePolicy;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Production Java changed behaviour and no test file changed alongside it. Behaviour is counted on
 * the syntax trees of both versions (see {@link BehaviourChange}), not in lines, so comments,
 * formatting, imports, annotations, renames and moves are not mistaken for it.
 */
@RuleInfo(
    id = "untested-change",
    summary = "Production behaviour changed without any test change",
    severity = Severity.INFO,
    tags = {"testing"},
    since = "0.1",
    channel = Channel.SUMMARY,
    testCode = TestCodePolicy.SAME)
public final class UntestedChangeRule implements ChangeRule {
  static final Option<Integer> MIN_STATEMENTS =
      Option.integer(
          "minStatements",
          5,
          1,
          "Fewest changed production statements and declarations, over the whole change, that call for a test change");
  static final Option<List<String>> IGNORE =
      Option.stringList(
          "ignore",
          List.of(
              "**/package-info.java",
              "**/module-info.java",
              "**/generated/**",
              "**/generated-sources/**"),
          "Globs of production files whose changes need no test (declarations, generated code)");

  private static final int FILES_NAMED = 3;

  @Override
  public void check(ChangeContext ctx) {
    if (!ctx.isDiff()
        || ctx.files().stream()
            .anyMatch(f -> f.testCode() && f.kind() != ChangeKind.MODE_CHANGED)) {
      return; // a plain scan is no change; any test file changed counts as tested
    }
    List<SourcePair> sources = SourcePair.production(ctx, ctx.option(IGNORE));
    List<FileBehaviour> changed =
        BehaviourChange.of(sources).stream()
            .sorted(
                Comparator.comparingInt(FileBehaviour::changes)
                    .reversed()
                    .thenComparing(FileBehaviour::path))
            .toList();
    int changes = changed.stream().mapToInt(FileBehaviour::changes).sum();
    if (changes == 0 || changes < ctx.option(MIN_STATEMENTS)) {
      return;
    }
    ctx.report(
        "untested-change",
        "Production code changed with no test change: "
            + named(changed)
            + " (comments, formatting, imports, annotations, renames and moved code not counted). "
            + "A test that pins the new behaviour down shows the reviewer what it does and keeps the next change from breaking it.",
        null,
        "Add or update a test for the behaviour this change adds, or say in the description why none is needed.");
  }

  private static String named(List<FileBehaviour> changed) {
    String named =
        changed.stream()
            .limit(FILES_NAMED)
            .map(FileBehaviour::describe)
            .collect(Collectors.joining("; "));
    List<FileBehaviour> rest =
        changed.subList(Math.min(FILES_NAMED, changed.size()), changed.size());
    if (rest.isEmpty()) {
      return named;
    }
    int restChanges = rest.stream().mapToInt(FileBehaviour::changes).sum();
    return named
        + "; and "
        + rest.size()
        + " more file"
        + (rest.size() > 1 ? "s" : "")
        + " with "
        + (restChanges == 1
            ? "1 statement or declaration"
            : restChanges + " statements and declarations");
  }
}
