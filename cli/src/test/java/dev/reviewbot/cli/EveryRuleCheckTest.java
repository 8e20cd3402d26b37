package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.registry.RuleDescriptor;
import dev.reviewbot.registry.RuleRegistry;
import dev.reviewbot.testgit.TestGitRepo;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real change that every built-in rule has something to say about, through `reviewbot check`: a
 * rule added to the catalogue fails this test until the change gives it something to report.
 */
class EveryRuleCheckTest {
  private static final String BASE =
      """
      package com.acme;

      public class Orders implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        public int count() {
          return 0;
        }

        public String label(String name) {
          java.util.Objects.requireNonNull(name, "name");
          return name;
        }
      }
      """;

  private static final String HEAD =
      """
      package com.acme;

      import java.util.ArrayList;
      import java.util.List;

      public class Orders implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        public static List<String> CACHE = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();

        public int count() {
          return 0;
        }

        public String label(String name) {
          return "order " + name;
        }

        public void schedule(String job, String cron, long timeout, int retries, double ratio, char mode, byte flags) {
        }

        public void export(String path, boolean overwrite) {
          System.exit(1);
        }

        public String isReady() {
          return "yes";
        }

        int deep(int a, int b) {
          if (a > 0) {
            if (b > 0) {
              for (int i = 0; i < a; i++) {
                while (b > i) {
                  if (i % 2 == 0) {
                    b--;
                  }
                }
              }
            }
          }
          return b;
        }

        boolean isArchive(String name) {
          return name.toLowerCase().endsWith(".zip");
        }

        void save() {
          try {
            Thread.sleep(1);
          } catch (Exception e) {
          }
        }

        void pause() {
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            System.err.println("woken");
          }
        }
      }
      """;

  /** A method body pasted into three classes, for duplicated-code. */
  private static final String PASTED =
      """
        int positives(java.util.List<Integer> values) {
          int sum = 0;
          for (Integer value : values) {
            if (value != null && value > 0) {
              sum += value;
            }
          }
          return sum;
        }
      """;

  @TempDir Path dir;

  @Test
  void aChangeExercisingEveryRuleShowsThemAll() throws Exception {
    TestGitRepo repo = TestGitRepo.init(dir);
    repo.write("src/main/java/com/acme/Orders.java", BASE).commit("base");
    repo.write("src/main/java/com/acme/Orders.java", HEAD);
    for (int i = 1; i <= 31; i++) { // more files than pr-size allows
      repo.write(
          "src/main/java/com/acme/bulk/Part" + i + ".java",
          "package com.acme.bulk;\n\nfinal class Part" + i + " {\n}\n");
    }
    for (int i = 1; i <= 3; i++) {
      repo.write(
          "src/main/java/com/acme/Copy" + i + ".java",
          "package com.acme;\n\nfinal class Copy" + i + " {\n" + PASTED + "}\n");
    }
    repo.commit("change");
    // tests outside the change, run with the JaCoCo agent: they leave the new code uncovered
    repo.write(
        "src/test/java/com/acme/OrdersTests.java",
        "package com.acme;\n\nclass OrdersTests {\n  public static void main(String[] args) {\n    new Orders().count();\n  }\n}\n");
    Path coverage = JacocoBuild.run(dir, "com.acme.OrdersTests");
    Path report = dir.resolve("report.json");

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
            "json",
            "-o",
            report.toString(),
            "--coverage",
            coverage.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
    Set<String> ruleIds = new HashSet<>();
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    json.get("findings").forEach(finding -> ruleIds.add(finding.get("ruleId").asText()));
    assertThat(ruleIds)
        .containsExactlyInAnyOrderElementsOf(
            RuleRegistry.builtIn().all().stream().map(RuleDescriptor::id).toList());
    assertThat(json.get("summary").get("crashes").asInt()).isZero();
  }
}
