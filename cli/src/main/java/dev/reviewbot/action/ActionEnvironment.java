package dev.reviewbot.action;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The variables the Actions runner sets for a step, read from a map (the process environment in
 * production, a plain map in tests) so nothing here touches the JVM's own environment.
 *
 * @param eventName {@code GITHUB_EVENT_NAME}, e.g. {@code pull_request}
 * @param eventPath {@code GITHUB_EVENT_PATH}: the webhook payload that started the workflow
 * @param token {@code GITHUB_TOKEN} (the Action passes its {@code token} input in it); {@code null}
 *     when absent
 * @param apiUrl {@code GITHUB_API_URL}, {@code https://api.github.com} unless on GitHub Enterprise
 *     Server
 * @param serverUrl {@code GITHUB_SERVER_URL}, for links to files, e.g. {@code https://github.com}
 * @param repository {@code GITHUB_REPOSITORY}, {@code owner/name} of the repository the workflow
 *     runs in
 * @param workspace {@code GITHUB_WORKSPACE}: where {@code actions/checkout} put the repository
 * @param stepSummary {@code GITHUB_STEP_SUMMARY}: Markdown appended there shows on the run's page;
 *     {@code null} when absent
 * @param output {@code GITHUB_OUTPUT}: the step's outputs file; {@code null} when absent
 * @param runnerTemp {@code RUNNER_TEMP}: scratch space emptied after the job; {@code null} when
 *     absent
 */
public record ActionEnvironment(
    String eventName,
    Path eventPath,
    String token,
    String apiUrl,
    String serverUrl,
    String repository,
    Path workspace,
    Path stepSummary,
    Path output,
    Path runnerTemp) {

  public static final String DEFAULT_API_URL = "https://api.github.com";
  public static final String DEFAULT_SERVER_URL = "https://github.com";

  /**
   * Reads the runner's variables; blank values count as absent. Nothing is required here: each mode
   * asks for what it needs.
   */
  public static ActionEnvironment from(Map<String, String> env) {
    return new ActionEnvironment(
        value(env, "GITHUB_EVENT_NAME").orElse(null),
        value(env, "GITHUB_EVENT_PATH").map(Path::of).orElse(null),
        value(env, "GITHUB_TOKEN").orElse(null),
        value(env, "GITHUB_API_URL").orElse(DEFAULT_API_URL),
        value(env, "GITHUB_SERVER_URL").orElse(DEFAULT_SERVER_URL),
        value(env, "GITHUB_REPOSITORY").orElse(null),
        value(env, "GITHUB_WORKSPACE").map(Path::of).orElse(null),
        value(env, "GITHUB_STEP_SUMMARY").map(Path::of).orElse(null),
        value(env, "GITHUB_OUTPUT").map(Path::of).orElse(null),
        value(env, "RUNNER_TEMP").map(Path::of).orElse(null));
  }

  /** The event's name; fails, saying what is missing, outside a workflow run. */
  public String requireEventName() {
    return require(eventName, "GITHUB_EVENT_NAME");
  }

  public Path requireEventPath() {
    return require(eventPath, "GITHUB_EVENT_PATH");
  }

  public String requireRepository() {
    return require(repository, "GITHUB_REPOSITORY");
  }

  public String requireToken() {
    if (token == null) {
      throw new ActionException(
          "no GitHub token: GITHUB_TOKEN is not set. The Action passes its 'token' input "
              + "(default: the workflow's github.token) in it; when running the jar yourself, set GITHUB_TOKEN");
    }
    return token;
  }

  /**
   * Where outputs go when the user named no path: {@code RUNNER_TEMP/reviewbot}, else the
   * workspace, else the current directory.
   */
  public Path scratchDirectory() {
    Path base = runnerTemp != null ? runnerTemp : workspace != null ? workspace : Path.of("");
    return base.resolve("reviewbot");
  }

  // never show the token, not even in a debugger's or a test failure's toString
  @Override
  public String toString() {
    return "ActionEnvironment[event="
        + eventName
        + ", eventPath="
        + eventPath
        + ", token="
        + (token == null ? "absent" : "***")
        + ", apiUrl="
        + apiUrl
        + ", repository="
        + repository
        + ", workspace="
        + workspace
        + "]";
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    String text = env.get(name);
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
  }

  private static <T> T require(T value, String name) {
    if (value == null) {
      throw new ActionException(
          name
              + " is not set: run this inside a GitHub Actions step (the runner sets it), "
              + "or set it yourself to try the Action locally");
    }
    return value;
  }
}
