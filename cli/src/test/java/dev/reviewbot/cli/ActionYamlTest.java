package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * action.yml and the workflows parse, carry the keys GitHub requires, and agree with the jar and
 * with each other.
 */
class ActionYamlTest {
  private static final Path ROOT = WorkflowYaml.repositoryRoot();
  private static final Map<String, Object> ACTION = WorkflowYaml.read(ROOT.resolve("action.yml"));
  private static final Set<String> PERMISSION_LEVELS = Set.of("read", "write", "none");
  private static final Pattern INPUT_REFERENCE =
      Pattern.compile("\\$\\{\\{\\s*inputs\\.([A-Za-z0-9_-]+)\\s*}}");

  @Test
  void actionYmlHasWhatGitHubRequiresOfACompositeAction() {
    assertThat(text(ACTION, "name")).isEqualTo("reviewbot");
    assertThat(text(ACTION, "description")).isNotBlank();
    Map<String, Object> runs = map(ACTION, "runs");
    assertThat(runs.get("using")).isEqualTo("composite");
    List<Map<String, Object>> steps = steps(runs);
    assertThat(steps)
        .isNotEmpty()
        .allSatisfy(
            step -> {
              assertThat(step.containsKey("run") ^ step.containsKey("uses"))
                  .as("run or uses: %s", step)
                  .isTrue();
              if (step.containsKey("run")) {
                assertThat(step.get("shell"))
                    .as("a composite run step needs shell: %s", step)
                    .isEqualTo("bash");
              }
            });
    assertThat(map(ACTION, "inputs"))
        .allSatisfy(
            (name, input) ->
                assertThat(text(cast(input), "description"))
                    .as("description of input %s", name)
                    .isNotBlank());
  }

  @Test
  void actionYmlTakesTheInputsTheIssueNamesAndUsesEachOne() {
    Map<String, Object> inputs = map(ACTION, "inputs");
    assertThat(inputs)
        .containsKeys(
            "mode",
            "config",
            "fail-on",
            "filter-mode",
            "comment-budget",
            "coverage",
            "base-coverage",
            "token",
            "bundle",
            "sarif");
    assertThat(map(inputs, "mode").get("default")).isEqualTo("review");
    assertThat(map(inputs, "token").get("default")).isEqualTo("${{ github.token }}");
    List<String> referenced = new ArrayList<>();
    Matcher match = INPUT_REFERENCE.matcher(readString(ROOT.resolve("action.yml")));
    while (match.find()) {
      referenced.add(match.group(1));
    }
    assertThat(referenced).as("inputs used in runs").containsAll(inputs.keySet());
    assertThat(inputs.keySet()).as("inputs declared").containsAll(referenced);
  }

  /**
   * Each option of 'reviewbot action' gets its input as INPUT_<NAME>, the variable its default is
   * read from.
   */
  @Test
  void theRunStepPassesEveryOptionOfTheActionCommandAsItsInputVariable() {
    Map<String, Object> run =
        steps(map(ACTION, "runs")).stream()
            .filter(s -> "run".equals(s.get("id")))
            .findFirst()
            .orElseThrow();
    Map<String, Object> env = map(run, "env");
    assertThat(text(run, "run"))
        .contains("\"$GITHUB_ACTION_PATH/reviewbot\" action")
        .doesNotContain("${{");
    assertThat(env.get("GITHUB_TOKEN")).isEqualTo("${{ inputs.token }}");
    for (OptionSpec option :
        new CommandLine(new ActionCommand(Map.of())).getCommandSpec().options()) {
      String name = option.longestName().substring(2);
      if (option.usageHelp() || option.versionHelp()) {
        continue;
      }
      assertThat(env)
          .as("action.yml passes --%s", name)
          .containsEntry(
              "INPUT_" + name.toUpperCase(Locale.ROOT).replace('-', '_'),
              "${{ inputs." + name + " }}");
    }
  }

  @Test
  void everyOutputHasADescriptionAndComesFromTheRunStep() {
    Map<String, Object> outputs = map(ACTION, "outputs");
    assertThat(outputs)
        .containsKeys(
            "errors", "warnings", "infos", "findings", "patch-coverage", "bundle", "sarif");
    assertThat(outputs)
        .allSatisfy(
            (name, output) -> {
              assertThat(text(cast(output), "description")).isNotBlank();
              assertThat(cast(output).get("value"))
                  .isEqualTo("${{ steps.run.outputs." + name + " }}");
            });
  }

  @Test
  void theInstallScriptIsThereAndExecutable() {
    Path script = ROOT.resolve(".github/action/install.sh");
    assertThat(script).isRegularFile().isExecutable();
    assertThat(readString(ROOT.resolve("action.yml")))
        .contains("$GITHUB_ACTION_PATH/.github/action/install.sh");
  }

  static Stream<Path> workflows() throws Exception {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(ROOT.resolve(".github/workflows"), ROOT.resolve("docs/workflows"))) {
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.toString().endsWith(".yml")).sorted().forEach(files::add);
      }
    }
    assertThat(files)
        .extracting(p -> ROOT.relativize(p).toString())
        .contains(
            ".github/workflows/ci.yml",
            ".github/workflows/release.yml",
            "docs/workflows/reviewbot-analyze.yml",
            "docs/workflows/reviewbot-publish.yml");
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workflows")
  void eachWorkflowHasTriggersJobsAndStepsAndSetsItsPermissions(Path file) {
    Map<String, Object> workflow = WorkflowYaml.read(file);

    assertThat(workflow.get("on")).as("on").isNotNull();
    Map<String, Object> jobs = map(workflow, "jobs");
    assertThat(jobs).isNotEmpty();
    jobs.forEach(
        (id, value) -> {
          Map<String, Object> job = cast(value);
          assertThat(job.get("runs-on")).as("runs-on of job %s", id).isNotNull();
          assertThat(steps(job))
              .as("steps of job %s", id)
              .isNotEmpty()
              .allSatisfy(
                  step ->
                      assertThat(step.containsKey("run") ^ step.containsKey("uses"))
                          .as("run or uses: %s", step)
                          .isTrue());
          // the token's permissions are spelled out for every job, at the top or on the job
          Object permissions =
              job.containsKey("permissions") ? job.get("permissions") : workflow.get("permissions");
          assertThat(permissions).as("permissions of job %s", id).isInstanceOf(Map.class);
          assertThat(cast(permissions))
              .allSatisfy((scope, level) -> assertThat(PERMISSION_LEVELS).contains((String) level));
        });
    assertThat(workflow.get("on").toString())
        .as("no workflow checks out pull requests with a write token")
        .doesNotContain("pull_request_target");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workflows")
  void stepsThatUseTheActionPassOnlyInputsItDeclares(Path file) {
    Set<String> inputs = map(ACTION, "inputs").keySet();
    for (Object job : map(WorkflowYaml.read(file), "jobs").values()) {
      for (Map<String, Object> step : steps(cast(job))) {
        String uses = (String) step.get("uses");
        if (uses != null && (uses.equals("./") || uses.startsWith("OWNER/reviewbot@"))) {
          assertThat(map(step, "with").keySet())
              .as("inputs of %s in %s", uses, file.getFileName())
              .isSubsetOf(inputs);
        }
      }
    }
  }

  @Test
  void phaseAAnalyzesOnPullRequestWithAReadOnlyTokenAndUploadsTheBundle() {
    Map<String, Object> workflow =
        WorkflowYaml.read(ROOT.resolve("docs/workflows/reviewbot-analyze.yml"));

    assertThat(map(workflow, "on")).containsOnlyKeys("pull_request");
    assertThat(map(workflow, "permissions")).containsExactly(Map.entry("contents", "read"));
    List<Map<String, Object>> steps = steps(cast(map(workflow, "jobs").get("analyze")));
    assertThat(steps)
        .anySatisfy(
            step -> {
              assertThat(step.get("uses")).isEqualTo("actions/checkout@v4");
              assertThat(map(step, "with"))
                  .containsEntry("fetch-depth", "0")
                  .containsEntry("persist-credentials", "false");
            });
    assertThat(steps)
        .anySatisfy(
            step -> {
              assertThat((String) step.get("uses")).startsWith("OWNER/reviewbot@");
              assertThat(map(step, "with")).containsEntry("mode", "analyze");
            });
    assertThat(steps)
        .anySatisfy(
            step -> {
              assertThat(step.get("uses")).isEqualTo("actions/upload-artifact@v4");
              assertThat(map(step, "with")).containsEntry("name", "reviewbot-bundle");
              assertThat(text(map(step, "with"), "path"))
                  .contains("${{ steps.reviewbot.outputs.bundle }}");
            });
  }

  @Test
  void phaseBPublishesOnWorkflowRunWithoutCheckingOutAnything() {
    Map<String, Object> workflow =
        WorkflowYaml.read(ROOT.resolve("docs/workflows/reviewbot-publish.yml"));
    String phaseA =
        text(WorkflowYaml.read(ROOT.resolve("docs/workflows/reviewbot-analyze.yml")), "name");

    Map<String, Object> trigger = map(map(workflow, "on"), "workflow_run");
    assertThat(trigger.get("workflows")).isEqualTo(List.of(phaseA));
    assertThat(trigger.get("types")).isEqualTo(List.of("completed"));
    assertThat(map(workflow, "permissions")).isEmpty();
    Map<String, Object> job = cast(map(workflow, "jobs").get("publish"));
    assertThat(map(job, "permissions"))
        .containsOnly(
            Map.entry("actions", "read"),
            Map.entry("pull-requests", "write"),
            Map.entry("checks", "write"));
    List<Map<String, Object>> steps = steps(job);
    assertThat(steps)
        .noneSatisfy(step -> assertThat((String) step.get("uses")).startsWith("actions/checkout"));
    assertThat(steps).noneSatisfy(step -> assertThat(step).containsKey("run"));
    assertThat(steps)
        .anySatisfy(
            step -> {
              assertThat(step.get("uses")).isEqualTo("actions/download-artifact@v4");
              assertThat(map(step, "with"))
                  .containsEntry("name", "reviewbot-bundle")
                  .containsEntry("run-id", "${{ github.event.workflow_run.id }}");
            });
    assertThat(steps)
        .anySatisfy(step -> assertThat(map(step, "with")).containsEntry("mode", "publish"));
  }

  @Test
  void aDuplicateKeyIsRejectedAsGitHubRejectsIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("dup.yml");
    Files.writeString(file, "on: push\njobs: {}\non: pull_request\n");

    assertThatThrownBy(() -> WorkflowYaml.read(file)).hasMessageContaining("duplicate key 'on'");
  }

  private static List<Map<String, Object>> steps(Map<String, Object> owner) {
    Object steps = owner.get("steps");
    assertThat(steps).as("steps").isInstanceOf(List.class);
    List<Map<String, Object>> list = new ArrayList<>();
    ((List<?>) steps).forEach(step -> list.add(cast(step)));
    return list;
  }

  private static Map<String, Object> map(Map<String, Object> owner, String key) {
    Object value = owner.get(key);
    assertThat(value).as(key).isInstanceOf(Map.class);
    return cast(value);
  }

  private static String text(Map<String, Object> owner, String key) {
    Object value = owner.get(key);
    assertThat(value).as(key).isInstanceOf(String.class);
    return (String) value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return (Map<String, Object>) value;
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
