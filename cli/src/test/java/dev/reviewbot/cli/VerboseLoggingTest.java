package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.testgit.TestGitRepo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Log lines reach standard error only with --verbose; the report on standard output is the same
 * either way.
 */
class VerboseLoggingTest {
  private static final Pattern LOG_LINE =
      Pattern.compile("(?m)^\\[(TRACE|DEBUG|INFO|WARN|ERROR)\\] ");

  @TempDir Path dir;

  @BeforeEach
  void createRepository() {
    TestGitRepo repo = TestGitRepo.init(dir);
    repo.write(ServiceSample.PATH, ServiceSample.BASE).commit("base");
    repo.write(ServiceSample.PATH, ServiceSample.HEAD).commit("change");
  }

  private CliRun check(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("check", "-C", dir.toString(), "--base", "HEAD~1", "--head", "HEAD"));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void aPlainCheckPrintsNoLogLines() {
    CliRun run = check();

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.err()).doesNotContainPattern(LOG_LINE);
  }

  @Test
  void verboseLogsTheConfigurationAndEachAnalysedFileToStandardError() {
    CliRun plain = check();
    CliRun verbose = check("--verbose");

    assertThat(verbose.exitCode()).isEqualTo(plain.exitCode());
    assertThat(verbose.out()).as("the report").isEqualTo(plain.out());
    assertThat(verbose.err())
        .contains("[DEBUG] ConfigLoader: no .reviewbot.yml in " + dir)
        .contains("[DEBUG] Analyzer: analysed " + ServiceSample.PATH);
  }

  @Test
  void verboseWorksBeforeTheSubcommandAndOnlyForItsOwnRun() {
    CliRun verbose = CliRun.of("--verbose", "scan", "-C", dir.toString());
    CliRun next = CliRun.of("scan", "-C", dir.toString());

    assertThat(verbose.err()).contains("[DEBUG] Analyzer: analysed " + ServiceSample.PATH);
    assertThat(next.err()).doesNotContainPattern(LOG_LINE);
  }
}
