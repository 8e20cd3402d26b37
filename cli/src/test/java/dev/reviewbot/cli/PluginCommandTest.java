package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.testgit.TestGitRepo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example plugin (fixtures/example-plugin), built by the reactor and copied to {@code
 * target/plugins} by the build, loaded into the command line as a user would.
 */
class PluginCommandTest {
  /** Copied by maven-dependency-plugin; deliberately not on the test class path. */
  static final Path PLUGIN = Path.of("target/plugins/house-rules.jar").toAbsolutePath();

  static final String RULE = "house-secured-endpoints";

  private static final String BASE =
      """
      package com.acme.web;

      import org.springframework.web.bind.annotation.*;

      @RestController
      class OrderController {
        @GetMapping("/orders")
        String all() { return ""; }
      }
      """;

  // all() (line 8) was open before the change; the change adds delete() (line 11)
  private static final String HEAD =
      """
      package com.acme.web;

      import org.springframework.web.bind.annotation.*;

      @RestController
      class OrderController {
        @GetMapping("/orders")
        String all() { return ""; }

        @DeleteMapping("/orders/{id}")
        void delete(@PathVariable long id) { }
      }
      """;

  @TempDir Path dir;
  TestGitRepo repo;

  @BeforeAll
  static void pluginWasBuilt() {
    assertThat(PLUGIN)
        .as("the example plugin jar, copied by the build (run through Maven)")
        .isRegularFile();
  }

  @BeforeEach
  void createRepository() {
    repo = TestGitRepo.init(dir);
    repo.write("src/main/java/com/acme/web/OrderController.java", BASE).commit("base");
    repo.write("src/main/java/com/acme/web/OrderController.java", HEAD)
        .commit("add delete endpoint");
  }

  @Test
  void rulesListsThePluginsRuleAndWhereItComesFrom() {
    CliRun run = CliRun.of("rules", "--plugin", PLUGIN.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CLEAN);
    assertThat(run.out())
        .containsPattern(
            "(?m)^"
                + RULE
                + " +error +Controller endpoints must say who may call them"
                + "  \\(plugin house-rules\\.jar\\)$");
    assertThat(run.out()).containsPattern("(?m)^argument-count +warning ");
  }

  @Test
  void checkWithThePluginFindsItsViolationOnTheAddedLinesOfARealChange() throws IOException {
    CliRun run =
        CliRun.of(
            "check",
            "-C",
            dir.toString(),
            "--base",
            "HEAD~1",
            "--head",
            "HEAD",
            "--plugin",
            PLUGIN.toString(),
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
    assertThat(findings(run.out()))
        .filteredOn(f -> f.startsWith(RULE + " "))
        .containsExactly(RULE + " error src/main/java/com/acme/web/OrderController.java:11");
  }

  @Test
  void pluginsListedInTheRepositorysConfigAreLoadedRelativeToIt() throws IOException {
    Files.createDirectories(dir.resolve("tools"));
    Files.copy(PLUGIN, dir.resolve("tools/house-rules.jar"));
    Files.writeString(
        dir.resolve(".reviewbot.yml"),
        """
        rules:
          house-secured-endpoints:
            severity: warning
        plugins:
          - tools/house-rules.jar
        """);

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
        .filteredOn(f -> f.startsWith(RULE + " "))
        .containsExactly(RULE + " warning src/main/java/com/acme/web/OrderController.java:11");
  }

  @Test
  void theSameJarOnTheCommandLineAndInTheConfigIsLoadedOnce() throws IOException {
    Files.writeString(dir.resolve(".reviewbot.yml"), "plugins: [" + PLUGIN + "]\n");

    CliRun run =
        CliRun.of(
            "check",
            "-C",
            dir.toString(),
            "--base",
            "HEAD~1",
            "--head",
            "HEAD",
            "--plugin",
            PLUGIN.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("OrderController.java:11: error [" + RULE + "]");
  }

  @Test
  void scanRunsThePluginToo() {
    CliRun run = CliRun.of("scan", "--plugin", PLUGIN.toString(), dir.resolve("src").toString());

    assertThat(run.out())
        .contains("OrderController.java:8: error [" + RULE + "]")
        .contains("OrderController.java:11: error [" + RULE + "]");
  }

  @Test
  void aMissingPluginJarIsAUsageErrorNamingThePath() {
    Path missing = dir.resolve("house-rules-2.jar");

    CliRun run =
        CliRun.of(
            "check", "-C", dir.toString(), "--base", "HEAD~1", "--plugin", missing.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .isEqualTo("reviewbot: plugin jar not found: " + missing + System.lineSeparator());
  }

  @Test
  void aJarWithoutRulesIsAUsageErrorNamingThePath() throws IOException {
    Path empty = dir.resolve("empty.jar");
    try (OutputStream out = Files.newOutputStream(empty);
        JarOutputStream jar = new JarOutputStream(out)) {
      jar.finish();
    }

    CliRun run = CliRun.of("rules", "--plugin", empty.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains("plugin jar " + empty + " has no rules")
        .contains("META-INF/services/dev.reviewbot.api.Rule");
  }

  @Test
  void aRuleIdTakenTwiceIsAStartUpErrorNamingBothOrigins() throws IOException {
    Path copy = Files.copy(PLUGIN, dir.resolve("house-rules-copy.jar"));

    CliRun run =
        CliRun.of(
            "check",
            "-C",
            dir.toString(),
            "--base",
            "HEAD~1",
            "--plugin",
            PLUGIN.toString(),
            "--plugin",
            copy.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains("duplicate rule id '" + RULE + "'")
        .contains("com.example.house.SecuredEndpointsRule (house-rules.jar)")
        .contains("com.example.house.SecuredEndpointsRule (house-rules-copy.jar)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aDeclaredRuleWithABuiltInsIdIsAStartUpError() throws IOException {
    Files.writeString(
        dir.resolve(".reviewbot.yml"),
        """
        banned:
          - {id: argument-count, message: no, severity: info, types: [java.util.Date]}
        """);

    CliRun run = CliRun.of("check", "-C", dir.toString(), "--base", "HEAD~1");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .startsWith(
            "reviewbot: .reviewbot.yml:2: banned[0].id: 'argument-count' is already the id of a rule (")
        .contains("built-in");
  }

  /**
   * "rule severity path:line" of each finding in a JSON report ("null:null" for one about the whole
   * change).
   */
  static List<String> findings(String json) throws IOException {
    List<String> result = new ArrayList<>();
    for (JsonNode finding : new ObjectMapper().readTree(json).get("findings")) {
      result.add(
          finding.get("ruleId").asText()
              + " "
              + finding.get("severity").asText()
              + " "
              + finding.get("path").asText()
              + ":"
              + finding.get("startLine").asText());
    }
    return result;
  }
}
