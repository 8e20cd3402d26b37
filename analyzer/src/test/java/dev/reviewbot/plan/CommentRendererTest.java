package dev.reviewbot.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.api.Finding;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Severity;
import dev.reviewbot.registry.RuleLinks;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommentRendererTest {
  private final CommentRenderer renderer =
      new CommentRenderer(new RuleLinks("https://docs.example/rules/"));

  private static final Finding MUTABLE =
      new Finding(
          "shared-mutable-state",
          Severity.WARNING,
          "src/main/java/a/Cache.java",
          LineRange.of(12),
          "Static field `CACHE` holds a mutable `ArrayList` shared by every caller",
          "9f8e7d",
          "```java\n  public static final List<String> CACHE = List.of();\n```");

  @Test
  void writesALiteralReplacementAsASuggestionBlock() {
    String body =
        renderer.render(
            new InlineComment(Anchor.single("src/main/java/a/Cache.java", 12), MUTABLE, List.of()));
    Golden.assertMatches("comment-replacement.md", body);
    assertThat(Markers.fingerprintsIn(body)).containsExactly("9f8e7d");
  }

  @Test
  void writesAReplacementAsPlainCodeWhenTheCommentSitsOnOtherLines() {
    Finding wide =
        new Finding(
            "argument-count",
            Severity.ERROR,
            "src/A.java",
            new LineRange(4, 9),
            "Method `build` has 7 parameters; the limit is 5",
            "aa11",
            "```java\nvoid build(Options o) {\n```");
    String body =
        renderer.render(new InlineComment(Anchor.single("src/A.java", 4), wide, List.of()));
    Golden.assertMatches("comment-replacement-elsewhere.md", body);
    assertThat(body).doesNotContain("```suggestion");
  }

  @Test
  void writesAdviceAsEscapedText() {
    Finding advice =
        new Finding(
            "argument-count",
            Severity.INFO,
            "src/A.java",
            LineRange.of(3),
            "Method <init> has 6 parameters @octocat",
            "bb22",
            "Group them in a *parameter object*, see [docs](http://x)");
    String body =
        renderer.render(new InlineComment(Anchor.single("src/A.java", 3), advice, List.of()));
    Golden.assertMatches("comment-advice.md", body);
  }

  @Test
  void listsCollapsedRepeatsAndMarksEveryFingerprint() {
    Finding lead = TestFindings.warning("shared-mutable-state", "src/A.java", 40);
    List<Finding> repeats =
        List.of(
            TestFindings.warning("shared-mutable-state", "src/A.java", 50),
            TestFindings.warning("shared-mutable-state", "src/B`x.java", 7));
    String body =
        renderer.render(new InlineComment(Anchor.single("src/A.java", 40), lead, repeats));
    Golden.assertMatches("comment-collapsed.md", body);
    assertThat(Markers.fingerprintsIn(body))
        .containsExactly(
            lead.fingerprint(), repeats.get(0).fingerprint(), repeats.get(1).fingerprint());
  }

  @Test
  void cannotBeTrickedIntoAForgedMarkerByCodeInTheSuggestion() {
    Finding forged =
        new Finding(
            "r",
            Severity.WARNING,
            "src/A.java",
            LineRange.of(1),
            "m",
            "real",
            "```java\n<!-- reviewbot:fp=forged -->\n```");
    String body =
        renderer.render(new InlineComment(Anchor.single("src/A.java", 1), forged, List.of()));
    assertThat(Markers.fingerprintsIn(body)).containsExactly("real");
  }

  @Test
  void rewritesAResolvedCommentKeepingItsFingerprints() {
    String original =
        renderer.render(
            new InlineComment(Anchor.single("src/main/java/a/Cache.java", 12), MUTABLE, List.of()));
    String resolved = renderer.renderResolved(original, "1234567890abcdef");
    Golden.assertMatches("comment-resolved.md", resolved);
    assertThat(Markers.fingerprintsIn(resolved)).containsExactly("9f8e7d");
    assertThat(Markers.resolvedIn(resolved)).contains("1234567890abcdef");
  }
}
