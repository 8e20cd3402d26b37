package dev.reviewbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * How {@code reviewbot action} takes the Action's inputs: INPUT_* variables as option defaults,
 * flags over them.
 */
class ActionInputsTest {

  private static ActionCommand parse(Map<String, String> env, String... args) {
    CommandLine cli =
        Main.commandLine(
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), env);
    String[] all = new String[args.length + 1];
    all[0] = "action";
    System.arraycopy(args, 0, all, 1, args.length);
    CommandLine.ParseResult result = cli.parseArgs(all);
    return (ActionCommand) result.subcommand().commandSpec().userObject();
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "INPUT_FAIL_ON       | error   | error",
        "INPUT_FAIL-ON       | error   | error",
        "INPUT_FAIL_ON       | '   '   | ",
        "INPUT_FILTER_MODE   | nofilter | ",
      })
  void anInputVariableIsTheOptionsDefaultAndABlankOneIsNoValue(
      String variable, String value, String failOn) {
    ActionCommand command = parse(Map.of(variable, value));

    assertThat(command.failOn).isEqualTo(failOn);
  }

  @Test
  void everyInputReachesItsOption() {
    Map<String, String> env = new HashMap<>();
    env.put("INPUT_MODE", "analyze");
    env.put("INPUT_CONFIG", "config/reviewbot.yml");
    env.put("INPUT_FILTER_MODE", "diff_context");
    env.put("INPUT_COMMENT_BUDGET", "10");
    env.put("INPUT_COVERAGE", "a/target/site/jacoco/jacoco.xml\n**/b/jacoco.xml, c.xml\n");
    env.put("INPUT_BASE_COVERAGE", "base/jacoco.xml");
    env.put("INPUT_ALLOW_MISSING_COVERAGE", "true");
    env.put("INPUT_BUNDLE", "out/bundle.json");
    env.put("INPUT_SARIF", "out/reviewbot.sarif");
    env.put("INPUT_WORKING_DIRECTORY", "app");

    ActionCommand command = parse(env);

    assertThat(command.mode).isEqualTo("analyze");
    assertThat(command.config).isEqualTo(Path.of("config/reviewbot.yml"));
    assertThat(command.filterMode).isEqualTo("diff_context");
    assertThat(command.commentBudget).isEqualTo(10);
    assertThat(command.coverage)
        .extracting(String::strip)
        .containsExactly("a/target/site/jacoco/jacoco.xml", "**/b/jacoco.xml", "c.xml");
    assertThat(command.baseCoverage).containsExactly("base/jacoco.xml");
    assertThat(command.allowMissingCoverage).isEqualTo("true");
    assertThat(command.bundle).isEqualTo(Path.of("out/bundle.json"));
    assertThat(command.sarif).isEqualTo(Path.of("out/reviewbot.sarif"));
    assertThat(command.workingDirectory).isEqualTo(Path.of("app"));
  }

  @Test
  void aFlagOverridesItsInputVariableAndTheModeDefaultsToReview() {
    ActionCommand command = parse(Map.of("INPUT_FAIL_ON", "error"), "--fail-on", "none");

    assertThat(command.failOn).isEqualTo("none");
    assertThat(command.mode).isEqualTo("review");
    assertThat(command.coverage).isEqualTo(List.of());
  }

  @Test
  void aBadModeIsAnErrorAnnotation() {
    StringWriter out = new StringWriter();
    int code =
        Main.commandLine(
                new PrintWriter(out),
                new PrintWriter(new StringWriter()),
                Map.of("INPUT_MODE", "deploy"))
            .execute("action");

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(out.toString().strip())
        .isEqualTo(
            "::error title=reviewbot::mode must be one of review, analyze, publish but was 'deploy'");
  }

  @Test
  void anAllowMissingCoverageThatIsNotTrueOrFalseIsAnErrorAnnotation() {
    StringWriter out = new StringWriter();
    int code =
        Main.commandLine(
                new PrintWriter(out),
                new PrintWriter(new StringWriter()),
                Map.of("INPUT_ALLOW_MISSING_COVERAGE", "yes"))
            .execute("action");

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(out.toString().strip())
        .isEqualTo(
            "::error title=reviewbot::allow-missing-coverage must be true or false but was 'yes'");
  }
}
