package dev.reviewbot.cli;

import picocli.CommandLine.Command;

@Command(
    name = "reviewbot",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Reviews the Java a change touches and reports what a careful reviewer would comment on.",
    subcommands = {CheckCommand.class, ScanCommand.class, BaselineCommand.class, RulesCommand.class, InitCommand.class,
        SchemaCommand.class, InstallHookCommand.class, HookCommand.class,
        PublishCommand.class, ActionCommand.class},
    footer = {"", "Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error."})
final class ReviewbotCommand {}
