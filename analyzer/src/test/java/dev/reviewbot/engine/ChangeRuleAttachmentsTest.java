package dev.reviewbot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.ChangeContext;
import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.api.ChangeRule;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.RuleInfo;
import dev.reviewbot.api.Severity;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.diff.FileDiff;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.ChangeSet;
import dev.reviewbot.source.ChangedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeRuleAttachmentsTest {

  /** What a caller computed, e.g. lines to flag per path. */
  record Flags(List<String> paths) {}

  @RuleInfo(id = "flag-lines", summary = "Flags line 2 of attached paths", since = "test")
  public static final class FlagLines implements ChangeRule {
    @Override
    public void check(ChangeContext context) {
      context
          .attachment(Flags.class)
          .ifPresent(
              flags -> {
                for (String path : flags.paths()) {
                  context.report(path, new LineRange(2, 3), "same text", "flagged", null);
                  context.report(
                      path, new LineRange(7, 8), "same text", "flagged again", Severity.ERROR);
                }
              });
    }
  }

  private static ChangedFile file(String path) {
    FileDiff diff = new FileDiff(path, path, ChangeKind.MODIFIED, false, null, null, List.of());
    return new ChangedFile(path, path, ChangeKind.MODIFIED, diff, "", "class A {}\n", false);
  }

  private static AnalysisResult analyze(Attachments attachments) {
    ChangeSet change =
        new ChangeSet(
            "main",
            "HEAD",
            null,
            List.of(file("src/main/java/A.java"), file("src/test/java/ATest.java")));
    return new Analyzer(RuleRegistry.ofClasses(FlagLines.class), ReviewConfig.defaults())
        .analyze(change, attachments);
  }

  @Test
  void aChangeRuleSeesTheAttachmentAndReportsOnFileLines() {
    AnalysisResult result =
        analyze(Attachments.of(Flags.class, new Flags(List.of("src/main/java/A.java"))));

    assertThat(result.crashes()).isEmpty();
    assertThat(result.findings())
        .extracting(Finding::path, Finding::lines, Finding::message, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "src/main/java/A.java", new LineRange(2, 3), "flagged", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(
                "src/main/java/A.java", new LineRange(7, 8), "flagged again", Severity.ERROR));
  }

  @Test
  void twoFindingsWithTheSameKeyGetDistinctFingerprints() {
    List<Finding> findings =
        analyze(Attachments.of(Flags.class, new Flags(List.of("src/main/java/A.java")))).findings();
    assertThat(findings.get(1).fingerprint()).isEqualTo(findings.get(0).fingerprint() + "-2");
  }

  @Test
  void fileFindingsOnTestCodeAreOneLevelLower() {
    List<Finding> findings =
        analyze(Attachments.of(Flags.class, new Flags(List.of("src/test/java/ATest.java"))))
            .findings();
    assertThat(findings)
        .extracting(Finding::severity)
        .containsExactly(Severity.INFO, Severity.WARNING);
  }

  @Test
  void withoutTheAttachmentTheRuleDoesNothing() {
    assertThat(analyze(Attachments.none()).findings()).isEmpty();
  }
}
