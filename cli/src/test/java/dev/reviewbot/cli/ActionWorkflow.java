package dev.reviewbot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewbot.action.internal.OutputsFile;
import dev.reviewbot.testdata.TestData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One Actions job as the runner sets it up: a workspace holding a real git repository, the event
 * payload (a real webhook payload from the test data's {@code github/webhooks}, pointed at this
 * repository's commits), the runner's files and variables. {@link #run} starts {@code reviewbot
 * action} with that environment, in-process, as {@code java -jar reviewbot-cli.jar action} would.
 */
final class ActionWorkflow {
  static final String REPOSITORY = "Codertocat/Hello-World";
  static final String FORK = "forker/Hello-World";
  static final int NUMBER = 2;
  static final String TOKEN = "ghs_TestOnlyActionsToken0123456789abcdef";
  private static final ObjectMapper JSON = new ObjectMapper();

  final Path workspace;
  final Path runner;
  final Map<String, String> env = new HashMap<>();

  /**
   * @param root an empty directory: the workspace and the runner's files go below it
   */
  ActionWorkflow(Path root) {
    this.workspace = root.resolve("workspace");
    this.runner = root.resolve("runner");
    try {
      Files.createDirectories(workspace);
      Files.createDirectories(runner.resolve("temp"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    env.put("GITHUB_WORKSPACE", workspace.toString());
    env.put("GITHUB_REPOSITORY", REPOSITORY);
    env.put("GITHUB_SERVER_URL", "https://github.com");
    env.put("GITHUB_STEP_SUMMARY", runner.resolve("step_summary").toString());
    env.put("GITHUB_OUTPUT", runner.resolve("output").toString());
    env.put("RUNNER_TEMP", runner.resolve("temp").toString());
    // the merge commit GitHub makes for pull_request: the Action must never review it
    env.put("GITHUB_SHA", "6dcb09b5b57875f334f61aebed695e2e4193db5e");
  }

  /**
   * The recorded {@code pull_request} "opened" event, for this repository's base and head; {@code
   * fork} moves the head to another repository.
   */
  ActionWorkflow pullRequest(String event, String baseSha, String headSha, boolean fork) {
    return pullRequest(event, REPOSITORY, NUMBER, baseSha, headSha, fork);
  }

  /**
   * As {@link #pullRequest(String, String, String, boolean)}, for pull request {@code number} of
   * {@code repository}.
   */
  ActionWorkflow pullRequest(
      String event, String repository, int number, String baseSha, String headSha, boolean fork) {
    ObjectNode payload = read("pull_request/opened.payload.json");
    payload.put("number", number);
    ((ObjectNode) payload.get("repository")).put("full_name", repository);
    ObjectNode pr = (ObjectNode) payload.get("pull_request");
    pr.put("number", number);
    ObjectNode base = (ObjectNode) pr.get("base");
    base.put("sha", baseSha);
    ((ObjectNode) base.get("repo")).put("full_name", repository);
    ObjectNode head = (ObjectNode) pr.get("head");
    head.put("sha", headSha);
    ObjectNode headRepo = (ObjectNode) head.get("repo");
    headRepo.put("full_name", fork ? FORK : repository);
    if (fork) {
      headRepo.put("fork", true);
      ((ObjectNode) headRepo.get("owner")).put("login", "forker");
      head.put("label", "forker:changes");
    }
    env.put("GITHUB_REPOSITORY", repository);
    return event(event, payload);
  }

  /**
   * The recorded {@code workflow_run} "completed" event, for a run on {@code pull_request} at
   * {@code headSha}.
   */
  ActionWorkflow workflowRun(String headSha, List<Integer> linkedPullRequests) {
    return workflowRun(REPOSITORY, headSha, linkedPullRequests);
  }

  /**
   * As {@link #workflowRun(String, List)}, in {@code repository}; GitHub links no pull requests to
   * runs on forks.
   */
  ActionWorkflow workflowRun(String repository, String headSha, List<Integer> linkedPullRequests) {
    ObjectNode payload = read("workflow_run/completed.payload.json");
    ((ObjectNode) payload.get("repository")).put("full_name", repository);
    env.put("GITHUB_REPOSITORY", repository);
    ObjectNode run = (ObjectNode) payload.get("workflow_run");
    run.put("event", "pull_request");
    run.put("head_sha", headSha);
    var pulls = run.putArray("pull_requests");
    for (int number : linkedPullRequests) {
      ObjectNode pull = pulls.addObject();
      pull.put("number", number);
      pull.putObject("head").put("sha", headSha);
    }
    return event("workflow_run", payload);
  }

  /** A {@code push} event, from the recorded pull request's repository object. */
  ActionWorkflow push(String before, String after) {
    ObjectNode source = read("pull_request/opened.payload.json");
    ObjectNode payload = JSON.createObjectNode();
    payload.put("ref", "refs/heads/changes");
    payload.put("before", before);
    payload.put("after", after);
    payload.set("repository", source.get("repository"));
    return event("push", payload);
  }

  ActionWorkflow event(String name, JsonNode payload) {
    Path file = runner.resolve("event.json");
    try {
      Files.writeString(file, JSON.writeValueAsString(payload));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    env.put("GITHUB_EVENT_NAME", name);
    env.put("GITHUB_EVENT_PATH", file.toString());
    return this;
  }

  ActionWorkflow github(String apiUrl, String token) {
    env.put("GITHUB_API_URL", apiUrl);
    env.put("GITHUB_TOKEN", token);
    return this;
  }

  /** An input as action.yml passes it: {@code INPUT_FAIL_ON} for {@code fail-on}. */
  ActionWorkflow input(String name, String value) {
    env.put("INPUT_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'), value);
    return this;
  }

  Run run(String... extraArgs) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = new String[extraArgs.length + 1];
    args[0] = "action";
    System.arraycopy(extraArgs, 0, args, 1, extraArgs.length);
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), env).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** What the step wrote to GITHUB_OUTPUT, parsed as the runner parses it. */
  Map<String, String> outputs() {
    return OutputsFile.read(Path.of(env.get("GITHUB_OUTPUT")));
  }

  String stepSummary() {
    Path file = Path.of(env.get("GITHUB_STEP_SUMMARY"));
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode read(String webhook) {
    try {
      return (ObjectNode) JSON.readTree(TestData.file("github/webhooks/" + webhook).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Run(int exitCode, String out, String err) {
    /**
     * The workflow commands of one type ({@code error}, {@code warning}, {@code notice}) the step
     * printed.
     */
    List<String> commands(String type) {
      return out.lines()
          .filter(l -> l.startsWith("::" + type + " ") || l.startsWith("::" + type + "::"))
          .toList();
    }
  }
}
