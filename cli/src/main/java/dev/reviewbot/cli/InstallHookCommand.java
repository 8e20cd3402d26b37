package dev.reviewbot.cli;

import dev.reviewbot.api.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "install-hook",
    mixinStandardHelpOptions = true,
    description = {
      "Installs a git pre-push hook that checks the commits being pushed and blocks the push on findings "
          + "at or above the fail level.",
      "Skip it once with 'git push --no-verify'."
    })
final class InstallHookCommand implements Callable<Integer> {
  static final String MARKER = "# reviewbot pre-push hook";
  static final String MISSING_PREFIX = "reviewbot pre-push hook: ";

  private final Map<String, String> env;

  InstallHookCommand() {
    this(System.getenv());
  }

  /** With {@code env} in place of the process environment (it may name the launcher). */
  InstallHookCommand(Map<String, String> env) {
    this.env = env;
  }

  @Spec CommandSpec spec;

  @Mixin RepositoryOption repo;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "Block the push on findings at or above info, warning or error; none only shows them (default: the config's fail-on).")
  String failOn;

  @Option(
      names = "--force",
      description =
          "Replace an existing pre-push hook that reviewbot did not write (it is kept as pre-push.before-reviewbot).")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (failOn != null && !failOn.equalsIgnoreCase(ReportOptions.NONE)) {
      Severity.parse(failOn);
    }
    Path hooks = hooksDirectory(repo.dir());
    Path hook = hooks.resolve("pre-push");
    if (Files.exists(hook)) {
      String existing = Files.readString(hook, StandardCharsets.UTF_8);
      if (!existing.contains(MARKER)) {
        if (!force) {
          throw new UserError(
              hook + " exists and was not written by reviewbot; use --force to replace it");
        }
        Files.move(
            hook, hooks.resolve("pre-push.before-reviewbot"), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.createDirectories(hooks);
    Files.writeString(hook, script(), StandardCharsets.UTF_8);
    if (!hook.toFile().setExecutable(true)) {
      throw new UserError("cannot make " + hook + " executable");
    }
    spec.commandLine().getOut().println("installed " + hook);
    spec.commandLine().getOut().flush();
    return ExitCode.CLEAN;
  }

  private static Path hooksDirectory(Path dir) throws IOException {
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      throw new UserError("not a git repository: " + dir);
    }
    try (Repository repository = builder.build()) {
      String configured = repository.getConfig().getString("core", null, "hooksPath");
      if (configured != null) {
        Path path = Path.of(configured);
        return path.isAbsolute() || repository.isBare()
            ? path
            : repository.getWorkTree().toPath().resolve(path);
      }
      return repository.getDirectory().toPath().resolve("hooks");
    }
  }

  /**
   * A shell script that runs reviewbot the way {@link HookLauncher} found; if that is gone (a moved
   * clone, a deleted jar), the {@code reviewbot} on the PATH; if there is none either, one line
   * saying so and how to fix it, and the push goes on unchecked rather than blocked by a missing
   * tool.
   */
  private String script() {
    HookLauncher launcher = HookLauncher.find(env);
    String args = " hook pre-push" + (failOn == null ? "" : " --fail-on " + failOn) + " \"$@\"";
    String command =
        String.join(" ", launcher.command().stream().map(InstallHookCommand::quote).toList());
    return "#!/bin/sh\n"
        + MARKER
        + ": checks the commits being pushed.\n"
        + "# Installed by 'reviewbot install-hook'; delete this file to uninstall; skip once with 'git push --no-verify'.\n"
        + "if [ ! -e "
        + quote(launcher.needs().toString())
        + " ]; then\n"
        + "  if command -v reviewbot >/dev/null 2>&1; then exec reviewbot"
        + args
        + "; fi\n"
        + "  echo "
        + quote(
            MISSING_PREFIX
                + launcher.needs()
                + " is gone and no reviewbot is on the PATH, so this push is not checked;"
                + " fix: run 'reviewbot install-hook' again from where reviewbot is now, or put reviewbot on the PATH")
        + " >&2\n"
        + "  exit 0\n"
        + "fi\n"
        + "exec "
        + command
        + args
        + "\n";
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
