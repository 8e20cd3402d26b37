package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.registry.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanAndRulesCommandTest {

  @Test
  void rulesListsEveryBuiltInRuleWithSeverityAndSummary() {
    CliRun run = CliRun.of("rules");

    assertThat(run.exitCode()).isEqualTo(ExitCode.CLEAN);
    RuleRegistry.builtIn()
        .all()
        .forEach(
            rule ->
                assertThat(run.out())
                    .containsPattern(
                        "(?m)^"
                            + rule.id()
                            + " +"
                            + rule.info().severity().id()
                            + " +\\Q"
                            + rule.info().summary()
                            + "\\E$"));
  }

  @Test
  void scanReportsWholeFilesAndNamesUnparsableOnes(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/Counter.java"), "class Counter {\n  static int count;\n}\n");
    Files.writeString(dir.resolve("src/Broken.java"), "class Broken {\n  void x( {\n}\n");

    CliRun run = CliRun.of("scan", dir.resolve("src").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("Counter.java:2:").contains("[shared-mutable-state]");
    assertThat(run.out()).contains("Broken.java").contains("does not parse");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command :
        new String[] {"check", "scan", "baseline", "rules", "init", "schema", "install-hook"}) {
      CliRun run = CliRun.of(command, "--help");
      assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.CLEAN);
      assertThat(run.out()).as(command).contains("Usage: reviewbot " + command);
    }
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun run = CliRun.of("frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("frobnicate");
  }
}
