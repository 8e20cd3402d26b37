package dev.reviewbot.cli;

import dev.reviewbot.cli.logging.CliLogging;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of the {@code reviewbot} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs a command and returns its exit code (see {@link ExitCode}); never calls {@code
   * System.exit}.
   */
  public static int run(String... args) {
    return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true))
        .execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, System.getenv());
  }

  /**
   * With {@code env} in place of the process environment, for the commands that read it ({@code
   * action}).
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env) {
    CommandLine cli = new CommandLine(new ReviewbotCommand(), new EnvironmentFactory(env));
    cli.getSubcommands().get("action").setDefaultValueProvider(ActionCommand.inputDefaults(env));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(ExitCode::forException);
    cli.setExecutionStrategy(
        parsed -> {
          // logging is set per run, not per process: in-process runs (tests) each have their own
          // stream and --verbose
          if (ReviewbotCommand.verbose(parsed)) {
            CliLogging.verbose(cli.getErr());
          } else {
            CliLogging.quiet(cli.getErr());
          }
          try {
            return new CommandLine.RunLast().execute(parsed);
          } finally {
            CliLogging.reset();
          }
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("reviewbot: " + ExitCode.describe(e));
          return ExitCode.forException(e);
        });
    cli.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine command = e.getCommandLine();
          command.getErr().println("reviewbot: " + e.getMessage());
          command
              .getErr()
              .println(
                  "Try '"
                      + command.getCommandSpec().qualifiedName()
                      + " --help' for more information.");
          return ExitCode.USAGE;
        });
    return cli;
  }

  /** Creates commands, giving those that read the environment the one passed in. */
  private record EnvironmentFactory(Map<String, String> env) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == ActionCommand.class) {
        return type.cast(new ActionCommand(env));
      }
      return type == InstallHookCommand.class
          ? type.cast(new InstallHookCommand(env))
          : CommandLine.defaultFactory().create(type);
    }
  }
}
