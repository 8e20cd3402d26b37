package dev.reviewbot.github;

import static dev.reviewbot.github.Plans.CHECK_RUN;
import static dev.reviewbot.github.RecordedGitHub.PR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewbot.api.Channel;
import dev.reviewbot.api.Edit;
import dev.reviewbot.api.Finding;
import dev.reviewbot.api.Fix;
import dev.reviewbot.api.LineRange;
import dev.reviewbot.api.Severity;
import dev.reviewbot.diff.DiffFilter;
import dev.reviewbot.diff.FilterMode;
import dev.reviewbot.engine.AnalysisResult;
import dev.reviewbot.plan.ReviewPlan;
import dev.reviewbot.plan.ReviewPlanner;
import dev.reviewbot.plan.ReviewPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fixes posted to the fake GitHub: a suggestion holds exactly the new text of the lines the comment
 * is anchored on, and only when the fix changes nothing else; every other fix is a diff block.
 */
class FixSuggestionsTest {
  /** Right-side hunks of {@link Plans#CHECK_RUN}: 1-12, 15-21, 85-111, ... */
  private static final String CONTENT =
      "class GHCheckRun {\n"
          + IntStream.rangeClosed(2, 339)
              .mapToObj(n -> "  int v" + n + " = " + n + ";\n")
              .collect(Collectors.joining())
          + "}\n";

  private final RecordedGitHub github = new RecordedGitHub();

  @AfterEach
  void close() {
    github.close();
  }

  @Test
  void postsSuggestionsForTheAnchoredLinesAndDiffsForFixesThatReachFurther() {
    List<Finding> findings =
        List.of(
            finding("one-line", 5, 5, fix("Widen v5", new Edit.Replace(5, 3, 5, 6, "long"))),
            finding(
                "multi-line",
                3,
                8,
                fix(
                    "Widen v4 and v6",
                    new Edit.Replace(4, 3, 4, 6, "long"),
                    new Edit.Replace(6, 3, 6, 6, "long"))),
            finding(
                "reaches-outside",
                10,
                10,
                fix(
                    "Widen v10 and say why",
                    new Edit.Replace(10, 3, 10, 6, "long"),
                    new Edit.Replace(1, 1, 1, 1, "// widened\n"))),
            finding(
                "outside-the-hunk",
                13,
                16,
                fix("Widen v16", new Edit.Replace(16, 3, 16, 6, "long"))),
            finding(
                "inside-the-narrowed-anchor",
                14,
                17,
                fix("Widen v15", new Edit.Replace(15, 3, 15, 6, "long"))));

    new GitHubPublisher(github.client(new RecordingSleeper()), PublishOptions.defaults())
        .publish(plan(findings), PR);

    Map<String, JsonNode> comments = new HashMap<>();
    JsonNode review =
        github.body(github.requests("POST", RecordedGitHub.pullsPath("/reviews")).get(0));
    review.get("comments").forEach(c -> comments.put(rule(c), c));
    assertThat(comments).hasSize(5);

    assertThat(comments.get("one-line").get("line").asInt()).isEqualTo(5);
    assertThat(comments.get("one-line").has("start_line")).isFalse();
    assertThat(suggestion(comments.get("one-line"))).isEqualTo("  long v5 = 5;");

    assertThat(comments.get("multi-line").get("start_line").asInt()).isEqualTo(3);
    assertThat(comments.get("multi-line").get("line").asInt()).isEqualTo(8);
    assertThat(suggestion(comments.get("multi-line")))
        .isEqualTo(
            "  int v3 = 3;\n  long v4 = 4;\n  int v5 = 5;\n  long v6 = 6;\n  int v7 = 7;\n  int v8 = 8;");

    assertThat(comments.get("reaches-outside").get("body").asText())
        .doesNotContain("```suggestion")
        .contains(
            "**Fix:** Widen v10 and say why (`reviewbot fix` applies it)\n"
                + "```diff\n"
                + "@@ -1 +1,2 @@\n"
                + "+// widened\n"
                + " class GHCheckRun {\n"
                + "@@ -9,3 +10,3 @@\n"
                + "   int v9 = 9;\n"
                + "-  int v10 = 10;\n"
                + "+  long v10 = 10;\n"
                + "   int v11 = 11;\n"
                + "```\n");

    // lines 13-16 start outside the hunk 15-21: the comment moves to line 15, the fix is on 16
    assertThat(comments.get("outside-the-hunk").get("line").asInt()).isEqualTo(15);
    assertThat(comments.get("outside-the-hunk").get("body").asText())
        .doesNotContain("```suggestion")
        .contains(
            "```diff\n@@ -15,3 +15,3 @@\n   int v15 = 15;\n-  int v16 = 16;\n+  long v16 = 16;\n");

    assertThat(comments.get("inside-the-narrowed-anchor").get("line").asInt()).isEqualTo(15);
    assertThat(suggestion(comments.get("inside-the-narrowed-anchor")))
        .isEqualTo("  long v15 = 15;");

    for (JsonNode comment : comments.values()) {
      if (comment.get("body").asText().contains("```suggestion")) {
        int line = comment.get("line").asInt();
        int start = comment.has("start_line") ? comment.get("start_line").asInt() : line;
        assertThat(suggestion(comment).split("\n", -1))
            .as("a suggestion replaces exactly the anchored lines")
            .hasSize(line - start + 1);
      }
    }
  }

  @Test
  void theBodyOfACommentWithASuggestionIsExact() {
    new GitHubPublisher(github.client(new RecordingSleeper()), PublishOptions.defaults())
        .publish(
            plan(
                List.of(
                    finding(
                        "one-line", 5, 5, fix("Widen v5", new Edit.Replace(5, 3, 5, 6, "long"))))),
            PR);

    JsonNode review =
        github.body(github.requests("POST", RecordedGitHub.pullsPath("/reviews")).get(0));
    String body = review.get("comments").get(0).get("body").asText();
    assertThat(body.substring(body.indexOf("\n\n") + 2, body.indexOf("<!--")))
        .isEqualTo(
            "`one-line` needs a fix\n"
                + "\n**Fix:** Widen v5\n"
                + "```suggestion\n"
                + "  long v5 = 5;\n"
                + "```\n\n");
  }

  private static Finding finding(String rule, int start, int end, Fix fix) {
    return new Finding(
        rule,
        Severity.WARNING,
        CHECK_RUN,
        new LineRange(start, end),
        "`" + rule + "` needs a fix",
        rule,
        null,
        Channel.INLINE,
        List.of(fix));
  }

  private static Fix fix(String description, Edit... edits) {
    return Fix.of(description, edits);
  }

  private static ReviewPlan plan(List<Finding> findings) {
    return new ReviewPlanner(ReviewPolicy.defaults())
        .plan(
            new AnalysisResult(findings, List.of(), List.of(), 1),
            new DiffFilter(FilterMode.NOFILTER).mark(findings, new HashMap<>()),
            RecordedGitHub.HEAD,
            List.of(),
            Map.of(CHECK_RUN, CONTENT));
  }

  private static String rule(JsonNode comment) {
    String body = comment.get("body").asText();
    return body.substring(body.indexOf('`') + 1, body.indexOf('`', body.indexOf('`') + 1));
  }

  /** The text of the comment's suggestion block. */
  private static String suggestion(JsonNode comment) {
    String body = comment.get("body").asText();
    int start = body.indexOf("```suggestion\n");
    assertThat(start).as(body).isNotNegative();
    int from = start + "```suggestion\n".length();
    List<String> lines = new ArrayList<>(List.of(body.substring(from).split("\n", -1)));
    int close = lines.indexOf("```");
    return String.join("\n", lines.subList(0, close));
  }
}
