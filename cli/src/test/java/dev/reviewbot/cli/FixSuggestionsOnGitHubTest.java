package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewbot.api.Finding;
import dev.reviewbot.config.ReviewConfig;
import dev.reviewbot.engine.ReviewOutcome;
import dev.reviewbot.fix.FixApplier;
import dev.reviewbot.fix.UnifiedDiff;
import dev.reviewbot.github.GitHubPublisher;
import dev.reviewbot.github.PublishOptions;
import dev.reviewbot.github.RecordedGitHub;
import dev.reviewbot.github.RecordingSleeper;
import dev.reviewbot.pipeline.ReviewPipeline;
import dev.reviewbot.plan.ReviewPlan;
import dev.reviewbot.plan.ReviewPlanner;
import dev.reviewbot.plan.ReviewPolicy;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.source.GitChangeSource;
import dev.reviewbot.testgit.TestGitRepo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixable change of {@link FixableSample}, reviewed by the real engine and posted to the fake
 * GitHub: each suggestion replaces exactly the lines its comment is anchored on, with what applying
 * the fix makes of them; a fix that reaches beyond those lines comes as a diff.
 */
class FixSuggestionsOnGitHubTest {
  @TempDir Path dir;
  private final RecordedGitHub github = new RecordedGitHub();

  @AfterEach
  void close() {
    github.close();
  }

  @Test
  void suggestionsReplaceExactlyTheAnchoredLinesWithWhatTheFixMakesOfThem() throws Exception {
    TestGitRepo repo = TestGitRepo.init(dir);
    FixableSample.BASE.forEach(repo::write);
    repo.commit("base");
    repo.write(FixableSample.WORKER, FixableSample.HEAD_WORKER).commit("change");
    ReviewOutcome outcome;
    try (GitChangeSource source = GitChangeSource.open(dir)) {
      outcome =
          new ReviewPipeline(RuleRegistry.builtIn(), ReviewConfig.defaults())
              .run(source.read("HEAD~1", GitChangeSource.Head.commit("HEAD")))
              .outcome();
    }
    servePullRequestFile(
        FixableSample.WORKER,
        FixableSample.BASE.get(FixableSample.WORKER),
        FixableSample.HEAD_WORKER);
    ReviewPlan plan =
        new ReviewPlanner(ReviewPolicy.defaults().withCommentBudget(50))
            .plan(outcome, RecordedGitHub.HEAD, List.of());

    new GitHubPublisher(github.client(new RecordingSleeper()), PublishOptions.defaults())
        .publish(plan, RecordedGitHub.PR);

    JsonNode review =
        github.body(github.requests("POST", RecordedGitHub.pullsPath("/reviews")).get(0));
    Map<String, JsonNode> byFingerprint = new HashMap<>();
    review.get("comments").forEach(c -> byFingerprint.put(fingerprint(c), c));
    List<String> suggested = new ArrayList<>();
    List<String> diffs = new ArrayList<>();
    for (Finding finding : outcome.analysis().findings()) {
      JsonNode comment = byFingerprint.get(finding.fingerprint());
      if (!finding.hasFix() || comment == null) {
        continue;
      }
      String body = comment.get("body").asText();
      int line = comment.get("line").asInt();
      int start = comment.has("start_line") ? comment.get("start_line").asInt() : line;
      if (body.contains("```suggestion")) {
        String fixed =
            FixApplier.apply(FixableSample.HEAD_WORKER, List.of(finding.fixes().get(0))).content();
        assertThat(replaceLines(FixableSample.HEAD_WORKER, start, line, suggestion(body)))
            .as("the suggestion applied to lines %d-%d is the fix", start, line)
            .isEqualTo(fixed);
        suggested.add(finding.ruleId() + "@" + start + "-" + line);
      } else {
        assertThat(body).contains("```diff\n@@ ");
        diffs.add(finding.ruleId() + "@" + line);
      }
    }

    assertThat(suggested)
        .containsExactlyInAnyOrder(
            "shared-mutable-state@8-8", "interrupt-handling@13-13", "error-handling@22-22");
    assertThat(diffs)
        .as("fixes that add an import or delete lines below the anchor")
        .containsExactlyInAnyOrder("error-handling@30", "locale-case@35", "leftover-code@39");
    assertThat(
            suggestion(
                byFingerprint.values().stream()
                    .map(c -> c.get("body").asText())
                    .filter(b -> b.contains("interrupt-handling") && b.contains("```suggestion"))
                    .findFirst()
                    .orElseThrow()))
        .isEqualTo(
            "    } catch (InterruptedException e) {\n      Thread.currentThread().interrupt();");
  }

  /** The pull request's only file is {@code path}, with GitHub's patch for the change. */
  private void servePullRequestFile(String path, String before, String after) {
    String diff = UnifiedDiff.of(path, before, after, 3);
    ObjectNode file = github.file("src/main/java/org/kohsuke/github/GHCheckRun.java").deepCopy();
    file.put("filename", path);
    file.put("status", "modified");
    file.put("patch", diff.substring(diff.indexOf("@@")));
    file.remove("previous_filename");
    github.files().removeAll();
    github.files().add(file);
    github.movePullRequestTo(RecordedGitHub.HEAD);
  }

  private static String fingerprint(JsonNode comment) {
    String body = comment.get("body").asText();
    int at = body.indexOf("reviewbot:fp=") + "reviewbot:fp=".length();
    return body.substring(at, body.indexOf(" -->", at));
  }

  private static String suggestion(String body) {
    int from = body.indexOf("```suggestion\n") + "```suggestion\n".length();
    return body.substring(from, body.indexOf("\n```", from));
  }

  /** {@code text} with lines {@code start..end} replaced, as GitHub applies a suggestion. */
  private static String replaceLines(String text, int start, int end, String replacement) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    List<String> kept = new ArrayList<>(lines.subList(0, start - 1));
    kept.addAll(List.of(replacement.split("\n", -1)));
    kept.addAll(lines.subList(end, lines.size()));
    return String.join("\n", kept);
  }
}
