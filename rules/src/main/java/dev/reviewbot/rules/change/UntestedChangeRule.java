package dev.reviewbot.rules.change;

import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.ChangeRule;
import dev.reviewbot.api.ChangedFileSummary;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.config.Glob;
import java.util.List;
import java.util.stream.Collectors;

/** Production Java gained or changed lines and no test file changed alongside it. */
@RuleInfo(
    id = "untested-change",
    summary = "Production Java changed without any test change",
    severity = Severity.INFO,
    tags = {"testing"},
    since = "0.1",
    testCode = TestCodePolicy.SAME)
public final class UntestedChangeRule implements ChangeRule {
  static final Option<Integer> MIN_LINES = Option.integer("minLines", 1, 1,
      "Fewest added or modified production lines that call for a test change");
  static final Option<List<String>> IGNORE = Option.stringList("ignore", List.of(
      "**/package-info.java", "**/module-info.java", "**/generated/**", "**/generated-sources/**"),
      "Globs of production files whose changes need no test (declarations, generated code)");

  private static final int FILES_NAMED = 3;

  @Override
  public void check(ChangeContext ctx) {
    if (!ctx.isDiff()) {
      return;
    }
    List<Glob> ignore = ctx.option(IGNORE).stream().map(Glob::of).toList();
    List<ChangedFileSummary> production = ctx.files().stream()
        .filter(f -> f.isJava() && !f.testCode() && !f.binary() && f.kind() != ChangeKind.DELETED && f.addedLines() > 0)
        .filter(f -> ignore.stream().noneMatch(g -> g.matches(f.path())))
        .toList();
    int lines = production.stream().mapToInt(ChangedFileSummary::addedLines).sum();
    boolean testsChanged = ctx.files().stream().anyMatch(f -> f.testCode() && f.kind() != ChangeKind.MODE_CHANGED);
    if (production.isEmpty() || lines < ctx.option(MIN_LINES) || testsChanged) {
      return;
    }
    String named = production.stream().limit(FILES_NAMED)
        .map(f -> f.path() + " (+" + f.addedLines() + ")").collect(Collectors.joining(", "));
    int rest = production.size() - Math.min(FILES_NAMED, production.size());
    ctx.report("untested-change", "Production code changed with no test change: " + named
        + (rest > 0 ? " and " + rest + " more file" + (rest > 1 ? "s" : "") : "")
        + " (" + lines + " added or modified lines). A test that pins the new behaviour down shows the reviewer "
        + "what it does and keeps the next change from breaking it.", null,
        "Add or update a test for the behaviour this change adds, or say in the description why none is needed.");
  }
}
