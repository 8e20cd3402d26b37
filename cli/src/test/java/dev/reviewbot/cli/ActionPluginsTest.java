package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewbot.testgit.TestGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull request's configuration reaches the Action: its declared rules run, the plugin jars it
 * names never load. The jar here is the harmless example plugin standing in for whatever a pull
 * request could commit.
 */
class ActionPluginsTest {
  private static final String CONTROLLER = "src/main/java/com/acme/web/OrderController.java";
  private static final String CONFIG =
      """
      plugins: [tools/house-rules.jar]
      banned:
        - id: no-java-util-date
          message: Use java.time instead of java.util.Date
          severity: warning
          types: [java.util.Date]
      """;
  // an open endpoint (the plugin's rule would flag line 8) that also uses java.util.Date (lines 3
  // and 9)
  private static final String HEAD =
      """
      package com.acme.web;

      import java.util.Date;
      import org.springframework.web.bind.annotation.*;

      @RestController
      class OrderController {
        @GetMapping("/orders")
        String all() { return new Date().toString(); }
      }
      """;

  @TempDir Path root;

  @Test
  void aPullRequestsPluginsAreNotLoadedButItsDeclaredRulesRun() throws Exception {
    ActionWorkflow workflow = new ActionWorkflow(root);
    TestGitRepo repo = TestGitRepo.init(workflow.workspace);
    String baseSha = repo.write("README.md", "orders\n").commit("base").name();
    Files.createDirectories(workflow.workspace.resolve("tools"));
    Files.copy(PluginCommandTest.PLUGIN, workflow.workspace.resolve("tools/house-rules.jar"));
    String headSha =
        repo.write(".reviewbot.yml", CONFIG)
            .write(CONTROLLER, HEAD)
            .commit("pull request with its own plugin")
            .name();
    workflow.pullRequest("pull_request", baseSha, headSha, true).input("mode", "analyze");

    ActionWorkflow.Run run = workflow.run();

    assertThat(run.out()).doesNotContain(PluginCommandTest.RULE);
    assertThat(run.commands("warning"))
        .filteredOn(c -> c.contains("title=no-java-util-date"))
        .extracting(c -> c.substring(0, c.indexOf(",endLine")))
        .containsExactly(
            "::warning file=" + CONTROLLER + ",line=3", "::warning file=" + CONTROLLER + ",line=9");
    JsonNode sarifRules =
        new ObjectMapper()
            .readTree(Path.of(workflow.outputs().get("sarif")).toFile())
            .at("/runs/0/tool/driver/rules");
    assertThat(sarifRules.findValuesAsText("id"))
        .contains("no-java-util-date")
        .doesNotContain(PluginCommandTest.RULE);
  }
}
