package dev.reviewbot.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code reviewbot} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command and returns its exit code (see {@link ExitCode}); never calls {@code System.exit}. */
  public static int run(String... args) {
    return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ReviewbotCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(ExitCode::forException);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("reviewbot: " + ExitCode.describe(e));
      return ExitCode.forException(e);
    });
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine command = e.getCommandLine();
      command.getErr().println("reviewbot: " + e.getMessage());
      command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCode.USAGE;
    });
    return cli;
  }
}
