package dev.reviewbot.action.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewbot.action.ActionException;
import dev.reviewbot.action.GitHubEvent;
import dev.reviewbot.testdata.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void readsBaseAndHeadOfTheRecordedPullRequest() {
    GitHubEvent event =
        GitHubEvent.read("pull_request", webhook("pull_request/synchronize.payload.json"));

    assertThat(event)
        .isInstanceOfSatisfying(
            GitHubEvent.PullRequest.class,
            pr -> {
              assertThat(pr.repository()).isEqualTo("Codertocat/Hello-World");
              assertThat(pr.number()).isEqualTo(2);
              assertThat(pr.baseSha()).isEqualTo("f95f852bd8fca8fcc58a9a2d6c842781e32a215e");
              assertThat(pr.headSha()).isEqualTo("ec26c3e57ca3a959ca5aad62de7213c562f8c821");
              assertThat(pr.fromFork()).isFalse();
            });
  }

  @Test
  void readsTheRecordedWorkflowRunWithItsLongRunId() {
    GitHubEvent event =
        GitHubEvent.read("workflow_run", webhook("workflow_run/completed.payload.json"));

    assertThat(event)
        .isInstanceOfSatisfying(
            GitHubEvent.WorkflowRun.class,
            run -> {
              assertThat(run.runId()).isEqualTo(289782451L);
              assertThat(run.headSha()).isEqualTo("3484a3fb816e0859fd6e1cea078d76385ff50625");
              assertThat(run.pullRequests()).isEmpty();
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no base sha      | /pull_request/base/sha       | remove   | has no pull_request.base.sha (expected a string)",
        "short head sha   | /pull_request/head/sha       | abc123   | pull_request.head.sha should be a 40-digit commit id but is 'abc123'",
        "merge ref sha    | /pull_request/head/sha       | HEAD     | pull_request.head.sha should be a 40-digit commit id but is 'HEAD'",
        "no number        | /pull_request/number         | remove   | has no pull_request.number (expected a number)",
        "no repository    | /pull_request/base/repo      | remove   | has no pull_request.base.repo.full_name",
      })
  void namesTheFileAndFieldOfABrokenPayload(
      String name, String pointer, String value, String message) throws Exception {
    ObjectNode payload =
        (ObjectNode) JSON.readTree(webhook("pull_request/opened.payload.json").toFile());
    ObjectNode parent = (ObjectNode) payload.at(pointer.substring(0, pointer.lastIndexOf('/')));
    String field = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (value.equals("remove")) {
      parent.remove(field);
    } else {
      parent.put(field, value);
    }
    Path file = dir.resolve("event.json");
    Files.writeString(file, payload.toString());

    assertThatThrownBy(() -> GitHubEvent.read("pull_request", file))
        .isInstanceOf(ActionException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining(message);
  }

  @Test
  void aPayloadThatIsNotJsonIsNamedWithItsLine() throws Exception {
    Path file = dir.resolve("event.json");
    Files.writeString(file, "{\n  \"pull_request\": \n}");

    assertThatThrownBy(() -> GitHubEvent.read("pull_request", file))
        .isInstanceOf(ActionException.class)
        .hasMessageContaining("GITHUB_EVENT_PATH " + file + " is not valid JSON at line 3");
  }

  @Test
  void aPushThatCreatesABranchIsComparedWithTheDefaultBranch() throws Exception {
    ObjectNode payload =
        JSON.createObjectNode().put("before", "0".repeat(40)).put("after", "a".repeat(40));
    payload.putObject("repository").put("full_name", "o/r").put("default_branch", "trunk");
    Path file = dir.resolve("push.json");
    Files.writeString(file, payload.toString());

    ChangeRange range = ChangeRange.of(GitHubEvent.read("push", file));

    assertThat(range)
        .isEqualTo(
            new ChangeRange(
                "origin/trunk", "repository.default_branch", "a".repeat(40), "after", 0));
  }

  private static Path webhook(String relative) {
    return TestData.file("github/webhooks/" + relative);
  }
}
