package dev.reviewbot.github;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static dev.reviewbot.github.Plans.CHECK_RUN;
import static dev.reviewbot.github.Plans.warning;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewbot.api.ChangeKind;
import dev.reviewbot.plan.ReviewPlan;
import dev.reviewbot.source.ChangedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The recorded pull request read through the API, as the bot reads one. */
class GitHubChangeSourceTest {
  private static final String BASE = "c4b41922197a1d595bff30e89bb8540013ee4fd3";
  private static final String MERGE_BASE = "4261c42949915816a9f246eb14c3dfd21a637bc2";
  private static final String REPO = "/repos/" + RecordedGitHub.OWNER + "/" + RecordedGitHub.REPO;
  private static final GitHubChangeSource.Limits LIMITS =
      new GitHubChangeSource.Limits(1_000_000, 2);

  private final RecordedGitHub github = new RecordedGitHub();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @AfterEach
  void tearDown() {
    try {
      assertThat(github.server.findAllUnmatchedRequests())
          .as("requests the fake GitHub does not know")
          .isEmpty();
    } finally {
      github.close();
    }
  }

  @Test
  void readsTheChangeFromTheMergeBaseWithTheTextOfTheJavaFilesAnalyzed() throws IOException {
    stubMergeBase();
    github.stub(get(github.at(REPO + "/tags")), github.ok("[]"));
    stubContent(CHECK_RUN, MERGE_BASE, "class GHCheckRun { /* base */ }\n");
    stubContent(CHECK_RUN, RecordedGitHub.HEAD, "class GHCheckRun { /* head */ }\n");

    GitHubChangeSource source = open();
    PullRequestChange read = source.read(CHECK_RUN::equals);

    assertThat(source.isClosed()).isFalse();
    assertThat(read.pullRequest()).isEqualTo(RecordedGitHub.PR);
    assertThat(read.files()).hasSize(300);
    assertThat(read.sections()).isEmpty();
    assertThat(read.change().base()).isEqualTo(MERGE_BASE.substring(0, 12) + " (merge base)");
    assertThat(read.change().headCommit()).isEqualTo(RecordedGitHub.HEAD);
    assertThat(read.change().files()).hasSize(300);
    ChangedFile analyzed = file(read, CHECK_RUN);
    assertThat(analyzed.kind()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(analyzed.baseContent()).contains("/* base */");
    assertThat(analyzed.headContent()).contains("/* head */");
    assertThat(analyzed.diff()).isNotNull();
    assertThat(read.change().files())
        .filteredOn(f -> !f.path().equals(CHECK_RUN))
        .allSatisfy(f -> assertThat(f.headContent()).as(f.path()).isNull());
    assertThat(github.server.getAllServeEvents())
        .as("only the analyzed file's contents are read")
        .filteredOn(e -> e.getRequest().getUrl().contains("/contents/"))
        .hasSize(2);
  }

  @Test
  void readsTheBaseBranchFileNotTheHeadOne() throws IOException {
    stubContent(".reviewbot.yml", BASE, "fail-on: error\n");
    github.stub(
        get(github.at(REPO + "/contents/absent.yml")),
        github.ok("{\"message\":\"Not Found\"}").withStatus(404));

    assertThat(open().baseFile(".reviewbot.yml")).contains("fail-on: error\n");
    assertThat(open().baseFile("absent.yml")).isEmpty();
  }

  @Test
  void saysOnceThatGitHubListsOnlyTheFirst3000Files() throws IOException {
    JsonNode recorded = github.files().deepCopy();
    github.files().removeAll();
    for (int copy = 0; copy < 10; copy++) {
      for (JsonNode file : recorded) {
        ObjectNode renamed = file.deepCopy();
        renamed.put(
            "filename",
            copy == 0
                ? file.get("filename").asText()
                : "copy" + copy + "/" + file.get("filename").asText());
        if (copy > 0) {
          renamed.remove(
              "patch"); // keeps the 30 pages light; a file without a patch is just not commentable
        }
        github.files().add(renamed);
      }
    }
    github.movePullRequestTo(RecordedGitHub.HEAD);
    stubMergeBase();

    PullRequestChange read = open().read(path -> false);
    ReviewPlan plan =
        Plans.plan(List.of(warning("a-rule", CHECK_RUN, 5))).withSections(read.sections());
    new GitHubPublisher(github.client(sleeper), PublishOptions.defaults()).publish(plan, read);

    assertThat(read.sections()).extracting(s -> s.title()).containsExactly("Files not reviewed");
    List<com.github.tomakehurst.wiremock.verification.LoggedRequest> summaries =
        github.requests("POST", RecordedGitHub.issuesPath("/comments"));
    assertThat(summaries).hasSize(1);
    assertThat(github.body(summaries.get(0)).get("body").asText())
        .contains("GitHub lists at most 3000, so only the first 3000 were reviewed")
        .as("the file cap is said once")
        .containsOnlyOnce("GitHub lists");
    assertThat(github.requests("GET", RecordedGitHub.pullsPath("/files")))
        .as("the files are listed once")
        .hasSize(30);
  }

  private GitHubChangeSource open() throws IOException {
    return GitHubChangeSource.open(
        github.client(sleeper),
        RecordedGitHub.OWNER,
        RecordedGitHub.REPO,
        RecordedGitHub.NUMBER,
        LIMITS);
  }

  private static ChangedFile file(PullRequestChange read, String path) {
    return read.change().files().stream()
        .filter(f -> f.path().equals(path))
        .findFirst()
        .orElseThrow();
  }

  private void stubMergeBase() {
    github.stub(
        get(github.at(REPO + "/compare/" + BASE + "..." + RecordedGitHub.HEAD)),
        github.ok(
            "{\"status\":\"ahead\",\"ahead_by\":1,"
                + "\"behind_by\":0,\"total_commits\":1,\"base_commit\":{\"sha\":\""
                + BASE
                + "\"},\"merge_base_commit\":{\"sha\":\""
                + MERGE_BASE
                + "\"},\"commits\":[],\"files\":[]}"));
  }

  private void stubContent(String path, String ref, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String name = path.substring(path.lastIndexOf('/') + 1);
    github.stub(
        get(github.at(REPO + "/contents/" + path)).withQueryParam("ref", equalTo(ref)),
        github.ok(
            "{\"type\":\"file\","
                + "\"encoding\":\"base64\",\"size\":"
                + bytes.length
                + ",\"name\":\""
                + name
                + "\",\"path\":\""
                + path
                + "\",\"sha\":\""
                + "0".repeat(40)
                + "\",\"content\":\""
                + Base64.getEncoder().encodeToString(bytes)
                + "\"}"));
  }
}
