package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.testgit.TestGitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Action says when the checkout lacks the commits a review needs. */
class ActionHistoryTest {
  @TempDir Path root;

  /**
   * A repository with a base and a pull-request commit, cloned into the workspace as
   * actions/checkout would, {@code depth} commits deep (0: all).
   */
  private ActionWorkflow cloned(int depth, String[] shas) throws Exception {
    Path origin = root.resolve("origin");
    try (TestGitRepo repo = TestGitRepo.init(origin)) {
      repo.write(ActionAnalyzeTest.SERVICE, ActionAnalyzeTest.BASE).commit("first");
      shas[0] =
          repo.write(ActionAnalyzeTest.SERVICE, ActionAnalyzeTest.BASE + "// base\n")
              .commit("base")
              .name();
      shas[1] =
          repo.write(ActionAnalyzeTest.SERVICE, ActionAnalyzeTest.HEAD)
              .commit("pull request")
              .name();
    }
    ActionWorkflow workflow = new ActionWorkflow(root.resolve("job"));
    Files.delete(workflow.workspace);
    List<String> clone =
        depth > 0
            ? List.of(
                "git",
                "clone",
                "-q",
                "--depth",
                Integer.toString(depth),
                origin.toUri().toString(),
                workflow.workspace.toString())
            : List.of("git", "clone", "-q", origin.toString(), workflow.workspace.toString());
    Process git = new ProcessBuilder(clone).redirectErrorStream(true).start();
    String output = new String(git.getInputStream().readAllBytes());
    assertThat(git.waitFor()).as(output).isZero();
    return workflow;
  }

  @Test
  void aShallowCloneWithoutTheBaseSaysToFetchTheHistory() throws Exception {
    String[] shas = new String[2];
    ActionWorkflow workflow =
        cloned(1, shas)
            .pullRequest("pull_request", shas[0], shas[1], false)
            .input("mode", "analyze");

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.commands("error"))
        .singleElement()
        .asString()
        .contains(
            "cannot compare "
                + shas[0].substring(0, 12)
                + " (pull_request.base.sha) with "
                + shas[1].substring(0, 12)
                + " (pull_request.head.sha): the clone in "
                + workflow.workspace
                + " is shallow")
        .contains("so commit " + shas[0].substring(0, 12) + " (pull_request.base.sha) is not in it")
        .contains("set 'fetch-depth: 0' on actions/checkout")
        .contains("'git fetch --no-tags --depth=100 origin " + shas[0] + " " + shas[1] + "'");
  }

  @Test
  void aShallowCloneDeepEnoughForTheChangeIsReviewed() throws Exception {
    String[] shas = new String[2];
    ActionWorkflow workflow =
        cloned(2, shas)
            .pullRequest("pull_request", shas[0], shas[1], false)
            .input("mode", "analyze");

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.FINDINGS);
    assertThat(workflow.outputs()).containsEntry("warnings", "2");
  }

  @Test
  void aFullCloneWithoutTheBaseCommitSaysToFetchIt() throws Exception {
    String[] shas = new String[2];
    String unknown = "1234567890abcdef1234567890abcdef12345678";
    ActionWorkflow workflow =
        cloned(0, shas)
            .pullRequest("pull_request_target", unknown, shas[1], true)
            .input("mode", "analyze");

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.commands("error"))
        .singleElement()
        .asString()
        .contains(
            "commit 1234567890ab (pull_request.base.sha) is not in the repository at "
                + workflow.workspace)
        .contains("'git fetch --no-tags origin " + unknown + "'")
        .doesNotContain("shallow");
  }

  @Test
  void outsideAGitRepositoryItAsksWhetherCheckoutRan() throws IOException {
    ActionWorkflow workflow =
        new ActionWorkflow(root).pullRequest("pull_request", "a".repeat(40), "b".repeat(40), false);

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.commands("error"))
        .singleElement()
        .asString()
        .contains("not a git repository")
        .contains("actions/checkout");
  }
}
