package dev.reviewbot.rules.duplication;

import com.github.javaparser.ast.CompilationUnit;
import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.ChangeRule;
import dev.reviewbot.api.ChangedFileSummary;
import dev.reviewbot.api.ChangedLines;
import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Option;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.api.TestCodePolicy;
import dev.reviewbot.glob.Glob;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The same block of code more than once in what a change wrote: the copies are found on the
 * normalised tokens of every changed Java file (names and literals aside, so a copy with renamed
 * variables is still a copy), and each group is reported once, on its first added copy, listing
 * every place. Inline only when a reviewer would ask for a helper: several statements pasted three
 * or more times, or a big block twice; other groups are a line in the summary.
 */
@RuleInfo(
    id = DuplicatedCodeRule.ID,
    summary = "The same block of code pasted several times in a change",
    severity = Severity.WARNING,
    tags = {"design", "maintainability"},
    since = "0.1",
    testCode = TestCodePolicy.SUMMARY)
public final class DuplicatedCodeRule implements ChangeRule {
  static final String ID = "duplicated-code";
  static final Option<Integer> MIN_TOKENS =
      Option.integer(
          "minTokens",
          40,
          10,
          "Fewest tokens (white space, comments and annotations not counted) a block must have to count as a copy");
  static final Option<Integer> MIN_LINES =
      Option.integer(
          "minLines",
          5,
          1,
          "Fewest lines, from its first whole statement to its last, a block must have to count as a copy");
  static final Option<Integer> MIN_STATEMENTS =
      Option.integer(
          "minStatements",
          3,
          1,
          "Fewest statements (nested ones counted) a block needs for its copies to be commented on inline");
  static final Option<Integer> MIN_TOKENS_TWICE =
      Option.integer(
          "minTokensTwice",
          100,
          10,
          "Fewest tokens a block that appears only twice needs to be commented on inline (it also needs twice minLines); "
              + "smaller pairs go to the summary");
  static final Option<List<String>> IGNORE =
      Option.stringList(
          "ignore",
          List.of(
              "**/generated/**",
              "**/generated-sources/**",
              "**/package-info.java",
              "**/module-info.java"),
          "Globs of files not searched for copies (generated code)");

  /** A copy counts as the change's when at least this share of its tokens is on added lines. */
  static final double ADDED_SHARE = 0.5;

  @Override
  public void check(ChangeContext ctx) {
    Thresholds thresholds =
        new Thresholds(
            ctx.option(MIN_TOKENS),
            ctx.option(MIN_LINES),
            ctx.option(MIN_STATEMENTS),
            ctx.option(MIN_TOKENS_TWICE));
    Map<String, CompilationUnit> units = new LinkedHashMap<>();
    List<TokenFile> files = files(ctx, thresholds.minLines(), units);
    if (files.isEmpty()) {
      return;
    }
    Map<String, Boolean> mayTell = new HashMap<>();
    files.forEach(f -> mayTell.put(f.path(), f.namesReviewbot()));
    Suppressed suppressed = new Suppressed(units, mayTell);
    Covered covered = new Covered();
    Reach reach = new Reach(units);
    int summaries = 0;
    for (Duplicate duplicate :
        duplicates(files, thresholds, new Novelty(ctx::baseCompilationUnit))) {
      Thresholds.Verdict verdict = thresholds.verdict(duplicate);
      if (verdict == Thresholds.Verdict.INLINE && !reach.helperWithinReach(duplicate)) {
        verdict = Thresholds.Verdict.SUMMARY;
      }
      if (!covered.take(duplicate)
          || verdict == Thresholds.Verdict.SUMMARY && summaries >= Thresholds.MAX_SUMMARY
          || suppressed.any(ID, duplicate)) {
        continue;
      }
      Duplicate.Place anchor = duplicate.added().get(0);
      if (verdict == Thresholds.Verdict.INLINE) {
        ctx.report(
            anchor.path(),
            anchor.lines(),
            duplicate.key(),
            DuplicateMessage.inline(duplicate, anchor),
            null);
      } else {
        summaries++;
        ctx.report(
            anchor.path(),
            anchor.lines(),
            duplicate.key(),
            DuplicateMessage.summary(duplicate, anchor),
            Severity.INFO,
            Channel.SUMMARY);
      }
    }
  }

  /** The groups worth a word, the biggest first. */
  private static List<Duplicate> duplicates(
      List<TokenFile> files, Thresholds thresholds, Novelty novelty) {
    List<Duplicate> duplicates = new ArrayList<>();
    new CloneFinder(files, thresholds.minTokens())
        .find(
            ADDED_SHARE,
            group -> {
              List<Duplicate> worth =
                  Duplicate.of(group, ADDED_SHARE, Thresholds.MAX_DIFFERENCES, novelty).stream()
                      .filter(d -> thresholds.verdict(d) != Thresholds.Verdict.NONE)
                      .toList();
              duplicates.addAll(worth);
              return !worth.isEmpty();
            });
    duplicates.sort(Comparator.comparingLong(Duplicate::mass).reversed());
    return duplicates;
  }

  /**
   * The files searched: Java files of the change with at least half of {@code minLines} added
   * lines, fewer than any copy of the change's needs. A change that fixes a word in two hundred
   * Javadoc comments does not have every file read for copies.
   */
  private static List<TokenFile> files(
      ChangeContext ctx, int minLines, Map<String, CompilationUnit> units) {
    List<Glob> ignore = ctx.option(IGNORE).stream().map(Glob::of).toList();
    List<TokenFile> files = new ArrayList<>();
    for (ChangedFileSummary file : ctx.files()) {
      if (!file.isJava()
          || file.binary()
          || file.kind() == ChangeKind.DELETED
          || ignore.stream().anyMatch(g -> g.matches(file.path()))) {
        continue;
      }
      ChangedLines changed = ctx.changedLines(file.path());
      if (changed.known() && changed.added().size() < (minLines + 1) / 2) {
        continue;
      }
      Optional<CompilationUnit> unit = ctx.headCompilationUnit(file.path());
      if (unit.isPresent() && !Boilerplate.isGenerated(unit.get())) {
        units.put(file.path(), unit.get());
        files.add(TokenFile.of(file.path(), file.testCode(), unit.get(), changed));
      }
    }
    return files;
  }
}
