package dev.reviewbot.cli;

import static dev.reviewbot.cli.PluginCommandTest.findings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.testgit.TestGitRepo;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule declared in {@code .reviewbot.yml} reviewing a real git change. */
class DeclaredRulesCheckTest {
  private static final String CONFIG =
      """
      banned:
        - id: no-java-util-date
          message: Use java.time instead of java.util.Date
          severity: warning
          types: [java.util.Date]
          paths: ["src/main/**"]
      """;

  private static final String LEGACY_BASE =
      """
      package com.acme;

      import java.util.Date;

      class Legacy {
        Date created = new Date();
      }
      """;

  // lines 3 and 6 were there before; the change adds line 7
  private static final String LEGACY_HEAD =
      """
      package com.acme;

      import java.util.Date;

      class Legacy {
        Date created = new Date();
        Object updated = new Date();
      }
      """;

  // an added file: lines 3 and 8 use java.util.Date; java.sql.Date (9) and the local class (12) do
  // not
  private static final String INVOICE =
      """
      package com.acme;

      import java.util.Date;
      import java.util.List;

      class Invoice {
        List<String> lines = List.of();
        Object issued = new Date();
        java.sql.Date booked;
        Object stamp() {
          class Date { }
          return new Date();
        }
      }
      """;

  @TempDir Path dir;

  @BeforeEach
  void createRepository() {
    TestGitRepo repo = TestGitRepo.init(dir);
    repo.write(".reviewbot.yml", CONFIG)
        .write("src/main/java/com/acme/Legacy.java", LEGACY_BASE)
        .commit("base");
    repo.write("src/main/java/com/acme/Legacy.java", LEGACY_HEAD)
        .write("src/main/java/com/acme/Invoice.java", INVOICE)
        .write(
            "src/test/java/com/acme/InvoiceTest.java",
            "import java.util.Date;\nclass InvoiceTest { Date d; }\n")
        .commit("change");
  }

  @Test
  void flagsTheImportAndConstructorOfJavaUtilDateOnAddedLinesOnly() throws IOException {
    CliRun run =
        CliRun.of(
            "check",
            "-C",
            dir.toString(),
            "--base",
            "HEAD~1",
            "--head",
            "HEAD",
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
    assertThat(findings(run.out()))
        .containsExactly(
            "no-java-util-date warning src/main/java/com/acme/Invoice.java:3",
            "no-java-util-date warning src/main/java/com/acme/Invoice.java:8",
            "no-java-util-date warning src/main/java/com/acme/Legacy.java:7");
  }

  @Test
  void theDeclaredRuleWorksWithRulesSettingsSuppressionsAndFilterModes() throws IOException {
    TestGitRepo repo = TestGitRepo.init(dir);
    repo.write(".reviewbot.yml", CONFIG + "rules:\n  no-java-util-date:\n    severity: error\n")
        .write(
            "src/main/java/com/acme/Invoice.java",
            INVOICE.replace(
                "  Object issued = new Date();",
                "  Object issued = new Date(); // reviewbot:ignore no-java-util-date"))
        .commit("configure");

    CliRun run =
        CliRun.of(
            "check",
            "-C",
            dir.toString(),
            "--base",
            "HEAD~2",
            "--head",
            "HEAD",
            "--format",
            "json",
            "--filter-mode",
            "nofilter");

    assertThat(findings(run.out()))
        .containsExactly(
            "no-java-util-date error src/main/java/com/acme/Invoice.java:3",
            "no-java-util-date error src/main/java/com/acme/Legacy.java:3",
            "no-java-util-date error src/main/java/com/acme/Legacy.java:6",
            "no-java-util-date error src/main/java/com/acme/Legacy.java:7");
  }

  @Test
  void rulesListsTheDeclaredRuleWithItsOrigin() {
    CliRun run = CliRun.of("rules", "--config", dir.resolve(".reviewbot.yml").toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out())
        .containsPattern(
            "(?m)^no-java-util-date +warning +Use java.time instead of java.util.Date  \\(.*\\.reviewbot\\.yml\\)$");
  }
}
