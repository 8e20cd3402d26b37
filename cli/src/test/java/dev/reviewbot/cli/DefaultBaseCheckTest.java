package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.testgit.TestGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What check compares with when no --base is given, in repositories set up with the real git
 * command line.
 */
class DefaultBaseCheckTest {
  @TempDir Path dir;

  @Test
  void afterPushDashUTheBranchIsComparedWithTheRemotesMainNotWithItself() throws Exception {
    Path remote = dir.resolve("remote.git");
    Path work = dir.resolve("work");
    GitCli.ok(dir, "init", "-q", "--bare", remote.toString());
    TestGitRepo repo = TestGitRepo.init(work);
    repo.write("src/main/java/com/acme/Service.java", ServiceSample.BASE).commit("base");
    GitCli.ok(work, "remote", "add", "origin", remote.toString());
    GitCli.ok(work, "push", "-q", "-u", "origin", "main");
    GitCli.ok(work, "checkout", "-q", "-b", "feature");
    repo.write("src/main/java/com/acme/Service.java", ServiceSample.HEAD).commit("change");
    GitCli.ok(work, "push", "-q", "-u", "origin", "feature");

    CliRun run = CliRun.of("check", "-C", work.toString(), "--fail-on", "none");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out().lines().findFirst())
        .hasValueSatisfying(
            first ->
                assertThat(first)
                    .matches("Compared origin/main \\(merge-base [0-9a-f]{7,}\\) … working tree"));
    assertThat(run.out())
        .contains("Service.java:9: warning [shared-mutable-state]")
        .contains("1 file analyzed");
  }

  @Test
  void aCloneComparesWithTheRemotesDefaultBranchThroughOriginHead() throws Exception {
    Path origin = dir.resolve("origin");
    TestGitRepo upstream = TestGitRepo.init(origin);
    String base =
        upstream
            .write("src/main/java/com/acme/Service.java", ServiceSample.BASE)
            .commit("base")
            .name();
    Path clone = dir.resolve("clone");
    GitCli.ok(dir, "clone", "-q", origin.toString(), clone.toString());
    GitCli.ok(clone, "checkout", "-q", "-b", "topic");
    Files.writeString(clone.resolve("src/main/java/com/acme/Service.java"), ServiceSample.HEAD);

    CliRun run = CliRun.of("check", "-C", clone.resolve("src").toString(), "--fail-on", "none");

    assertThat(run.out().lines().findFirst())
        .hasValue("Compared origin/main (merge-base " + base.substring(0, 7) + ") … working tree");
    assertThat(run.out()).contains("[shared-mutable-state]");
  }
}
