package dev.reviewbot.rules.change;

import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.ChangeRule;
import dev.reviewbot.api.ChangedFileSummary;
import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.glob.Glob;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A change too big to review well. Counts added plus removed lines of the files a reviewer has to
 * read: generated, vendored, lock and binary files, pure renames and mode changes are left out.
 * Lines, not behaviour (unlike {@link UntestedChangeRule}): a reviewer reads comments and
 * reformatting too. One summary item about the whole change, and nothing under both limits.
 */
@RuleInfo(
    id = "pr-size",
    summary = "Change too big to review well",
    severity = Severity.WARNING,
    tags = {"review", "size"},
    since = "0.1",
    channel = Channel.SUMMARY,
    testCode = TestCodePolicy.SAME)
public final class PrSizeRule implements ChangeRule {
  static final Option<Integer> MAX_LINES =
      Option.integer(
          "maxLines", 400, 1, "Most changed lines (added plus removed) a change may have");
  static final Option<Integer> MAX_FILES =
      Option.integer("maxFiles", 30, 1, "Most changed files a change may have");
  static final Option<List<String>> IGNORE =
      Option.stringList(
          "ignore",
          List.of(
              "**/generated/**",
              "**/generated-sources/**",
              "**/vendor/**",
              "**/third_party/**",
              "**/node_modules/**",
              "**/*.lock",
              "**/package-lock.json",
              "**/pnpm-lock.yaml",
              "**/go.sum",
              "**/*.min.js",
              "**/*.min.css",
              "**/*.snap",
              "**/gradle/wrapper/**",
              "**/mvnw",
              "**/mvnw.cmd"),
          "Globs of files not counted (generated, vendored and lock files); binary files are never counted");

  private static final int AREAS_NAMED = 3;

  @Override
  public void check(ChangeContext ctx) {
    if (!ctx.isDiff()) {
      return; // a plain scan is no change to judge
    }
    List<Glob> ignore = ctx.option(IGNORE).stream().map(Glob::of).toList();
    List<ChangedFileSummary> counted =
        ctx.files().stream()
            .filter(
                f ->
                    !f.binary()
                        && ignore.stream().noneMatch(g -> g.matches(f.path()))
                        && hasContentChange(f))
            .toList();
    int lines = counted.stream().mapToInt(f -> f.addedLines() + f.removedLines()).sum();
    int maxLines = ctx.option(MAX_LINES);
    int maxFiles = ctx.option(MAX_FILES);
    if (lines <= maxLines && counted.size() <= maxFiles) {
      return;
    }
    int testLines =
        counted.stream()
            .filter(ChangedFileSummary::testCode)
            .mapToInt(f -> f.addedLines() + f.removedLines())
            .sum();
    int skipped = ctx.files().size() - counted.size();
    String message =
        "This change is too big to review well: "
            + lines
            + " changed lines in "
            + counted.size()
            + " files (limits: "
            + maxLines
            + " lines, "
            + maxFiles
            + " files); "
            + (lines - testLines)
            + " lines of production code and other files, "
            + testLines
            + " of tests"
            + (skipped > 0
                ? " ("
                    + skipped
                    + " generated, vendored, lock, binary or renamed-only files not counted)"
                : "")
            + ". Small changes get better reviews.";
    ctx.report("pr-size", message, null, splitAdvice(counted));
  }

  private static boolean hasContentChange(ChangedFileSummary file) {
    return file.addedLines() + file.removedLines() > 0
        || file.kind() == ChangeKind.ADDED
        || file.kind() == ChangeKind.DELETED;
  }

  private static String splitAdvice(List<ChangedFileSummary> counted) {
    Map<String, Integer> areas = ChangeAreas.linesByArea(counted);
    if (areas.size() < 2) {
      return "Split it into steps that each build and pass on their own: e.g. a refactoring first, then the behaviour change.";
    }
    String biggest =
        areas.entrySet().stream()
            .limit(AREAS_NAMED)
            .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " line)" : " lines)"))
            .collect(Collectors.joining(", "));
    int rest = areas.size() - Math.min(AREAS_NAMED, areas.size());
    return "Split it along its parts, each reviewed and merged on its own: "
        + biggest
        + (rest > 0 ? " and " + rest + " more" : "")
        + "; or land a refactoring first, then the behaviour change.";
  }
}
