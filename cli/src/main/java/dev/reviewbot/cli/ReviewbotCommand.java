package dev.reviewbot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

@Command(
    name = "reviewbot",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Reviews the Java a change touches and reports what a careful reviewer would comment on.",
    subcommands = {
      CheckCommand.class,
      FixCommand.class,
      ScanCommand.class,
      BaselineCommand.class,
      RulesCommand.class,
      InitCommand.class,
      SchemaCommand.class,
      InstallHookCommand.class,
      HookCommand.class,
      PublishCommand.class,
      ActionCommand.class
    },
    footer = {"", "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error."})
final class ReviewbotCommand {
  /**
   * Every subcommand takes it too; {@link Main} reads it with {@link #verbose} before the command
   * runs.
   */
  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description =
          "Log what reviewbot does (configuration read, files analysed, GitHub calls) to standard error.")
  boolean verbose;

  /** True when {@code --verbose} was given, before the subcommand or after it. */
  static boolean verbose(ParseResult parsed) {
    for (ParseResult command = parsed; command != null; command = command.subcommand()) {
      if (command.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
