package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.action.internal.SarifSchema;
import dev.reviewbot.testgit.TestGitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code reviewbot baseline}, and {@code check} and {@code scan} with a baseline, on real git
 * repositories.
 */
class BaselineCommandTest {
  private static final String PATH = "src/main/java/com/acme/Legacy.java";

  /** Legacy code: a swallowed exception (error-handling) on line 10 of {@code load}. */
  private static final String LEGACY =
      """
      package com.acme;

      import java.io.IOException;

      public class Legacy {
        public String load(Store store) {
          String value = null;
          try {
            value = store.read("a");
          } catch (IOException e) {}
          return value;
        }

        public interface Store {
          String read(String key) throws IOException;
        }
      }
      """;

  @TempDir Path dir;
  TestGitRepo repo;
  Path baseline;

  @BeforeEach
  void legacyRepositoryWithABaseline() {
    repo = TestGitRepo.init(dir);
    repo.write(PATH, LEGACY).commit("legacy");
    baseline = dir.resolve(".reviewbot-baseline.json");
    CliRun run = CliRun.of("baseline", "-C", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out()).contains("recorded 1 finding(s)").contains(baseline.toString());
  }

  @Test
  void theBaselineHoldsTodaysFindingsOneALineWithoutLineNumbers() throws IOException {
    List<String> entries =
        Files.readAllLines(baseline, StandardCharsets.UTF_8).stream()
            .filter(l -> l.contains("\"rule\""))
            .toList();

    assertThat(entries)
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains(
                        "\"rule\":\"error-handling\"",
                        "\"path\":\"" + PATH + "\"",
                        "\"fingerprint\":",
                        "\"hint\":")
                    .doesNotContain("line"));
  }

  @Test
  void scanWithTheBaselineReportsNothingAndSaysWhatItHeld() {
    CliRun run =
        CliRun.of("scan", "--baseline", baseline.toString(), dir.resolve("src").toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out()).contains("No findings; 1 baselined; 1 file analyzed.");
  }

  @Test
  void insertingLinesAboveABaselinedFindingKeepsItBaselined() {
    repo.write(
        PATH,
        LEGACY.replace(
            "public class Legacy {\n",
            "public class Legacy {\n  // moved down\n\n  // by five lines\n\n\n"));

    CliRun check =
        CliRun.of(
            "check",
            "-C",
            dir.toString(),
            "--base",
            "HEAD",
            "--filter-mode",
            "file",
            "--baseline",
            baseline.toString());
    CliRun scan =
        CliRun.of("scan", "--baseline", baseline.toString(), dir.resolve("src").toString());

    assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(check.out()).doesNotContain("[error-handling]").contains("; 1 baselined;");
    assertThat(scan.out()).contains("No findings; 1 baselined;");
  }

  @Test
  void aNewFindingOfTheSameRuleInTheSameMethodIsReported() {
    repo.write(
        PATH,
        LEGACY.replace(
            "    return value;\n",
            "    try {\n      value = store.read(\"b\");\n    } catch (IllegalStateException e) {}\n    return value;\n"));

    CliRun run =
        CliRun.of(
            "check",
            "-C",
            dir.toString(),
            "--base",
            "HEAD",
            "--filter-mode",
            "file",
            "--baseline",
            baseline.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out())
        .contains(PATH + ":13:")
        .contains("[error-handling]")
        .doesNotContain(PATH + ":10:")
        .contains("1 finding (1 warning) in 1 file; 1 baselined;");
  }

  @Test
  void withoutTheBaselineTheLegacyFindingIsReported() {
    CliRun run = CliRun.of("scan", dir.resolve("src").toString());

    assertThat(run.out()).contains(PATH + ":10:").doesNotContain("baselined");
  }

  @ParameterizedTest(name = "config at {0}")
  @CsvSource({
    ".reviewbot.yml,             quality/baseline.json",
    "config/reviewbot.yml,       ../quality/baseline.json",
  })
  void theConfigsBaselineIsRelativeToTheConfigFile(String configPath, String baselineEntry)
      throws IOException {
    Path moved = dir.resolve("quality/baseline.json");
    Files.createDirectories(moved.getParent());
    Files.move(baseline, moved);
    repo.write(configPath, "baseline: " + baselineEntry + "\n");
    repo.write(PATH, LEGACY.replace("public class Legacy {\n", "public class Legacy {\n\n\n"));

    CliRun run =
        CliRun.of(
            "check",
            "-C",
            dir.toString(),
            "--base",
            "HEAD",
            "--filter-mode",
            "file",
            "--config",
            dir.resolve(configPath).toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out()).doesNotContain("[error-handling]").contains("; 1 baselined;");
  }

  @Test
  void theConfigsBaselineIsFoundWithTheRepositorysConfig() {
    repo.write(".reviewbot.yml", "baseline: .reviewbot-baseline.json\n");
    repo.write(PATH, LEGACY.replace("public class Legacy {\n", "public class Legacy {\n\n\n"));

    CliRun run =
        CliRun.of("check", "-C", dir.toString(), "--base", "HEAD", "--filter-mode", "file");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out()).contains("1 baselined");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not JSON           | {\"version\": 1,             | not a baseline file (not valid JSON",
        "another version    | {\"version\": 9, \"findings\": []} | version: expected 1 but was 9",
        "entry without rule | {\"version\": 1, \"findings\": [{\"fingerprint\": \"x\"}]} | findings[0].rule: expected a non-empty string",
      })
  void aBadBaselineIsAnInputErrorNamingTheFile(String name, String content, String problem)
      throws IOException {
    Files.writeString(baseline, content, StandardCharsets.UTF_8);

    CliRun flag =
        CliRun.of("scan", "--baseline", baseline.toString(), dir.resolve("src").toString());
    repo.write(".reviewbot.yml", "\nbaseline: .reviewbot-baseline.json\n");
    CliRun config = CliRun.of("check", "-C", dir.toString(), "--base", "HEAD");

    for (CliRun run : List.of(flag, config)) {
      assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(run.err())
          .startsWith("reviewbot: " + baseline)
          .contains(problem)
          .doesNotContain("\tat ");
    }
    assertThat(config.err()).contains("(baseline: set in .reviewbot.yml:2)");
  }

  @Test
  void aMissingBaselineIsAnInputErrorNamingTheFile() {
    Path missing = dir.resolve("nowhere.json");
    CliRun run = CliRun.of("scan", "--baseline", missing.toString(), dir.resolve("src").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains(missing + ": baseline file not found");
  }

  @Test
  void sarifMarksNewUnchangedAndAbsentResultsAndStaysValid() throws IOException {
    repo.write("src/main/java/com/acme/Other.java", LEGACY.replace("Legacy", "Other"));
    CliRun.of("baseline", "-C", dir.toString());
    // Legacy's finding is fixed; Other's stays; a new one comes
    repo.write(
        PATH,
        LEGACY.replace(
            "} catch (IOException e) {}",
            "} catch (IOException e) {\n      throw new IllegalStateException(e);\n    }"));
    repo.write("src/main/java/com/acme/Fresh.java", LEGACY.replace("Legacy", "Fresh"));
    Path sarif = dir.resolve("out.sarif");

    CliRun run =
        CliRun.of(
            "scan",
            "--baseline",
            baseline.toString(),
            "--format",
            "sarif",
            "-o",
            sarif.toString(),
            dir.resolve("src").toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
    String text = Files.readString(sarif, StandardCharsets.UTF_8);
    assertThat(SarifSchema.errors(text)).isEmpty();
    JsonNode results = new ObjectMapper().readTree(text).at("/runs/0/results");
    assertThat(results)
        .extracting(
            r ->
                r.get("baselineState").asText()
                    + " "
                    + r.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .containsExactly(
            "new src/main/java/com/acme/Fresh.java",
            "unchanged src/main/java/com/acme/Other.java",
            "absent " + PATH);
  }
}
