package dev.reviewbot.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.reviewbot.github.RecordedGitHub;
import dev.reviewbot.github.ReviewBundle;
import dev.reviewbot.testgit.TestGitRepo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phase A ({@code check --bundle}) in a real repository, then phase B ({@code publish}) against
 * GitHub faked at the HTTP level.
 */
class PublishCommandTest {
  private static final String PATH = "src/main/java/com/acme/Service.java";
  private static final String BASE =
      """
      package com.acme;

      public class Service {
        public int size() {
          return 0;
        }
      }
      """;
  private static final String HEAD =
      """
      package com.acme;

      import java.util.ArrayList;
      import java.util.List;

      public class Service {
        public static List<String> CACHE = new ArrayList<>();

        public void configure(String host, int port, long timeoutMillis, double ratio, char mode, byte flags, short retries) {
        }

        public int size() {
          return 0;
        }
      }
      """;

  /** Set by surefire (cli/pom.xml) to {@link RecordedGitHub#TOKEN}. */
  private static final String TOKEN_ENV = "REVIEWBOT_TEST_TOKEN";

  @TempDir Path dir;
  private TestGitRepo repo;
  private String headSha;
  private final RecordedGitHub github = new RecordedGitHub();

  @BeforeEach
  void createRepositoryAndPullRequest() throws IOException {
    repo = TestGitRepo.init(dir.resolve("repo"));
    repo.write(PATH, BASE).commit("base");
    headSha = repo.write(PATH, HEAD).commit("change").name();
    github.movePullRequestTo(headSha);
    ObjectNode file = github.json.createObjectNode();
    file.put("filename", PATH);
    file.put("status", "modified");
    file.put("patch", patchOf(PATH));
    github.files().add(file);
    github.movePullRequestTo(headSha); // serve the new file list
  }

  @AfterEach
  void stop() {
    repo.close();
    github.close();
  }

  private String patchOf(String path) throws IOException {
    try (Git git = Git.open(repo.dir().toFile());
        RevWalk walk = new RevWalk(git.getRepository())) {
      Repository repository = git.getRepository();
      RevCommit head = walk.parseCommit(ObjectId.fromString(headSha));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (DiffFormatter formatter = new DiffFormatter(out)) {
        formatter.setRepository(repository);
        formatter.format(head.getParent(0).getTree(), head.getTree());
      }
      String diff = out.toString(StandardCharsets.UTF_8);
      // GitHub's patch is the hunks only, without the file header
      return diff.substring(diff.indexOf("@@")).stripTrailing();
    }
  }

  private CliRun check(String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("check", "-C", repo.dir().toString(), "--base", "HEAD~1", "--head", "HEAD"));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void writesABundleInPhaseAAndPostsItInPhaseB() {
    Path bundle = dir.resolve("out/review-bundle.json");

    CliRun analysis =
        check("--bundle", bundle.toString(), "--pull-request", "hub4j-test-org/github-api#484");
    CliRun posting =
        CliRun.of(
            "publish",
            "--bundle",
            bundle.toString(),
            "--token-env",
            TOKEN_ENV,
            "--api-url",
            github.apiUrl());

    assertThat(analysis.exitCode()).as(analysis.err()).isEqualTo(ExitCode.FINDINGS);
    ReviewBundle written = ReviewBundle.read(bundle);
    assertThat(written.pullRequest().headSha()).isEqualTo(headSha);
    List<String> anchors =
        written.plan().candidates().stream()
            .map(c -> c.anchor().path() + ":" + c.anchor().line())
            .toList();
    assertThat(anchors)
        .as("the shared-mutable-state and argument-count findings at least")
        .contains(PATH + ":7", PATH + ":9");
    assertThat(posting.exitCode()).as(posting.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(posting.out())
        .startsWith(
            "posted " + anchors.size() + " new inline comment(s) on hub4j-test-org/github-api#484");
    List<LoggedRequest> reviews = github.requests("POST", RecordedGitHub.pullsPath("/reviews"));
    assertThat(reviews).hasSize(1);
    JsonNode review = github.body(reviews.get(0));
    assertThat(review.get("commit_id").asText()).isEqualTo(headSha);
    assertThat(review.get("comments"))
        .extracting(c -> c.get("path").asText() + ":" + c.get("line").asInt())
        .containsExactlyInAnyOrderElementsOf(anchors);
    assertThat(reviews.get(0).getHeader("Authorization"))
        .isEqualTo("token " + RecordedGitHub.TOKEN);
    assertThat(github.requests("POST", RecordedGitHub.issuesPath("/comments"))).hasSize(1);
    assertThat(posting.out() + posting.err()).doesNotContain(RecordedGitHub.TOKEN);
  }

  @Test
  void verboseLogsWhatIsPostedButNeverTheToken() {
    Path bundle = dir.resolve("bundle.json");
    check("--bundle", bundle.toString(), "--pull-request", "hub4j-test-org/github-api#484");

    CliRun posting =
        CliRun.of(
            "publish",
            "--verbose",
            "--bundle",
            bundle.toString(),
            "--token-env",
            TOKEN_ENV,
            "--api-url",
            github.apiUrl());

    assertThat(posting.exitCode()).as(posting.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(posting.err())
        .contains("[INFO] ReviewPoster: posted review")
        .doesNotContain(RecordedGitHub.TOKEN);
  }

  @Test
  void saysClearlyWhenGitHubRefusesTheToken() {
    Path bundle = dir.resolve("bundle.json");
    check("--bundle", bundle.toString(), "--pull-request", "hub4j-test-org/github-api#484");
    github.stub(
        post(github.at(RecordedGitHub.pullsPath("/reviews"))),
        aResponse()
            .withStatus(403)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"message\":\"Resource not accessible by integration\"}"));

    CliRun posting =
        CliRun.of(
            "publish",
            "--bundle",
            bundle.toString(),
            "--token-env",
            TOKEN_ENV,
            "--api-url",
            github.apiUrl());

    assertThat(posting.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(posting.err())
        .contains(
            "reviewbot: GitHub did not let this token write to hub4j-test-org/github-api#484",
            "HTTP 403: Resource not accessible by integration")
        .doesNotContain("\tat ", "Exception");
  }

  @Test
  void namesTheMissingTokenVariable() throws IOException {
    Path bundle = dir.resolve("bundle.json");
    check("--bundle", bundle.toString(), "--pull-request", "hub4j-test-org/github-api#484");

    CliRun posting =
        CliRun.of(
            "publish", "--bundle", bundle.toString(), "--token-env", "REVIEWBOT_NO_SUCH_VARIABLE");

    assertThat(posting.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(posting.err().strip())
        .isEqualTo(
            "reviewbot: no GitHub token: the environment variable REVIEWBOT_NO_SUCH_VARIABLE "
                + "is not set (choose another with --token-env NAME)");
    assertThat(github.server.getAllServeEvents()).isEmpty();
  }

  @Test
  void refusesABadBundleWithItsNameAndProblem() throws IOException {
    Path bundle = dir.resolve("broken.json");
    Files.writeString(bundle, "{\"version\": 7}");

    CliRun posting =
        CliRun.of(
            "publish",
            "--bundle",
            bundle.toString(),
            "--token-env",
            TOKEN_ENV,
            "--api-url",
            github.apiUrl());

    assertThat(posting.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(posting.err().strip())
        .isEqualTo(
            "reviewbot: review bundle "
                + bundle
                + " has version 7; this reviewbot reads version 3 "
                + "(make and post bundles with the same reviewbot release)");
  }

  @Test
  void needsThePullRequestToWriteABundle() {
    CliRun run = check("--bundle", dir.resolve("b.json").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().strip())
        .isEqualTo(
            "reviewbot: --bundle needs --pull-request OWNER/REPO#NUMBER to say where the review goes");
  }

  @Test
  void needsACommitHeadToWriteABundle() {
    CliRun run =
        CliRun.of(
            "check",
            "-C",
            repo.dir().toString(),
            "--base",
            "HEAD~1",
            "--bundle",
            dir.resolve("b.json").toString(),
            "--pull-request",
            "hub4j-test-org/github-api#484");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("reviewbot: --bundle needs a commit as the head (--head REF)");
  }

  @Test
  void explainsAMalformedPullRequest() {
    CliRun run =
        check("--bundle", dir.resolve("b.json").toString(), "--pull-request", "just-a-name");

    assertThat(run.err().strip())
        .isEqualTo(
            "reviewbot: --pull-request must look like OWNER/REPO#NUMBER, e.g. octo-org/app#42, "
                + "but was 'just-a-name'");
  }
}
